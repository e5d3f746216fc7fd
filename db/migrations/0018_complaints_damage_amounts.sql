ALTER TABLE "dmg_case" DROP CONSTRAINT "dmg_case_amounts";--> statement-breakpoint
ALTER TABLE "cmp_reply" ALTER COLUMN "author_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "dmg_case" ADD CONSTRAINT "dmg_case_amounts" CHECK ("dmg_case"."amount_satang" >= 0 AND "dmg_case"."recovered_satang" BETWEEN 0 AND "dmg_case"."amount_satang");