// The secretary records the loan request (แบบขอยืมเงินทุน) of an approved proposal: amount, words, repayment plan.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { bahtText } from "../../shared/baht-text";
import { fiscalYearOf } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { assertFundOpen } from "../funds/index";
import { generateSchedule, type SchedulePlan } from "../loans/index";
import type { LoanRequest, LoanRequestBody, PlanBody } from "./contracts";
import {
  findTarget,
  insertRequest,
  lockProposal,
  nextDocumentNo,
  type RequestRow,
  updateProposal,
} from "./kkj.repository";
import { kkjProductFor, loadKkjFund, requireKkjSeat } from "./kkj-access";
import { kkjErrors, PROPOSAL } from "./kkj-errors";
import { checkStepDate, documentNo } from "./kkj-rules";
import { requireOfFund, throwIf, UUID } from "./kkj-steps";
import { toRequest } from "./kkj-views";

/** The plan as the loan engine takes it (absent fields stay absent). */
export function toSchedulePlan(plan: PlanBody): SchedulePlan {
  return Object.fromEntries(
    Object.entries(plan).filter(([, v]) => v !== undefined),
  ) as unknown as SchedulePlan;
}

/**
 * The amount is at most what the committee approved on the proposal; the words are computed here, never
 * taken from the client. The plan is validated by generating its schedule under the fund's กข.คจ. product
 * (interest-free, last instalment ≤ 36 months after the start, ≤ 6 instalments), so a plan the contract
 * could not carry is refused now with the loan engine's own error.
 */
export async function submitLoanRequest(
  deps: Deps,
  fundId: string,
  body: LoanRequestBody,
): Promise<LoanRequest> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadKkjFund(t, fundId);
    assertFundOpen(fund);
    await requireKkjSeat(t, fund, ["secretary"]);
    const proposal = requireOfFund(
      UUID.test(body.proposalId) ? await lockProposal(tx, body.proposalId) : undefined,
      fund,
      PROPOSAL,
    );
    if (proposal.status !== "approved") throw kkjErrors.wrongStatus(PROPOSAL, proposal.status, ["approved"]);
    const requestedOn = body.requestedOn ?? deps.clock.today();
    throwIf(
      checkStepDate("requestedOn", requestedOn, deps.clock.today(), {
        date: proposal.decidedOn,
        what: { th: "คณะกรรมการอนุมัติโครงการ", en: "proposal decision date" },
      }),
    );
    const approved = proposal.decisionAmountSatang ?? 0;
    if (body.amountSatang > approved) {
      throw kkjErrors.amountOverLimit(body.amountSatang, approved, {
        th: "วงเงินที่คณะกรรมการอนุมัติโครงการ",
        en: "amount the committee approved for the project",
      });
    }
    const plan = toSchedulePlan(body.plan);
    const product = kkjProductFor(fund);
    generateSchedule({ ...plan, product, principalSatang: body.amountSatang, disbursedOn: requestedOn });
    const target = (await findTarget(tx, proposal.targetId))!;
    const fiscalYear = fiscalYearOf(requestedOn);
    const now = deps.clock.now();
    const row: RequestRow = {
      id: deps.ids.uuid(),
      fundId: fund.id,
      proposalId: proposal.id,
      householdId: proposal.householdId,
      docNo: documentNo(await nextDocumentNo(tx, fund.id, "request", fiscalYear), fiscalYear),
      registerSeq: target.registerSeq,
      amountSatang: body.amountSatang,
      amountWords: bahtText(body.amountSatang),
      plan: plan as unknown as Record<string, unknown>,
      consentName: body.consentName ?? null,
      consentRelation: body.consentRelation ?? null,
      requestedOn,
      status: "submitted",
      workerOpinion: null,
      workerReason: null,
      workerName: null,
      workerUserId: null,
      workerOpinionOn: null,
      decision: null,
      approvedAmountSatang: null,
      decisionReason: null,
      decisionMeetingId: null,
      decidedBy: null,
      decidedOn: null,
      recordedBy: deps.actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    await insertRequest(tx, row);
    await updateProposal(tx, proposal.id, { status: "requested", updatedAt: now });
    const view = toRequest(row, new Map(), product);
    await recordAudit(t, {
      action: "kkj.request_submitted",
      entityType: "kkj_loan_request",
      entityId: row.id,
      areaCode: fund.areaCode,
      after: { ...view, schedulePreview: view.schedulePreview.length },
    });
    return view;
  });
}
