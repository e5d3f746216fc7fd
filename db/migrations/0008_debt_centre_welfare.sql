CREATE TABLE "debt_welfare_payment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"centre_id" uuid NOT NULL,
	"area_code" varchar(8) COLLATE "C" NOT NULL,
	"welfare_type" varchar(16) NOT NULL,
	"household_id" uuid,
	"member_id" uuid,
	"beneficiary_name" text NOT NULL,
	"amount_satang" bigint NOT NULL,
	"member_fund_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" varchar(16) NOT NULL,
	"requested_on" date NOT NULL,
	"requested_by" uuid,
	"decided_on" date,
	"decided_by" uuid,
	"decision_note" text,
	"paid_on" date,
	"paid_by" uuid,
	"journal_entry_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "debt_welfare_payment_amount" CHECK ("debt_welfare_payment"."amount_satang" > 0),
	CONSTRAINT "debt_welfare_payment_paid" CHECK (("debt_welfare_payment"."status" = 'paid') = ("debt_welfare_payment"."journal_entry_id" IS NOT NULL AND "debt_welfare_payment"."paid_on" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "debt_welfare_payment" ADD CONSTRAINT "debt_welfare_payment_centre_id_debt_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."debt_centre"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_welfare_payment" ADD CONSTRAINT "debt_welfare_payment_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_welfare_payment" ADD CONSTRAINT "debt_welfare_payment_member_id_household_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."household_member"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_welfare_payment" ADD CONSTRAINT "debt_welfare_payment_member_fund_id_debt_centre_member_fund_id_fk" FOREIGN KEY ("member_fund_id") REFERENCES "public"."debt_centre_member_fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_welfare_payment" ADD CONSTRAINT "debt_welfare_payment_fund_id_fund_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."fund"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debt_welfare_payment" ADD CONSTRAINT "debt_welfare_payment_journal_entry_id_journal_entry_id_fk" FOREIGN KEY ("journal_entry_id") REFERENCES "public"."journal_entry"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "debt_welfare_payment_centre_idx" ON "debt_welfare_payment" USING btree ("centre_id","id");--> statement-breakpoint
CREATE INDEX "debt_welfare_payment_area_prefix_idx" ON "debt_welfare_payment" USING btree ("area_code" varchar_pattern_ops,"id");