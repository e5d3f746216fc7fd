// Prints a repayment receipt (แบบรับคืนเงินยืมจากครัวเรือนเป้าหมาย) as numbered by the loans module.
import type { Deps } from "../../../platform/deps";
import { outOfScope } from "../../../shared/authorization";
import { getLoan } from "../../loans/index";
import { findFundRow, findUserName } from "../kkj.repository";
import { LOAN } from "../kkj-errors";
import { UUID } from "../kkj-steps";
import { type PdfDocument, pdfDocument } from "./document-kit";
import { fundPlace, householdAddress } from "./document-sources";
import { findBankAccountLabel, findRepaymentOfLoan, principalRepaidThrough } from "./documents.repository";
import { renderReceiptPdf } from "./receipt-pdf";

export const RECEIPT = { th: "ใบรับเงิน", en: "Receipt" };

interface AllocationLine {
  versionNo: number;
  seq: number;
  principalSatang: number;
  interestSatang: number;
}

/** Whoever may read the loan (getLoan's check: area scope, or a household member's own loan) may print it. */
export async function printRepaymentReceipt(
  deps: Deps,
  loanId: string,
  repaymentId: string,
  options: { thaiDigits?: boolean | undefined } = {},
): Promise<PdfDocument> {
  const detail = await getLoan(deps, loanId);
  const loan = detail.loan;
  const row = UUID.test(repaymentId) ? await findRepaymentOfLoan(deps.db, loan.id, repaymentId) : undefined;
  if (!row) throw outOfScope(RECEIPT);
  const fund = await findFundRow(deps.db, loan.fundId);
  if (!fund) throw outOfScope(LOAN);
  const place = await fundPlace(deps.db, fund);
  const dueOn = new Map(
    detail.versions.flatMap((v) => v.instalments.map((i) => [`${v.versionNo}:${i.seq}`, i.dueOn] as const)),
  );
  const lines = (row.allocation as AllocationLine[]).map((l) => ({
    seq: l.seq,
    dueOn: dueOn.get(`${l.versionNo}:${l.seq}`) ?? null,
    principalSatang: l.principalSatang,
    interestSatang: l.interestSatang,
  }));
  const bank = row.bankAccountId ? await findBankAccountLabel(deps.db, row.bankAccountId) : undefined;
  const bytes = await renderReceiptPdf(
    {
      place,
      kkj: loan.sourceType === "kkj_contract",
      receiptNo: row.receiptNo,
      paidOn: row.paidOn,
      payerName: row.payerName ?? loan.borrowerName,
      address: await householdAddress(deps.db, loan.householdId, place),
      loanNo: loan.loanNo,
      loanPrincipalSatang: loan.principalSatang,
      amountSatang: row.amountSatang,
      principalSatang: row.principalSatang,
      interestSatang: row.interestSatang,
      lines,
      outstandingAfterSatang: loan.principalSatang - (await principalRepaidThrough(deps.db, row)),
      method: row.method === "bank" ? "bank" : "cash",
      bankAccount: bank ? `${bank.bankName} ${bank.accountNo}` : null,
      cancelled: row.reversalEntryId !== null,
      receiverName: row.recordedBy ? ((await findUserName(deps.db, row.recordedBy)) ?? null) : null,
    },
    { thaiDigits: options.thaiDigits, createdAt: row.createdAt },
  );
  return pdfDocument(bytes, `ใบรับเงิน-${row.receiptNo}`, `receipt-${row.receiptNo}`);
}
