CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" varchar(64) NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" varchar(32) NOT NULL,
	"scope_code" varchar(8) DEFAULT '' NOT NULL,
	"household_id" uuid,
	"position" text,
	"phone" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"password_changed_at" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "app_user_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "area" (
	"code" varchar(8) PRIMARY KEY NOT NULL,
	"level" varchar(12) NOT NULL,
	"parent_code" varchar(8),
	"name_th" text NOT NULL,
	"name_en" text,
	"village_no" smallint,
	"latitude" double precision,
	"longitude" double precision,
	"is_model" boolean DEFAULT false NOT NULL,
	"household_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_username" text,
	"actor_role" varchar(32),
	"action" varchar(64) NOT NULL,
	"entity_type" varchar(32) NOT NULL,
	"entity_id" text,
	"area_code" varchar(8),
	"before" jsonb,
	"after" jsonb,
	"details" jsonb,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "session" (
	"token_hash" varchar(64) PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" varchar(64) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "bmn_income_criterion" (
	"id" uuid PRIMARY KEY NOT NULL,
	"from_year" smallint NOT NULL,
	"to_year" smallint,
	"amount_satang" bigint NOT NULL,
	"is_verified" boolean DEFAULT false NOT NULL,
	"source" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bmn_record" (
	"id" uuid PRIMARY KEY NOT NULL,
	"household_id" uuid NOT NULL,
	"survey_year" smallint NOT NULL,
	"members_count" smallint NOT NULL,
	"income_main_satang" bigint DEFAULT 0 NOT NULL,
	"income_secondary_satang" bigint DEFAULT 0 NOT NULL,
	"income_other_satang" bigint DEFAULT 0 NOT NULL,
	"income_own_production_satang" bigint DEFAULT 0 NOT NULL,
	"income_total_satang" bigint NOT NULL,
	"income_per_person_satang" bigint NOT NULL,
	"criterion_satang" bigint NOT NULL,
	"passes_income_criterion" boolean NOT NULL,
	"indicators" jsonb NOT NULL,
	"failed_indicator_count" smallint DEFAULT 0 NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household" (
	"id" uuid PRIMARY KEY NOT NULL,
	"village_code" varchar(8) NOT NULL,
	"house_no" varchar(32) NOT NULL,
	"phone" varchar(32),
	"head_name" text DEFAULT '' NOT NULL,
	"member_count" smallint DEFAULT 0 NOT NULL,
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_member" (
	"id" uuid PRIMARY KEY NOT NULL,
	"household_id" uuid NOT NULL,
	"seq" smallint NOT NULL,
	"relation" varchar(16) NOT NULL,
	"title" varchar(32) DEFAULT '' NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text DEFAULT '' NOT NULL,
	"citizen_id_enc" text,
	"citizen_id_hash" varchar(64),
	"citizen_id_masked" varchar(20),
	"birth_date" date,
	"sex" varchar(1),
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bmn_record" ADD CONSTRAINT "bmn_record_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household" ADD CONSTRAINT "household_village_code_area_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "app_user_scope_idx" ON "app_user" USING btree ("scope_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "area_parent_idx" ON "area" USING btree ("parent_code","code");--> statement-breakpoint
CREATE INDEX "area_code_prefix_idx" ON "area" USING btree ("code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "area_name_th_idx" ON "area" USING btree ("name_th" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "area_name_en_idx" ON "area" USING btree (lower("name_en") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "audit_event_time_idx" ON "audit_event" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE INDEX "audit_event_area_idx" ON "audit_event" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "audit_event_entity_idx" ON "audit_event" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_event_actor_idx" ON "audit_event" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bmn_record_household_year_uq" ON "bmn_record" USING btree ("household_id","survey_year");--> statement-breakpoint
CREATE INDEX "bmn_record_year_idx" ON "bmn_record" USING btree ("survey_year","income_per_person_satang");--> statement-breakpoint
CREATE UNIQUE INDEX "household_village_house_uq" ON "household" USING btree ("village_code","house_no");--> statement-breakpoint
CREATE INDEX "household_village_prefix_idx" ON "household" USING btree ("village_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "household_head_name_idx" ON "household" USING btree ("head_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "household_member_household_idx" ON "household_member" USING btree ("household_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "household_member_citizen_uq" ON "household_member" USING btree ("citizen_id_hash") WHERE "household_member"."citizen_id_hash" IS NOT NULL AND "household_member"."is_active";