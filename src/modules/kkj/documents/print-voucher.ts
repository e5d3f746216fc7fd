// Prints a payment voucher (ใบสำคัญจ่ายเงินยืม) with its bank withdrawal and the committee's signatories.
import type { Deps } from "../../../platform/deps";
import { bangkokDate } from "../../../shared/thai-date";
import { findContract, findVoucher } from "../kkj.repository";
import { VOUCHER } from "../kkj-errors";
import { UUID } from "../kkj-steps";
import { loadDocumentFund, requireOwnRecord } from "./document-access";
import { type PdfDocument, pdfDocument } from "./document-kit";
import type { VoucherModel } from "./document-models";
import { fundPlace, householdAddress, seatHolderOn } from "./document-sources";
import { findWithdrawal } from "./documents.repository";
import { renderVoucherPdf } from "./voucher-pdf";

export async function printVoucher(
  deps: Deps,
  fundId: string,
  voucherId: string,
  options: { thaiDigits?: boolean | undefined } = {},
): Promise<PdfDocument> {
  const access = await loadDocumentFund(deps, fundId);
  const found = UUID.test(voucherId) ? await findVoucher(deps.db, voucherId) : undefined;
  const contract = found ? await findContract(deps.db, found.contractId) : undefined;
  requireOwnRecord(
    access,
    found && contract ? { fundId: found.fundId, householdId: contract.householdId } : undefined,
    VOUCHER,
  );
  const row = found!;
  const c = contract!;
  const place = await fundPlace(deps.db, access.fund);
  const issuedOn = bangkokDate(row.createdAt);
  const on = row.paidOn ?? issuedOn;
  const w = row.bankWithdrawalId ? await findWithdrawal(deps.db, row.bankWithdrawalId) : undefined;
  const bytes = await renderVoucherPdf(
    {
      place,
      voucherNo: row.voucherNo,
      status: row.status as VoucherModel["status"],
      paidOn: row.paidOn,
      issuedOn,
      payeeName: c.borrowerName,
      address: await householdAddress(deps.db, c.householdId, place),
      contractNo: c.contractNo,
      contractSignedOn: c.signedOn,
      projectName: c.projectName,
      amountSatang: row.amountSatang,
      source: row.source === "bank" ? "bank" : "cash",
      withdrawal: w
        ? {
            reference: w.id,
            bankName: w.bankName,
            branch: w.branch,
            accountNo: w.accountNo,
            entryDate: w.entryDate,
            status: w.status,
          }
        : null,
      payerName: await seatHolderOn(deps.db, row.fundId, on, "finance"),
      approverName: await seatHolderOn(deps.db, row.fundId, on, "chair"),
    },
    { thaiDigits: options.thaiDigits, createdAt: row.createdAt },
  );
  return pdfDocument(bytes, `ใบสำคัญจ่ายเงินยืม-${row.voucherNo}`, `kkj-voucher-${row.voucherNo}`);
}
