CREATE TABLE "lh_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"step" varchar(16) NOT NULL,
	"evidence_on" date NOT NULL,
	"description" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lh_fund_link" (
	"id" uuid PRIMARY KEY NOT NULL,
	"household_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"fund_name" text NOT NULL,
	"access_kind" varchar(16) NOT NULL,
	"since" date NOT NULL,
	"note" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lh_lecturer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"team_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" varchar(16) NOT NULL,
	"expertise" text NOT NULL,
	"household_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lh_lecturer_team" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"name" text NOT NULL,
	"formed_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "lh_lecturer_team_village" CHECK (length("lh_lecturer_team"."area_code") = 8)
);
--> statement-breakpoint
CREATE TABLE "lh_organisation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"kind" varchar(24) NOT NULL,
	"name" text NOT NULL,
	"mission" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lh_organisation_member" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" varchar(16) NOT NULL,
	"phone" varchar(32),
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lh_plan" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"title" text NOT NULL,
	"step" varchar(16) NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "lh_plan_level" CHECK (length("lh_plan"."area_code") IN (6, 8))
);
--> statement-breakpoint
CREATE TABLE "lh_plan_step" (
	"plan_id" uuid NOT NULL,
	"step" varchar(16) NOT NULL,
	"started_on" date NOT NULL,
	"completed_on" date,
	CONSTRAINT "lh_plan_step_plan_id_step_pk" PRIMARY KEY("plan_id","step")
);
--> statement-breakpoint
CREATE TABLE "lh_target_household" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"occupation" text NOT NULL,
	"is_model" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lh_training" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"plan_id" uuid,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"place" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lh_training_lecturer" (
	"training_id" uuid NOT NULL,
	"lecturer_id" uuid NOT NULL,
	CONSTRAINT "lh_training_lecturer_training_id_lecturer_id_pk" PRIMARY KEY("training_id","lecturer_id")
);
--> statement-breakpoint
CREATE TABLE "lh_training_participant" (
	"training_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"participant_name" text NOT NULL,
	CONSTRAINT "lh_training_participant_training_id_household_id_participant_name_pk" PRIMARY KEY("training_id","household_id","participant_name")
);
--> statement-breakpoint
ALTER TABLE "lh_evidence" ADD CONSTRAINT "lh_evidence_plan_id_lh_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."lh_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lh_fund_link" ADD CONSTRAINT "lh_fund_link_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lh_lecturer" ADD CONSTRAINT "lh_lecturer_team_id_lh_lecturer_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."lh_lecturer_team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lh_lecturer" ADD CONSTRAINT "lh_lecturer_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lh_organisation_member" ADD CONSTRAINT "lh_organisation_member_organisation_id_lh_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."lh_organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lh_plan_step" ADD CONSTRAINT "lh_plan_step_plan_id_lh_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."lh_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lh_target_household" ADD CONSTRAINT "lh_target_household_plan_id_lh_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."lh_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lh_target_household" ADD CONSTRAINT "lh_target_household_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lh_training" ADD CONSTRAINT "lh_training_plan_id_lh_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."lh_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lh_training_lecturer" ADD CONSTRAINT "lh_training_lecturer_training_id_lh_training_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."lh_training"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lh_training_lecturer" ADD CONSTRAINT "lh_training_lecturer_lecturer_id_lh_lecturer_id_fk" FOREIGN KEY ("lecturer_id") REFERENCES "public"."lh_lecturer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lh_training_participant" ADD CONSTRAINT "lh_training_participant_training_id_lh_training_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."lh_training"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lh_training_participant" ADD CONSTRAINT "lh_training_participant_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lh_evidence_plan_idx" ON "lh_evidence" USING btree ("plan_id","step","evidence_on","id");--> statement-breakpoint
CREATE INDEX "lh_fund_link_household_idx" ON "lh_fund_link" USING btree ("household_id","since");--> statement-breakpoint
CREATE INDEX "lh_lecturer_team_idx" ON "lh_lecturer" USING btree ("team_id","created_at");--> statement-breakpoint
CREATE INDEX "lh_lecturer_team_area_idx" ON "lh_lecturer_team" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "lh_organisation_area_idx" ON "lh_organisation" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "lh_organisation_member_org_idx" ON "lh_organisation_member" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "lh_plan_area_year_uq" ON "lh_plan" USING btree ("area_code","fiscal_year");--> statement-breakpoint
CREATE INDEX "lh_plan_area_idx" ON "lh_plan" USING btree ("area_code" varchar_pattern_ops,"fiscal_year","id");--> statement-breakpoint
CREATE UNIQUE INDEX "lh_target_household_uq" ON "lh_target_household" USING btree ("plan_id","household_id");--> statement-breakpoint
CREATE INDEX "lh_target_household_household_idx" ON "lh_target_household" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "lh_training_area_idx" ON "lh_training" USING btree ("area_code" varchar_pattern_ops,"held_on","id");--> statement-breakpoint
CREATE INDEX "lh_training_participant_household_idx" ON "lh_training_participant" USING btree ("household_id");