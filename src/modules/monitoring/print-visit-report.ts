// Prints a visit report PDF, with the same access checks as the visit page; JPEG and PNG photos are embedded.

import { readAttachment } from "../../platform/attachments/index";
import type { Deps } from "../../platform/deps";
import { renderVisitReportPdf, type VisitReportPhoto } from "./documents/visit-report-pdf";
import { findVisit } from "./monitoring.repository";
import { SUBJECT_TYPE_NAMES } from "./monitoring-rules";
import { getVisit } from "./read-visits";

export interface VisitReportDocument {
  bytes: Buffer;
  /** "รายงานลงพื้นที่-2024-06-10.pdf". */
  fileName: string;
}

const PRINTABLE: Record<string, VisitReportPhoto["kind"]> = { "image/jpeg": "jpeg", "image/png": "png" };

/** The place of the visit from its area path: หมู่ที่ … บ้าน… ตำบล… อำเภอ… จังหวัด… */
export function placeLine(path: { code: string; nameTh: string }[]): string {
  const parts: string[] = [];
  for (const a of [...path].sort((x, y) => y.code.length - x.code.length)) {
    if (a.code.length === 8) parts.push(`หมู่ที่ ${Number(a.code.slice(6))} ${a.nameTh}`);
    else if (a.code.length === 6) parts.push(`ตำบล${a.nameTh.replace(/^ตำบล/, "")}`);
    else if (a.code.length === 4) parts.push(`อำเภอ${a.nameTh.replace(/^อำเภอ/, "")}`);
    else parts.push(`จังหวัด${a.nameTh.replace(/^จังหวัด/, "")}`);
  }
  return parts.join(" ");
}

export async function printVisitReport(
  deps: Deps,
  visitId: string,
  options: { thaiDigits?: boolean | undefined } = {},
): Promise<VisitReportDocument> {
  const visit = await getVisit(deps, visitId);
  const row = (await findVisit(deps.db, visit.id))!;
  const photos: VisitReportPhoto[] = [];
  for (const p of visit.photos) {
    const kind = PRINTABLE[p.mediaType];
    if (!kind) continue;
    const file = await readAttachment(deps, p.id);
    photos.push({ caption: p.fileName, kind, bytes: file.content });
  }
  const bytes = await renderVisitReportPdf(
    {
      subjectTypeName: SUBJECT_TYPE_NAMES[visit.subjectType].th,
      subjectName: visit.subjectName,
      placeLine: placeLine(visit.areaPath),
      visitedOn: visit.visitedOn,
      purpose: visit.purpose,
      team: visit.team.map((t) => ({ name: t.name, position: t.position })),
      peopleMet: visit.peopleMet,
      findings: visit.findings,
      recommendations: visit.recommendations,
      followUps: visit.followUps,
      photos,
      photosNotPrinted: visit.photos.length - photos.length,
      printedOn: deps.clock.today(),
    },
    // The record's last change fixes the document's metadata: the same visit prints the same bytes on a given day.
    { thaiDigits: options.thaiDigits, createdAt: row.updatedAt },
  );
  return { bytes, fileName: `รายงานลงพื้นที่-${visit.visitedOn}.pdf` };
}
