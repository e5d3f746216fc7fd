// Prints a debt confirmation letter (หนังสือยืนยันยอดหนี้), Thai digits unless asked otherwise.
import type { Deps } from "../../../platform/deps";
import { findContractOfLoan, findLoanRow } from "../kkj.repository";
import { UUID } from "../kkj-steps";
import { renderDebtConfirmationPdf } from "./debt-confirmation-pdf";
import { loadDocumentFund, requireOwnRecord } from "./document-access";
import { type PdfDocument, pdfDocument } from "./document-kit";
import { fundPlace, householdAddress, seatHolderOn } from "./document-sources";
import { findConfirmationRow } from "./documents.repository";

export const DEBT_CONFIRMATION = { th: "หนังสือยืนยันยอดหนี้", en: "Debt confirmation" };

export async function printDebtConfirmation(
  deps: Deps,
  fundId: string,
  confirmationId: string,
  options: { thaiDigits?: boolean | undefined } = {},
): Promise<PdfDocument> {
  const access = await loadDocumentFund(deps, fundId);
  const row = requireOwnRecord(
    access,
    UUID.test(confirmationId) ? await findConfirmationRow(deps.db, confirmationId) : undefined,
    DEBT_CONFIRMATION,
  );
  const loan = (await findLoanRow(deps.db, row.loanId))!;
  const contract = await findContractOfLoan(deps.db, row.loanId);
  const place = await fundPlace(deps.db, access.fund);
  const bytes = await renderDebtConfirmationPdf(
    {
      place,
      fiscalYear: row.fiscalYear,
      asOf: row.asOf,
      confirmedOn: row.confirmedOn,
      borrowerName: loan.borrowerName,
      address: await householdAddress(deps.db, row.householdId, place),
      contractNo: loan.loanNo,
      contractSignedOn: contract?.signedOn ?? loan.contractedOn,
      principalSatang: loan.principalSatang,
      outstandingSatang: row.outstandingSatang,
      agrees: row.agrees,
      claimedSatang: row.claimedSatang,
      note: row.note,
      chairName: await seatHolderOn(deps.db, row.fundId, row.confirmedOn, "chair"),
    },
    { thaiDigits: options.thaiDigits, createdAt: row.createdAt },
  );
  return pdfDocument(
    bytes,
    `หนังสือยืนยันยอดหนี้-${loan.loanNo}-${row.fiscalYear}`,
    `kkj-debt-confirmation-${loan.loanNo}-${row.fiscalYear}`,
  );
}
