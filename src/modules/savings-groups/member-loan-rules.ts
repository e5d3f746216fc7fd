// Member loans of a savings group: the limit (a multiple of own savings less what is owed), guarantor rules, and the schedule from the loan engine.
import { ruleViolation } from "../../shared/errors";
import { formatBaht, type Satang } from "../../shared/money";
import type { IsoDate } from "../../shared/thai-date";
import { type FieldIssue, IssueList, throwIfIssues } from "../debt-centre/index";
import {
  generateSchedule,
  type LoanProduct,
  type LoanSchedule,
  parseLoanProduct,
  SAVINGS_GROUP_PRODUCT,
} from "../loans/index";
import type { GroupBylaws } from "./group-bylaws";

export const MEMBER_STATUSES = ["active", "suspended", "left"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export interface GroupMember {
  memberNo: string;
  status: MemberStatus;
  /** Share savings to date. */
  ownSavingsSatang: number;
  /** Principal still owed on the member's own loans. */
  outstandingSatang: number;
  /** Loans of others this member guarantees now. */
  activeGuarantees: number;
}

const baht = (s: number) => formatBaht(s as Satang);

/** limit = own savings × multiple (floored to the satang); available = limit − outstanding, never below 0. */
export function memberLoanLimit(
  bylaws: GroupBylaws,
  member: Pick<GroupMember, "ownSavingsSatang" | "outstandingSatang">,
): { limitSatang: number; availableSatang: number } {
  const limitSatang = Number((BigInt(member.ownSavingsSatang) * BigInt(bylaws.loanMultipleBp)) / 10_000n);
  return { limitSatang, availableSatang: Math.max(0, limitSatang - member.outstandingSatang) };
}

export interface MemberLoanCheck {
  isAllowed: boolean;
  limitSatang: number;
  availableSatang: number;
  /** Every rule the request breaks, each naming the field it concerns. */
  violations: FieldIssue[];
}

/**
 * Checks a member-loan request against the bylaws: the borrower is an active member; the amount is within
 * the limit; exactly the required number of guarantors, each another active member, named once, who does
 * not already guarantee `maxGuaranteesPerMember` loans. Throws invalid_input for a malformed request.
 */
export function checkMemberLoan(input: {
  bylaws: GroupBylaws;
  borrowerNo: string;
  amountSatang: number;
  guarantorNos: readonly string[];
  members: readonly GroupMember[];
}): MemberLoanCheck {
  const { bylaws } = input;
  const shape = new IssueList();
  shape.satang("amountSatang", input.amountSatang, { min: 1 });
  shape.text("borrowerNo", input.borrowerNo, { max: 20 });
  if (!Array.isArray(input.guarantorNos))
    shape.add("guarantorNos", "not_list", "ต้องเป็นรายการเลขสมาชิก", "must be a list of member numbers");
  throwIfIssues("savings.invalid_loan_request", { th: "คำขอกู้", en: "The loan request" }, shape.issues);

  const byNo = new Map(input.members.map((m) => [m.memberNo, m]));
  const v = new IssueList();
  const borrower = byNo.get(input.borrowerNo);
  let limit = { limitSatang: 0, availableSatang: 0 };
  if (!borrower) {
    v.add(
      "borrowerNo",
      "not_member",
      `ไม่พบสมาชิกเลขที่ ${input.borrowerNo}`,
      `no member no. ${input.borrowerNo}`,
    );
  } else {
    if (borrower.status !== "active") {
      v.add("borrowerNo", "not_active", "ผู้กู้ต้องเป็นสมาชิกที่ยังมีสถานะปกติ", "the borrower must be an active member");
    }
    limit = memberLoanLimit(bylaws, borrower);
    if (input.amountSatang > limit.availableSatang) {
      v.add(
        "amountSatang",
        "above_limit",
        `เกินวงเงินกู้ที่กู้ได้ ${baht(limit.availableSatang)} บาท (${bylaws.loanMultipleBp / 10_000} เท่าของเงินออม ${baht(borrower.ownSavingsSatang)} บาท = ${baht(limit.limitSatang)} บาท หักหนี้คงค้าง ${baht(borrower.outstandingSatang)} บาท)`,
        `is above the ${baht(limit.availableSatang)} baht available (${bylaws.loanMultipleBp / 10_000} × savings of ${baht(borrower.ownSavingsSatang)} = ${baht(limit.limitSatang)} baht, less ${baht(borrower.outstandingSatang)} baht owed)`,
      );
    }
  }
  const seen = new Set<string>();
  input.guarantorNos.forEach((no, k) => {
    const at = `guarantorNos[${k}]`;
    if (no === input.borrowerNo) {
      v.add(at, "is_borrower", "ผู้กู้ค้ำประกันตนเองไม่ได้", "the borrower cannot guarantee their own loan");
      return;
    }
    if (seen.has(no)) {
      v.add(at, "duplicate", "ระบุผู้ค้ำประกันซ้ำ", "names the same guarantor twice");
      return;
    }
    seen.add(no);
    const g = byNo.get(no);
    if (!g) {
      v.add(
        at,
        "not_member",
        `ผู้ค้ำประกันต้องเป็นสมาชิกกลุ่ม (ไม่พบเลขที่ ${no})`,
        `a guarantor must be a member (no member no. ${no})`,
      );
    } else if (g.status !== "active") {
      v.add(at, "not_active", "ผู้ค้ำประกันต้องเป็นสมาชิกที่ยังมีสถานะปกติ", "a guarantor must be an active member");
    } else if (g.activeGuarantees >= bylaws.maxGuaranteesPerMember) {
      v.add(
        at,
        "too_many_guarantees",
        `ค้ำประกันอยู่แล้ว ${g.activeGuarantees} สัญญา ครบจำนวนสูงสุด ${bylaws.maxGuaranteesPerMember} สัญญา`,
        `already guarantees ${g.activeGuarantees} loans, the maximum of ${bylaws.maxGuaranteesPerMember}`,
      );
    }
  });
  if (input.guarantorNos.length !== bylaws.guarantorsRequired) {
    v.add(
      "guarantorNos",
      "wrong_count",
      `ต้องมีผู้ค้ำประกัน ${bylaws.guarantorsRequired} คน (ระบุมา ${input.guarantorNos.length} คน)`,
      `needs ${bylaws.guarantorsRequired} guarantors (${input.guarantorNos.length} given)`,
    );
  }
  return { isAllowed: v.issues.length === 0, ...limit, violations: v.issues };
}

/** Throws rule_violation `savings.loan_not_allowed` listing every broken rule, or returns the check. */
export function assertMemberLoan(input: Parameters<typeof checkMemberLoan>[0]): MemberLoanCheck {
  const check = checkMemberLoan(input);
  if (check.isAllowed) return check;
  const first = check.violations[0]!;
  throw ruleViolation(
    "savings.loan_not_allowed",
    {
      th: `ให้กู้ไม่ได้: ${first.path} ${first.th}${check.violations.length > 1 ? ` (และอีก ${check.violations.length - 1} ข้อ)` : ""}`,
      en: `The loan is not allowed: ${first.path} ${first.en}${check.violations.length > 1 ? ` (and ${check.violations.length - 1} more)` : ""}`,
    },
    { issues: check.violations, limitSatang: check.limitSatang, availableSatang: check.availableSatang },
  );
}

/** The group's loan product: the savings-group preset with the bylaws' rate (0 = interest-free). */
export function memberLoanProduct(bylaws: GroupBylaws): LoanProduct {
  return parseLoanProduct({
    ...SAVINGS_GROUP_PRODUCT,
    interestMethod: bylaws.interestBp === 0 ? "none" : "declining",
    rateBp: bylaws.interestBp,
  });
}

/** A member loan's schedule, from the loan engine: equal monthly instalments on the declining balance. */
export function memberLoanSchedule(
  bylaws: GroupBylaws,
  loan: { amountSatang: number; disbursedOn: IsoDate; instalmentCount: number },
): LoanSchedule {
  return generateSchedule({
    product: memberLoanProduct(bylaws),
    principalSatang: loan.amountSatang,
    disbursedOn: loan.disbursedOn,
    scheduleType: "equal_instalments",
    instalmentCount: loan.instalmentCount,
  });
}
