// The year-end close of a savings group: net profit into the bylaw buckets, then dividend and patronage refund per member, exact to the satang.
import { ruleViolation } from "../../shared/errors";
import { allocate, type Satang, satang } from "../../shared/money";
import { IssueList, throwIfIssues } from "../debt-centre/index";
import { type GroupBylaws, PROFIT_BUCKET_NAMES, PROFIT_BUCKETS, type ProfitBucket } from "./group-bylaws";

export interface CloseMember {
  memberNo: string;
  /** Share balance at the year end (the dividend weight under `year_end_balance`). */
  shareBalanceSatang: number;
  /** Σ of the 12 month-end share balances (the dividend weight under `share_months`). */
  shareMonthsSatang?: number | undefined;
  /** Loan interest the member paid in the year (the patronage-refund weight). */
  interestPaidSatang: number;
}

export interface MemberShare {
  memberNo: string;
  dividendSatang: number;
  patronageRefundSatang: number;
  totalSatang: number;
}

export interface YearEndClose {
  netProfitSatang: number;
  /** What each bucket holds after any redirection to the reserve. */
  buckets: Record<ProfitBucket, number>;
  /** A member bucket nobody can receive (no shares, no interest paid) goes to the reserve, with the reason. */
  redirected: { bucket: ProfitBucket; amountSatang: number; reason: { th: string; en: string } }[];
  /** In member-number order, whatever order the members came in. */
  members: MemberShare[];
}

const CLOSE = { th: "ข้อมูลการปิดบัญชีสิ้นปี", en: "The year-end close input" };

/**
 * Member-number order: numbers written in digits compare by value ("9" before "10"; equal values by the
 * text, "007" before "7"), and come before any other text, which compares by code unit. A total order, so the result
 * never depends on the order members are given in.
 */
export function compareMemberNo(a: string, b: string): number {
  const da = /^\d+$/.test(a);
  const db = /^\d+$/.test(b);
  if (da && db) {
    const sa = a.replace(/^0+(?=\d)/, "");
    const sb = b.replace(/^0+(?=\d)/, "");
    if (sa.length !== sb.length) return sa.length - sb.length;
    if (sa !== sb) return sa < sb ? -1 : 1;
  } else if (da !== db) {
    return da ? -1 : 1;
  }
  return a === b ? 0 : a < b ? -1 : 1;
}

/** `allocate` over weights that may all be zero (then nothing can be shared: null). */
function share(total: number, weights: readonly number[]): Satang[] | null {
  if (total === 0) return weights.map(() => satang(0));
  if (weights.every((w) => w === 0)) return null;
  return allocate(satang(total), weights);
}

/**
 * Allocates a year's net profit (docs/savings-groups.md, "Year-end close"):
 * 1. net profit → the six bylaw buckets by their basis points, largest remainder (ties: the earlier bucket
 *    in PROFIT_BUCKETS order, dividend first);
 * 2. the dividend bucket → members in proportion to share-months (or year-end balance, per bylaws);
 * 3. the patronage bucket → members in proportion to interest paid;
 * both by largest remainder with ties going to the lower member number. Σ members = bucket, exactly.
 * Throws invalid_input naming the field for bad members, rule_violation for a loss.
 */
export function closeYear(input: {
  bylaws: GroupBylaws;
  netProfitSatang: number;
  members: readonly CloseMember[];
}): YearEndClose {
  const { bylaws } = input;
  const v = new IssueList();
  v.satang("netProfitSatang", input.netProfitSatang, { min: Number.MIN_SAFE_INTEGER });
  const seen = new Set<string>();
  input.members.forEach((m, k) => {
    const at = `members[${k}]`;
    if (v.text(`${at}.memberNo`, m?.memberNo, { max: 20 })) {
      if (seen.has(m.memberNo)) v.add(`${at}.memberNo`, "duplicate", "เลขสมาชิกซ้ำ", "repeats a member number");
      seen.add(m.memberNo);
    }
    v.satang(`${at}.shareBalanceSatang`, m?.shareBalanceSatang);
    v.satang(`${at}.interestPaidSatang`, m?.interestPaidSatang);
    if (bylaws.dividendBasis === "share_months") {
      if (m?.shareMonthsSatang === undefined) {
        v.add(
          `${at}.shareMonthsSatang`,
          "required",
          "ต้องระบุเมื่อปันผลตามหุ้นรายเดือน",
          "is required when dividends follow share-months",
        );
      } else {
        v.satang(`${at}.shareMonthsSatang`, m.shareMonthsSatang);
      }
    }
  });
  throwIfIssues("savings.invalid_close", CLOSE, v.issues);
  if (input.netProfitSatang < 0) {
    throw ruleViolation(
      "savings.net_loss",
      {
        th: "ปีนี้ขาดทุน ไม่มีกำไรสุทธิให้จัดสรร (การชดเชยขาดทุนจากทุนสำรองเป็นมติที่ประชุมใหญ่)",
        en: "The year made a loss: there is no net profit to allocate (covering it from the reserve is for the general meeting)",
      },
      { netProfitSatang: input.netProfitSatang },
    );
  }

  const split =
    input.netProfitSatang === 0
      ? PROFIT_BUCKETS.map(() => 0)
      : allocate(
          satang(input.netProfitSatang),
          PROFIT_BUCKETS.map((b) => bylaws.profitAllocationBp[b]),
        );
  const buckets = Object.fromEntries(PROFIT_BUCKETS.map((b, k) => [b, split[k]!])) as Record<
    ProfitBucket,
    number
  >;

  const members = input.members.slice().sort((a, b) => compareMemberNo(a.memberNo, b.memberNo));
  const dividendWeights = members.map((m) =>
    bylaws.dividendBasis === "share_months" ? m.shareMonthsSatang! : m.shareBalanceSatang,
  );
  const redirected: YearEndClose["redirected"] = [];
  const distribute = (bucket: ProfitBucket, weights: number[]): number[] => {
    const parts = share(buckets[bucket], weights);
    if (parts !== null) return parts;
    redirected.push({
      bucket,
      amountSatang: buckets[bucket],
      reason: {
        th: `ไม่มีสมาชิกที่มีสิทธิ์รับ${PROFIT_BUCKET_NAMES[bucket].th} จึงโอนเข้าทุนสำรอง`,
        en: `No member qualifies for the ${PROFIT_BUCKET_NAMES[bucket].en.toLowerCase()}, so it goes to the reserve`,
      },
    });
    buckets.reserve += buckets[bucket];
    buckets[bucket] = 0;
    return weights.map(() => 0);
  };
  const dividends = distribute("dividend", dividendWeights);
  const refunds = distribute(
    "patronageRefund",
    members.map((m) => m.interestPaidSatang),
  );
  return {
    netProfitSatang: input.netProfitSatang,
    buckets,
    redirected,
    members: members.map((m, k) => ({
      memberNo: m.memberNo,
      dividendSatang: dividends[k]!,
      patronageRefundSatang: refunds[k]!,
      totalSatang: dividends[k]! + refunds[k]!,
    })),
  };
}
