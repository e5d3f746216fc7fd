// Prints a project proposal (แบบเสนอโครงการ) with the worker's opinion and the committee's decision.
import type { Deps } from "../../../platform/deps";
import { findProposal, findTarget } from "../kkj.repository";
import { PROPOSAL } from "../kkj-errors";
import { UUID } from "../kkj-steps";
import { meetingNosOf, toProposal } from "../kkj-views";
import { loadDocumentFund, requireOwnRecord } from "./document-access";
import { type PdfDocument, pdfDocument } from "./document-kit";
import { fundPlace, householdAddress, seatHolderOn } from "./document-sources";
import { renderProposalPdf } from "./proposal-pdf";

export async function printProposal(
  deps: Deps,
  fundId: string,
  proposalId: string,
  options: { thaiDigits?: boolean | undefined } = {},
): Promise<PdfDocument> {
  const access = await loadDocumentFund(deps, fundId);
  const row = requireOwnRecord(
    access,
    UUID.test(proposalId) ? await findProposal(deps.db, proposalId) : undefined,
    PROPOSAL,
  );
  const p = toProposal(row, await meetingNosOf(deps.db, [row]));
  const place = await fundPlace(deps.db, access.fund);
  const target = await findTarget(deps.db, row.targetId);
  const d = p.decision;
  const bytes = await renderProposalPdf(
    {
      place,
      docNo: p.docNo,
      registerSeq: target?.registerSeq ?? null,
      borrowRound: p.borrowRound,
      submittedOn: p.submittedOn,
      applicantName: p.applicantName,
      applicantAge: p.applicantAge,
      occupation: p.occupation,
      address: await householdAddress(deps.db, p.householdId, place),
      projectName: p.projectName,
      items: p.items,
      totalSatang: p.totalSatang,
      workerOpinion: p.workerOpinion && {
        positive: p.workerOpinion.opinion === "feasible",
        reason: p.workerOpinion.reason,
        name: p.workerOpinion.name,
        on: p.workerOpinion.on,
      },
      decision: d && {
        approved: d.decision === "approve",
        amountSatang: d.amountSatang,
        reason: d.reason,
        meetingNo: d.meetingNo,
        decidedOn: d.decidedOn,
        chairName: d.decidedOn ? await seatHolderOn(deps.db, row.fundId, d.decidedOn, "chair") : null,
      },
    },
    { thaiDigits: options.thaiDigits, createdAt: row.createdAt },
  );
  return pdfDocument(bytes, `แบบเสนอโครงการ-${p.docNo}`, `kkj-proposal-${p.docNo}`);
}
