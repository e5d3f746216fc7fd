// Prints a handover record with the village status frozen in it (brown book parts 2 and 3).
import type { Deps } from "../../../platform/deps";
import { outOfScope } from "../../../shared/authorization";
import { UUID } from "../kkj-steps";
import { toHandover } from "../kkj-views";
import { loadDocumentFund } from "./document-access";
import { type PdfDocument, pdfDocument } from "./document-kit";
import { fundPlace } from "./document-sources";
import { findHandoverRow } from "./documents.repository";
import { renderHandoverPdf } from "./handover-pdf";

export const HANDOVER = { th: "บันทึกการส่งมอบ-รับมอบ", en: "Handover record" };

/** Readers of the brown book (`ledger.read`) may print it; it concerns the village, not one household. */
export async function printHandover(
  deps: Deps,
  fundId: string,
  handoverId: string,
  options: { thaiDigits?: boolean | undefined } = {},
): Promise<PdfDocument> {
  const { fund } = await loadDocumentFund(deps, fundId, {
    permission: "ledger.read",
    householdMayRead: false,
  });
  const row = UUID.test(handoverId) ? await findHandoverRow(deps.db, handoverId) : undefined;
  if (!row || row.fundId !== fund.id) throw outOfScope(HANDOVER);
  const h = toHandover(row);
  const s = h.snapshot;
  const bytes = await renderHandoverPdf(
    {
      place: await fundPlace(deps.db, fund),
      handedOn: h.handedOn,
      fromName: h.fromName,
      fromPosition: h.fromPosition,
      toName: h.toName,
      toPosition: h.toPosition,
      notes: h.notes,
      status: {
        asOf: s.asOf,
        originalCapitalSatang: s.originalCapitalSatang,
        targetHouseholds: s.targetHouseholds,
        borrowerHouseholds: s.borrowerHouseholds,
        repayingHouseholds: s.repayingHouseholds,
        withHouseholdsSatang: s.withHouseholdsSatang,
        bankSatang: s.bankSatang,
        bankAccounts: s.bankAccounts.map((a) => ({ nameTh: a.nameTh, balanceSatang: a.balanceSatang })),
        cashSatang: s.cashSatang,
        otherAssetsSatang: s.otherAssetsSatang,
        elsewhereSatang: s.elsewhereSatang,
        totalFundSatang: s.totalFundSatang,
        defaultingHouseholds: s.defaultingHouseholds,
        defaultedSatang: s.defaultedSatang,
        missingSatang: s.missingSatang,
        books: s.books,
      },
    },
    { thaiDigits: options.thaiDigits, createdAt: row.createdAt },
  );
  return pdfDocument(bytes, `บันทึกส่งมอบ-รับมอบ-${h.handedOn}`, `kkj-handover-${h.handedOn}`);
}
