// The พัฒนากร gives the worker opinion on a loan request: agree (เห็นด้วย) or disagree (ไม่เห็นด้วย), with a reason.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import { assertFundOpen } from "../funds/index";
import type { LoanRequest, RequestOpinionBody } from "./contracts";
import { findRequest, lockProposal, updateRequest } from "./kkj.repository";
import { kkjProductFor, loadKkjFund, requireWorker } from "./kkj-access";
import { kkjErrors, LOAN_REQUEST } from "./kkj-errors";
import { requireOfFund, resolveOpinion, UUID } from "./kkj-steps";
import { toRequest } from "./kkj-views";

export async function giveRequestOpinion(
  deps: Deps,
  fundId: string,
  requestId: string,
  body: RequestOpinionBody,
): Promise<LoanRequest> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const fund = await loadKkjFund(t, fundId);
    assertFundOpen(fund);
    requireWorker(t, fund);
    const found = requireOfFund(
      UUID.test(requestId) ? await findRequest(tx, requestId) : undefined,
      fund,
      LOAN_REQUEST,
    );
    // The round's proposal row is the lock every step of the round takes.
    await lockProposal(tx, found.proposalId);
    const request = (await findRequest(tx, found.id))!;
    if (request.status !== "submitted")
      throw kkjErrors.wrongStatus(LOAN_REQUEST, request.status, ["submitted"]);
    if (body.opinion === "disagree" && !body.reason) throw kkjErrors.reasonRequired("reason");
    const opinion = await resolveOpinion(t, body.opinionOn, {
      date: request.requestedOn,
      what: { th: "ยื่นแบบขอยืมเงินทุน", en: "request date" },
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
    await updateRequest(tx, request.id, patch);
    await recordAudit(t, {
      action: "kkj.request_opinion_given",
      entityType: "kkj_loan_request",
      entityId: request.id,
      areaCode: fund.areaCode,
      before: { status: request.status },
      after: { status: patch.status, opinion: body.opinion, reason: patch.workerReason, on: opinion.on },
    });
    return toRequest({ ...request, ...patch }, new Map(), kkjProductFor(fund));
  });
}
