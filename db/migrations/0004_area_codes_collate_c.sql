-- Area codes are digit strings compared by prefix (area scope). Byte order ("C") lets every ordinary btree
-- index on them serve `LIKE 'prefix%'` and ordered keyset pages, whatever the database's default collation.
ALTER TABLE "area" ALTER COLUMN "code" TYPE varchar(8) COLLATE "C";
--> statement-breakpoint
ALTER TABLE "area" ALTER COLUMN "parent_code" TYPE varchar(8) COLLATE "C";
--> statement-breakpoint
ALTER TABLE "household" ALTER COLUMN "village_code" TYPE varchar(8) COLLATE "C";
--> statement-breakpoint
ALTER TABLE "app_user" ALTER COLUMN "scope_code" TYPE varchar(8) COLLATE "C";
--> statement-breakpoint
ALTER TABLE "audit_event" ALTER COLUMN "area_code" TYPE varchar(8) COLLATE "C";
--> statement-breakpoint
ALTER TABLE "fund" ALTER COLUMN "area_code" TYPE varchar(8) COLLATE "C";
