// Ledger queries and calls: balances, journal entries, recording operations, reversals and withdrawals.
// The shapes mirror src/modules/ledger/contracts.ts until those move to src/shared/contracts.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import type { CommitteePosition } from "../../../../src/shared/roles";
import { api } from "../../lib/api";
import { ledgerKeys } from "../../lib/fund-queries";

export { fundPositionQuery, ledgerKeys } from "../../lib/fund-queries";

const PAGE_SIZE = 30;
const ledgerPath = (fundId: string) => `/api/funds/${encodeURIComponent(fundId)}/ledger`;

export interface JournalLine {
  lineNo: number;
  accountId: string;
  accountCode: string;
  accountNameTh: string;
  accountNameEn: string;
  debitSatang: number;
  creditSatang: number;
  memo: string | null;
}

export interface JournalEntry {
  id: string;
  fundId: string;
  entryDate: string;
  fiscalYear: number;
  kind: string;
  description: string;
  sourceType: string | null;
  sourceId: string | null;
  reversesEntryId: string | null;
  reversedByEntryId: string | null;
  createdBy: string | null;
  createdAt: string;
  idempotencyKey: string | null;
  lines: JournalLine[];
}

export interface AccountBalance {
  accountId: string;
  code: string;
  nameTh: string;
  nameEn: string;
  accountType: string;
  normalSide: "debit" | "credit";
  role: string;
  bankAccountId: string | null;
  debitSatang: number;
  creditSatang: number;
  balanceSatang: number;
}

export type WithdrawalStatus = "pending" | "posted" | "cancelled";

export interface Withdrawal {
  id: string;
  fundId: string;
  bankAccountId: string;
  to: { kind: "cash" | "bank"; bankAccountId: string | null };
  purpose: { type: string; id: string } | null;
  amountSatang: number;
  entryDate: string | null;
  description: string;
  status: WithdrawalStatus;
  requestedBy: string | null;
  createdAt: string;
  journalEntryId: string | null;
  approvals: { userId: string; position: CommitteePosition; approvedAt: string }[];
  rule: { required: number; mustInclude: string[] };
  missing: { count: number; positions: string[] };
}

const keys = {
  balances: (fundId: string, asOf: string) => [...ledgerKeys.all(fundId), "balances", asOf] as const,
  entries: (fundId: string, from: string, to: string) =>
    [...ledgerKeys.all(fundId), "entries", from, to] as const,
  withdrawals: (fundId: string, status: string) =>
    [...ledgerKeys.all(fundId), "withdrawals", status] as const,
};

export const balancesQuery = (fundId: string, asOf: string) =>
  queryOptions({
    queryKey: keys.balances(fundId, asOf),
    queryFn: ({ signal }) =>
      api.get<{ items: AccountBalance[] }>(
        `${ledgerPath(fundId)}/accounts`,
        { asOf: asOf || undefined },
        signal,
      ),
  });

export const entriesQuery = (fundId: string, from: string, to: string) =>
  infiniteQueryOptions({
    queryKey: keys.entries(fundId, from, to),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<JournalEntry>>(
        `${ledgerPath(fundId)}/entries`,
        { from: from || undefined, to: to || undefined, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const withdrawalsQuery = (fundId: string, status: WithdrawalStatus | "") =>
  queryOptions({
    queryKey: keys.withdrawals(fundId, status),
    queryFn: ({ signal }) =>
      api.get<{ items: Withdrawal[] }>(
        `${ledgerPath(fundId)}/withdrawals`,
        { status: status || undefined },
        signal,
      ),
  });

type Destination = { kind: "cash" } | { kind: "bank"; bankAccountId: string };

export interface OperationCommon {
  amountSatang: number;
  entryDate?: string;
  description?: string;
  idempotencyKey?: string;
}

export const recordOperation = {
  deposit: (fundId: string, body: OperationCommon & { bankAccountId: string }) =>
    api.post<JournalEntry>(`${ledgerPath(fundId)}/deposits`, body),
  grant: (fundId: string, body: OperationCommon & { bankAccountId: string }) =>
    api.post<JournalEntry>(`${ledgerPath(fundId)}/capital-grants`, body),
  donation: (fundId: string, body: OperationCommon & { into: Destination; donor?: string }) =>
    api.post<JournalEntry>(`${ledgerPath(fundId)}/donations`, body),
  expense: (
    fundId: string,
    body: OperationCommon & { category: "operating" | "welfare"; description: string },
  ) => api.post<JournalEntry>(`${ledgerPath(fundId)}/expenses`, body),
};

export function reverseEntry(fundId: string, entryId: string, reason: string): Promise<JournalEntry> {
  return api.post<JournalEntry>(`${ledgerPath(fundId)}/entries/${encodeURIComponent(entryId)}/reversal`, {
    reason,
  });
}

export function requestWithdrawal(
  fundId: string,
  body: {
    bankAccountId: string;
    to: Destination;
    amountSatang: number;
    entryDate?: string;
    description: string;
  },
): Promise<Withdrawal> {
  return api.post<Withdrawal>(`${ledgerPath(fundId)}/withdrawals`, body);
}

export function approveWithdrawal(fundId: string, withdrawalId: string): Promise<Withdrawal> {
  return api.post<Withdrawal>(
    `${ledgerPath(fundId)}/withdrawals/${encodeURIComponent(withdrawalId)}/approvals`,
  );
}

export function cancelWithdrawal(fundId: string, withdrawalId: string): Promise<Withdrawal> {
  return api.post<Withdrawal>(
    `${ledgerPath(fundId)}/withdrawals/${encodeURIComponent(withdrawalId)}/cancellation`,
  );
}
