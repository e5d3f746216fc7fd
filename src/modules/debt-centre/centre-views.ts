// Rows of the debt centre as the API shows them.
import type { Executor } from "../../platform/database";
import type { CommitteePosition } from "../../shared/roles";
import type { Centre, CentreSeat, MemberFundView, PlanView, SurveyView, WelfareView } from "./contracts";
import {
  type CentreRow,
  type CentreSeatRow,
  type MemberFundWithFund,
  type PlanRow,
  type SurveyDebtRow,
  type SurveyRow,
  selectCreditorPayments,
  selectPlanLoans,
  selectRelapseFlags,
  selectStatusChanges,
} from "./debt-centre.repository";
import type { RuleBreak } from "./debt-planner";
import type { WelfareRow } from "./debt-welfare.repository";
import type { PlanStatus } from "./plan-status";
import type { WelfareStatus, WelfareType } from "./welfare";

export const toCentre = (r: CentreRow): Centre => ({
  id: r.id,
  areaCode: r.areaCode,
  name: r.name,
  rateBp: r.rateBp,
  maxTermMonths: r.maxTermMonths,
  affordabilityBp: r.affordabilityBp,
  consolidateByDefault: r.consolidateByDefault,
  relapseWindowMonths: r.relapseWindowMonths,
});

export const toMemberFund = (r: MemberFundWithFund): MemberFundView => ({
  id: r.id,
  fundId: r.fundId,
  name: r.fundName ?? r.outsideName ?? "",
  isOutside: r.fundId === null,
  outsideBalanceSatang: r.outsideBalanceSatang,
  preference: r.preference,
  mayRefinance: r.mayRefinance,
  maxLoanSatang: r.maxLoanSatang,
  maxTermMonths: r.maxTermMonths,
});

export const toSeat = (r: CentreSeatRow, today: string): CentreSeat => ({
  id: r.id,
  name: r.name,
  position: r.position as CommitteePosition,
  userId: r.userId,
  memberFundId: r.memberFundId,
  termStart: r.termStart,
  termEnd: r.termEnd,
  inOffice: r.termStart <= today && today <= r.termEnd,
});

export const toSurvey = (r: SurveyRow, debts: SurveyDebtRow[], relapseFlags: number): SurveyView => ({
  id: r.id,
  centreId: r.centreId,
  householdId: r.householdId,
  surveyedOn: r.surveyedOn,
  monthlyIncomeSatang: r.monthlyIncomeSatang,
  monthlyExpensesSatang: r.monthlyExpensesSatang,
  incomeSource: r.incomeSource as "bmn" | "manual",
  bmnYear: r.bmnYear,
  debts: debts
    .filter((d) => d.surveyId === r.id)
    .map((d) => ({
      debtId: d.debtId,
      creditorName: d.creditorName,
      creditorType: d.creditorType,
      communityFundId: d.communityFundId,
      originalPrincipalSatang: d.originalPrincipalSatang,
      outstandingSatang: d.outstandingSatang,
      arrearsSatang: d.arrearsSatang,
      rateBp: d.rateBp,
      rateBasis: d.rateBasis,
      instalmentSatang: d.instalmentSatang,
      instalmentFrequency: d.instalmentFrequency,
      collateral: d.collateral,
      guarantor: d.guarantor,
      purpose: d.purpose,
      startOn: d.startOn,
      endOn: d.endOn,
    })),
  relapseFlags,
});

/** The plan with its history, loans, creditor payments and relapse flags. */
export async function toPlanView(db: Executor, r: PlanRow): Promise<PlanView> {
  const [history, loans, payments, flags] = [
    await selectStatusChanges(db, r.id),
    await selectPlanLoans(db, r.id),
    await selectCreditorPayments(db, r.id),
    await selectRelapseFlags(db, r.id),
  ];
  return {
    id: r.id,
    centreId: r.centreId,
    surveyId: r.surveyId,
    householdId: r.householdId,
    status: r.status as PlanStatus,
    plannedOn: r.plannedOn,
    needsChairOverride: r.needsChairOverride,
    brokenRules: r.brokenRules as RuleBreak[],
    approvedBy: r.approvedBy,
    approvedWithChairOverride: r.approvedWithChairOverride,
    executedOn: r.executedOn,
    debtFreeOn: r.debtFreeOn,
    plan: r.plan,
    input: r.input,
    history: history.map((h) => ({ from: h.fromStatus, to: h.toStatus, on: h.changedOn, reason: h.reason })),
    loans: loans.map((l) => ({
      loanId: l.loanId,
      fundId: l.fundId,
      contractNo: l.contractNo,
      loanNo: l.loanNo,
      status: l.status,
      principalSatang: l.principalSatang,
    })),
    creditorPayments: payments.map((p) => ({
      debtId: p.debtId,
      creditorName: p.creditorName,
      fundId: p.fundId,
      loanId: p.loanId,
      journalEntryId: p.journalEntryId,
      amountSatang: p.amountSatang,
      paidOn: p.paidOn,
    })),
    relapseFlags: flags.map((f) => ({
      debtId: f.debtId,
      surveyId: f.surveyId,
      takenOn: f.takenOn,
      reason: f.reason,
    })),
  };
}

/** One status move for the history table. */
export function statusChange(
  t: { ids: { uuid(): string }; clock: { now(): Date }; actor: { userId: string | null } },
  planId: string,
  from: PlanStatus | null,
  to: PlanStatus,
  on: string,
  reason: string | null,
) {
  return {
    id: t.ids.uuid(),
    planId,
    fromStatus: from,
    toStatus: to,
    changedOn: on,
    changedBy: t.actor.userId,
    reason,
    createdAt: t.clock.now(),
  };
}

export const toWelfare = (r: WelfareRow): WelfareView => ({
  id: r.id,
  centreId: r.centreId,
  welfareType: r.welfareType as WelfareType,
  householdId: r.householdId,
  memberId: r.memberId,
  beneficiaryName: r.beneficiaryName,
  amountSatang: r.amountSatang,
  memberFundId: r.memberFundId,
  fundId: r.fundId,
  reason: r.reason,
  status: r.status as WelfareStatus,
  requestedOn: r.requestedOn,
  decidedOn: r.decidedOn,
  decidedBy: r.decidedBy,
  decisionNote: r.decisionNote,
  paidOn: r.paidOn,
  journalEntryId: r.journalEntryId,
});
