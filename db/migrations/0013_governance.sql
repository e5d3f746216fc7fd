CREATE TABLE "fund_risk_score" (
	"fund_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"score" integer NOT NULL,
	"band" varchar(8) NOT NULL,
	"par30_bp" integer NOT NULL,
	"factors" jsonb NOT NULL,
	"config_version" smallint NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "fund_risk_score_fund_id_as_of_pk" PRIMARY KEY("fund_id","as_of")
);
--> statement-breakpoint
CREATE TABLE "gov_assessment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"evaluated_as_of" date NOT NULL,
	"status" varchar(16) NOT NULL,
	"score" integer NOT NULL,
	"max_score" integer NOT NULL,
	"level" varchar(24) NOT NULL,
	"config_version" smallint NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid,
	"submitted_by_name" text,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "gov_assessment_status" CHECK ("gov_assessment"."status" IN ('draft', 'submitted'))
);
--> statement-breakpoint
CREATE TABLE "gov_assessment_item" (
	"assessment_id" uuid NOT NULL,
	"item_key" varchar(40) NOT NULL,
	"source" varchar(16) NOT NULL,
	"result" varchar(16) NOT NULL,
	"points" integer NOT NULL,
	"max_points" integer NOT NULL,
	"evidence" jsonb NOT NULL,
	"note" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "gov_assessment_item_assessment_id_item_key_pk" PRIMARY KEY("assessment_id","item_key"),
	CONSTRAINT "gov_assessment_item_points" CHECK ("gov_assessment_item"."points" >= 0 AND "gov_assessment_item"."points" <= "gov_assessment_item"."max_points")
);
--> statement-breakpoint
CREATE TABLE "gov_bank_reconciliation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fund_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"statement_date" date NOT NULL,
	"statement_balance_satang" bigint NOT NULL,
	"book_balance_satang" bigint NOT NULL,
	"difference_satang" bigint NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "gov_bank_reconciliation_difference" CHECK ("gov_bank_reconciliation"."difference_satang" = "gov_bank_reconciliation"."statement_balance_satang" - "gov_bank_reconciliation"."book_balance_satang")
);
--> statement-breakpoint
ALTER TABLE "fund_risk_score" ADD CONSTRAINT "fund_risk_score_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gov_assessment" ADD CONSTRAINT "gov_assessment_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gov_assessment_item" ADD CONSTRAINT "gov_assessment_item_assessment_id_gov_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."gov_assessment"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gov_bank_reconciliation" ADD CONSTRAINT "gov_bank_reconciliation_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fund_risk_score_day_area_idx" ON "fund_risk_score" USING btree ("as_of","area_code" varchar_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "gov_assessment_fund_year_uq" ON "gov_assessment" USING btree ("fund_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "gov_assessment_year_area_idx" ON "gov_assessment" USING btree ("fiscal_year","area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "gov_bank_reconciliation_fund_date_uq" ON "gov_bank_reconciliation" USING btree ("fund_id","statement_date");