import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CommitteePosition } from "../../shared/roles";
import { bankChartAccount, normalSideOf, STANDARD_CHART } from "./chart-of-accounts";
import {
  checkAddedMember,
  checkCommitteeComposition,
  checkSignatories,
  defaultOriginalCapital,
  effectiveParameters,
  evaluateWithdrawalRule,
  FUND_DEFAULTS,
  termEndFor,
} from "./fund-rules";

const committee = (...positions: CommitteePosition[]) => positions.map((position) => ({ position }));
const kkjSize = { committeeMinSize: 7, committeeMaxSize: 9 };

describe("fund defaults", () => {
  it("gives กข.คจ. its 280,000 baht, 7–9 member committees, 4-year terms and the 30/0-day window", () => {
    expect(defaultOriginalCapital("kkj")).toBe(28_000_000);
    expect(defaultOriginalCapital("savings_group")).toBe(0);
    expect(effectiveParameters("kkj", {})).toMatchObject({
      committeeTermYears: 4,
      committeeMinSize: 7,
      committeeMaxSize: 9,
      backdateDays: 30,
      forwardDays: 0,
      interestRateBp: 0,
    });
    expect(effectiveParameters("kkj", { backdateDays: 7 }).backdateDays).toBe(7);
    expect(FUND_DEFAULTS.withdrawalRule).toEqual({ required: 2, mustInclude: ["chair"] });
  });

  it("ends a term the day before its anniversary, also from 29 February", () => {
    expect(termEndFor("2023-01-01", 4)).toBe("2026-12-31");
    expect(termEndFor("2024-02-29", 4)).toBe("2028-02-28");
    expect(termEndFor("2024-02-29", 1)).toBe("2025-02-28");
    expect(termEndFor("2024-03-01", 1)).toBe("2025-02-28");
  });
});

describe("committee composition", () => {
  const seven = committee("chair", "secretary", "finance", "member", "member", "member", "member");
  it("needs one chair, one finance member, at most one secretary and a size within the bylaws", () => {
    expect(checkCommitteeComposition(seven, kkjSize)).toBeNull();
    expect(
      checkCommitteeComposition(
        committee("secretary", "finance", "member", "member", "member", "member", "member"),
        kkjSize,
      )?.code,
    ).toBe("fund.committee_position_count");
    expect(
      checkCommitteeComposition([...seven.slice(0, 6), { position: "finance" }], kkjSize)?.details,
    ).toEqual({
      position: "finance",
      found: 2,
    });
    expect(checkCommitteeComposition(seven.slice(0, 6), kkjSize)?.code).toBe("fund.committee_size");
    expect(
      checkCommitteeComposition([...seven, ...committee("member", "member", "member")], kkjSize)?.code,
    ).toBe("fund.committee_size");
  });

  it("refuses one person twice, and a second chair added later", () => {
    const twice = seven.map((m, i) => ({ ...m, userId: i < 2 ? "u1" : `u${i}` }));
    expect(checkCommitteeComposition(twice, kkjSize)?.code).toBe("fund.committee_member_repeated");
    expect(checkAddedMember(seven, { position: "chair" }, kkjSize)?.code).toBe(
      "fund.committee_position_count",
    );
    expect(checkAddedMember(seven, { position: "member" }, kkjSize)).toBeNull();
    expect(
      checkAddedMember([...seven, ...committee("member", "member")], { position: "member" }, kkjSize)?.code,
    ).toBe("fund.committee_size");
  });
});

describe("withdrawal rule", () => {
  const rule = { required: 2, mustInclude: ["chair" as const] };
  it("is satisfied by two distinct signatories of whom one is the chair", () => {
    expect(evaluateWithdrawalRule(rule, [{ userId: "a", position: "finance" }])).toEqual({
      satisfied: false,
      approvals: 1,
      missingCount: 1,
      missingPositions: ["chair"],
    });
    expect(
      evaluateWithdrawalRule(rule, [
        { userId: "a", position: "finance" },
        { userId: "b", position: "secretary" },
      ]).satisfied,
    ).toBe(false);
    expect(
      evaluateWithdrawalRule(rule, [
        { userId: "a", position: "finance" },
        { userId: "b", position: "chair" },
      ]).satisfied,
    ).toBe(true);
  });

  it("never counts one user twice (property)", () => {
    const position = fc.constantFrom<CommitteePosition>("chair", "secretary", "finance", "member");
    fc.assert(
      fc.property(
        fc.array(fc.record({ userId: fc.constantFrom("a", "b", "c"), position }), { maxLength: 12 }),
        (approvals) => {
          const result = evaluateWithdrawalRule(rule, approvals);
          const users = new Set(approvals.map((a) => a.userId)).size;
          expect(result.approvals).toBe(users);
          expect(result.satisfied).toBe(users >= 2 && approvals.some((a) => a.position === "chair"));
        },
      ),
    );
  });

  it("refuses signatories that could never satisfy their own rule", () => {
    expect(checkSignatories(rule, committee("chair", "finance"))).toBeNull();
    expect(checkSignatories(rule, committee("chair"))?.code).toBe("fund.signatories_too_few");
    expect(checkSignatories(rule, committee("finance", "secretary"))?.code).toBe(
      "fund.signatory_position_missing",
    );
  });
});

describe("chart of accounts", () => {
  it("has one account per role, unique codes, and the normal side of its type", () => {
    expect(new Set(STANDARD_CHART.map((a) => a.code)).size).toBe(STANDARD_CHART.length);
    expect(new Set(STANDARD_CHART.map((a) => a.role)).size).toBe(STANDARD_CHART.length);
    for (const a of STANDARD_CHART) expect(a.normalSide).toBe(normalSideOf(a.accountType));
    expect(bankChartAccount(0, { bankName: "ธนาคารออมสิน", accountNo: "020-1" })).toMatchObject({
      code: "1111",
      role: "bank",
      normalSide: "debit",
    });
    expect(bankChartAccount(88, { bankName: "x", accountNo: "1" })?.code).toBe("1199");
    expect(bankChartAccount(89, { bankName: "x", accountNo: "1" })).toBeNull();
  });
});
