CREATE TABLE "debt_centre" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"name" text NOT NULL,
	"rate_bp" integer NOT NULL,
	"max_term_months" smallint NOT NULL,
	"affordability_bp" integer NOT NULL,
	"consolidate_by_default" boolean NOT NULL,
	"relapse_window_months" smallint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "debt_centre_committee_member" (
	"id" uuid PRIMARY KEY NOT NULL,
	"centre_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" varchar(16) NOT NULL,
	"user_id" uuid,
	"member_fund_id" uuid,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "debt_centre_committee_term_order" CHECK ("debt_centre_committee_member"."term_end" >= "debt_centre_committee_member"."term_start")
);
--> statement-breakpoint
CREATE TABLE "debt_centre_member_fund" (
	"id" uuid PRIMARY KEY NOT NULL,
	"centre_id" uuid NOT NULL,
	"fund_id" uuid,
	"outside_name" text,
	"outside_balance_satang" bigint,
	"preference" smallint NOT NULL,
	"may_refinance" boolean NOT NULL,
	"max_loan_satang" bigint NOT NULL,
	"max_term_months" smallint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "debt_centre_member_fund_kind" CHECK (("debt_centre_member_fund"."fund_id" IS NOT NULL AND "debt_centre_member_fund"."outside_name" IS NULL AND "debt_centre_member_fund"."outside_balance_satang" IS NULL) OR ("debt_centre_member_fund"."fund_id" IS NULL AND "debt_centre_member_fund"."outside_name" IS NOT NULL AND "debt_centre_member_fund"."outside_balance_satang" >= 0)),
	CONSTRAINT "debt_centre_member_fund_limits" CHECK ("debt_centre_member_fund"."max_loan_satang" >= 0 AND "debt_centre_member_fund"."max_term_months" >= 1)
);
--> statement-breakpoint
CREATE TABLE "debt_creditor_payment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"debt_id" varchar(64) NOT NULL,
	"creditor_name" text NOT NULL,
	"fund_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"journal_entry_id" uuid NOT NULL,
	"amount_satang" bigint NOT NULL,
	"paid_on" date NOT NULL,
	CONSTRAINT "debt_creditor_payment_positive" CHECK ("debt_creditor_payment"."amount_satang" > 0)
);
--> statement-breakpoint
CREATE TABLE "debt_free_event" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"household_id" uuid NOT NULL,
	"debt_free_on" date NOT NULL,
	"watch_ends_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "debt_plan" (
	"id" uuid PRIMARY KEY NOT NULL,
	"centre_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"survey_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"status" varchar(16) NOT NULL,
	"planned_on" date NOT NULL,
	"input" jsonb NOT NULL,
	"plan" jsonb NOT NULL,
	"overrides" jsonb,
	"needs_chair_override" boolean NOT NULL,
	"broken_rules" jsonb NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"approved_with_chair_override" boolean DEFAULT false NOT NULL,
	"executed_on" date,
	"debt_free_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "debt_plan_loan" (
	"plan_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"contract_no" smallint NOT NULL,
	CONSTRAINT "debt_plan_loan_plan_id_loan_id_pk" PRIMARY KEY("plan_id","loan_id")
);
--> statement-breakpoint
CREATE TABLE "debt_plan_status_change" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"from_status" varchar(16),
	"to_status" varchar(16) NOT NULL,
	"changed_on" date NOT NULL,
	"changed_by" uuid,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "debt_relapse_flag" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"centre_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"household_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"debt_id" varchar(64) NOT NULL,
	"taken_on" date NOT NULL,
	"creditor_class" varchar(16) NOT NULL,
	"reason" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "debt_survey" (
	"id" uuid PRIMARY KEY NOT NULL,
	"centre_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"household_id" uuid NOT NULL,
	"surveyed_on" date NOT NULL,
	"monthly_income_satang" bigint NOT NULL,
	"monthly_expenses_satang" bigint NOT NULL,
	"income_source" varchar(16) NOT NULL,
	"bmn_year" smallint,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "debt_survey_debt" (
	"survey_id" uuid NOT NULL,
	"debt_id" varchar(64) NOT NULL,
	"seq" smallint NOT NULL,
	"creditor_name" text NOT NULL,
	"creditor_type" varchar(24) NOT NULL,
	"community_fund_id" varchar(64),
	"original_principal_satang" bigint NOT NULL,
	"outstanding_satang" bigint NOT NULL,
	"arrears_satang" bigint NOT NULL,
	"rate_bp" integer NOT NULL,
	"rate_basis" varchar(16) NOT NULL,
	"instalment_satang" bigint,
	"instalment_frequency" varchar(16) NOT NULL,
	"collateral" text,
	"guarantor" text,
	"purpose" text NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	CONSTRAINT "debt_survey_debt_survey_id_debt_id_pk" PRIMARY KEY("survey_id","debt_id"),
	CONSTRAINT "debt_survey_debt_amounts" CHECK ("debt_survey_debt"."original_principal_satang" > 0 AND "debt_survey_debt"."outstanding_satang" >= 0 AND "debt_survey_debt"."arrears_satang" >= 0 AND "debt_survey_debt"."arrears_satang" <= "debt_survey_debt"."outstanding_satang")
);
--> statement-breakpoint
ALTER TABLE "debt_centre" ADD CONSTRAINT "debt_centre_area_code_area_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_centre_committee_member" ADD CONSTRAINT "debt_centre_committee_member_centre_id_debt_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."debt_centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_centre_committee_member" ADD CONSTRAINT "debt_centre_committee_member_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_centre_committee_member" ADD CONSTRAINT "debt_centre_committee_member_member_fund_id_debt_centre_member_fund_id_fk" FOREIGN KEY ("member_fund_id") REFERENCES "public"."debt_centre_member_fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_centre_member_fund" ADD CONSTRAINT "debt_centre_member_fund_centre_id_debt_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."debt_centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_centre_member_fund" ADD CONSTRAINT "debt_centre_member_fund_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_creditor_payment" ADD CONSTRAINT "debt_creditor_payment_plan_id_debt_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."debt_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_creditor_payment" ADD CONSTRAINT "debt_creditor_payment_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_creditor_payment" ADD CONSTRAINT "debt_creditor_payment_loan_id_loan_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_creditor_payment" ADD CONSTRAINT "debt_creditor_payment_journal_entry_id_journal_entry_id_fk" FOREIGN KEY ("journal_entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_free_event" ADD CONSTRAINT "debt_free_event_plan_id_debt_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."debt_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_free_event" ADD CONSTRAINT "debt_free_event_centre_id_debt_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."debt_centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_free_event" ADD CONSTRAINT "debt_free_event_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_plan" ADD CONSTRAINT "debt_plan_centre_id_debt_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."debt_centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_plan" ADD CONSTRAINT "debt_plan_survey_id_debt_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."debt_survey"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_plan" ADD CONSTRAINT "debt_plan_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_plan_loan" ADD CONSTRAINT "debt_plan_loan_plan_id_debt_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."debt_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_plan_loan" ADD CONSTRAINT "debt_plan_loan_loan_id_loan_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_plan_loan" ADD CONSTRAINT "debt_plan_loan_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_plan_status_change" ADD CONSTRAINT "debt_plan_status_change_plan_id_debt_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."debt_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_relapse_flag" ADD CONSTRAINT "debt_relapse_flag_plan_id_debt_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."debt_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_relapse_flag" ADD CONSTRAINT "debt_relapse_flag_centre_id_debt_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."debt_centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_relapse_flag" ADD CONSTRAINT "debt_relapse_flag_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_relapse_flag" ADD CONSTRAINT "debt_relapse_flag_survey_id_debt_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."debt_survey"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_survey" ADD CONSTRAINT "debt_survey_centre_id_debt_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."debt_centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_survey" ADD CONSTRAINT "debt_survey_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_survey_debt" ADD CONSTRAINT "debt_survey_debt_survey_id_debt_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."debt_survey"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "debt_centre_village_uq" ON "debt_centre" USING btree ("area_code");--> statement-breakpoint
CREATE INDEX "debt_centre_area_prefix_idx" ON "debt_centre" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "debt_centre_committee_centre_idx" ON "debt_centre_committee_member" USING btree ("centre_id","term_start");--> statement-breakpoint
CREATE INDEX "debt_centre_committee_user_idx" ON "debt_centre_committee_member" USING btree ("user_id","centre_id");--> statement-breakpoint
CREATE INDEX "debt_centre_member_fund_centre_idx" ON "debt_centre_member_fund" USING btree ("centre_id","preference");--> statement-breakpoint
CREATE UNIQUE INDEX "debt_centre_member_fund_uq" ON "debt_centre_member_fund" USING btree ("centre_id","fund_id") WHERE "debt_centre_member_fund"."fund_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "debt_creditor_payment_plan_idx" ON "debt_creditor_payment" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "debt_free_event_plan_uq" ON "debt_free_event" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "debt_free_event_area_prefix_idx" ON "debt_free_event" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "debt_plan_centre_idx" ON "debt_plan" USING btree ("centre_id","id");--> statement-breakpoint
CREATE INDEX "debt_plan_household_idx" ON "debt_plan" USING btree ("household_id","id");--> statement-breakpoint
CREATE INDEX "debt_plan_area_prefix_idx" ON "debt_plan" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "debt_plan_status_change_plan_idx" ON "debt_plan_status_change" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "debt_relapse_flag_survey_debt_uq" ON "debt_relapse_flag" USING btree ("survey_id","debt_id");--> statement-breakpoint
CREATE INDEX "debt_relapse_flag_area_prefix_idx" ON "debt_relapse_flag" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "debt_survey_centre_idx" ON "debt_survey" USING btree ("centre_id","surveyed_on","id");--> statement-breakpoint
CREATE INDEX "debt_survey_household_idx" ON "debt_survey" USING btree ("household_id","surveyed_on");--> statement-breakpoint
CREATE INDEX "debt_survey_area_prefix_idx" ON "debt_survey" USING btree ("area_code" varchar_pattern_ops,"id");