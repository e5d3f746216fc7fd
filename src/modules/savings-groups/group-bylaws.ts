// A savings group's bylaws (ระเบียบกลุ่ม): share value and monthly shares, entry fee, loan rules, profit allocation; validated by field.
import { IssueList, throwIfIssues } from "../debt-centre/index";
import { MAX_RATE_BP } from "../loans/index";

/** The year-end buckets of net profit, in the order `allocate` breaks ties (earlier bucket first). */
export const PROFIT_BUCKETS = [
  "dividend",
  "patronageRefund",
  "reserve",
  "welfare",
  "committee",
  "publicBenefit",
] as const;
export type ProfitBucket = (typeof PROFIT_BUCKETS)[number];

export const PROFIT_BUCKET_NAMES: Record<ProfitBucket, { th: string; en: string }> = {
  dividend: { th: "เงินปันผลตามหุ้น", en: "Dividend on shares" },
  patronageRefund: { th: "เงินเฉลี่ยคืนตามดอกเบี้ยที่จ่าย", en: "Patronage refund on interest paid" },
  reserve: { th: "ทุนสำรอง", en: "Reserve" },
  welfare: { th: "สวัสดิการสมาชิก", en: "Member welfare" },
  committee: { th: "ค่าตอบแทนกรรมการ", en: "Committee remuneration" },
  publicBenefit: { th: "สาธารณประโยชน์", en: "Public benefit" },
};

/** How the dividend bucket is shared: by the sum of month-end share balances (default) or the year-end balance. */
export const DIVIDEND_BASES = ["share_months", "year_end_balance"] as const;
export type DividendBasis = (typeof DIVIDEND_BASES)[number];

export interface GroupBylaws {
  /** One share (หุ้น) of monthly savings (เงินสัจจะสะสม). */
  shareValueSatang: number;
  minSharesPerMonth: number;
  maxSharesPerMonth: number;
  entryFeeSatang: number;
  /** Loan limit as a multiple of own savings, in basis points (20,000 = twice the savings). */
  loanMultipleBp: number;
  /** Member-loan interest, basis points a year on the declining balance (the loan engine's limit applies). */
  interestBp: number;
  /** Guarantors a member loan needs. */
  guarantorsRequired: number;
  /** How many loans one member may guarantee at a time. */
  maxGuaranteesPerMember: number;
  dividendBasis: DividendBasis;
  /** Net profit split in basis points; must sum to 10,000. */
  profitAllocationBp: Record<ProfitBucket, number>;
}

/**
 * Defaults: 50 baht a share, 1–20 shares a month, entry fee 20 baht (the อทผ-01 form, domain.md §6 [S42],
 * per-group bylaws). Everything else is an UNVERIFIED design default (domain.md §6, §13 item 5): loans up
 * to twice own savings, 12 % a year (≈ 1 % a month), 2 guarantors, at most 2 guarantees per member, and the
 * profit split 40 / 20 / 15 / 10 / 10 / 5.
 */
export const DEFAULT_GROUP_BYLAWS: Readonly<GroupBylaws> = Object.freeze({
  shareValueSatang: 5_000,
  minSharesPerMonth: 1,
  maxSharesPerMonth: 20,
  entryFeeSatang: 2_000,
  loanMultipleBp: 20_000,
  interestBp: 1_200,
  guarantorsRequired: 2,
  maxGuaranteesPerMember: 2,
  dividendBasis: "share_months",
  profitAllocationBp: Object.freeze({
    dividend: 4_000,
    patronageRefund: 2_000,
    reserve: 1_500,
    welfare: 1_000,
    committee: 1_000,
    publicBenefit: 500,
  }),
});

const BYLAWS = { th: "ระเบียบกลุ่มออมทรัพย์", en: "The savings group bylaws" };

/**
 * Validates bylaws (what is not given takes the default) or throws invalid_input `savings.invalid_bylaws`
 * naming each bad field (`profitAllocationBp.reserve`, `maxSharesPerMonth`).
 */
export function parseGroupBylaws(input: Partial<GroupBylaws> = {}): GroupBylaws {
  const b = {
    ...DEFAULT_GROUP_BYLAWS,
    ...input,
    profitAllocationBp: { ...(input.profitAllocationBp ?? DEFAULT_GROUP_BYLAWS.profitAllocationBp) },
  };
  const v = new IssueList();
  v.satang("shareValueSatang", b.shareValueSatang, { min: 1 });
  const minOk = v.integer("minSharesPerMonth", b.minSharesPerMonth, 0, 1_000);
  const maxOk = v.integer("maxSharesPerMonth", b.maxSharesPerMonth, 1, 1_000);
  if (minOk && maxOk && b.minSharesPerMonth > b.maxSharesPerMonth) {
    v.add(
      "maxSharesPerMonth",
      "below_min",
      `ต้องไม่น้อยกว่าจำนวนหุ้นขั้นต่ำ (${b.minSharesPerMonth})`,
      `must not be below minSharesPerMonth (${b.minSharesPerMonth})`,
    );
  }
  v.satang("entryFeeSatang", b.entryFeeSatang);
  v.integer("loanMultipleBp", b.loanMultipleBp, 0, 1_000_000);
  v.integer("interestBp", b.interestBp, 0, MAX_RATE_BP);
  v.integer("guarantorsRequired", b.guarantorsRequired, 0, 10);
  v.integer("maxGuaranteesPerMember", b.maxGuaranteesPerMember, 0, 100);
  v.oneOf("dividendBasis", b.dividendBasis, DIVIDEND_BASES);
  const allocation = b.profitAllocationBp as Record<string, unknown>;
  for (const key of Object.keys(allocation)) {
    if (!(PROFIT_BUCKETS as readonly string[]).includes(key)) {
      v.add(`profitAllocationBp.${key}`, "unknown_bucket", "ไม่ใช่หมวดการจัดสรรกำไร", "is not a profit bucket");
    }
  }
  let sum = 0;
  let allOk = true;
  for (const bucket of PROFIT_BUCKETS) {
    const ok = v.integer(`profitAllocationBp.${bucket}`, allocation[bucket], 0, 10_000);
    allOk &&= ok;
    if (ok) sum += allocation[bucket] as number;
  }
  if (allOk && sum !== 10_000) {
    v.add(
      "profitAllocationBp",
      "not_100_percent",
      `รวมกันได้ ${sum / 100}% ต้องรวมเป็น 100% พอดี`,
      `adds up to ${sum / 100}%; it must be exactly 100%`,
    );
  }
  throwIfIssues("savings.invalid_bylaws", BYLAWS, v.issues);
  return b as GroupBylaws;
}
