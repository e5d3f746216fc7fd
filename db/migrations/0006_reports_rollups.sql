CREATE TABLE "area_year_rollup" (
	"fiscal_year" smallint NOT NULL,
	"area_code" varchar(8) NOT NULL,
	"fund_type" varchar(24) NOT NULL,
	"level" smallint NOT NULL,
	"as_of" date NOT NULL,
	"funds" integer NOT NULL,
	"funds_at_risk" integer NOT NULL,
	"funds_with_missing" integer NOT NULL,
	"capital_satang" bigint NOT NULL,
	"outstanding_satang" bigint NOT NULL,
	"disbursed_satang" bigint NOT NULL,
	"repaid_satang" bigint NOT NULL,
	"at_risk_30_satang" bigint NOT NULL,
	"missing_satang" bigint NOT NULL,
	"defaulted_satang" bigint NOT NULL,
	"bank_satang" bigint NOT NULL,
	"cash_satang" bigint NOT NULL,
	"loans_active" integer NOT NULL,
	"households_served" integer NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "area_year_rollup_fiscal_year_fund_type_area_code_pk" PRIMARY KEY("fiscal_year","fund_type","area_code")
);
--> statement-breakpoint
CREATE TABLE "fund_report_note" (
	"fund_id" uuid NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"development_level" smallint,
	"supporting_agencies" text,
	"problem_cause" text,
	"problem_remedy" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_report_note_fund_id_fiscal_year_pk" PRIMARY KEY("fund_id","fiscal_year"),
	CONSTRAINT "fund_report_note_level" CHECK ("fund_report_note"."development_level" IS NULL OR "fund_report_note"."development_level" BETWEEN 1 AND 3)
);
--> statement-breakpoint
CREATE TABLE "fund_year_stats" (
	"fund_id" uuid NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"area_code" varchar(8) NOT NULL,
	"fund_type" varchar(24) NOT NULL,
	"as_of" date NOT NULL,
	"capital_satang" bigint NOT NULL,
	"outstanding_satang" bigint NOT NULL,
	"disbursed_satang" bigint NOT NULL,
	"repaid_satang" bigint NOT NULL,
	"at_risk_30_satang" bigint NOT NULL,
	"missing_satang" bigint NOT NULL,
	"defaulted_satang" bigint NOT NULL,
	"bank_satang" bigint NOT NULL,
	"cash_satang" bigint NOT NULL,
	"loans_active" integer NOT NULL,
	"households_served" integer NOT NULL,
	"is_at_risk" boolean NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fund_year_stats_fund_id_fiscal_year_pk" PRIMARY KEY("fund_id","fiscal_year")
);
--> statement-breakpoint
ALTER TABLE "fund_report_note" ADD CONSTRAINT "fund_report_note_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_report_note" ADD CONSTRAINT "fund_report_note_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_year_stats" ADD CONSTRAINT "fund_year_stats_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "area_year_rollup_level_idx" ON "area_year_rollup" USING btree ("fiscal_year","fund_type","level","area_code");--> statement-breakpoint
CREATE INDEX "fund_year_stats_year_area_idx" ON "fund_year_stats" USING btree ("fiscal_year","area_code" varchar_pattern_ops);