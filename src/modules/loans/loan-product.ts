// Loan products: interest method, rate, term and instalment limits, schedule types, allocation order, rounding, grace; and the presets.
import { z } from "zod";
import { invalidInput } from "../../shared/errors";

export const INTEREST_METHODS = ["none", "flat", "declining"] as const;
export const SCHEDULE_TYPES = ["equal_instalments", "equal_principal", "lump_sum", "custom"] as const;
export const ALLOCATION_COMPONENTS = ["penalty", "fees", "interest", "principal"] as const;
export const ROUNDING_RULES = ["instalment_up_to_baht", "satang"] as const;
export const DAY_COUNTS = ["actual/365", "30/360"] as const;
export const FLAT_PREPAYMENT_REBATES = ["none", "unearned_interest"] as const;

export type InterestMethod = (typeof INTEREST_METHODS)[number];
export type ScheduleType = (typeof SCHEDULE_TYPES)[number];
export type AllocationComponent = (typeof ALLOCATION_COMPONENTS)[number];
export type RoundingRule = (typeof ROUNDING_RULES)[number];
export type FlatPrepaymentRebate = (typeof FLAT_PREPAYMENT_REBATES)[number];

/**
 * The highest rate a product may carry: 15 % a year, the ceiling of the Civil and Commercial Code
 * section 654 for lenders that are not financial institutions (community funds are not). This guard is
 * from the code, not from domain.md: confirm it before go-live (see docs/loan-engine.md).
 */
export const MAX_RATE_BP = 1500;

/** Interest first, then principal (penalty and fees are always zero until a fund charges them). */
export const DEFAULT_ALLOCATION_ORDER: readonly AllocationComponent[] = [
  "penalty",
  "fees",
  "interest",
  "principal",
];

export interface LoanProduct {
  /** Stable identifier, e.g. "kkj". */
  code: string;
  name: { th: string; en: string };
  interestMethod: InterestMethod;
  /** Integer basis points per year (600 = 6.00 %); 0 exactly when interestMethod is "none". */
  rateBp: number;
  /** The last instalment may fall no earlier than start + minTermMonths and no later than start + maxTermMonths. */
  minTermMonths: number;
  maxTermMonths: number;
  minInstalments: number;
  maxInstalments: number;
  scheduleTypes: readonly ScheduleType[];
  /** The order in which a repayment settles the components of one instalment before moving to the next. */
  allocationOrder: readonly AllocationComponent[];
  /**
   * "instalment_up_to_baht": every instalment but the last is a whole number of baht (the exact share
   * rounded down to the baht) and the last instalment absorbs the remainder, so it is never smaller
   * than the others. "satang": the same with a 1-satang unit.
   */
  rounding: RoundingRule;
  /** Days after a due date before an unpaid instalment counts as overdue. */
  graceDays: number;
  /** How a declining-balance (and flat) loan measures a period: actual days / 365, or 30/360. */
  dayCount: "actual/365" | "30/360";
  /** Whether closing a flat-interest loan early cancels the interest not yet earned. */
  flatPrepaymentRebate: FlatPrepaymentRebate;
  /** The largest principal one loan of this product may have, if the fund sets one. */
  maxAmountSatang?: number | undefined;
}

const satangAmount = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const months = z.number().int().min(0).max(600);
const count = z.number().int().min(1).max(600);

/** Validates a product (from configuration or an API body); cross-field rules in the refinement. */
export const loanProductSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,39}$/),
    name: z.object({ th: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) }),
    interestMethod: z.enum(INTEREST_METHODS),
    rateBp: z.number().int().min(0).max(MAX_RATE_BP),
    minTermMonths: months,
    maxTermMonths: months.min(1),
    minInstalments: count,
    maxInstalments: count,
    scheduleTypes: z.array(z.enum(SCHEDULE_TYPES)).min(1),
    allocationOrder: z.array(z.enum(ALLOCATION_COMPONENTS)),
    rounding: z.enum(ROUNDING_RULES),
    graceDays: z.number().int().min(0).max(365),
    dayCount: z.enum(DAY_COUNTS),
    flatPrepaymentRebate: z.enum(FLAT_PREPAYMENT_REBATES),
    maxAmountSatang: satangAmount.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.minTermMonths > p.maxTermMonths) {
      ctx.addIssue({ code: "custom", path: ["minTermMonths"], message: "minTermMonths > maxTermMonths" });
    }
    if (p.minInstalments > p.maxInstalments) {
      ctx.addIssue({ code: "custom", path: ["minInstalments"], message: "minInstalments > maxInstalments" });
    }
    if (p.interestMethod === "none" && p.rateBp !== 0) {
      ctx.addIssue({ code: "custom", path: ["rateBp"], message: "an interest-free product has rateBp 0" });
    }
    if (p.interestMethod !== "none" && p.rateBp === 0) {
      ctx.addIssue({ code: "custom", path: ["rateBp"], message: "use interestMethod none for a 0 rate" });
    }
    if (new Set(p.scheduleTypes).size !== p.scheduleTypes.length) {
      ctx.addIssue({ code: "custom", path: ["scheduleTypes"], message: "schedule types repeat" });
    }
    // Every component must appear exactly once, or some money could never be allocated.
    const order = new Set(p.allocationOrder);
    if (order.size !== p.allocationOrder.length || order.size !== ALLOCATION_COMPONENTS.length) {
      ctx.addIssue({
        code: "custom",
        path: ["allocationOrder"],
        message: "allocationOrder must list penalty, fees, interest and principal once each",
      });
    }
  });

/** Parses an untrusted product into a LoanProduct, or throws invalid_input `loan.invalid_product`. */
export function parseLoanProduct(input: unknown): LoanProduct {
  const result = loanProductSchema.safeParse(input);
  if (!result.success) {
    throw invalidInput(
      "loan.invalid_product",
      { th: "ข้อกำหนดประเภทเงินกู้ไม่ถูกต้อง", en: "The loan product is invalid" },
      result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  return result.data;
}

/** Presets are shared objects: freezing them keeps one fund's override from leaking into another's. */
function preset(p: LoanProduct): LoanProduct {
  return Object.freeze({
    ...p,
    name: Object.freeze({ ...p.name }),
    scheduleTypes: Object.freeze([...p.scheduleTypes]),
    allocationOrder: Object.freeze([...p.allocationOrder]),
  });
}

/**
 * กข.คจ. loan (เงินยืม), domain.md §4.4: interest-free [S6][S15][S16]; last instalment at most 3 years
 * after the contract (หมวด 4 ข้อ 21, UNVERIFIED against the gazette); the contract form has 6 instalment
 * rows [S1]; no fee (UNVERIFIED, default none). Grace 0 and the baht rounding are design defaults. Every
 * value is a parameter: a fund overrides it with `{ ...KKJ_PRODUCT, maxInstalments: 12 }` and re-parses.
 */
export const KKJ_PRODUCT: LoanProduct = preset({
  code: "kkj",
  name: { th: "เงินยืม กข.คจ.", en: "Poverty alleviation project loan (KKJ)" },
  interestMethod: "none",
  rateBp: 0,
  minTermMonths: 0,
  maxTermMonths: 36,
  minInstalments: 1,
  maxInstalments: 6,
  scheduleTypes: ["equal_instalments", "equal_principal", "lump_sum", "custom"],
  allocationOrder: DEFAULT_ALLOCATION_ORDER,
  rounding: "instalment_up_to_baht",
  graceDays: 0,
  dayCount: "actual/365",
  flatPrepaymentRebate: "unearned_interest",
});

/**
 * ศจก. (community fund management centre) debt-restructuring loan, domain.md §5: a uniform 6 % a year
 * across member funds (from the article only, UNVERIFIED; a per-centre parameter), on the declining
 * balance. Term up to 60 monthly instalments is a design default for consolidating a household's debts.
 */
export const CENTRE_PRODUCT: LoanProduct = preset({
  code: "debt-centre",
  name: { th: "เงินกู้ปรับโครงสร้างหนี้ ศจก.", en: "Debt-restructuring loan (community fund management centre)" },
  interestMethod: "declining",
  rateBp: 600,
  minTermMonths: 1,
  maxTermMonths: 60,
  minInstalments: 1,
  maxInstalments: 60,
  scheduleTypes: ["equal_instalments", "equal_principal", "lump_sum", "custom"],
  allocationOrder: DEFAULT_ALLOCATION_ORDER,
  rounding: "instalment_up_to_baht",
  graceDays: 0,
  dayCount: "actual/365",
  flatPrepaymentRebate: "unearned_interest",
});

/**
 * Savings-group (กลุ่มออมทรัพย์เพื่อการผลิต) member loan, domain.md §6: rate set by the general meeting,
 * "commonly ~1 %/month" (UNVERIFIED) = 1,200 bp a year. Chosen as declining balance with 30/360 so each
 * month's interest is exactly 1 % of the balance, as a treasurer computes it by hand; 1 %/month flat
 * would cost a borrower about 21 % a year on a 12-month loan, above the 15 % ceiling in spirit. Term,
 * instalments and grace are design defaults; the group's bylaws replace all of them.
 */
export const SAVINGS_GROUP_PRODUCT: LoanProduct = preset({
  code: "savings-group",
  name: { th: "เงินกู้สมาชิกกลุ่มออมทรัพย์เพื่อการผลิต", en: "Savings group member loan" },
  interestMethod: "declining",
  rateBp: 1200,
  minTermMonths: 1,
  maxTermMonths: 36,
  minInstalments: 1,
  maxInstalments: 36,
  scheduleTypes: ["equal_instalments", "equal_principal", "lump_sum", "custom"],
  allocationOrder: DEFAULT_ALLOCATION_ORDER,
  rounding: "instalment_up_to_baht",
  graceDays: 0,
  dayCount: "30/360",
  flatPrepaymentRebate: "unearned_interest",
});

export const LOAN_PRODUCT_PRESETS: readonly LoanProduct[] = [
  KKJ_PRODUCT,
  CENTRE_PRODUCT,
  SAVINGS_GROUP_PRODUCT,
];
