// Records a repayment: allocates it over the schedule, numbers the receipt, posts it to the journal and updates the loan, in one transaction.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { fiscalYearOf } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { assertFundOpen, requireFundPermission, requireSeat } from "../funds/index";
import { auditRefusals, type LineInput, postEntry, type RefusalContext } from "../ledger/index";
import { allocateRepayment, type RepaymentAllocation } from "./allocation";
import { classifyLoan } from "./delinquency";
import type { AllocationRecord, RepaymentBody, RepaymentResult } from "./loan-contracts";
import { daysBetween, requireIsoDate } from "./loan-dates";
import { loanErrors, requireSatang } from "./loan-errors";
import { loanStateOf, moneyAccountId, nextDueOf, productOf } from "./loan-records";
import { loanRefusals } from "./loan-refusals";
import type { LoanState } from "./loan-state";
import { toLoanView, toRepaymentView } from "./loan-views";
import {
  findRepayment,
  type LoanRow,
  lockLoanForRepayment,
  nextDocumentNo,
  type RepaymentContext,
  type RepaymentLoanPatch,
  type RepaymentRow,
  storeRepayment,
} from "./loans.repository";
import { canReadLoan, outOfScopeLoan } from "./read-access";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RecordRepaymentResult extends RepaymentResult {
  /** True when an earlier request with the same Idempotency-Key had already recorded it. */
  replayed: boolean;
}

/**
 * The finance member or the secretary records money received from a borrower; money paid straight into a
 * bank account only the finance member (separation of duties, as for bank deposits). The loan row is
 * locked first, so concurrent payments of one loan are applied one after the other against fresh state
 * and can never together pay more than is outstanding. A retry with the same Idempotency-Key returns the
 * first repayment; the same key with a different body is a conflict.
 */
export async function recordRepayment(
  deps: Deps,
  loanId: string,
  body: RepaymentBody,
  idempotencyKey?: string | null,
): Promise<RecordRepaymentResult> {
  const context: RefusalContext = {
    operation: "loan.repayment",
    fundId: null,
    input: { loanId, ...body, idempotencyKey: idempotencyKey ?? null },
  };
  return auditRefusals(deps, context, () =>
    inTransaction(deps.db, async (tx) => {
      const t = { ...deps, db: tx };
      const key = checkKey(idempotencyKey);
      // One statement locks the loan and reads everything the repayment needs (see lockLoanForRepayment).
      const found = UUID.test(loanId) ? await lockLoanForRepayment(tx, loanId, key) : undefined;
      if (!found || !canReadLoan(deps.actor, found.loan)) throw outOfScopeLoan();
      context.fundId = found.loan.fundId;
      requireFundPermission(deps.actor, "funds.read");
      await requireSeat(t, found.fund, body.method === "bank" ? ["finance"] : ["finance", "secretary"]);
      if (found.earlierRepaymentId) {
        return replay((await findRepayment(tx, found.earlierRepaymentId))!, found.loan, body);
      }
      return applyRepayment(t, found, body, key);
    }),
  );
}

function checkKey(key: string | null | undefined): string | null {
  if (key === undefined || key === null) return null;
  const trimmed = key.trim();
  if (trimmed === "" || trimmed.length > 100) throw loanRefusals.idempotencyKeyInvalid();
  return trimmed;
}

function replay(earlier: RepaymentRow, loan: LoanRow, body: RepaymentBody): RecordRepaymentResult {
  const same =
    earlier.loanId === loan.id &&
    earlier.amountSatang === body.amountSatang &&
    earlier.paidOn === body.paidOn &&
    earlier.method === body.method &&
    earlier.bankAccountId === (body.bankAccountId ?? null) &&
    earlier.payerName === (body.payerName?.trim() || null) &&
    earlier.note === (body.note?.trim() || null);
  if (!same) throw loanRefusals.idempotencyMismatch();
  return { repayment: toRepaymentView(earlier), loan: toLoanView(loan), replayed: true };
}

async function applyRepayment(
  t: Deps,
  found: RepaymentContext,
  body: RepaymentBody,
  key: string | null,
): Promise<RecordRepaymentResult> {
  const { loan, fund, accounts } = found;
  assertFundOpen(fund);
  const amount = requireSatang("amountSatang", body.amountSatang, 1);
  const paidOn = requireIsoDate("paidOn", body.paidOn);
  if (body.method === "bank" && !body.bankAccountId) throw loanRefusals.bankNeedsAccount();
  if (body.method === "cash" && body.bankAccountId) throw loanRefusals.cashWithAccount();
  if (loan.status !== "active") throw loanRefusals.notActive(loan.status);
  if (loan.disbursedOn && daysBetween(loan.disbursedOn, paidOn) < 0) {
    throw loanErrors.dateBeforeStart("paidOn", paidOn, loan.disbursedOn);
  }
  if (!found.version || found.instalments.length === 0) throw loanErrors.stateInconsistent("no schedule");
  const state = loanStateOf(loan, found.version, found.instalments);
  const allocation = allocateRepayment({
    state,
    amountSatang: amount,
    paidOn,
    product: productOf(loan),
    closeLoan: body.closeLoan,
  });
  const moneyAccount =
    body.method === "cash"
      ? accounts.cash
      : await moneyAccountId(t, fund.id, { bankAccountId: body.bankAccountId! });
  const fiscalYear = fiscalYearOf(paidOn);
  const receiptNo = `${await nextDocumentNo(t.db, fund.id, "receipt", fiscalYear)}/${fiscalYear}`;
  const repaymentId = t.ids.uuid();
  const lines: LineInput[] = [{ accountId: moneyAccount, debitSatang: amount }];
  if (allocation.principalSatang > 0) {
    lines.push({ accountId: accounts.loansReceivable, creditSatang: allocation.principalSatang });
  }
  if (allocation.interestSatang > 0) {
    lines.push({ accountId: accounts.interestIncome, creditSatang: allocation.interestSatang });
  }
  const entry = await postEntry(t, {
    fundId: fund.id,
    entryDate: paidOn,
    kind: "loan_repayment",
    description: `รับชำระคืนเงินกู้ สัญญา ${loan.loanNo} ${loan.borrowerName} ใบรับเงิน ${receiptNo}`.slice(0, 500),
    sourceType: "loan_repayment",
    sourceId: repaymentId,
    lines,
  });
  const changes = instalmentChanges(state, allocation);
  const row: RepaymentRow = {
    id: repaymentId,
    loanId: loan.id,
    fundId: fund.id,
    receiptNo,
    fiscalYear,
    paidOn,
    amountSatang: amount,
    principalSatang: allocation.principalSatang,
    interestSatang: allocation.interestSatang,
    method: body.method,
    bankAccountId: body.bankAccountId ?? null,
    allocation: changes.records,
    payerName: body.payerName?.trim() || null,
    note: body.note?.trim() || null,
    journalEntryId: entry.id,
    reversalEntryId: null,
    idempotencyKey: key,
    recordedBy: t.actor.userId,
    createdAt: t.clock.now(),
  };
  // The loan's class as of today follows the payment at once; the daily job would reach the same class.
  const today = t.clock.today();
  const classified = classifyLoan(allocation.state, today, { graceDays: productOf(loan).graceDays });
  const patch: RepaymentLoanPatch = {
    outstandingPrincipalSatang: allocation.outstandingPrincipalSatang,
    outstandingInterestSatang: allocation.outstandingInterestSatang,
    nextDueOn: nextDueOf(allocation.state),
    status: allocation.isClosed ? "closed" : loan.status,
    closedOn: allocation.isClosed ? paidOn : loan.closedOn,
    classification: classified.loanClass,
    daysPastDue: classified.daysOverdue,
    classifiedOn: today,
    updatedAt: t.clock.now(),
  };
  await storeRepayment(t.db, row, state.versionNo, changes.rows, patch);
  await recordAudit(t, {
    action: "loan.repayment_recorded",
    entityType: "loan_repayment",
    entityId: row.id,
    areaCode: loan.areaCode,
    after: {
      loanId: loan.id,
      loanNo: loan.loanNo,
      receiptNo,
      paidOn,
      amountSatang: amount,
      principalSatang: row.principalSatang,
      interestSatang: row.interestSatang,
      waivedInterestSatang: allocation.waivedInterestSatang,
      method: row.method,
      journalEntryId: entry.id,
      closed: allocation.isClosed,
      idempotencyKey: key,
    },
  });
  return { repayment: toRepaymentView(row), loan: toLoanView({ ...loan, ...patch }), replayed: false };
}
/** The instalments the payment touched (paid or, on an early close, waived): new totals and the receipt's record. */
function instalmentChanges(before: LoanState, allocation: RepaymentAllocation) {
  const rows: Array<{
    seq: number;
    paidPrincipalSatang: number;
    paidInterestSatang: number;
    waivedInterestSatang: number;
  }> = [];
  const records: AllocationRecord[] = [];
  allocation.state.instalments.forEach((after, k) => {
    const was = before.instalments[k]!;
    const p = after.paidPrincipalSatang - was.paidPrincipalSatang;
    const i = after.paidInterestSatang - was.paidInterestSatang;
    const w = after.waivedInterestSatang - was.waivedInterestSatang;
    if (p === 0 && i === 0 && w === 0) return;
    rows.push({
      seq: after.seq,
      paidPrincipalSatang: after.paidPrincipalSatang,
      paidInterestSatang: after.paidInterestSatang,
      waivedInterestSatang: after.waivedInterestSatang,
    });
    records.push({
      versionNo: before.versionNo,
      seq: after.seq,
      principalSatang: p,
      interestSatang: i,
      waivedInterestSatang: w,
    });
  });
  return { rows, records };
}
