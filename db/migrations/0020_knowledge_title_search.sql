ALTER TABLE "kn_record" ADD COLUMN "title_search" "tsvector" DEFAULT ''::tsvector NOT NULL;--> statement-breakpoint
CREATE INDEX "kn_record_title_search_idx" ON "kn_record" USING gin ("title_search");