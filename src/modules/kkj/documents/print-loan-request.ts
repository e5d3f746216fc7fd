// Prints a loan request (แบบขอยืมเงินทุน) with its repayment plan, consent, opinion and decision.
import type { Deps } from "../../../platform/deps";
import { findProposal, findRequest } from "../kkj.repository";
import { kkjProductFor } from "../kkj-access";
import { LOAN_REQUEST } from "../kkj-errors";
import { UUID } from "../kkj-steps";
import { meetingNosOf, toRequest } from "../kkj-views";
import { loadDocumentFund, requireOwnRecord } from "./document-access";
import { type PdfDocument, pdfDocument } from "./document-kit";
import { fundPlace, householdAddress, seatHolderOn } from "./document-sources";
import { renderLoanRequestPdf } from "./request-pdf";

export async function printLoanRequest(
  deps: Deps,
  fundId: string,
  requestId: string,
  options: { thaiDigits?: boolean | undefined } = {},
): Promise<PdfDocument> {
  const access = await loadDocumentFund(deps, fundId);
  const row = requireOwnRecord(
    access,
    UUID.test(requestId) ? await findRequest(deps.db, requestId) : undefined,
    LOAN_REQUEST,
  );
  const r = toRequest(row, await meetingNosOf(deps.db, [row]), kkjProductFor(access.fund));
  const proposal = (await findProposal(deps.db, row.proposalId))!;
  const place = await fundPlace(deps.db, access.fund);
  const d = r.decision;
  const bytes = await renderLoanRequestPdf(
    {
      place,
      docNo: r.docNo,
      registerSeq: r.registerSeq,
      requestedOn: r.requestedOn,
      applicantName: proposal.applicantName,
      applicantAge: proposal.applicantAge,
      occupation: proposal.occupation,
      address: await householdAddress(deps.db, r.householdId, place),
      projectName: proposal.projectName,
      proposalDocNo: proposal.docNo,
      amountSatang: r.amountSatang,
      instalments: r.schedulePreview.map((i) => ({
        seq: i.seq,
        dueOn: i.dueOn,
        amountSatang: i.totalSatang,
      })),
      consentName: r.consentName,
      consentRelation: relationOf(r.consentRelation),
      workerOpinion: r.workerOpinion && {
        positive: r.workerOpinion.opinion === "agree",
        reason: r.workerOpinion.reason,
        name: r.workerOpinion.name,
        on: r.workerOpinion.on,
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
  return pdfDocument(bytes, `แบบขอยืมเงินทุน-${r.docNo}`, `kkj-loan-request-${r.docNo}`);
}

export function relationOf(value: string | null): "spouse" | "heir" | null {
  return value === "spouse" || value === "heir" ? value : null;
}
