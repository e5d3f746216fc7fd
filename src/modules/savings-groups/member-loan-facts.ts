// Loads what the member-loan rules need for a borrower and guarantors: status, own savings, what they owe, guarantees they give.
import type { Deps } from "../../platform/deps";
import { IssueList, throwIfIssues } from "../debt-centre/index";
import type { FundRow } from "../funds/index";
import type { LoanCheck } from "./contracts";
import type { GroupBylaws } from "./group-bylaws";
import { checkMemberLoan, type GroupMember } from "./member-loan-rules";
import {
  activeGuarantees,
  loanOutstanding,
  type MemberRow,
  selectMembersByIds,
  shareBalances,
} from "./savings.repository";
import { loadMember } from "./savings-access";

/** The rules' field names are member numbers; the API's are member ids. */
const apiPath = (path: string) =>
  path.replace(/^guarantorNos/, "guarantorIds").replace(/^borrowerNo/, "memberId");

export async function checkLoanRequest(
  deps: Deps,
  fund: FundRow,
  bylaws: GroupBylaws,
  input: { memberId: string; amountSatang: number; guarantorIds: string[] },
  on: string,
): Promise<{ check: LoanCheck; borrower: MemberRow; guarantors: MemberRow[] }> {
  const borrower = await loadMember(deps, fund, input.memberId);
  const found = new Map(
    (await selectMembersByIds(deps.db, fund.id, [...new Set(input.guarantorIds)])).map((m) => [m.id, m]),
  );
  const v = new IssueList();
  input.guarantorIds.forEach((id, k) => {
    if (!found.has(id)) {
      v.add(
        `guarantorIds[${k}]`,
        "not_member",
        "ผู้ค้ำประกันต้องเป็นสมาชิกของกลุ่มนี้",
        "a guarantor must be a member of this group",
      );
    }
  });
  throwIfIssues("savings.invalid_loan_request", { th: "คำขอกู้", en: "The loan request" }, v.issues);
  const guarantors = input.guarantorIds.map((id) => found.get(id)!);
  const ids = [borrower.id, ...guarantors.map((g) => g.id)];
  // Savings paid in by the contract date: a loan is secured by money already in the group.
  const savings = await shareBalances(deps.db, fund.id, ids, on);
  const owed = await loanOutstanding(deps.db, fund.id, ids);
  const guarantees = await activeGuarantees(deps.db, fund.id);
  const asRule = (m: MemberRow): GroupMember => ({
    memberNo: m.memberNo,
    status: m.status === "active" ? "active" : "left",
    ownSavingsSatang: savings.get(m.id) ?? 0,
    outstandingSatang: owed.get(m.id) ?? 0,
    activeGuarantees: guarantees.get(m.id) ?? 0,
  });
  const result = checkMemberLoan({
    bylaws,
    borrowerNo: borrower.memberNo,
    amountSatang: input.amountSatang,
    guarantorNos: guarantors.map((g) => g.memberNo),
    members: [borrower, ...guarantors].map(asRule),
  });
  return {
    check: {
      isAllowed: result.isAllowed,
      limitSatang: result.limitSatang,
      availableSatang: result.availableSatang,
      ownSavingsSatang: savings.get(borrower.id) ?? 0,
      outstandingSatang: owed.get(borrower.id) ?? 0,
      violations: result.violations.map((i) => ({ ...i, path: apiPath(i.path) })),
    },
    borrower,
    guarantors,
  };
}
