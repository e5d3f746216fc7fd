CREATE INDEX "kn_record_category_recent_idx" ON "kn_record" USING btree ("status","category_code","updated_at","id");--> statement-breakpoint
-- Every record's search vector files its category as the lexeme "~c<code>" (see knowledge.repository.ts).
UPDATE "kn_record" SET "search" = "search" || array_to_tsvector(ARRAY['~c' || "category_code"]::text[]);
