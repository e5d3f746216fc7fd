CREATE TABLE "bank_account" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"bank_name" text NOT NULL,
	"branch" text NOT NULL,
	"account_no" varchar(32) NOT NULL,
	"account_name" text NOT NULL,
	"status" varchar(16) DEFAULT 'pending' NOT NULL,
	"withdrawal_rule" jsonb NOT NULL,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"activated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "bank_account_approval" (
	"bank_account_id" uuid NOT NULL,
	"position" varchar(16) NOT NULL,
	"user_id" uuid NOT NULL,
	"committee_member_id" uuid NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bank_account_approval_bank_account_id_position_pk" PRIMARY KEY("bank_account_id","position")
);
--> statement-breakpoint
CREATE TABLE "bank_account_signatory" (
	"bank_account_id" uuid NOT NULL,
	"committee_member_id" uuid NOT NULL,
	CONSTRAINT "bank_account_signatory_bank_account_id_committee_member_id_pk" PRIMARY KEY("bank_account_id","committee_member_id")
);
--> statement-breakpoint
CREATE TABLE "bank_withdrawal" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"bank_account_id" uuid NOT NULL,
	"to_kind" varchar(8) NOT NULL,
	"to_bank_account_id" uuid,
	"amount_satang" bigint NOT NULL,
	"entry_date" date,
	"description" text NOT NULL,
	"status" varchar(16) DEFAULT 'pending' NOT NULL,
	"requested_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"journal_entry_id" uuid,
	"closed_at" timestamp with time zone,
	CONSTRAINT "bank_withdrawal_amount_positive" CHECK ("bank_withdrawal"."amount_satang" > 0)
);
--> statement-breakpoint
CREATE TABLE "bank_withdrawal_approval" (
	"withdrawal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"committee_member_id" uuid NOT NULL,
	"position" varchar(16) NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "bank_withdrawal_approval_withdrawal_id_user_id_pk" PRIMARY KEY("withdrawal_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "committee_member" (
	"id" uuid PRIMARY KEY NOT NULL,
	"committee_set_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"name" text NOT NULL,
	"user_id" uuid,
	"household_member_id" uuid,
	"position" varchar(16) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committee_set" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"set_no" smallint NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_set_term_order" CHECK ("committee_set"."term_end" >= "committee_set"."term_start")
);
--> statement-breakpoint
CREATE TABLE "fiscal_year_close" (
	"fund_id" uuid NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fiscal_year_close_fund_id_fiscal_year_pk" PRIMARY KEY("fund_id","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "fund" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(8) NOT NULL,
	"fund_type" varchar(24) NOT NULL,
	"name" text NOT NULL,
	"started_on" date NOT NULL,
	"original_capital_satang" bigint NOT NULL,
	"parameters" jsonb NOT NULL,
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"is_model" boolean DEFAULT false NOT NULL,
	"model_year" smallint,
	"is_learning_centre" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_original_capital_nonneg" CHECK ("fund"."original_capital_satang" >= 0)
);
--> statement-breakpoint
CREATE TABLE "journal_entry" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"entry_date" date NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"kind" varchar(32) NOT NULL,
	"description" text NOT NULL,
	"source_type" varchar(32),
	"source_id" text,
	"reverses_entry_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"idempotency_key" varchar(100)
);
--> statement-breakpoint
CREATE TABLE "journal_line" (
	"entry_id" uuid NOT NULL,
	"line_no" smallint NOT NULL,
	"account_id" uuid NOT NULL,
	"debit_satang" bigint DEFAULT 0 NOT NULL,
	"credit_satang" bigint DEFAULT 0 NOT NULL,
	"memo" text,
	CONSTRAINT "journal_line_entry_id_line_no_pk" PRIMARY KEY("entry_id","line_no"),
	CONSTRAINT "journal_line_one_side" CHECK (("journal_line"."debit_satang" > 0 AND "journal_line"."credit_satang" = 0) OR ("journal_line"."credit_satang" > 0 AND "journal_line"."debit_satang" = 0))
);
--> statement-breakpoint
CREATE TABLE "ledger_account" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"code" varchar(8) NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"account_type" varchar(12) NOT NULL,
	"normal_side" varchar(6) NOT NULL,
	"role" varchar(24) NOT NULL,
	"bank_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bank_account" ADD CONSTRAINT "bank_account_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_account_approval" ADD CONSTRAINT "bank_account_approval_bank_account_id_bank_account_id_fk" FOREIGN KEY ("bank_account_id") REFERENCES "public"."bank_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_account_approval" ADD CONSTRAINT "bank_account_approval_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_account_approval" ADD CONSTRAINT "bank_account_approval_committee_member_id_committee_member_id_fk" FOREIGN KEY ("committee_member_id") REFERENCES "public"."committee_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_account_signatory" ADD CONSTRAINT "bank_account_signatory_bank_account_id_bank_account_id_fk" FOREIGN KEY ("bank_account_id") REFERENCES "public"."bank_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_account_signatory" ADD CONSTRAINT "bank_account_signatory_committee_member_id_committee_member_id_fk" FOREIGN KEY ("committee_member_id") REFERENCES "public"."committee_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_withdrawal" ADD CONSTRAINT "bank_withdrawal_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_withdrawal" ADD CONSTRAINT "bank_withdrawal_bank_account_id_bank_account_id_fk" FOREIGN KEY ("bank_account_id") REFERENCES "public"."bank_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_withdrawal" ADD CONSTRAINT "bank_withdrawal_to_bank_account_id_bank_account_id_fk" FOREIGN KEY ("to_bank_account_id") REFERENCES "public"."bank_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_withdrawal" ADD CONSTRAINT "bank_withdrawal_journal_entry_id_journal_entry_id_fk" FOREIGN KEY ("journal_entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_withdrawal_approval" ADD CONSTRAINT "bank_withdrawal_approval_withdrawal_id_bank_withdrawal_id_fk" FOREIGN KEY ("withdrawal_id") REFERENCES "public"."bank_withdrawal"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_withdrawal_approval" ADD CONSTRAINT "bank_withdrawal_approval_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_withdrawal_approval" ADD CONSTRAINT "bank_withdrawal_approval_committee_member_id_committee_member_id_fk" FOREIGN KEY ("committee_member_id") REFERENCES "public"."committee_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_member" ADD CONSTRAINT "committee_member_committee_set_id_committee_set_id_fk" FOREIGN KEY ("committee_set_id") REFERENCES "public"."committee_set"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_member" ADD CONSTRAINT "committee_member_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_member" ADD CONSTRAINT "committee_member_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_member" ADD CONSTRAINT "committee_member_household_member_id_household_member_id_fk" FOREIGN KEY ("household_member_id") REFERENCES "public"."household_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_set" ADD CONSTRAINT "committee_set_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiscal_year_close" ADD CONSTRAINT "fiscal_year_close_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund" ADD CONSTRAINT "fund_area_code_area_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entry" ADD CONSTRAINT "journal_entry_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entry" ADD CONSTRAINT "journal_entry_reverses_entry_id_journal_entry_id_fk" FOREIGN KEY ("reverses_entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_line" ADD CONSTRAINT "journal_line_entry_id_journal_entry_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_line" ADD CONSTRAINT "journal_line_account_id_ledger_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ledger_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_account" ADD CONSTRAINT "ledger_account_bank_account_id_bank_account_id_fk" FOREIGN KEY ("bank_account_id") REFERENCES "public"."bank_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bank_account_fund_number_uq" ON "bank_account" USING btree ("fund_id","bank_name","account_no");--> statement-breakpoint
CREATE UNIQUE INDEX "bank_account_approval_user_uq" ON "bank_account_approval" USING btree ("bank_account_id","user_id");--> statement-breakpoint
CREATE INDEX "bank_withdrawal_fund_idx" ON "bank_withdrawal" USING btree ("fund_id","status","id");--> statement-breakpoint
CREATE INDEX "committee_member_set_idx" ON "committee_member" USING btree ("committee_set_id");--> statement-breakpoint
CREATE INDEX "committee_member_user_idx" ON "committee_member" USING btree ("user_id","fund_id");--> statement-breakpoint
CREATE UNIQUE INDEX "committee_member_officer_uq" ON "committee_member" USING btree ("committee_set_id","position") WHERE "committee_member"."position" <> 'member';--> statement-breakpoint
CREATE UNIQUE INDEX "committee_member_user_uq" ON "committee_member" USING btree ("committee_set_id","user_id") WHERE "committee_member"."user_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "committee_set_fund_no_uq" ON "committee_set" USING btree ("fund_id","set_no");--> statement-breakpoint
CREATE INDEX "fund_area_prefix_idx" ON "fund" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_kkj_per_village_uq" ON "fund" USING btree ("area_code") WHERE "fund"."fund_type" = 'kkj' AND "fund"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "journal_entry_fund_date_idx" ON "journal_entry" USING btree ("fund_id","entry_date","id");--> statement-breakpoint
CREATE INDEX "journal_entry_source_idx" ON "journal_entry" USING btree ("source_type","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "journal_entry_idempotency_uq" ON "journal_entry" USING btree ("fund_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "journal_entry_reverses_uq" ON "journal_entry" USING btree ("reverses_entry_id");--> statement-breakpoint
CREATE INDEX "journal_line_account_idx" ON "journal_line" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_account_fund_code_uq" ON "ledger_account" USING btree ("fund_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_account_fund_role_uq" ON "ledger_account" USING btree ("fund_id","role") WHERE "ledger_account"."role" <> 'bank';--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_account_bank_uq" ON "ledger_account" USING btree ("bank_account_id") WHERE "ledger_account"."bank_account_id" IS NOT NULL;