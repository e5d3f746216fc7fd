// A member's statement for a fiscal year: shares month by month, loans and repayments, the last close's dividend and refund, beneficiaries.
import type { Deps } from "../../platform/deps";
import { fiscalYearOf, fiscalYearRange } from "../../shared/thai-date";
import { fiscalMonths } from "./close-inputs";
import type { Statement } from "./contracts";
import { getMember } from "./read-groups";
import {
  findGroupSummary,
  findLastCloseOfMember,
  selectRepaymentsOfLoans,
  selectSgLoans,
  shareMovements,
} from "./savings.repository";
import { bylawsOn, loadMemberForRead } from "./savings-access";

/** Whoever may read the member (officers and committee by area, the member's own household) may read it. */
export async function getMemberStatement(
  deps: Deps,
  fundId: string,
  memberId: string,
  fiscalYear?: number,
): Promise<Statement> {
  const { member } = await loadMemberForRead(deps, fundId, memberId);
  const detail = await getMember(deps, fundId, memberId);
  const year = fiscalYear ?? fiscalYearOf(deps.clock.today());
  const { from, to } = fiscalYearRange(year);
  const group = (await findGroupSummary(deps.db, member.fundId))!;
  // The bylaws at the year end, or when the member joined if that is later (a statement of a year before it).
  const bylaws = await bylawsOn(deps.db, member.fundId, [to, member.joinedOn].sort().at(-1)!);
  const movements = await shareMovements(deps.db, member.fundId, from, to, member.id);
  const byMonth = new Map(movements.months.map((m) => [m.monthOn, m]));
  const opening = movements.opening.get(member.id) ?? 0;
  let balance = opening;
  const months = fiscalMonths(year).map((monthOn) => {
    const m = byMonth.get(monthOn);
    balance += (m?.inSatang ?? 0) - (m?.outSatang ?? 0);
    return {
      month: monthOn.slice(0, 7),
      shares: m?.shares ?? 0,
      depositSatang: m?.inSatang ?? 0,
      withdrawalSatang: m?.outSatang ?? 0,
      balanceSatang: balance,
    };
  });
  // Loans that were open at some time in the year: contracted by its end, not closed before it began.
  const loans = (await selectSgLoans(deps.db, member.fundId, member.id)).filter((l) => l.contractedOn <= to);
  const repayments = await selectRepaymentsOfLoans(
    deps.db,
    loans.map((l) => l.sg.loanId),
  );
  const lastClose = await findLastCloseOfMember(deps.db, member.id);
  return {
    group: { fundId: group.fundId, name: group.name, villageName: group.villageName },
    member: detail,
    fiscalYear: year,
    shareValueSatang: bylaws.shareValueSatang,
    openingSharesSatang: opening,
    months,
    closingSharesSatang: balance,
    loans: loans
      .map((l) => ({
        loanNo: l.loanNo,
        contractedOn: l.contractedOn,
        amountSatang: l.sg.amountSatang,
        status: l.status,
        outstandingPrincipalSatang: l.outstandingPrincipalSatang,
        repayments: repayments
          .filter((r) => r.loanId === l.sg.loanId && r.paidOn >= from && r.paidOn <= to)
          .map((r) => ({
            receiptNo: r.receiptNo,
            paidOn: r.paidOn,
            principalSatang: r.principalSatang,
            interestSatang: r.interestSatang,
          })),
      }))
      .filter(
        (l) =>
          l.status === "active" ||
          l.status === "pending_disbursement" ||
          l.repayments.length > 0 ||
          l.contractedOn >= from,
      ),
    lastClose: lastClose ?? null,
  };
}
