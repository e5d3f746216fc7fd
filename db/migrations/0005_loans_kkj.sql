CREATE TABLE "committee_meeting" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"committee_set_id" uuid,
	"meeting_no" varchar(16) NOT NULL,
	"held_on" date NOT NULL,
	"place" text,
	"attendee_count" smallint NOT NULL,
	"attendees" jsonb NOT NULL,
	"agenda" text NOT NULL,
	"minutes" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kkj_contract" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"contract_no" varchar(40) NOT NULL,
	"volume_no" varchar(16),
	"borrow_round" smallint NOT NULL,
	"signed_on" date NOT NULL,
	"written_at" text NOT NULL,
	"amount_satang" bigint NOT NULL,
	"amount_words" text NOT NULL,
	"borrower_name" text NOT NULL,
	"borrower_member_id" uuid,
	"borrower_address" jsonb NOT NULL,
	"project_name" text NOT NULL,
	"consent_name" text,
	"consent_relation" varchar(8),
	"lender_name" text NOT NULL,
	"witness1_name" text NOT NULL,
	"witness2_name" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kkj_contract_witnesses_differ" CHECK ("kkj_contract"."witness1_name" <> "kkj_contract"."witness2_name")
);
--> statement-breakpoint
CREATE TABLE "kkj_debt_confirmation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"as_of" date NOT NULL,
	"outstanding_satang" bigint NOT NULL,
	"agrees" boolean NOT NULL,
	"claimed_satang" bigint,
	"note" text,
	"confirmed_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kkj_handover" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"handed_on" date NOT NULL,
	"from_name" text NOT NULL,
	"from_position" text NOT NULL,
	"to_name" text NOT NULL,
	"to_position" text NOT NULL,
	"from_user_id" uuid,
	"to_user_id" uuid,
	"snapshot" jsonb NOT NULL,
	"notes" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kkj_loan_request" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"doc_no" varchar(24) NOT NULL,
	"register_seq" integer NOT NULL,
	"amount_satang" bigint NOT NULL,
	"amount_words" text NOT NULL,
	"plan" jsonb NOT NULL,
	"consent_name" text,
	"consent_relation" varchar(8),
	"requested_on" date NOT NULL,
	"status" varchar(24) NOT NULL,
	"worker_opinion" varchar(16),
	"worker_reason" text,
	"worker_name" text,
	"worker_user_id" uuid,
	"worker_opinion_on" date,
	"decision" varchar(16),
	"approved_amount_satang" bigint,
	"decision_reason" text,
	"decision_meeting_id" uuid,
	"decided_by" uuid,
	"decided_on" date,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kkj_loan_request_amount_positive" CHECK ("kkj_loan_request"."amount_satang" > 0)
);
--> statement-breakpoint
CREATE TABLE "kkj_proposal" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"target_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"borrow_round" smallint NOT NULL,
	"doc_no" varchar(24) NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_age" smallint,
	"occupation" text NOT NULL,
	"project_name" text NOT NULL,
	"items" jsonb NOT NULL,
	"total_satang" bigint NOT NULL,
	"submitted_on" date NOT NULL,
	"status" varchar(24) NOT NULL,
	"worker_opinion" varchar(16),
	"worker_reason" text,
	"worker_name" text,
	"worker_user_id" uuid,
	"worker_opinion_on" date,
	"decision" varchar(16),
	"decision_amount_satang" bigint,
	"decision_reason" text,
	"decision_meeting_id" uuid,
	"decided_by" uuid,
	"decided_on" date,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kkj_proposal_total_positive" CHECK ("kkj_proposal"."total_satang" > 0)
);
--> statement-breakpoint
CREATE TABLE "kkj_target" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"register_seq" integer NOT NULL,
	"bmn_year" smallint NOT NULL,
	"income_per_person_satang" bigint NOT NULL,
	"members_count" smallint NOT NULL,
	"income_after_1_satang" bigint,
	"income_after_2_satang" bigint,
	"income_after_3_satang" bigint,
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"registered_on" date NOT NULL,
	"removed_on" date,
	"removed_reason" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kkj_voucher" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"loan_id" uuid NOT NULL,
	"voucher_no" varchar(24) NOT NULL,
	"amount_satang" bigint NOT NULL,
	"source" varchar(8) NOT NULL,
	"bank_withdrawal_id" uuid,
	"status" varchar(16) NOT NULL,
	"paid_on" date,
	"journal_entry_id" uuid,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_sequence" (
	"fund_id" uuid NOT NULL,
	"series" varchar(16) NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"last_no" integer NOT NULL,
	CONSTRAINT "document_sequence_fund_id_series_fiscal_year_pk" PRIMARY KEY("fund_id","series","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "fund_health" (
	"fund_id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"as_of" date NOT NULL,
	"loans_active" integer NOT NULL,
	"outstanding_satang" bigint NOT NULL,
	"at_risk_30_satang" bigint NOT NULL,
	"par30_bp" integer NOT NULL,
	"repayment_rate_bp" integer,
	"bank_satang" bigint NOT NULL,
	"cash_satang" bigint NOT NULL,
	"idle_bp" integer NOT NULL,
	"defaulted_satang" bigint NOT NULL,
	"missing_satang" bigint NOT NULL,
	"class_counts" jsonb NOT NULL,
	"at_risk" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_run" (
	"id" uuid PRIMARY KEY NOT NULL,
	"job" varchar(40) NOT NULL,
	"business_date" date NOT NULL,
	"status" varchar(16) NOT NULL,
	"counts" jsonb,
	"error" text,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "loan" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"household_id" uuid,
	"borrower_name" text NOT NULL,
	"loan_no" varchar(40) NOT NULL,
	"source_type" varchar(24) NOT NULL,
	"source_id" uuid,
	"product" jsonb NOT NULL,
	"principal_satang" bigint NOT NULL,
	"status" varchar(24) NOT NULL,
	"contracted_on" date NOT NULL,
	"disbursed_on" date,
	"current_version_no" smallint DEFAULT 1 NOT NULL,
	"outstanding_principal_satang" bigint NOT NULL,
	"outstanding_interest_satang" bigint DEFAULT 0 NOT NULL,
	"next_due_on" date,
	"classification" varchar(16),
	"days_past_due" integer DEFAULT 0 NOT NULL,
	"classified_on" date,
	"disbursement_entry_id" uuid,
	"closed_on" date,
	"written_off_on" date,
	"write_off_satang" bigint,
	"write_off_reason" text,
	"write_off_resolution_ref" text,
	"write_off_entry_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loan_principal_positive" CHECK ("loan"."principal_satang" > 0),
	CONSTRAINT "loan_outstanding_nonneg" CHECK ("loan"."outstanding_principal_satang" >= 0 AND "loan"."outstanding_interest_satang" >= 0)
);
--> statement-breakpoint
CREATE TABLE "loan_instalment" (
	"loan_id" uuid NOT NULL,
	"version_no" smallint NOT NULL,
	"seq" smallint NOT NULL,
	"due_on" date NOT NULL,
	"principal_satang" bigint NOT NULL,
	"interest_satang" bigint NOT NULL,
	"paid_principal_satang" bigint DEFAULT 0 NOT NULL,
	"paid_interest_satang" bigint DEFAULT 0 NOT NULL,
	"waived_interest_satang" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "loan_instalment_loan_id_version_no_seq_pk" PRIMARY KEY("loan_id","version_no","seq"),
	CONSTRAINT "loan_instalment_paid_within" CHECK ("loan_instalment"."paid_principal_satang" >= 0 AND "loan_instalment"."paid_principal_satang" <= "loan_instalment"."principal_satang"
        AND "loan_instalment"."paid_interest_satang" >= 0 AND "loan_instalment"."waived_interest_satang" >= 0
        AND "loan_instalment"."paid_interest_satang" + "loan_instalment"."waived_interest_satang" <= "loan_instalment"."interest_satang")
);
--> statement-breakpoint
CREATE TABLE "loan_repayment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"loan_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"receipt_no" varchar(24) NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"paid_on" date NOT NULL,
	"amount_satang" bigint NOT NULL,
	"principal_satang" bigint NOT NULL,
	"interest_satang" bigint NOT NULL,
	"method" varchar(8) NOT NULL,
	"bank_account_id" uuid,
	"allocation" jsonb NOT NULL,
	"payer_name" text,
	"note" text,
	"journal_entry_id" uuid NOT NULL,
	"reversal_entry_id" uuid,
	"idempotency_key" varchar(100),
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loan_repayment_amount_positive" CHECK ("loan_repayment"."amount_satang" > 0),
	CONSTRAINT "loan_repayment_split" CHECK ("loan_repayment"."principal_satang" >= 0 AND "loan_repayment"."interest_satang" >= 0 AND "loan_repayment"."principal_satang" + "loan_repayment"."interest_satang" = "loan_repayment"."amount_satang")
);
--> statement-breakpoint
CREATE TABLE "loan_version" (
	"loan_id" uuid NOT NULL,
	"version_no" smallint NOT NULL,
	"starts_on" date NOT NULL,
	"plan" jsonb NOT NULL,
	"principal_satang" bigint NOT NULL,
	"interest_satang" bigint NOT NULL,
	"reason" text,
	"resolution_ref" text,
	"meeting_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loan_version_loan_id_version_no_pk" PRIMARY KEY("loan_id","version_no")
);
--> statement-breakpoint
ALTER TABLE "bank_withdrawal" ADD COLUMN "purpose_type" varchar(24);--> statement-breakpoint
ALTER TABLE "bank_withdrawal" ADD COLUMN "purpose_id" uuid;--> statement-breakpoint
ALTER TABLE "committee_meeting" ADD CONSTRAINT "committee_meeting_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_meeting" ADD CONSTRAINT "committee_meeting_committee_set_id_committee_set_id_fk" FOREIGN KEY ("committee_set_id") REFERENCES "public"."committee_set"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_contract" ADD CONSTRAINT "kkj_contract_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_contract" ADD CONSTRAINT "kkj_contract_request_id_kkj_loan_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."kkj_loan_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_contract" ADD CONSTRAINT "kkj_contract_proposal_id_kkj_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."kkj_proposal"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_contract" ADD CONSTRAINT "kkj_contract_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_contract" ADD CONSTRAINT "kkj_contract_loan_id_loan_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_debt_confirmation" ADD CONSTRAINT "kkj_debt_confirmation_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_debt_confirmation" ADD CONSTRAINT "kkj_debt_confirmation_loan_id_loan_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_debt_confirmation" ADD CONSTRAINT "kkj_debt_confirmation_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_handover" ADD CONSTRAINT "kkj_handover_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_loan_request" ADD CONSTRAINT "kkj_loan_request_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_loan_request" ADD CONSTRAINT "kkj_loan_request_proposal_id_kkj_proposal_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."kkj_proposal"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_loan_request" ADD CONSTRAINT "kkj_loan_request_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_loan_request" ADD CONSTRAINT "kkj_loan_request_decision_meeting_id_committee_meeting_id_fk" FOREIGN KEY ("decision_meeting_id") REFERENCES "public"."committee_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_proposal" ADD CONSTRAINT "kkj_proposal_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_proposal" ADD CONSTRAINT "kkj_proposal_target_id_kkj_target_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."kkj_target"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_proposal" ADD CONSTRAINT "kkj_proposal_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_proposal" ADD CONSTRAINT "kkj_proposal_decision_meeting_id_committee_meeting_id_fk" FOREIGN KEY ("decision_meeting_id") REFERENCES "public"."committee_meeting"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_target" ADD CONSTRAINT "kkj_target_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_target" ADD CONSTRAINT "kkj_target_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_voucher" ADD CONSTRAINT "kkj_voucher_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_voucher" ADD CONSTRAINT "kkj_voucher_contract_id_kkj_contract_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."kkj_contract"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_voucher" ADD CONSTRAINT "kkj_voucher_loan_id_loan_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_voucher" ADD CONSTRAINT "kkj_voucher_bank_withdrawal_id_bank_withdrawal_id_fk" FOREIGN KEY ("bank_withdrawal_id") REFERENCES "public"."bank_withdrawal"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kkj_voucher" ADD CONSTRAINT "kkj_voucher_journal_entry_id_journal_entry_id_fk" FOREIGN KEY ("journal_entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_sequence" ADD CONSTRAINT "document_sequence_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_health" ADD CONSTRAINT "fund_health_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan" ADD CONSTRAINT "loan_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan" ADD CONSTRAINT "loan_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan" ADD CONSTRAINT "loan_disbursement_entry_id_journal_entry_id_fk" FOREIGN KEY ("disbursement_entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan" ADD CONSTRAINT "loan_write_off_entry_id_journal_entry_id_fk" FOREIGN KEY ("write_off_entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_instalment" ADD CONSTRAINT "loan_instalment_loan_id_loan_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_repayment" ADD CONSTRAINT "loan_repayment_loan_id_loan_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_repayment" ADD CONSTRAINT "loan_repayment_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_repayment" ADD CONSTRAINT "loan_repayment_bank_account_id_bank_account_id_fk" FOREIGN KEY ("bank_account_id") REFERENCES "public"."bank_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_repayment" ADD CONSTRAINT "loan_repayment_journal_entry_id_journal_entry_id_fk" FOREIGN KEY ("journal_entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_repayment" ADD CONSTRAINT "loan_repayment_reversal_entry_id_journal_entry_id_fk" FOREIGN KEY ("reversal_entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loan_version" ADD CONSTRAINT "loan_version_loan_id_loan_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."loan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "committee_meeting_no_uq" ON "committee_meeting" USING btree ("fund_id","meeting_no");--> statement-breakpoint
CREATE INDEX "committee_meeting_fund_idx" ON "committee_meeting" USING btree ("fund_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "kkj_contract_request_uq" ON "kkj_contract" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kkj_contract_loan_uq" ON "kkj_contract" USING btree ("loan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kkj_contract_no_uq" ON "kkj_contract" USING btree ("fund_id","contract_no");--> statement-breakpoint
CREATE UNIQUE INDEX "kkj_debt_confirmation_year_uq" ON "kkj_debt_confirmation" USING btree ("loan_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "kkj_handover_fund_idx" ON "kkj_handover" USING btree ("fund_id","handed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "kkj_loan_request_proposal_uq" ON "kkj_loan_request" USING btree ("proposal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kkj_loan_request_doc_uq" ON "kkj_loan_request" USING btree ("fund_id","doc_no");--> statement-breakpoint
CREATE UNIQUE INDEX "kkj_proposal_doc_uq" ON "kkj_proposal" USING btree ("fund_id","doc_no");--> statement-breakpoint
CREATE INDEX "kkj_proposal_fund_idx" ON "kkj_proposal" USING btree ("fund_id","status","id");--> statement-breakpoint
CREATE INDEX "kkj_proposal_household_idx" ON "kkj_proposal" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kkj_proposal_open_round_uq" ON "kkj_proposal" USING btree ("fund_id","household_id") WHERE "kkj_proposal"."status" NOT IN ('rejected', 'withdrawn', 'closed');--> statement-breakpoint
CREATE UNIQUE INDEX "kkj_proposal_round_uq" ON "kkj_proposal" USING btree ("fund_id","household_id","borrow_round");--> statement-breakpoint
CREATE UNIQUE INDEX "kkj_target_household_uq" ON "kkj_target" USING btree ("fund_id","household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kkj_target_seq_uq" ON "kkj_target" USING btree ("fund_id","register_seq");--> statement-breakpoint
CREATE UNIQUE INDEX "kkj_voucher_open_contract_uq" ON "kkj_voucher" USING btree ("contract_id") WHERE "kkj_voucher"."status" <> 'cancelled';--> statement-breakpoint
CREATE UNIQUE INDEX "kkj_voucher_no_uq" ON "kkj_voucher" USING btree ("fund_id","voucher_no");--> statement-breakpoint
CREATE INDEX "fund_health_area_prefix_idx" ON "fund_health" USING btree ("area_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "job_run_job_idx" ON "job_run" USING btree ("job","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "loan_fund_no_uq" ON "loan" USING btree ("fund_id","loan_no");--> statement-breakpoint
CREATE INDEX "loan_fund_status_idx" ON "loan" USING btree ("fund_id","status","id");--> statement-breakpoint
CREATE INDEX "loan_household_idx" ON "loan" USING btree ("household_id","id");--> statement-breakpoint
CREATE INDEX "loan_area_prefix_idx" ON "loan" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "loan_open_idx" ON "loan" USING btree ("id") WHERE "loan"."status" = 'active';--> statement-breakpoint
CREATE INDEX "loan_instalment_due_idx" ON "loan_instalment" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "loan_repayment_loan_idx" ON "loan_repayment" USING btree ("loan_id","paid_on","id");--> statement-breakpoint
CREATE INDEX "loan_repayment_fund_idx" ON "loan_repayment" USING btree ("fund_id","fiscal_year","id");--> statement-breakpoint
CREATE UNIQUE INDEX "loan_repayment_receipt_uq" ON "loan_repayment" USING btree ("fund_id","receipt_no");--> statement-breakpoint
CREATE UNIQUE INDEX "loan_repayment_idempotency_uq" ON "loan_repayment" USING btree ("fund_id","idempotency_key");