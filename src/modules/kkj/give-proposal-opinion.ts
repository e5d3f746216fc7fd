// The พัฒนากร gives the worker opinion on a proposal: feasible (เป็นไปได้) or not (เป็นไปไม่ได้), with a reason.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assertFundOpen } from "../funds/index";
import type { Proposal, ProposalOpinionBody } from "./contracts";
import { lockProposal, updateProposal } from "./kkj.repository";
import { loadKkjFund, requireWorker } from "./kkj-access";
import { kkjErrors, PROPOSAL } from "./kkj-errors";
import { requireOfFund, resolveOpinion, UUID } from "./kkj-steps";
import { toProposal } from "./kkj-views";

export async function giveProposalOpinion(
  deps: Deps,
  fundId: string,
  proposalId: string,
  body: ProposalOpinionBody,
): Promise<Proposal> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadKkjFund(t, fundId);
    assertFundOpen(fund);
    requireWorker(t, fund);
    const proposal = requireOfFund(
      UUID.test(proposalId) ? await lockProposal(tx, proposalId) : undefined,
      fund,
      PROPOSAL,
    );
    if (proposal.status !== "submitted")
      throw kkjErrors.wrongStatus(PROPOSAL, proposal.status, ["submitted"]);
    if (body.opinion === "not_feasible" && !body.reason) throw kkjErrors.reasonRequired("reason");
    const opinion = await resolveOpinion(t, body.opinionOn, {
      date: proposal.submittedOn,
      what: { th: "ยื่นแบบเสนอโครงการ", en: "proposal date" },
    });
    const patch = {
      status: "worker_reviewed",
      workerOpinion: body.opinion,
      workerReason: body.reason || null,
      workerName: opinion.name,
      workerUserId: opinion.userId,
      workerOpinionOn: opinion.on,
      updatedAt: deps.clock.now(),
    };
    await updateProposal(tx, proposal.id, patch);
    await recordAudit(t, {
      action: "kkj.proposal_opinion_given",
      entityType: "kkj_proposal",
      entityId: proposal.id,
      areaCode: fund.areaCode,
      before: { status: proposal.status },
      after: { status: patch.status, opinion: body.opinion, reason: patch.workerReason, on: opinion.on },
    });
    return toProposal({ ...proposal, ...patch }, new Map());
  });
}
