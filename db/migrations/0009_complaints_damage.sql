CREATE TABLE "cmp_category" (
	"code" varchar(32) PRIMARY KEY NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"sla_days" smallint NOT NULL,
	"is_active" boolean NOT NULL,
	"sort_order" smallint NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cmp_category_sla" CHECK ("cmp_category"."sla_days" BETWEEN 1 AND 365)
);
--> statement-breakpoint
CREATE TABLE "cmp_complainant" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"phone" varchar(32) NOT NULL,
	"address" text,
	"user_id" uuid,
	"household_id" uuid
);
--> statement-breakpoint
CREATE TABLE "cmp_complaint" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference_no" varchar(16) NOT NULL,
	"fund_id" uuid,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"office_code" varchar(8) COLLATE "C" NOT NULL,
	"category" varchar(32) NOT NULL,
	"subject" text NOT NULL,
	"details" text NOT NULL,
	"concerned_name" text,
	"concerned_committee_member_id" uuid,
	"concerned_household_id" uuid,
	"channel" varchar(16) NOT NULL,
	"status" varchar(16) NOT NULL,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"closed_on" date,
	"outcome" varchar(24),
	"outcome_note" text,
	"anonymous" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cmp_complaint_reference_no_unique" UNIQUE("reference_no"),
	CONSTRAINT "cmp_complaint_status" CHECK ("cmp_complaint"."status" IN ('received', 'in_progress', 'replied', 'closed', 'rejected')),
	CONSTRAINT "cmp_complaint_due_order" CHECK ("cmp_complaint"."due_on" >= "cmp_complaint"."received_on"),
	CONSTRAINT "cmp_complaint_closed" CHECK (("cmp_complaint"."status" IN ('closed', 'rejected')) = ("cmp_complaint"."closed_on" IS NOT NULL AND "cmp_complaint"."outcome" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "cmp_event" (
	"id" uuid PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"from_value" varchar(24),
	"to_value" varchar(24) NOT NULL,
	"occurred_on" date NOT NULL,
	"note" text,
	"actor_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cmp_reply" (
	"id" uuid PRIMARY KEY NOT NULL,
	"complaint_id" uuid NOT NULL,
	"visibility" varchar(16) NOT NULL,
	"body" text NOT NULL,
	"replied_on" date NOT NULL,
	"author_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cmp_reply_visibility" CHECK ("cmp_reply"."visibility" IN ('public', 'internal'))
);
--> statement-breakpoint
CREATE TABLE "dmg_case" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"case_type" varchar(24) NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"amount_satang" bigint NOT NULL,
	"recovered_satang" bigint DEFAULT 0 NOT NULL,
	"discovered_on" date NOT NULL,
	"stage" varchar(24) NOT NULL,
	"status" varchar(16) NOT NULL,
	"closure" varchar(24),
	"closed_on" date,
	"closing_note" text,
	"write_off_approved_by" uuid,
	"write_off_approval_ref" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dmg_case_amounts" CHECK ("dmg_case"."amount_satang" > 0 AND "dmg_case"."recovered_satang" BETWEEN 0 AND "dmg_case"."amount_satang"),
	CONSTRAINT "dmg_case_status" CHECK ("dmg_case"."status" IN ('open', 'closed')),
	CONSTRAINT "dmg_case_closed" CHECK (("dmg_case"."status" = 'closed') = ("dmg_case"."closed_on" IS NOT NULL AND "dmg_case"."closure" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "dmg_document" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"step_id" uuid,
	"doc_no" varchar(64) NOT NULL,
	"doc_date" date NOT NULL,
	"title" text NOT NULL,
	"attachment_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dmg_instalment" (
	"case_id" uuid NOT NULL,
	"seq" smallint NOT NULL,
	"due_on" date NOT NULL,
	"amount_satang" bigint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dmg_instalment_amount" CHECK ("dmg_instalment"."amount_satang" > 0)
);
--> statement-breakpoint
CREATE TABLE "dmg_person" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"name" text NOT NULL,
	"relation" varchar(24) NOT NULL,
	"committee_member_id" uuid,
	"household_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dmg_recovery" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"amount_satang" bigint NOT NULL,
	"payer" text NOT NULL,
	"method" varchar(8) NOT NULL,
	"bank_account_id" uuid,
	"journal_entry_id" uuid NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dmg_recovery_amount" CHECK ("dmg_recovery"."amount_satang" > 0)
);
--> statement-breakpoint
CREATE TABLE "dmg_step" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"stage" varchar(24) NOT NULL,
	"step_on" date NOT NULL,
	"note" text,
	"actor_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cmp_complainant" ADD CONSTRAINT "cmp_complainant_complaint_id_cmp_complaint_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."cmp_complaint"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cmp_complainant" ADD CONSTRAINT "cmp_complainant_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cmp_complainant" ADD CONSTRAINT "cmp_complainant_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cmp_complaint" ADD CONSTRAINT "cmp_complaint_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cmp_complaint" ADD CONSTRAINT "cmp_complaint_concerned_committee_member_id_committee_member_id_fk" FOREIGN KEY ("concerned_committee_member_id") REFERENCES "public"."committee_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cmp_complaint" ADD CONSTRAINT "cmp_complaint_concerned_household_id_household_id_fk" FOREIGN KEY ("concerned_household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cmp_event" ADD CONSTRAINT "cmp_event_complaint_id_cmp_complaint_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."cmp_complaint"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cmp_reply" ADD CONSTRAINT "cmp_reply_complaint_id_cmp_complaint_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."cmp_complaint"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dmg_case" ADD CONSTRAINT "dmg_case_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dmg_document" ADD CONSTRAINT "dmg_document_case_id_dmg_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."dmg_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dmg_document" ADD CONSTRAINT "dmg_document_step_id_dmg_step_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."dmg_step"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dmg_instalment" ADD CONSTRAINT "dmg_instalment_case_id_dmg_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."dmg_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dmg_person" ADD CONSTRAINT "dmg_person_case_id_dmg_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."dmg_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dmg_person" ADD CONSTRAINT "dmg_person_committee_member_id_committee_member_id_fk" FOREIGN KEY ("committee_member_id") REFERENCES "public"."committee_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dmg_person" ADD CONSTRAINT "dmg_person_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dmg_recovery" ADD CONSTRAINT "dmg_recovery_case_id_dmg_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."dmg_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dmg_recovery" ADD CONSTRAINT "dmg_recovery_journal_entry_id_journal_entry_id_fk" FOREIGN KEY ("journal_entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dmg_step" ADD CONSTRAINT "dmg_step_case_id_dmg_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."dmg_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cmp_complaint_area_prefix_idx" ON "cmp_complaint" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "cmp_complaint_fund_idx" ON "cmp_complaint" USING btree ("fund_id","received_on");--> statement-breakpoint
CREATE INDEX "cmp_complaint_open_due_idx" ON "cmp_complaint" USING btree ("due_on","id") WHERE "cmp_complaint"."status" NOT IN ('closed', 'rejected');--> statement-breakpoint
CREATE INDEX "cmp_event_complaint_idx" ON "cmp_event" USING btree ("complaint_id","created_at");--> statement-breakpoint
CREATE INDEX "cmp_reply_complaint_idx" ON "cmp_reply" USING btree ("complaint_id","created_at");--> statement-breakpoint
CREATE INDEX "dmg_case_area_prefix_idx" ON "dmg_case" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "dmg_case_fund_idx" ON "dmg_case" USING btree ("fund_id","discovered_on");--> statement-breakpoint
CREATE INDEX "dmg_document_case_idx" ON "dmg_document" USING btree ("case_id","doc_date");--> statement-breakpoint
CREATE UNIQUE INDEX "dmg_instalment_case_seq_uq" ON "dmg_instalment" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "dmg_person_case_idx" ON "dmg_person" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "dmg_recovery_case_idx" ON "dmg_recovery" USING btree ("case_id","received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "dmg_recovery_entry_uq" ON "dmg_recovery" USING btree ("journal_entry_id");--> statement-breakpoint
CREATE INDEX "dmg_step_case_idx" ON "dmg_step" USING btree ("case_id","created_at");--> statement-breakpoint
-- An anonymous complaint never gets a complainant row, and a complaint never changes between anonymous and named.
CREATE OR REPLACE FUNCTION cmp_complainant_refuse_anonymous() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM cmp_complaint WHERE id = NEW.complaint_id AND anonymous) THEN
    RAISE EXCEPTION 'cmp_complaint % is anonymous', NEW.complaint_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cmp_complainant_not_anonymous BEFORE INSERT OR UPDATE ON cmp_complainant
  FOR EACH ROW EXECUTE FUNCTION cmp_complainant_refuse_anonymous();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION cmp_complaint_keep_anonymity() RETURNS trigger AS $$
BEGIN
  IF NEW.anonymous IS DISTINCT FROM OLD.anonymous OR NEW.reference_no IS DISTINCT FROM OLD.reference_no THEN
    RAISE EXCEPTION 'cmp_complaint anonymity and reference are fixed' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER cmp_complaint_anonymity_fixed BEFORE UPDATE ON cmp_complaint
  FOR EACH ROW EXECUTE FUNCTION cmp_complaint_keep_anonymity();
