// Fund queries and calls: the list, create and update, committee sets and members, bank accounts, health.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import type { CommitteePosition } from "../../../../src/shared/roles";
import { api, request } from "../../lib/api";
import {
  type BankAccount,
  type CommitteeMember,
  type CommitteeSet,
  type Fund,
  type FundParameters,
  type FundStatus,
  type FundType,
  fundKeys,
  type WithdrawalRule,
} from "../../lib/fund-queries";

export { fundDetailQuery, fundKeys } from "../../lib/fund-queries";

const PAGE_SIZE = 50;
const fundPath = (fundId: string) => `/api/funds/${encodeURIComponent(fundId)}`;

export const fundListQuery = (area: string, fundType: string) =>
  infiniteQueryOptions({
    queryKey: fundKeys.list(area, fundType),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Fund>>(
        "/api/funds",
        { area: area || undefined, fundType: fundType || undefined, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const committeeSetsQuery = (fundId: string) =>
  queryOptions({
    queryKey: fundKeys.committeeSets(fundId),
    queryFn: ({ signal }) =>
      api.get<{ items: CommitteeSet[] }>(`${fundPath(fundId)}/committee-sets`, undefined, signal),
  });

export const bankAccountsQuery = (fundId: string) =>
  queryOptions({
    queryKey: fundKeys.bankAccounts(fundId),
    queryFn: ({ signal }) =>
      api.get<{ items: BankAccount[] }>(`${fundPath(fundId)}/bank-accounts`, undefined, signal),
  });

/** Fund health as computed by the daily job (mirrors src/modules/health/contracts.ts); absent until it ran. */
export interface FundHealth {
  fundId: string;
  asOf: string;
  loansActive: number;
  outstandingSatang: number;
  atRisk30Satang: number;
  par30Bp: number;
  repaymentRateBp: number | null;
  bankSatang: number;
  cashSatang: number;
  idleBp: number;
  defaultedSatang: number;
  missingSatang: number;
  classCounts: Record<string, number>;
  classes: { loanClass: string; count: number; nameTh: string; nameEn: string }[];
  atRisk: { reason: string; nameTh: string; nameEn: string }[];
  isAtRisk: boolean;
  computedAt: string;
}

export const fundHealthQuery = (fundId: string) =>
  queryOptions({
    queryKey: fundKeys.health(fundId),
    queryFn: ({ signal }) => api.get<FundHealth>(`${fundPath(fundId)}/health`, undefined, signal),
    retry: false,
  });

export interface CreateFundBody {
  areaCode: string;
  fundType: FundType;
  name: string;
  startedOn: string;
  originalCapitalSatang?: number;
  parameters?: FundParameters;
  isModel?: boolean;
  modelYear?: number | null;
  isLearningCentre?: boolean;
}

export function createFund(body: CreateFundBody): Promise<Fund> {
  return api.post<Fund>("/api/funds", body);
}

export interface UpdateFundBody {
  name?: string;
  status?: FundStatus;
  isModel?: boolean;
  modelYear?: number | null;
  isLearningCentre?: boolean;
}

export function updateFund(fundId: string, body: UpdateFundBody): Promise<Fund> {
  return api.patch<Fund>(fundPath(fundId), body);
}

export interface CommitteeMemberBody {
  name: string;
  position: CommitteePosition;
  userId?: string;
}

export function createCommitteeSet(
  fundId: string,
  body: { termStart: string; termEnd?: string; members: CommitteeMemberBody[] },
): Promise<CommitteeSet> {
  return api.post<CommitteeSet>(`${fundPath(fundId)}/committee-sets`, body);
}

export function addCommitteeMember(
  fundId: string,
  setId: string,
  body: CommitteeMemberBody,
): Promise<CommitteeMember> {
  return api.post<CommitteeMember>(
    `${fundPath(fundId)}/committee-sets/${encodeURIComponent(setId)}/members`,
    body,
  );
}

export interface OpenBankAccountBody {
  bankName: string;
  branch: string;
  accountNo: string;
  accountName: string;
  signatoryMemberIds: string[];
  withdrawalRule?: WithdrawalRule;
}

export function openBankAccount(fundId: string, body: OpenBankAccountBody): Promise<BankAccount> {
  return api.post<BankAccount>(`${fundPath(fundId)}/bank-accounts`, body);
}

export function approveBankAccount(fundId: string, bankAccountId: string): Promise<BankAccount> {
  return api.post<BankAccount>(
    `${fundPath(fundId)}/bank-accounts/${encodeURIComponent(bankAccountId)}/approvals`,
  );
}

/** Committee-member accounts of a village, for linking a seat to the person who signs in (officers only). */
export const villageCommitteeAccountsQuery = (villageCode: string) =>
  queryOptions({
    queryKey: ["users", "committee-accounts", villageCode] as const,
    queryFn: async ({ signal }) => {
      const page = await api.get<Page<CommitteeAccount>>("/api/users", { limit: 200 }, signal);
      return page.items.filter(
        (u) => u.role === "committee_member" && u.isActive && u.scopeCode === villageCode,
      );
    },
    staleTime: 60_000,
  });

export interface CommitteeAccount {
  id: string;
  username: string;
  displayName: string;
  role: string;
  scopeCode: string;
  isActive: boolean;
}

/** Names the account's signatories from the current committee set (chair or officer), citing the resolution. */
export function replaceSignatories(
  fundId: string,
  bankAccountId: string,
  body: { signatoryMemberIds: string[]; withdrawalRule?: WithdrawalRule; resolutionRef: string },
): Promise<BankAccount> {
  return request<BankAccount>(
    `${fundPath(fundId)}/bank-accounts/${encodeURIComponent(bankAccountId)}/signatories`,
    { method: "PUT", body },
  );
}
