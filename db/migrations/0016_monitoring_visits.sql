CREATE TABLE "mon_follow_up" (
	"id" uuid PRIMARY KEY NOT NULL,
	"visit_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"description" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" varchar(8) NOT NULL,
	"done_on" date,
	"done_note" text,
	"done_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mon_follow_up_status" CHECK (("mon_follow_up"."status" = 'open' AND "mon_follow_up"."done_on" IS NULL) OR ("mon_follow_up"."status" = 'done' AND "mon_follow_up"."done_on" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "mon_visit" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"subject_type" varchar(16) NOT NULL,
	"subject_id" uuid,
	"subject_name" text NOT NULL,
	"visited_on" date NOT NULL,
	"purpose" text NOT NULL,
	"people_met" jsonb NOT NULL,
	"findings" text NOT NULL,
	"recommendations" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "mon_visit_subject" CHECK (("mon_visit"."subject_type" IN ('fund', 'debt_centre', 'household') AND "mon_visit"."subject_id" IS NOT NULL) OR ("mon_visit"."subject_type" = 'village' AND "mon_visit"."subject_id" IS NULL AND length("mon_visit"."area_code") = 8))
);
--> statement-breakpoint
CREATE TABLE "mon_visit_member" (
	"visit_id" uuid NOT NULL,
	"seq" smallint NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"position" text NOT NULL,
	CONSTRAINT "mon_visit_member_visit_id_seq_pk" PRIMARY KEY("visit_id","seq")
);
--> statement-breakpoint
ALTER TABLE "mon_follow_up" ADD CONSTRAINT "mon_follow_up_visit_id_mon_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."mon_visit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mon_follow_up" ADD CONSTRAINT "mon_follow_up_owner_id_app_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mon_visit_member" ADD CONSTRAINT "mon_visit_member_visit_id_mon_visit_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."mon_visit"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mon_visit_member" ADD CONSTRAINT "mon_visit_member_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mon_follow_up_visit_idx" ON "mon_follow_up" USING btree ("visit_id","due_on","id");--> statement-breakpoint
CREATE INDEX "mon_follow_up_owner_open_idx" ON "mon_follow_up" USING btree ("owner_id","due_on","id") WHERE "mon_follow_up"."status" = 'open';--> statement-breakpoint
CREATE INDEX "mon_follow_up_area_open_idx" ON "mon_follow_up" USING btree ("area_code" varchar_pattern_ops,"due_on","id") WHERE "mon_follow_up"."status" = 'open';--> statement-breakpoint
CREATE INDEX "mon_visit_area_date_idx" ON "mon_visit" USING btree ("area_code" varchar_pattern_ops,"visited_on" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "mon_visit_date_idx" ON "mon_visit" USING btree ("visited_on" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "mon_visit_subject_idx" ON "mon_visit" USING btree ("subject_type","subject_id","visited_on");--> statement-breakpoint
CREATE INDEX "mon_visit_member_user_idx" ON "mon_visit_member" USING btree ("user_id");