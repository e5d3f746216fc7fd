// Tests for the year-end close: a hand-worked allocation, ties by member number, redirections, refusals and exactness properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AppError } from "../../shared/errors";
import type { FieldIssue } from "../debt-centre/index";
import { parseGroupBylaws } from "./group-bylaws";
import { type CloseMember, closeYear, compareMemberNo } from "./year-end-close";

const bylaws = parseGroupBylaws();
const m = (memberNo: string, shareMonthsSatang: number, interestPaidSatang: number): CloseMember => ({
  memberNo,
  shareBalanceSatang: Math.floor(shareMonthsSatang / 12),
  shareMonthsSatang,
  interestPaidSatang,
});

describe("closeYear, worked by hand", () => {
  // Net profit 10,000.00 baht under 40/20/15/10/10/5: dividend 4,000, patronage 2,000, reserve 1,500,
  // welfare 1,000, committee 1,000, public benefit 500.
  // Share-months 600 : 300 : 300 baht-months → dividend 2,000 / 1,000 / 1,000.
  // Interest paid 0 : 100 : 200 → patronage 0 / 666.666… / 1,333.333…: floors 666.66 and 1,333.33 leave
  // 1 satang, which goes to the larger remainder (member 2: .666… > .333…) → 666.67 / 1,333.33.
  const close = closeYear({
    bylaws,
    netProfitSatang: 1_000_000,
    members: [m("3", 30_000, 20_000), m("1", 60_000, 0), m("2", 30_000, 10_000)],
  });

  it("splits the profit into the bylaw buckets", () => {
    expect(close.buckets).toEqual({
      dividend: 400_000,
      patronageRefund: 200_000,
      reserve: 150_000,
      welfare: 100_000,
      committee: 100_000,
      publicBenefit: 50_000,
    });
    expect(close.redirected).toEqual([]);
  });

  it("pays dividend by share-months and the refund by interest paid, in member-number order", () => {
    expect(close.members).toEqual([
      { memberNo: "1", dividendSatang: 200_000, patronageRefundSatang: 0, totalSatang: 200_000 },
      { memberNo: "2", dividendSatang: 100_000, patronageRefundSatang: 66_667, totalSatang: 166_667 },
      { memberNo: "3", dividendSatang: 100_000, patronageRefundSatang: 133_333, totalSatang: 233_333 },
    ]);
  });
});

describe("rounding", () => {
  it("an exact tie goes to the lower member number, whatever the input order", () => {
    // Net profit 25 satang: dividend 40 % = 10 satang among 3 equal members → 3.33 each; the floors
    // 3 + 3 + 3 leave 1 satang and every remainder is equal → member "2" (the lowest number).
    const members = [m("10", 1_200, 0), m("2", 1_200, 0), m("9", 1_200, 0)];
    const close = closeYear({ bylaws, netProfitSatang: 25, members });
    expect(close.buckets.dividend).toBe(10);
    expect(close.members.map((x) => [x.memberNo, x.dividendSatang])).toEqual([
      ["2", 4],
      ["9", 3],
      ["10", 3],
    ]);
  });

  it("the bucket split gives a leftover satang to the earlier bucket on a tie", () => {
    // 1 satang: every bucket's exact share is below 1; the largest remainder is the dividend's (40 %).
    expect(closeYear({ bylaws, netProfitSatang: 1, members: [m("1", 1, 1)] }).buckets.dividend).toBe(1);
    // Two equal buckets 50/50 and 1 satang: the earlier one (dividend) gets it.
    const even = parseGroupBylaws({
      profitAllocationBp: {
        dividend: 5_000,
        patronageRefund: 5_000,
        reserve: 0,
        welfare: 0,
        committee: 0,
        publicBenefit: 0,
      },
    });
    expect(closeYear({ bylaws: even, netProfitSatang: 1, members: [m("1", 1, 1)] }).buckets).toMatchObject({
      dividend: 1,
      patronageRefund: 0,
    });
  });

  it("orders member numbers by value, then text", () => {
    expect(["10", "9", "007", "7", "A1", "0"].sort(compareMemberNo)).toEqual([
      "0",
      "007",
      "7",
      "9",
      "10",
      "A1",
    ]);
  });
});

describe("edge cases and refusals", () => {
  it("a bucket nobody qualifies for goes to the reserve, with the reason", () => {
    const close = closeYear({
      bylaws,
      netProfitSatang: 1_000_000,
      members: [m("1", 12_000, 0), m("2", 6_000, 0)],
    });
    expect(close.buckets.patronageRefund).toBe(0);
    expect(close.buckets.reserve).toBe(350_000);
    expect(close.redirected).toEqual([
      expect.objectContaining({ bucket: "patronageRefund", amountSatang: 200_000 }),
    ]);
    expect(close.redirected[0]!.reason.th).toContain("ทุนสำรอง");
  });

  it("uses the year-end balance when the bylaws say so", () => {
    const byBalance = parseGroupBylaws({ dividendBasis: "year_end_balance" });
    const close = closeYear({
      bylaws: byBalance,
      netProfitSatang: 1_000_000,
      members: [
        { memberNo: "1", shareBalanceSatang: 300, interestPaidSatang: 0 },
        { memberNo: "2", shareBalanceSatang: 100, interestPaidSatang: 1 },
      ],
    });
    expect(close.members.map((x) => x.dividendSatang)).toEqual([300_000, 100_000]);
  });

  it("a zero profit allocates zero everywhere", () => {
    const close = closeYear({ bylaws, netProfitSatang: 0, members: [m("1", 100, 100)] });
    expect(Object.values(close.buckets).every((b) => b === 0)).toBe(true);
    expect(close.members[0]!.totalSatang).toBe(0);
  });

  it("refuses a loss", () => {
    expect(() => closeYear({ bylaws, netProfitSatang: -1, members: [] })).toThrow(
      expect.objectContaining({ code: "savings.net_loss", kind: "rule_violation" }),
    );
  });

  it.each([
    [[m("1", 10, 10), m("1", 10, 10)], "members[1].memberNo"],
    [[{ ...m("1", 10, 10), shareMonthsSatang: undefined }], "members[0].shareMonthsSatang"],
    [[m("1", 10, -10)], "members[0].interestPaidSatang"],
    [[{ ...m("1", 10, 10), shareBalanceSatang: 1.5 }], "members[0].shareBalanceSatang"],
  ])("refuses bad members by field (%#: %s)", (members, path) => {
    try {
      closeYear({ bylaws, netProfitSatang: 100, members });
      expect.unreachable();
    } catch (e) {
      const err = e as AppError;
      expect(err.code).toBe("savings.invalid_close");
      expect((err.details as { issues: FieldIssue[] }).issues[0]!.path).toBe(path);
      expect(err.messageTh).toContain(path);
    }
  });
});

describe("properties", () => {
  const memberArb = fc.record({
    shareMonths: fc.integer({ min: 0, max: 12 * 2_000_000 }),
    interest: fc.integer({ min: 0, max: 5_000_000 }),
  });
  const groupArb = fc.record({
    members: fc.array(memberArb, { minLength: 1, maxLength: 60 }),
    profit: fc.integer({ min: 0, max: 1_000_000_000 }),
    cuts: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 5, maxLength: 5 }),
    seed: fc.integer(),
  });
  const bylawsFrom = (cuts: number[]) => {
    // Six non-negative parts summing to 10,000 from five cut points.
    const sorted = [0, ...cuts.slice().sort((a, b) => a - b), 10_000];
    const parts = sorted.slice(1).map((x, k) => x - sorted[k]!);
    const [dividend, patronageRefund, reserve, welfare, committee, publicBenefit] = parts as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    return parseGroupBylaws({
      profitAllocationBp: { dividend, patronageRefund, reserve, welfare, committee, publicBenefit },
    });
  };

  it("buckets sum to the profit; members sum to their buckets; nobody is negative or off by a satang or more", () => {
    fc.assert(
      fc.property(groupArb, ({ members, profit, cuts }) => {
        const b = bylawsFrom(cuts);
        const input = members.map((x, k) => m(String(k + 1), x.shareMonths, x.interest));
        const close = closeYear({ bylaws: b, netProfitSatang: profit, members: input });
        expect(Object.values(close.buckets).reduce((a, x) => a + x, 0)).toBe(profit);
        const dividends = close.members.reduce((a, x) => a + x.dividendSatang, 0);
        const refunds = close.members.reduce((a, x) => a + x.patronageRefundSatang, 0);
        expect(dividends).toBe(close.buckets.dividend);
        expect(refunds).toBe(close.buckets.patronageRefund);
        const weightSum = input.reduce((a, x) => a + x.shareMonthsSatang!, 0);
        for (const x of close.members) {
          expect(x.dividendSatang).toBeGreaterThanOrEqual(0);
          expect(x.patronageRefundSatang).toBeGreaterThanOrEqual(0);
          if (weightSum > 0) {
            // Largest remainder: each share is its exact proportion rounded down or up, never further.
            const w = input.find((y) => y.memberNo === x.memberNo)!.shareMonthsSatang!;
            const exactTimesSum = BigInt(close.buckets.dividend) * BigInt(w);
            const floor = exactTimesSum / BigInt(weightSum);
            expect(BigInt(x.dividendSatang) - floor).toBeGreaterThanOrEqual(0n);
            expect(BigInt(x.dividendSatang) - floor).toBeLessThanOrEqual(1n);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("does not depend on the order the members come in", () => {
    fc.assert(
      fc.property(groupArb, ({ members, profit, cuts, seed }) => {
        const b = bylawsFrom(cuts);
        const input = members.map((x, k) => m(String(k + 1), x.shareMonths, x.interest));
        const shuffled = input
          .map((x, k) => ({ x, key: (Math.imul(k + 1, 2_654_435_761) ^ seed) >>> 0 }))
          .sort((a, c) => a.key - c.key)
          .map((y) => y.x);
        expect(closeYear({ bylaws: b, netProfitSatang: profit, members: shuffled })).toEqual(
          closeYear({ bylaws: b, netProfitSatang: profit, members: input }),
        );
      }),
      { numRuns: 100 },
    );
  });
});
