// The secretary records a target household's project proposal (แบบเสนอโครงการ): a new borrowing round.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { fiscalYearOf } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { assertFundOpen } from "../funds/index";
import type { Proposal, ProposalBody } from "./contracts";
import {
  findTarget,
  insertProposal,
  lockTarget,
  nextDocumentNo,
  type ProposalRow,
  selectProposalsOfHousehold,
  selectRoundsToClose,
  updateProposal,
} from "./kkj.repository";
import { loadKkjFund, requireKkjSeat } from "./kkj-access";
import { kkjErrors, TARGET } from "./kkj-errors";
import { budgetLines, checkStepDate, documentNo, isOpenRound } from "./kkj-rules";
import { isUniqueViolation, requireOfFund, throwIf, UUID } from "./kkj-steps";
import { toProposal } from "./kkj-views";

/**
 * One open round per household (domain §4.4): a round whose loan has closed or been written off is closed
 * first, which is how a household borrows again. The check gives a friendly 409; the partial unique index
 * kkj_proposal_open_round_uq settles a race between two secretaries the same way.
 */
export async function submitProposal(deps: Deps, fundId: string, body: ProposalBody): Promise<Proposal> {
  try {
    return await inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const fund = await loadKkjFund(t, fundId);
      assertFundOpen(fund);
      await requireKkjSeat(t, fund, ["secretary"]);
      const target = requireOfFund(
        UUID.test(body.targetId) ? await findTarget(tx, body.targetId) : undefined,
        fund,
        TARGET,
      );
      if (target.status !== "active") throw kkjErrors.targetRemoved();
      const submittedOn = body.submittedOn ?? deps.clock.today();
      throwIf(checkStepDate("submittedOn", submittedOn, deps.clock.today()));
      await lockTarget(tx, target.id);
      const now = deps.clock.now();
      for (const ended of await selectRoundsToClose(tx, fund.id, target.householdId)) {
        await updateProposal(tx, ended.proposalId, { status: "closed", updatedAt: now });
        await recordAudit(t, {
          action: "kkj.round_closed",
          entityType: "kkj_proposal",
          entityId: ended.proposalId,
          areaCode: fund.areaCode,
          before: { status: "disbursed" },
          after: { status: "closed", loanStatus: ended.loanStatus },
        });
      }
      const rounds = await selectProposalsOfHousehold(tx, fund.id, target.householdId);
      const open = rounds.find((p) => isOpenRound(p.status));
      if (open) throw kkjErrors.openRound(open.status);
      const { lines, totalSatang } = budgetLines(body.items);
      const fiscalYear = fiscalYearOf(submittedOn);
      const row: ProposalRow = {
        id: deps.ids.uuid(),
        fundId: fund.id,
        targetId: target.id,
        householdId: target.householdId,
        // Rounds are numbered per household; a rejected or withdrawn proposal keeps its number.
        borrowRound: Math.max(0, ...rounds.map((p) => p.borrowRound)) + 1,
        docNo: documentNo(await nextDocumentNo(tx, fund.id, "proposal", fiscalYear), fiscalYear),
        applicantName: body.applicantName,
        applicantAge: body.applicantAge ?? null,
        occupation: body.occupation,
        projectName: body.projectName,
        items: lines,
        totalSatang,
        submittedOn,
        status: "submitted",
        workerOpinion: null,
        workerReason: null,
        workerName: null,
        workerUserId: null,
        workerOpinionOn: null,
        decision: null,
        decisionAmountSatang: null,
        decisionReason: null,
        decisionMeetingId: null,
        decidedBy: null,
        decidedOn: null,
        recordedBy: deps.actor.userId,
        createdAt: now,
        updatedAt: now,
      };
      await insertProposal(tx, row);
      const view = toProposal(row, new Map());
      await recordAudit(t, {
        action: "kkj.proposal_submitted",
        entityType: "kkj_proposal",
        entityId: row.id,
        areaCode: fund.areaCode,
        after: view,
      });
      return view;
    });
  } catch (error) {
    if (isUniqueViolation(error, "kkj_proposal_open_round_uq")) throw kkjErrors.roundRace();
    throw error;
  }
}
