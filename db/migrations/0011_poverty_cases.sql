CREATE TABLE "pov_agency" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(2) COLLATE "C" NOT NULL,
	"code" varchar(40) NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"kind" varchar(24) NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pov_agency_user" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pov_case" (
	"id" uuid PRIMARY KEY NOT NULL,
	"household_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"programme_year" smallint NOT NULL,
	"stage" varchar(16) NOT NULL,
	"status" varchar(8) NOT NULL,
	"opened_on" date NOT NULL,
	"source" varchar(16) NOT NULL,
	"target_list_row_id" uuid,
	"data_year" smallint,
	"failing_dimensions" jsonb NOT NULL,
	"closed_on" date,
	"closing_reason" varchar(16),
	"closing_note" text,
	"merged_into_case_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pov_case_closed" CHECK (("pov_case"."status" = 'closed') = ("pov_case"."closed_on" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "pov_delivery" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"plan_item_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"dimension" varchar(16) NOT NULL,
	"agency_id" uuid NOT NULL,
	"delivered_on" date NOT NULL,
	"quantity" integer NOT NULL,
	"value_satang" bigint NOT NULL,
	"evidence" jsonb NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pov_delivery_values" CHECK ("pov_delivery"."quantity" > 0 AND "pov_delivery"."value_satang" >= 0)
);
--> statement-breakpoint
CREATE TABLE "pov_mentor" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"kind" varchar(24) NOT NULL,
	"phone" varchar(32),
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pov_menu_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(2) COLLATE "C" NOT NULL,
	"code" varchar(32) NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"dimension" varchar(16) NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_value_satang" bigint NOT NULL,
	"unit" varchar(32) NOT NULL,
	"stages" jsonb NOT NULL,
	"eligibility_notes" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pov_menu_item_value" CHECK ("pov_menu_item"."unit_value_satang" >= 0)
);
--> statement-breakpoint
CREATE TABLE "pov_pairing" (
	"id" uuid PRIMARY KEY NOT NULL,
	"scheme_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pov_pairing_dates" CHECK ("pov_pairing"."end_on" IS NULL OR "pov_pairing"."end_on" >= "pov_pairing"."start_on")
);
--> statement-breakpoint
CREATE TABLE "pov_plan_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"menu_item_id" uuid NOT NULL,
	"dimension" varchar(16) NOT NULL,
	"agency_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"planned_value_satang" bigint NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pov_plan_item_values" CHECK ("pov_plan_item"."quantity" > 0 AND "pov_plan_item"."planned_value_satang" >= 0)
);
--> statement-breakpoint
CREATE TABLE "pov_responsibility" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(2) COLLATE "C" NOT NULL,
	"dimension" varchar(16) NOT NULL,
	"agency_id" uuid NOT NULL,
	"rank" smallint NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pov_scheme" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" varchar(32) NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"max_households_per_mentor" smallint NOT NULL,
	"visit_interval_days" smallint NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pov_scheme_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "pov_stage_change" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" smallint NOT NULL,
	"stage" varchar(16) NOT NULL,
	"changed_on" date NOT NULL,
	"kind" varchar(8) NOT NULL,
	"confirmed_by" uuid,
	"confirmed_by_name" text NOT NULL,
	"reason" text,
	"evaluated_data_year" smallint,
	"evaluation" jsonb,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pov_stage_rules" (
	"area_code" varchar(2) COLLATE "C" PRIMARY KEY NOT NULL,
	"rules" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pov_visit" (
	"id" uuid PRIMARY KEY NOT NULL,
	"pairing_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"visited_on" date NOT NULL,
	"findings" jsonb NOT NULL,
	"advice" text,
	"next_step" text,
	"latitude" double precision,
	"longitude" double precision,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pov_visit_gps" CHECK (("pov_visit"."latitude" IS NULL) = ("pov_visit"."longitude" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "pov_agency_user" ADD CONSTRAINT "pov_agency_user_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_agency_user" ADD CONSTRAINT "pov_agency_user_agency_id_pov_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."pov_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_case" ADD CONSTRAINT "pov_case_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_delivery" ADD CONSTRAINT "pov_delivery_case_id_pov_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."pov_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_delivery" ADD CONSTRAINT "pov_delivery_plan_item_id_pov_plan_item_id_fk" FOREIGN KEY ("plan_item_id") REFERENCES "public"."pov_plan_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_delivery" ADD CONSTRAINT "pov_delivery_agency_id_pov_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."pov_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_mentor" ADD CONSTRAINT "pov_mentor_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_menu_item" ADD CONSTRAINT "pov_menu_item_agency_id_pov_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."pov_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_pairing" ADD CONSTRAINT "pov_pairing_scheme_id_pov_scheme_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."pov_scheme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_pairing" ADD CONSTRAINT "pov_pairing_mentor_id_pov_mentor_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."pov_mentor"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_pairing" ADD CONSTRAINT "pov_pairing_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_plan_item" ADD CONSTRAINT "pov_plan_item_case_id_pov_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."pov_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_plan_item" ADD CONSTRAINT "pov_plan_item_menu_item_id_pov_menu_item_id_fk" FOREIGN KEY ("menu_item_id") REFERENCES "public"."pov_menu_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_plan_item" ADD CONSTRAINT "pov_plan_item_agency_id_pov_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."pov_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_responsibility" ADD CONSTRAINT "pov_responsibility_agency_id_pov_agency_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."pov_agency"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_stage_change" ADD CONSTRAINT "pov_stage_change_case_id_pov_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."pov_case"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_visit" ADD CONSTRAINT "pov_visit_pairing_id_pov_pairing_id_fk" FOREIGN KEY ("pairing_id") REFERENCES "public"."pov_pairing"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_visit" ADD CONSTRAINT "pov_visit_mentor_id_pov_mentor_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."pov_mentor"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pov_visit" ADD CONSTRAINT "pov_visit_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pov_agency_code_uq" ON "pov_agency" USING btree ("area_code","code");--> statement-breakpoint
CREATE UNIQUE INDEX "pov_case_household_year_uq" ON "pov_case" USING btree ("household_id","programme_year");--> statement-breakpoint
CREATE INDEX "pov_case_area_prefix_idx" ON "pov_case" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "pov_case_year_area_idx" ON "pov_case" USING btree ("programme_year","area_code");--> statement-breakpoint
CREATE INDEX "pov_delivery_case_idx" ON "pov_delivery" USING btree ("case_id","delivered_on");--> statement-breakpoint
CREATE INDEX "pov_delivery_area_prefix_idx" ON "pov_delivery" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "pov_delivery_agency_idx" ON "pov_delivery" USING btree ("agency_id","area_code" varchar_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "pov_mentor_user_uq" ON "pov_mentor" USING btree ("user_id") WHERE "pov_mentor"."user_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "pov_mentor_area_prefix_idx" ON "pov_mentor" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "pov_menu_item_code_uq" ON "pov_menu_item" USING btree ("area_code","code");--> statement-breakpoint
CREATE INDEX "pov_pairing_mentor_idx" ON "pov_pairing" USING btree ("mentor_id","start_on");--> statement-breakpoint
CREATE INDEX "pov_pairing_household_idx" ON "pov_pairing" USING btree ("household_id","scheme_id");--> statement-breakpoint
CREATE INDEX "pov_pairing_area_prefix_idx" ON "pov_pairing" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "pov_pairing_open_uq" ON "pov_pairing" USING btree ("scheme_id","household_id") WHERE "pov_pairing"."end_on" IS NULL;--> statement-breakpoint
CREATE INDEX "pov_plan_item_case_idx" ON "pov_plan_item" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "pov_plan_item_agency_idx" ON "pov_plan_item" USING btree ("agency_id","area_code" varchar_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "pov_responsibility_uq" ON "pov_responsibility" USING btree ("area_code","dimension","agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pov_stage_change_seq_uq" ON "pov_stage_change" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "pov_visit_pairing_idx" ON "pov_visit" USING btree ("pairing_id","visited_on");--> statement-breakpoint
CREATE INDEX "pov_visit_area_prefix_idx" ON "pov_visit" USING btree ("area_code" varchar_pattern_ops,"visited_on");