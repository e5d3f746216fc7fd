// The chair records the committee's decision on a proposal (approve with an amount, or reject), citing a meeting.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assertFundOpen } from "../funds/index";
import type { DecisionBody, Proposal } from "./contracts";
import { lockProposal, updateProposal } from "./kkj.repository";
import { loadKkjFund, requireKkjSeat } from "./kkj-access";
import { kkjErrors, PROPOSAL } from "./kkj-errors";
import { requireOfFund, resolveDecision, UUID } from "./kkj-steps";
import { meetingNosOf, toProposal } from "./kkj-views";

/**
 * The worker's opinion comes first; it advises, the committee decides. Approving against a "not feasible"
 * opinion, like rejecting, needs the committee's reason. The approved amount is at most the project total.
 */
export async function decideProposal(
  deps: Deps,
  fundId: string,
  proposalId: string,
  body: DecisionBody,
): Promise<Proposal> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadKkjFund(t, fundId);
    assertFundOpen(fund);
    await requireKkjSeat(t, fund, ["chair"]);
    const proposal = requireOfFund(
      UUID.test(proposalId) ? await lockProposal(tx, proposalId) : undefined,
      fund,
      PROPOSAL,
    );
    if (proposal.status === "submitted") throw kkjErrors.workerOpinionFirst(PROPOSAL);
    if (proposal.status !== "worker_reviewed") {
      throw kkjErrors.wrongStatus(PROPOSAL, proposal.status, ["worker_reviewed"]);
    }
    const decision = await resolveDecision(t, fund, body, {
      date: proposal.workerOpinionOn,
      what: { th: "พัฒนากรให้ความเห็น", en: "worker opinion date" },
    });
    const approve = body.decision === "approve";
    if (approve) {
      if (body.amountSatang === undefined) throw kkjErrors.amountRequired();
      if (body.amountSatang > proposal.totalSatang) {
        throw kkjErrors.amountOverLimit(body.amountSatang, proposal.totalSatang, {
          th: "งบประมาณรวมของโครงการ",
          en: "project's total budget",
        });
      }
      if (proposal.workerOpinion === "not_feasible" && !body.reason) throw kkjErrors.reasonRequired("reason");
    } else if (!body.reason) {
      throw kkjErrors.reasonRequired("reason");
    }
    const patch = {
      status: approve ? "approved" : "rejected",
      decision: body.decision,
      decisionAmountSatang: approve ? body.amountSatang! : null,
      decisionReason: body.reason || null,
      decisionMeetingId: decision.meetingId,
      decidedBy: deps.actor.userId,
      decidedOn: decision.decidedOn,
      updatedAt: deps.clock.now(),
    };
    await updateProposal(tx, proposal.id, patch);
    const updated = { ...proposal, ...patch };
    const view = toProposal(updated, await meetingNosOf(tx, [updated]));
    await recordAudit(t, {
      action: "kkj.proposal_decided",
      entityType: "kkj_proposal",
      entityId: proposal.id,
      areaCode: fund.areaCode,
      before: { status: proposal.status },
      after: { status: patch.status, decision: view.decision },
    });
    return view;
  });
}
