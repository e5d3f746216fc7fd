// Loan, repayment and instalment rows as the API shows them.
import type { AllocationRecord, LoanView, RepaymentView } from "./loan-contracts";
import type { InstalmentRow, LoanRow, RepaymentRow } from "./loans.repository";

export function toLoanView(row: LoanRow): LoanView {
  return {
    id: row.id,
    fundId: row.fundId,
    areaCode: row.areaCode,
    householdId: row.householdId,
    borrowerName: row.borrowerName,
    loanNo: row.loanNo,
    sourceType: row.sourceType,
    sourceId: row.sourceId,
    productCode: String(row.product.code ?? ""),
    principalSatang: row.principalSatang,
    status: row.status,
    contractedOn: row.contractedOn,
    disbursedOn: row.disbursedOn,
    currentVersionNo: row.currentVersionNo,
    outstandingPrincipalSatang: row.outstandingPrincipalSatang,
    outstandingInterestSatang: row.outstandingInterestSatang,
    nextDueOn: row.nextDueOn,
    classification: row.classification,
    daysPastDue: row.daysPastDue,
    classifiedOn: row.classifiedOn,
    disbursementEntryId: row.disbursementEntryId,
    closedOn: row.closedOn,
    writtenOffOn: row.writtenOffOn,
    writeOffSatang: row.writeOffSatang,
    writeOffReason: row.writeOffReason,
    writeOffResolutionRef: row.writeOffResolutionRef,
    writeOffEntryId: row.writeOffEntryId,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toRepaymentView(row: RepaymentRow): RepaymentView {
  return {
    id: row.id,
    loanId: row.loanId,
    fundId: row.fundId,
    receiptNo: row.receiptNo,
    fiscalYear: row.fiscalYear,
    paidOn: row.paidOn,
    amountSatang: row.amountSatang,
    principalSatang: row.principalSatang,
    interestSatang: row.interestSatang,
    method: row.method,
    bankAccountId: row.bankAccountId,
    allocation: row.allocation as AllocationRecord[],
    payerName: row.payerName,
    note: row.note,
    journalEntryId: row.journalEntryId,
    reversalEntryId: row.reversalEntryId,
    isCancelled: row.reversalEntryId !== null,
    recordedBy: row.recordedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toInstalmentView(row: InstalmentRow) {
  const total = row.principalSatang + row.interestSatang;
  return {
    seq: row.seq,
    dueOn: row.dueOn,
    principalSatang: row.principalSatang,
    interestSatang: row.interestSatang,
    totalSatang: total,
    paidPrincipalSatang: row.paidPrincipalSatang,
    paidInterestSatang: row.paidInterestSatang,
    waivedInterestSatang: row.waivedInterestSatang,
    unpaidSatang: total - row.paidPrincipalSatang - row.paidInterestSatang - row.waivedInterestSatang,
  };
}
