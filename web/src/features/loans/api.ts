// Loan queries and calls: a fund's loans, one loan, a household's loans, repayments and committee decisions.
// The shapes mirror src/modules/loans/loan-contracts.ts until those move to src/shared/contracts.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import { api } from "../../lib/api";

const PAGE_SIZE = 50;

export const LOAN_CLASSES = [
  "current",
  "due_soon",
  "overdue_1_30",
  "overdue_31_90",
  "overdue_91_365",
  "overdue_over_365",
  "postponed",
  "closed",
  "written_off",
] as const;
export type LoanClass = (typeof LOAN_CLASSES)[number];

export const LOAN_STATUSES = [
  "pending_disbursement",
  "active",
  "closed",
  "written_off",
  "cancelled",
] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

export const SCHEDULE_TYPES = ["equal_instalments", "equal_principal", "lump_sum", "custom"] as const;
export type ScheduleType = (typeof SCHEDULE_TYPES)[number];

export interface Loan {
  id: string;
  fundId: string;
  areaCode: string;
  householdId: string | null;
  borrowerName: string;
  loanNo: string;
  sourceType: string;
  sourceId: string | null;
  productCode: string;
  principalSatang: number;
  status: string;
  contractedOn: string;
  disbursedOn: string | null;
  currentVersionNo: number;
  outstandingPrincipalSatang: number;
  outstandingInterestSatang: number;
  nextDueOn: string | null;
  classification: string | null;
  daysPastDue: number;
  classifiedOn: string | null;
  disbursementEntryId: string | null;
  closedOn: string | null;
  writtenOffOn: string | null;
  writeOffSatang: number | null;
  writeOffReason: string | null;
  writeOffResolutionRef: string | null;
  writeOffEntryId: string | null;
  createdAt: string;
}

export interface AllocationLine {
  versionNo: number;
  seq: number;
  principalSatang: number;
  interestSatang: number;
  waivedInterestSatang: number;
}

export interface Repayment {
  id: string;
  loanId: string;
  fundId: string;
  receiptNo: string;
  fiscalYear: number;
  paidOn: string;
  amountSatang: number;
  principalSatang: number;
  interestSatang: number;
  method: string;
  bankAccountId: string | null;
  allocation: AllocationLine[];
  payerName: string | null;
  note: string | null;
  journalEntryId: string;
  reversalEntryId: string | null;
  isCancelled: boolean;
  recordedBy: string | null;
  createdAt: string;
}

export interface Instalment {
  seq: number;
  dueOn: string;
  principalSatang: number;
  interestSatang: number;
  totalSatang: number;
  paidPrincipalSatang: number;
  paidInterestSatang: number;
  waivedInterestSatang: number;
  unpaidSatang: number;
}

export interface LoanVersion {
  versionNo: number;
  startsOn: string;
  plan: Record<string, unknown>;
  principalSatang: number;
  interestSatang: number;
  reason: string | null;
  resolutionRef: string | null;
  meetingId: string | null;
  createdAt: string;
  instalments: Instalment[];
}

export interface Amounts {
  principalSatang: number;
  interestSatang: number;
  totalSatang: number;
}

export interface LoanDetail {
  loan: Loan;
  product: {
    code: string;
    name: { th: string; en: string };
    interestMethod: string;
    rateBp: number;
    maxTermMonths: number;
    maxInstalments: number;
    graceDays: number;
  };
  schedule: Instalment[];
  versions: LoanVersion[];
  outstanding: Amounts;
  /** Fallen due by today and unpaid (arrears plus today's instalment). */
  dueToday: Amounts;
  payoff: {
    payoffSatang: number;
    principalSatang: number;
    interestSatang: number;
    waivedInterestSatang: number;
  } | null;
  repayments: Repayment[];
  asOf: string;
}

export interface RepaymentResult {
  repayment: Repayment;
  loan: Loan;
}

export interface RepaymentBody {
  amountSatang: number;
  paidOn: string;
  method: "cash" | "bank";
  bankAccountId?: string;
  payerName?: string;
  note?: string;
  closeLoan?: boolean;
}

export interface SchedulePlan {
  scheduleType: ScheduleType;
  instalmentCount?: number;
  frequencyMonths?: number;
  firstDueOn?: string;
  lumpSumDueOn?: string;
}

export const loanKeys = {
  all: ["loans"] as const,
  fundList: (fundId: string, q: string, status: string) =>
    [...loanKeys.all, "fund", fundId, q, status] as const,
  household: (householdId: string) => [...loanKeys.all, "household", householdId] as const,
  detail: (loanId: string) => [...loanKeys.all, "detail", loanId] as const,
  repayments: (loanId: string) => [...loanKeys.all, "repayments", loanId] as const,
};

/** A loan's receipts, newest first. */
export const loanRepaymentsQuery = (loanId: string) =>
  infiniteQueryOptions({
    queryKey: loanKeys.repayments(loanId),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Repayment>>(
        `/api/loans/${encodeURIComponent(loanId)}/repayments`,
        { limit: 20, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const fundLoansQuery = (fundId: string, q: string, status: string) =>
  infiniteQueryOptions({
    queryKey: loanKeys.fundList(fundId, q, status),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Loan>>(
        `/api/funds/${encodeURIComponent(fundId)}/loans`,
        { q: q || undefined, status: status || undefined, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const householdLoansQuery = (householdId: string) =>
  infiniteQueryOptions({
    queryKey: loanKeys.household(householdId),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Loan>>(
        `/api/households/${encodeURIComponent(householdId)}/loans`,
        { limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const loanDetailQuery = (loanId: string) =>
  queryOptions({
    queryKey: loanKeys.detail(loanId),
    queryFn: ({ signal }) =>
      api.get<LoanDetail>(`/api/loans/${encodeURIComponent(loanId)}`, undefined, signal),
  });

const loanPath = (loanId: string) => `/api/loans/${encodeURIComponent(loanId)}`;

export function recordRepayment(
  loanId: string,
  body: RepaymentBody,
  idempotencyKey: string,
): Promise<RepaymentResult> {
  return api.post<RepaymentResult>(`${loanPath(loanId)}/repayments`, body, {
    headers: { "Idempotency-Key": idempotencyKey },
  });
}

export function reverseRepayment(
  loanId: string,
  repaymentId: string,
  reason: string,
): Promise<RepaymentResult> {
  return api.post<RepaymentResult>(
    `${loanPath(loanId)}/repayments/${encodeURIComponent(repaymentId)}/reversal`,
    { reason },
  );
}

export interface DecisionBody {
  reason: string;
  resolutionRef: string;
}

export function rescheduleLoan(
  loanId: string,
  body: DecisionBody & { rescheduledOn?: string; plan: SchedulePlan },
): Promise<{ loan: Loan; journalEntryId: string | null }> {
  return api.post(`${loanPath(loanId)}/reschedule`, body);
}

export function writeOffLoan(
  loanId: string,
  body: DecisionBody & { writtenOffOn?: string },
): Promise<{ loan: Loan; journalEntryId: string | null }> {
  return api.post(`${loanPath(loanId)}/write-off`, body);
}
