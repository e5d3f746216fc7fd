// Request and response shapes of the ledger API (to move to src/shared/contracts when the web app needs them).
import { z } from "zod";
import { pageQuerySchema } from "../../shared/contracts/index";
import { COMMITTEE_POSITIONS } from "../../shared/roles";
import { isIsoDate } from "../../shared/thai-date";

const businessDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine(isIsoDate, "not a calendar date");
/** JSON carries integer satang: a fraction, a negative or zero amount is refused before any use case runs. */
const positiveSatang = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const sideAmount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const description = z.string().trim().min(1).max(500);
const idempotencyKey = z
  .string()
  .trim()
  .regex(/^[\w.:-]{8,100}$/, "8–100 letters, digits, . _ : -");

export const lineInputSchema = z.object({
  accountId: z.string().uuid(),
  debitSatang: sideAmount.optional(),
  creditSatang: sideAmount.optional(),
  memo: z.string().trim().max(200).optional(),
});

export const postEntryBodySchema = z.object({
  entryDate: businessDate.optional(),
  description,
  lines: z.array(lineInputSchema).max(100),
  idempotencyKey: idempotencyKey.optional(),
});
export type PostEntryBody = z.infer<typeof postEntryBodySchema>;

export const capitalGrantBodySchema = z.object({
  bankAccountId: z.string().uuid(),
  /** Defaults to the fund's original capital. */
  amountSatang: positiveSatang.optional(),
  entryDate: businessDate.optional(),
  description: description.optional(),
  idempotencyKey: idempotencyKey.optional(),
});
export type CapitalGrantBody = z.infer<typeof capitalGrantBodySchema>;

export const bankDepositBodySchema = z.object({
  bankAccountId: z.string().uuid(),
  amountSatang: positiveSatang,
  entryDate: businessDate.optional(),
  description: description.optional(),
  idempotencyKey: idempotencyKey.optional(),
});
export type BankDepositBody = z.infer<typeof bankDepositBodySchema>;

const destinationSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("cash") }),
  z.object({ kind: z.literal("bank"), bankAccountId: z.string().uuid() }),
]);

export const withdrawalBodySchema = z.object({
  bankAccountId: z.string().uuid(),
  /** Cash: a withdrawal. Another bank account of the fund: a transfer. */
  to: destinationSchema,
  amountSatang: positiveSatang,
  /** The date the money leaves the bank; by default the business date of the last approval. */
  entryDate: businessDate.optional(),
  description,
});
export type WithdrawalBody = z.infer<typeof withdrawalBodySchema>;

export const donationBodySchema = z.object({
  into: destinationSchema,
  amountSatang: positiveSatang,
  donor: z.string().trim().min(1).max(200).optional(),
  entryDate: businessDate.optional(),
  description: description.optional(),
  idempotencyKey: idempotencyKey.optional(),
});
export type DonationBody = z.infer<typeof donationBodySchema>;

export const EXPENSE_CATEGORIES = ["operating", "welfare"] as const;
export const expenseBodySchema = z.object({
  category: z.enum(EXPENSE_CATEGORIES),
  amountSatang: positiveSatang,
  entryDate: businessDate.optional(),
  description,
  idempotencyKey: idempotencyKey.optional(),
});
export type ExpenseBody = z.infer<typeof expenseBodySchema>;

export const reverseBodySchema = z.object({ reason: z.string().trim().min(1).max(500) });

export const entryListQuerySchema = pageQuerySchema.extend({
  from: businessDate.optional(),
  to: businessDate.optional(),
});
export type EntryListQuery = z.infer<typeof entryListQuerySchema>;

export const asOfQuerySchema = z.object({ asOf: businessDate.optional() });

export const journalLineSchema = z.object({
  lineNo: z.number().int(),
  accountId: z.string(),
  accountCode: z.string(),
  accountNameTh: z.string(),
  accountNameEn: z.string(),
  debitSatang: z.number().int(),
  creditSatang: z.number().int(),
  memo: z.string().nullable(),
});

export const journalEntrySchema = z.object({
  id: z.string(),
  fundId: z.string(),
  entryDate: z.string(),
  fiscalYear: z.number().int(),
  kind: z.string(),
  description: z.string(),
  sourceType: z.string().nullable(),
  sourceId: z.string().nullable(),
  reversesEntryId: z.string().nullable(),
  reversedByEntryId: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  idempotencyKey: z.string().nullable(),
  lines: z.array(journalLineSchema),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export const accountBalanceSchema = z.object({
  accountId: z.string(),
  code: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  accountType: z.string(),
  normalSide: z.enum(["debit", "credit"]),
  role: z.string(),
  bankAccountId: z.string().nullable(),
  debitSatang: z.number().int(),
  creditSatang: z.number().int(),
  /** On the account's normal side: positive is the usual balance. */
  balanceSatang: z.number().int(),
});
export type AccountBalance = z.infer<typeof accountBalanceSchema>;

export const fundPositionSchema = z.object({
  fundId: z.string(),
  asOf: z.string().nullable(),
  cashSatang: z.number().int(),
  bankSatang: z.number().int(),
  bankAccounts: z.array(
    z.object({
      bankAccountId: z.string().nullable(),
      ledgerAccountId: z.string(),
      code: z.string(),
      nameTh: z.string(),
      balanceSatang: z.number().int(),
    }),
  ),
  loansReceivableSatang: z.number().int(),
  otherAssetsSatang: z.number().int(),
  liabilitiesSatang: z.number().int(),
  capitalSatang: z.number().int(),
  incomeSatang: z.number().int(),
  expenseSatang: z.number().int(),
  /** cash + bank + loans receivable + other assets. */
  totalAssetsSatang: z.number().int(),
});
export type FundPosition = z.infer<typeof fundPositionSchema>;

export const withdrawalSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  bankAccountId: z.string(),
  to: z.object({ kind: z.enum(["cash", "bank"]), bankAccountId: z.string().nullable() }),
  /** Set when another module asked for the withdrawal, e.g. { type: "kkj_voucher", id }. */
  purpose: z.object({ type: z.string(), id: z.string() }).nullable(),
  amountSatang: z.number().int(),
  entryDate: z.string().nullable(),
  description: z.string(),
  status: z.enum(["pending", "posted", "cancelled"]),
  requestedBy: z.string().nullable(),
  createdAt: z.string(),
  journalEntryId: z.string().nullable(),
  approvals: z.array(
    z.object({ userId: z.string(), position: z.enum(COMMITTEE_POSITIONS), approvedAt: z.string() }),
  ),
  rule: z.object({ required: z.number().int(), mustInclude: z.array(z.string()) }),
  missing: z.object({ count: z.number().int(), positions: z.array(z.string()) }),
});
export type Withdrawal = z.infer<typeof withdrawalSchema>;

export const withdrawalListQuerySchema = z.object({
  status: z.enum(["pending", "posted", "cancelled"]).optional(),
});

export const fiscalYearParamsSchema = z.object({
  fundId: z.string().uuid(),
  fiscalYear: z.coerce.number().int().min(2500).max(2700),
});

export const fiscalYearCloseSchema = z.object({
  fiscalYear: z.number().int(),
  closedBy: z.string().nullable(),
  closedAt: z.string(),
});
export type FiscalYearClose = z.infer<typeof fiscalYearCloseSchema>;
