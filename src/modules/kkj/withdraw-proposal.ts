// The secretary withdraws a round before its contract (the household gives up, or the papers were wrong).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assertFundOpen } from "../funds/index";
import type { Proposal } from "./contracts";
import { findRequestOfProposal, lockProposal, updateProposal, updateRequest } from "./kkj.repository";
import { loadKkjFund, requireKkjSeat } from "./kkj-access";
import { kkjErrors, PROPOSAL } from "./kkj-errors";
import { WITHDRAWABLE } from "./kkj-rules";
import { requireOfFund, UUID } from "./kkj-steps";
import { meetingNosOf, toProposal } from "./kkj-views";

export async function withdrawProposal(
  deps: Deps,
  fundId: string,
  proposalId: string,
  body: { reason: string },
): Promise<Proposal> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadKkjFund(t, fundId);
    assertFundOpen(fund);
    await requireKkjSeat(t, fund, ["secretary", "chair"]);
    const proposal = requireOfFund(
      UUID.test(proposalId) ? await lockProposal(tx, proposalId) : undefined,
      fund,
      PROPOSAL,
    );
    if (!(WITHDRAWABLE as readonly string[]).includes(proposal.status)) {
      throw kkjErrors.wrongStatus(PROPOSAL, proposal.status, WITHDRAWABLE);
    }
    const now = deps.clock.now();
    const request = await findRequestOfProposal(tx, proposal.id);
    if (request && request.status !== "rejected") {
      await updateRequest(tx, request.id, { status: "withdrawn", updatedAt: now });
    }
    const patch = { status: "withdrawn", updatedAt: now };
    await updateProposal(tx, proposal.id, patch);
    const updated = { ...proposal, ...patch };
    await recordAudit(t, {
      action: "kkj.proposal_withdrawn",
      entityType: "kkj_proposal",
      entityId: proposal.id,
      areaCode: fund.areaCode,
      before: { status: proposal.status, requestStatus: request?.status ?? null },
      after: { status: "withdrawn", reason: body.reason },
    });
    return toProposal(updated, await meetingNosOf(tx, [updated]));
  });
}
