// The chair records the committee's decision on a loan request, citing a meeting; approval needs the money.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assertFundOpen } from "../funds/index";
import { fundPosition } from "../ledger/index";
import { generateSchedule, type SchedulePlan } from "../loans/index";
import type { DecisionBody, LoanRequest } from "./contracts";
import {
  committedSatang,
  findRequest,
  lockFundRow,
  lockProposal,
  updateProposal,
  updateRequest,
} from "./kkj.repository";
import { kkjProductFor, loadKkjFund, requireKkjSeat } from "./kkj-access";
import { kkjErrors, LOAN_REQUEST } from "./kkj-errors";
import { availableToLend } from "./kkj-rules";
import { requireOfFund, resolveDecision, UUID } from "./kkj-steps";
import { meetingNosOf, toRequest } from "./kkj-views";

/**
 * Approving needs an amount up to the one requested that the plan can still carry, and money to lend: cash
 * and bank balances (from the journal) less what was approved but not yet paid out. A rejected request ends
 * the round (the proposal is closed) so the household may propose again.
 */
export async function decideLoanRequest(
  deps: Deps,
  fundId: string,
  requestId: string,
  body: DecisionBody,
): Promise<LoanRequest> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadKkjFund(t, fundId);
    assertFundOpen(fund);
    await requireKkjSeat(t, fund, ["chair"]);
    const found = requireOfFund(
      UUID.test(requestId) ? await findRequest(tx, requestId) : undefined,
      fund,
      LOAN_REQUEST,
    );
    await lockProposal(tx, found.proposalId);
    const request = (await findRequest(tx, found.id))!;
    if (request.status === "submitted") throw kkjErrors.workerOpinionFirst(LOAN_REQUEST);
    if (request.status !== "worker_reviewed") {
      throw kkjErrors.wrongStatus(LOAN_REQUEST, request.status, ["worker_reviewed"]);
    }
    const decision = await resolveDecision(t, fund, body, {
      date: request.workerOpinionOn,
      what: { th: "พัฒนากรให้ความเห็น", en: "worker opinion date" },
    });
    const approve = body.decision === "approve";
    const product = kkjProductFor(fund);
    if (approve) {
      const amount = body.amountSatang;
      if (amount === undefined) throw kkjErrors.amountRequired();
      if (amount > request.amountSatang) {
        throw kkjErrors.amountOverLimit(amount, request.amountSatang, {
          th: "จำนวนเงินที่ขอยืม",
          en: "amount requested",
        });
      }
      if (request.workerOpinion === "disagree" && !body.reason) throw kkjErrors.reasonRequired("reason");
      generateSchedule({
        ...(request.plan as unknown as SchedulePlan),
        product,
        principalSatang: amount,
        disbursedOn: request.requestedOn,
      });
      // Approvals of one fund run one at a time, so two of them cannot both count the same money.
      await lockFundRow(tx, fund.id);
      const position = await fundPosition(tx, fund.id);
      const committed = await committedSatang(tx, fund.id);
      const available = availableToLend(position.cashSatang, position.bankSatang, committed);
      if (amount > available) {
        throw kkjErrors.insufficientFunds(
          amount,
          available,
          position.cashSatang,
          position.bankSatang,
          committed,
        );
      }
    } else if (!body.reason) {
      throw kkjErrors.reasonRequired("reason");
    }
    const now = deps.clock.now();
    const patch = {
      status: approve ? "approved" : "rejected",
      decision: body.decision,
      approvedAmountSatang: approve ? body.amountSatang! : null,
      decisionReason: body.reason || null,
      decisionMeetingId: decision.meetingId,
      decidedBy: deps.actor.userId,
      decidedOn: decision.decidedOn,
      updatedAt: now,
    };
    await updateRequest(tx, request.id, patch);
    if (!approve) await updateProposal(tx, request.proposalId, { status: "closed", updatedAt: now });
    const updated = { ...request, ...patch };
    const view = toRequest(updated, await meetingNosOf(tx, [updated]), product);
    await recordAudit(t, {
      action: "kkj.request_decided",
      entityType: "kkj_loan_request",
      entityId: request.id,
      areaCode: fund.areaCode,
      before: { status: request.status },
      after: { status: patch.status, decision: view.decision },
    });
    return view;
  });
}
