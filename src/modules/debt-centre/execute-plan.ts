// Executes an approved plan in one transaction: creates and pays out the loans in the chosen funds at the centre rate, records the payments to the refinanced creditors, and moves the plan to repaying.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { loadFund } from "../funds/index";
import { CENTRE_PRODUCT, createLoan, disburseLoan, parseLoanProduct } from "../loans/index";
import { isUuid, loadCentre, requireCentreSeat } from "./centre-access";
import { statusChange, toPlanView } from "./centre-views";
import type { ExecutePlanBody, PlanView } from "./contracts";
import {
  type CreditorPaymentRow,
  findHouseholdOf,
  insertCreditorPayments,
  insertPlanLoans,
  insertStatusChanges,
  lockPlan,
  type PlanLoanRow,
  selectSurveyDebts,
  updatePlan,
} from "./debt-centre.repository";
import { centreErrors, PLAN } from "./debt-centre-errors";
import type { RestructuringPlan } from "./debt-planner";
import { assertTransition, type PlanStatus } from "./plan-status";

/**
 * Each participation of a contract becomes one loan of its fund (the loan engine books a loan in one fund's
 * ledger), on the centre product at the plan's term. The loan's disbursement (Dr loans receivable, Cr cash)
 * is the payment to the creditor: the money goes to the creditor on the household's behalf, so the
 * creditor-payment rows point at that journal entry instead of posting the same money twice.
 */
export async function executePlan(
  deps: Deps,
  centreId: string,
  planId: string,
  body: ExecutePlanBody,
): Promise<PlanView> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const centre = await loadCentre(t, centreId);
    const row = isUuid(planId) ? await lockPlan(tx, planId) : undefined;
    if (!row || row.centreId !== centre.id) throw outOfScope(PLAN);
    await requireCentreSeat(t, centre, ["chair", "finance"]);
    if (row.status !== "approved") throw centreErrors.wrongStatus(row.status as PlanStatus, "approved");
    assertTransition("approved", "repaying");
    const paidOn = body.paidOn ?? deps.clock.today();
    if (paidOn < row.plannedOn) throw centreErrors.paidBeforePlan(paidOn, row.plannedOn);

    const plan = row.plan as unknown as RestructuringPlan;
    const product = parseLoanProduct({
      ...CENTRE_PRODUCT,
      interestMethod: plan.centre.rateBp === 0 ? "none" : "declining",
      rateBp: plan.centre.rateBp,
      maxTermMonths: plan.centre.maxTermMonths,
      maxInstalments: plan.centre.maxTermMonths,
    });
    const household = await findHouseholdOf(tx, row.householdId);
    const creditors = new Map(
      (await selectSurveyDebts(tx, [row.surveyId])).map((d) => [d.debtId, d.creditorName]),
    );
    const decisions = new Map(plan.debts.map((d) => [d.debtId, d]));
    const planLoans: PlanLoanRow[] = [];
    const payments: CreditorPaymentRow[] = [];
    for (const contract of plan.contracts) {
      for (const part of contract.participations) {
        const fund = await loadFund(t, part.fundId);
        const loan = await createLoan(t, {
          fund,
          householdId: row.householdId,
          borrowerName: household?.headName || "ครัวเรือน",
          loanNo: `ศจก ${row.id.slice(-12)}/${contract.contractNo}`,
          sourceType: "centre_plan",
          sourceId: row.id,
          product,
          principalSatang: part.principalSatang,
          contractedOn: paidOn,
          plan: { scheduleType: "equal_instalments", instalmentCount: plan.termMonths ?? 1 },
          decision: { resolutionRef: `แผนปรับโครงสร้างหนี้ ศจก. ${row.id}`, meetingId: null },
        });
        const parts = contract.debtIds.flatMap((debtId) =>
          (decisions.get(debtId)?.funding ?? [])
            .filter((f) => f.fundId === part.fundId)
            .map((f) => ({ debtId, amountSatang: f.amountSatang })),
        );
        const names = parts.map((p) => creditors.get(p.debtId) ?? p.debtId).join(", ");
        const paid = await disburseLoan(t, {
          loanId: loan.id,
          paidOn,
          from: "cash",
          description: `จ่ายแทนครัวเรือน ${loan.borrowerName} ชำระหนี้เจ้าหนี้ ${names} ตามแผน ศจก. สัญญา ${loan.loanNo}`,
          sourceType: "debt_plan",
          sourceId: row.id,
        });
        planLoans.push({ planId: row.id, loanId: loan.id, fundId: fund.id, contractNo: contract.contractNo });
        for (const p of parts) {
          payments.push({
            id: deps.ids.uuid(),
            planId: row.id,
            debtId: p.debtId,
            creditorName: creditors.get(p.debtId) ?? p.debtId,
            fundId: fund.id,
            loanId: loan.id,
            journalEntryId: paid.journalEntryId,
            amountSatang: p.amountSatang,
            paidOn,
          });
        }
      }
    }
    await insertPlanLoans(tx, planLoans);
    await insertCreditorPayments(tx, payments);
    const updated = await updatePlan(tx, row.id, {
      status: "repaying",
      executedOn: paidOn,
      updatedAt: deps.clock.now(),
    });
    await insertStatusChanges(tx, [statusChange(t, row.id, "approved", "repaying", paidOn, null)]);
    await recordAudit(t, {
      action: "debt_plan.executed",
      entityType: "debt_plan",
      entityId: row.id,
      areaCode: row.areaCode,
      before: { status: "approved" },
      after: {
        status: "repaying",
        paidOn,
        loans: planLoans.map((l) => ({ loanId: l.loanId, fundId: l.fundId, contractNo: l.contractNo })),
        creditorPayments: payments.map((p) => ({
          debtId: p.debtId,
          creditorName: p.creditorName,
          fundId: p.fundId,
          amountSatang: p.amountSatang,
        })),
      },
    });
    return toPlanView(tx, updated);
  });
}
