CREATE TABLE "sg_beneficiary" (
	"member_id" uuid NOT NULL,
	"seq" smallint NOT NULL,
	"name" text NOT NULL,
	"relationship" text NOT NULL,
	"citizen_id_enc" text,
	"citizen_id_masked" varchar(20),
	"share_bp" integer NOT NULL,
	CONSTRAINT "sg_beneficiary_member_id_seq_pk" PRIMARY KEY("member_id","seq"),
	CONSTRAINT "sg_beneficiary_share" CHECK ("sg_beneficiary"."share_bp" BETWEEN 1 AND 10000)
);
--> statement-breakpoint
CREATE TABLE "sg_bylaws" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"effective_on" date NOT NULL,
	"bylaws" jsonb NOT NULL,
	"resolution_ref" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sg_group" (
	"fund_id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"last_member_no" integer DEFAULT 0 NOT NULL,
	"last_account_no" integer DEFAULT 0 NOT NULL,
	"last_meeting_no" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sg_loan" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"amount_satang" bigint NOT NULL,
	"limit_satang" bigint NOT NULL,
	"available_satang" bigint NOT NULL,
	"meeting_id" uuid,
	"resolution_ref" text NOT NULL,
	"overridden_rules" jsonb NOT NULL,
	"override_reason" text,
	"overridden_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sg_loan_guarantor" (
	"sg_loan_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"seq" smallint NOT NULL,
	CONSTRAINT "sg_loan_guarantor_sg_loan_id_member_id_pk" PRIMARY KEY("sg_loan_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "sg_meeting" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"meeting_no" varchar(16) NOT NULL,
	"kind" varchar(8) NOT NULL,
	"held_on" date NOT NULL,
	"attendee_member_ids" jsonb NOT NULL,
	"attendee_count" integer NOT NULL,
	"minutes" text NOT NULL,
	"resolutions" jsonb NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sg_member" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"member_no" varchar(20) NOT NULL,
	"account_no" varchar(20) NOT NULL,
	"household_id" uuid,
	"household_member_id" uuid,
	"name" text NOT NULL,
	"joined_on" date NOT NULL,
	"entry_fee_satang" bigint NOT NULL,
	"entry_fee_entry_id" uuid,
	"status" varchar(12) NOT NULL,
	"status_on" date,
	"status_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sg_member_entry_fee_nonneg" CHECK ("sg_member"."entry_fee_satang" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sg_share_txn" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" varchar(12) NOT NULL,
	"month_on" date NOT NULL,
	"paid_on" date NOT NULL,
	"shares" integer NOT NULL,
	"amount_satang" bigint NOT NULL,
	"journal_entry_id" uuid NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sg_share_txn_amount_positive" CHECK ("sg_share_txn"."amount_satang" > 0)
);
--> statement-breakpoint
CREATE TABLE "sg_year_close" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"closed_on" date NOT NULL,
	"income_satang" bigint NOT NULL,
	"expense_satang" bigint NOT NULL,
	"net_profit_satang" bigint NOT NULL,
	"buckets" jsonb NOT NULL,
	"redirected" jsonb NOT NULL,
	"bylaws" jsonb NOT NULL,
	"meeting_id" uuid,
	"journal_entry_id" uuid,
	"closed_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sg_year_close_member" (
	"close_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"member_no" varchar(20) NOT NULL,
	"share_balance_satang" bigint NOT NULL,
	"share_months_satang" bigint NOT NULL,
	"interest_paid_satang" bigint NOT NULL,
	"dividend_satang" bigint NOT NULL,
	"patronage_refund_satang" bigint NOT NULL,
	CONSTRAINT "sg_year_close_member_close_id_member_id_pk" PRIMARY KEY("close_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "sg_beneficiary" ADD CONSTRAINT "sg_beneficiary_member_id_sg_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."sg_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_bylaws" ADD CONSTRAINT "sg_bylaws_fund_id_sg_group_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."sg_group"("fund_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_group" ADD CONSTRAINT "sg_group_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_loan" ADD CONSTRAINT "sg_loan_fund_id_sg_group_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."sg_group"("fund_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_loan" ADD CONSTRAINT "sg_loan_member_id_sg_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."sg_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_loan" ADD CONSTRAINT "sg_loan_loan_id_loan_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_loan" ADD CONSTRAINT "sg_loan_meeting_id_sg_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."sg_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_loan_guarantor" ADD CONSTRAINT "sg_loan_guarantor_sg_loan_id_sg_loan_id_fk" FOREIGN KEY ("sg_loan_id") REFERENCES "public"."sg_loan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_loan_guarantor" ADD CONSTRAINT "sg_loan_guarantor_member_id_sg_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."sg_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_meeting" ADD CONSTRAINT "sg_meeting_fund_id_sg_group_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."sg_group"("fund_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_member" ADD CONSTRAINT "sg_member_fund_id_sg_group_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."sg_group"("fund_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_member" ADD CONSTRAINT "sg_member_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_member" ADD CONSTRAINT "sg_member_household_member_id_household_member_id_fk" FOREIGN KEY ("household_member_id") REFERENCES "public"."household_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_member" ADD CONSTRAINT "sg_member_entry_fee_entry_id_journal_entry_id_fk" FOREIGN KEY ("entry_fee_entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_share_txn" ADD CONSTRAINT "sg_share_txn_fund_id_sg_group_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."sg_group"("fund_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_share_txn" ADD CONSTRAINT "sg_share_txn_member_id_sg_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."sg_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_share_txn" ADD CONSTRAINT "sg_share_txn_journal_entry_id_journal_entry_id_fk" FOREIGN KEY ("journal_entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_year_close" ADD CONSTRAINT "sg_year_close_fund_id_sg_group_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."sg_group"("fund_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_year_close" ADD CONSTRAINT "sg_year_close_meeting_id_sg_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."sg_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_year_close" ADD CONSTRAINT "sg_year_close_journal_entry_id_journal_entry_id_fk" FOREIGN KEY ("journal_entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_year_close_member" ADD CONSTRAINT "sg_year_close_member_close_id_sg_year_close_id_fk" FOREIGN KEY ("close_id") REFERENCES "public"."sg_year_close"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sg_year_close_member" ADD CONSTRAINT "sg_year_close_member_member_id_sg_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."sg_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sg_bylaws_fund_effective_uq" ON "sg_bylaws" USING btree ("fund_id","effective_on");--> statement-breakpoint
CREATE INDEX "sg_group_area_prefix_idx" ON "sg_group" USING btree ("area_code" varchar_pattern_ops,"fund_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sg_loan_loan_uq" ON "sg_loan" USING btree ("loan_id");--> statement-breakpoint
CREATE INDEX "sg_loan_member_idx" ON "sg_loan" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "sg_loan_fund_idx" ON "sg_loan" USING btree ("fund_id","created_at");--> statement-breakpoint
CREATE INDEX "sg_loan_guarantor_member_idx" ON "sg_loan_guarantor" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sg_meeting_no_uq" ON "sg_meeting" USING btree ("fund_id","meeting_no");--> statement-breakpoint
CREATE INDEX "sg_meeting_fund_idx" ON "sg_meeting" USING btree ("fund_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "sg_member_no_uq" ON "sg_member" USING btree ("fund_id","member_no");--> statement-breakpoint
CREATE UNIQUE INDEX "sg_member_account_uq" ON "sg_member" USING btree ("fund_id","account_no");--> statement-breakpoint
CREATE UNIQUE INDEX "sg_member_person_uq" ON "sg_member" USING btree ("fund_id","household_member_id") WHERE "sg_member"."household_member_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "sg_member_household_idx" ON "sg_member" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sg_share_txn_month_uq" ON "sg_share_txn" USING btree ("member_id","month_on") WHERE "sg_share_txn"."kind" = 'deposit';--> statement-breakpoint
CREATE INDEX "sg_share_txn_fund_month_idx" ON "sg_share_txn" USING btree ("fund_id","month_on","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sg_year_close_fund_year_uq" ON "sg_year_close" USING btree ("fund_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "sg_year_close_member_idx" ON "sg_year_close_member" USING btree ("member_id");