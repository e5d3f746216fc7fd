CREATE TABLE "kn_category" (
	"code" varchar(32) PRIMARY KEY NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" smallint NOT NULL,
	"active" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kn_learning_centre" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"name" text NOT NULL,
	"topics" text[] NOT NULL,
	"description" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" varchar(32),
	"latitude" double precision,
	"longitude" double precision,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kn_learning_centre_gps" CHECK (("kn_learning_centre"."latitude" IS NULL) = ("kn_learning_centre"."longitude" IS NULL) AND ("kn_learning_centre"."latitude" IS NULL OR ("kn_learning_centre"."latitude" BETWEEN -90 AND 90 AND "kn_learning_centre"."longitude" BETWEEN -180 AND 180)))
);
--> statement-breakpoint
CREATE TABLE "kn_model_village" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"kind" varchar(32) NOT NULL,
	"year_designated" smallint NOT NULL,
	"learning_centre_id" uuid,
	"notes" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kn_model_village_year" CHECK ("kn_model_village"."year_designated" BETWEEN 1980 AND 2200)
);
--> statement-breakpoint
CREATE TABLE "kn_record" (
	"id" uuid PRIMARY KEY NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"title" text NOT NULL,
	"category_code" varchar(32) NOT NULL,
	"owner_name" text NOT NULL,
	"owner_position" text NOT NULL,
	"owner_office" text NOT NULL,
	"owner_phone" varchar(32),
	"owner_email" varchar(254),
	"background" text NOT NULL,
	"steps" text NOT NULL,
	"results" text NOT NULL,
	"lessons" text NOT NULL,
	"status" varchar(16) NOT NULL,
	"learning_centre_id" uuid,
	"model_village_id" uuid,
	"search" "tsvector" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "kn_record_status" CHECK ("kn_record"."status" IN ('draft', 'published')),
	CONSTRAINT "kn_record_area_code" CHECK ("kn_record"."area_code" ~ '^([0-9]{2}){0,4}$')
);
--> statement-breakpoint
ALTER TABLE "kn_learning_centre" ADD CONSTRAINT "kn_learning_centre_area_code_area_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kn_model_village" ADD CONSTRAINT "kn_model_village_area_code_area_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."area"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kn_model_village" ADD CONSTRAINT "kn_model_village_learning_centre_id_kn_learning_centre_id_fk" FOREIGN KEY ("learning_centre_id") REFERENCES "public"."kn_learning_centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kn_record" ADD CONSTRAINT "kn_record_category_code_kn_category_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."kn_category"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kn_record" ADD CONSTRAINT "kn_record_learning_centre_id_kn_learning_centre_id_fk" FOREIGN KEY ("learning_centre_id") REFERENCES "public"."kn_learning_centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kn_record" ADD CONSTRAINT "kn_record_model_village_id_kn_model_village_id_fk" FOREIGN KEY ("model_village_id") REFERENCES "public"."kn_model_village"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kn_learning_centre_area_idx" ON "kn_learning_centre" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "kn_model_village_uq" ON "kn_model_village" USING btree ("area_code","kind");--> statement-breakpoint
CREATE INDEX "kn_model_village_area_idx" ON "kn_model_village" USING btree ("area_code" varchar_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "kn_record_search_idx" ON "kn_record" USING gin ("search");--> statement-breakpoint
CREATE INDEX "kn_record_area_idx" ON "kn_record" USING btree ("area_code" varchar_pattern_ops);--> statement-breakpoint
CREATE INDEX "kn_record_recent_idx" ON "kn_record" USING btree ("status","updated_at","id");--> statement-breakpoint
CREATE INDEX "kn_record_centre_idx" ON "kn_record" USING btree ("learning_centre_id");--> statement-breakpoint
CREATE INDEX "kn_record_village_idx" ON "kn_record" USING btree ("model_village_id");--> statement-breakpoint
-- The default categories (หมวดองค์ความรู้); administrators add and retire categories through the API.
INSERT INTO "kn_category" ("code", "name_th", "name_en", "sort_order", "active") VALUES
	('agriculture', 'อาชีพการเกษตร', 'Occupation: agriculture', 10, true),
	('livestock', 'การเลี้ยงสัตว์และประมง', 'Livestock and fisheries', 20, true),
	('fund_management', 'การบริหารจัดการกองทุน', 'Fund management', 30, true),
	('savings', 'การออมและการจัดการหนี้', 'Savings and debt management', 40, true),
	('handicraft', 'หัตถกรรมและสิ่งทอ', 'Handicraft and textiles', 50, true),
	('food_processing', 'การแปรรูปอาหาร', 'Food processing', 60, true),
	('community_enterprise', 'วิสาหกิจชุมชนและการตลาด', 'Community enterprise and marketing', 70, true),
	('sufficiency_economy', 'เศรษฐกิจพอเพียงและโคก หนอง นา', 'Sufficiency economy and Khok Nong Na', 80, true),
	('other', 'อื่น ๆ', 'Other', 90, true);
