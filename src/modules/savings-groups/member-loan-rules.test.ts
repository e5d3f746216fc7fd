// Tests for member loans: the limit, guarantor rules with a parameter for guarantees per member, and the loan-engine schedule.
import { describe, expect, it } from "vitest";
import type { AppError } from "../../shared/errors";
import { generateSchedule, SAVINGS_GROUP_PRODUCT } from "../loans/index";
import { parseGroupBylaws } from "./group-bylaws";
import {
  assertMemberLoan,
  checkMemberLoan,
  type GroupMember,
  memberLoanLimit,
  memberLoanProduct,
  memberLoanSchedule,
} from "./member-loan-rules";

const bylaws = parseGroupBylaws();
const member = (memberNo: string, overrides: Partial<GroupMember> = {}): GroupMember => ({
  memberNo,
  status: "active",
  ownSavingsSatang: 1_200_000,
  outstandingSatang: 0,
  activeGuarantees: 0,
  ...overrides,
});
const members = [
  member("1", { outstandingSatang: 500_000 }),
  member("2"),
  member("3"),
  member("4", { status: "left" }),
  member("5", { activeGuarantees: 2 }),
];
const request = (amountSatang: number, guarantorNos: string[], borrowerNo = "1") => ({
  bylaws,
  borrowerNo,
  amountSatang,
  guarantorNos,
  members,
});

describe("memberLoanLimit", () => {
  it("is twice own savings less what is still owed", () => {
    // 12,000 savings × 2 = 24,000; 5,000 owed → 19,000 available.
    expect(memberLoanLimit(bylaws, { ownSavingsSatang: 1_200_000, outstandingSatang: 500_000 })).toEqual({
      limitSatang: 2_400_000,
      availableSatang: 1_900_000,
    });
    // 1.5 × 333.33 = 499.995 → 499.99 (floored to the satang); owing more than the limit leaves 0, not a negative.
    const oneAndHalf = parseGroupBylaws({ loanMultipleBp: 15_000 });
    expect(memberLoanLimit(oneAndHalf, { ownSavingsSatang: 33_333, outstandingSatang: 60_000 })).toEqual({
      limitSatang: 49_999,
      availableSatang: 0,
    });
  });
});

describe("checkMemberLoan", () => {
  it("allows a loan within the limit with two active guarantors", () => {
    const check = checkMemberLoan(request(1_900_000, ["2", "3"]));
    expect(check).toEqual({
      isAllowed: true,
      limitSatang: 2_400_000,
      availableSatang: 1_900_000,
      violations: [],
    });
  });

  it.each([
    [request(1_900_001, ["2", "3"]), "amountSatang", "above_limit"],
    [request(100_000, ["1", "3"]), "guarantorNos[0]", "is_borrower"],
    [request(100_000, ["2", "2"]), "guarantorNos[1]", "duplicate"],
    [request(100_000, ["2", "9"]), "guarantorNos[1]", "not_member"],
    [request(100_000, ["2", "4"]), "guarantorNos[1]", "not_active"],
    [request(100_000, ["2", "5"]), "guarantorNos[1]", "too_many_guarantees"],
    [request(100_000, ["2"]), "guarantorNos", "wrong_count"],
    [request(100_000, ["2", "3"], "4"), "borrowerNo", "not_active"],
    [request(100_000, ["2", "3"], "77"), "borrowerNo", "not_member"],
  ])("refuses %#: %s (%s)", (input, path, code) => {
    const check = checkMemberLoan(input);
    expect(check.isAllowed).toBe(false);
    expect(check.violations).toContainEqual(expect.objectContaining({ path, code }));
  });

  it("the number of guarantees per member is a bylaw parameter", () => {
    const generous = parseGroupBylaws({ maxGuaranteesPerMember: 3 });
    expect(checkMemberLoan({ ...request(100_000, ["2", "5"]), bylaws: generous }).isAllowed).toBe(true);
  });

  it("assertMemberLoan throws one rule_violation listing every broken rule in Thai and English", () => {
    try {
      assertMemberLoan(request(5_000_000, ["1"]));
      expect.unreachable();
    } catch (e) {
      const err = e as AppError;
      expect(err.code).toBe("savings.loan_not_allowed");
      expect(err.kind).toBe("rule_violation");
      expect(err.messageTh).toContain("amountSatang เกินวงเงินกู้ที่กู้ได้ 19,000.00 บาท");
      expect(err.message).toContain("(and 2 more)");
      expect((err.details as { issues: unknown[] }).issues).toHaveLength(3);
    }
  });

  it("refuses a malformed request as invalid input", () => {
    expect(() => checkMemberLoan(request(10.5, ["2", "3"]))).toThrow(/amountSatang/);
  });
});

describe("member loan schedules come from the loan engine", () => {
  it("uses the savings-group preset with the group's rate: 1 % of the balance each 30/360 month", () => {
    const schedule = memberLoanSchedule(bylaws, {
      amountSatang: 1_000_000,
      disbursedOn: "2026-01-31",
      instalmentCount: 12,
    });
    expect(schedule).toEqual(
      generateSchedule({
        product: SAVINGS_GROUP_PRODUCT,
        principalSatang: 1_000_000,
        disbursedOn: "2026-01-31",
        scheduleType: "equal_instalments",
        instalmentCount: 12,
      }),
    );
    // 10,000 baht × 1 % = 100 baht of interest in the first month.
    expect(schedule.instalments[0]!.interestSatang).toBe(10_000);
    expect(schedule.totalPrincipalSatang).toBe(1_000_000);
  });

  it("an interest-free group gets an interest-free product", () => {
    const product = memberLoanProduct(parseGroupBylaws({ interestBp: 0 }));
    expect([product.interestMethod, product.rateBp]).toEqual(["none", 0]);
  });
});
