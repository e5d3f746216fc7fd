CREATE TABLE "pov_deprivation_indicator" (
	"version_id" uuid NOT NULL,
	"bmn" smallint NOT NULL,
	"dimension" varchar(16) NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"threshold_th" text NOT NULL,
	"threshold_en" text NOT NULL,
	"rule_kind" varchar(24) NOT NULL,
	"min_satang" bigint,
	CONSTRAINT "pov_deprivation_indicator_version_id_bmn_pk" PRIMARY KEY("version_id","bmn")
);
--> statement-breakpoint
CREATE TABLE "pov_deprivation_version" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" varchar(64) NOT NULL,
	"from_data_year" smallint NOT NULL,
	"to_data_year" smallint,
	"source" text NOT NULL,
	"dimension_fails_at" jsonb NOT NULL,
	"seq" smallint NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pov_target_list" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"source_kind" varchar(16) NOT NULL,
	"agency_name" text,
	"programme_year" integer NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"data_year" integer,
	"row_count" integer NOT NULL,
	"exact_id_count" integer DEFAULT 0 NOT NULL,
	"address_name_count" integer DEFAULT 0 NOT NULL,
	"none_count" integer DEFAULT 0 NOT NULL,
	"status" varchar(16) DEFAULT 'committed' NOT NULL,
	"file_name" text,
	"file_format" varchar(8),
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pov_target_list_row" (
	"id" uuid PRIMARY KEY NOT NULL,
	"list_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"household_id" uuid,
	"match_kind" varchar(16) NOT NULL,
	"match_explanation" text NOT NULL,
	"match_explanation_en" text NOT NULL,
	"match_differences" text[] DEFAULT '{}'::text[] NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"village_code" varchar(8) COLLATE "C",
	"house_no" text,
	"house_no_key" text,
	"title" text DEFAULT '' NOT NULL,
	"first_name" text DEFAULT '' NOT NULL,
	"last_name" text DEFAULT '' NOT NULL,
	"head_name" text NOT NULL,
	"name_key" text NOT NULL,
	"address_name_key" text,
	"citizen_id_hash" varchar(64),
	"citizen_id_masked" varchar(20),
	"failing_dimensions" text[],
	"failing_indicators" text[],
	"note" text
);
--> statement-breakpoint
ALTER TABLE "pov_deprivation_indicator" ADD CONSTRAINT "pov_deprivation_indicator_version_id_pov_deprivation_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."pov_deprivation_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_target_list" ADD CONSTRAINT "pov_target_list_area_code_area_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_target_list_row" ADD CONSTRAINT "pov_target_list_row_list_id_pov_target_list_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."pov_target_list"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_target_list_row" ADD CONSTRAINT "pov_target_list_row_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pov_deprivation_version_uq" ON "pov_deprivation_version" USING btree ("version");--> statement-breakpoint
CREATE INDEX "pov_target_list_area_prefix_idx" ON "pov_target_list" USING btree ("area_code" varchar_pattern_ops,"created_at","id");--> statement-breakpoint
CREATE INDEX "pov_target_list_created_idx" ON "pov_target_list" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "pov_target_list_row_line_uq" ON "pov_target_list_row" USING btree ("list_id","line_no");--> statement-breakpoint
CREATE INDEX "pov_target_list_row_kind_idx" ON "pov_target_list_row" USING btree ("list_id","match_kind","line_no");--> statement-breakpoint
CREATE INDEX "pov_target_list_row_area_idx" ON "pov_target_list_row" USING btree ("list_id","area_code" varchar_pattern_ops,"line_no");--> statement-breakpoint
CREATE INDEX "pov_target_list_row_hash_idx" ON "pov_target_list_row" USING btree ("list_id","citizen_id_hash");--> statement-breakpoint
CREATE INDEX "pov_target_list_row_address_idx" ON "pov_target_list_row" USING btree ("list_id","address_name_key");--> statement-breakpoint
CREATE INDEX "pov_target_list_row_household_idx" ON "pov_target_list_row" USING btree ("household_id");