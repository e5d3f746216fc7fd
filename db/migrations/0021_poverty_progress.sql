CREATE TABLE "pov_progress_agency" (
	"programme_year" smallint NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"agency_id" uuid NOT NULL,
	"households" integer NOT NULL,
	"plan_items" integer NOT NULL,
	"planned_satang" bigint NOT NULL,
	"deliveries" integer NOT NULL,
	"delivered_satang" bigint NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pov_progress_agency_programme_year_area_code_agency_id_pk" PRIMARY KEY("programme_year","area_code","agency_id")
);
--> statement-breakpoint
CREATE TABLE "pov_progress_area" (
	"programme_year" smallint NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"level" smallint NOT NULL,
	"targeted" integer NOT NULL,
	"open" integer NOT NULL,
	"survive" integer NOT NULL,
	"sufficient" integer NOT NULL,
	"sustainable" integer NOT NULL,
	"graduated" integer NOT NULL,
	"helped" integer NOT NULL,
	"helped_health" integer NOT NULL,
	"helped_living" integer NOT NULL,
	"helped_education" integer NOT NULL,
	"helped_income" integer NOT NULL,
	"helped_public_access" integer NOT NULL,
	"deliveries" integer NOT NULL,
	"delivered_satang" bigint NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pov_progress_area_programme_year_area_code_pk" PRIMARY KEY("programme_year","area_code"),
	CONSTRAINT "pov_progress_area_level_chk" CHECK ("pov_progress_area"."level" = length("pov_progress_area"."area_code"))
);
--> statement-breakpoint
CREATE TABLE "pov_progress_mentoring" (
	"area_code" varchar(8) COLLATE "C" PRIMARY KEY NOT NULL,
	"level" smallint NOT NULL,
	"mentors" integer NOT NULL,
	"paired_households" integer NOT NULL,
	"visited_recently" integer NOT NULL,
	"last_visit_on" date,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "pov_progress_mentoring_level_chk" CHECK ("pov_progress_mentoring"."level" = length("pov_progress_mentoring"."area_code"))
);
--> statement-breakpoint
CREATE TABLE "pov_progress_refresh" (
	"id" smallint PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	"rows_written" integer NOT NULL,
	CONSTRAINT "pov_progress_refresh_single_chk" CHECK ("pov_progress_refresh"."id" = 1)
);
