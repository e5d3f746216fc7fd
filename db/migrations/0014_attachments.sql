CREATE TABLE "attachment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_type" varchar(40) NOT NULL,
	"owner_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"shared" boolean NOT NULL,
	"file_name" text NOT NULL,
	"media_type" varchar(100) NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL,
	"deleted_by" uuid,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "attachment_size" CHECK ("attachment"."size_bytes" > 0 AND "attachment"."size_bytes" = octet_length("attachment"."content")),
	CONSTRAINT "attachment_sha256" CHECK ("attachment"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE INDEX "attachment_owner_idx" ON "attachment" USING btree ("owner_type","owner_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "attachment_area_idx" ON "attachment" USING btree ("area_code" varchar_pattern_ops);