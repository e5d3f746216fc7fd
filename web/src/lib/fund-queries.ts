// Fund shapes and queries used by more than one feature (funds, ledger, loans): a fund with my positions.
// The shapes mirror src/modules/funds/contracts.ts until those move to src/shared/contracts.
import { queryOptions } from "@tanstack/react-query";
import type { CommitteePosition } from "../../../src/shared/roles";
import { api } from "./api";

export const FUND_TYPES = [
  "kkj",
  "savings_group",
  "village_fund",
  "womens_fund",
  "occupation_group",
  "welfare_fund",
  "other",
] as const;
export type FundType = (typeof FUND_TYPES)[number];

export const FUND_STATUSES = ["active", "suspended", "closed"] as const;
export type FundStatus = (typeof FUND_STATUSES)[number];

export interface FundParameters {
  committeeTermYears?: number;
  committeeMinSize?: number;
  committeeMaxSize?: number;
  backdateDays?: number;
  forwardDays?: number;
  interestRateBp?: number;
  maxLoanSatang?: number;
  maxLoanTermMonths?: number;
  bylawsText?: string;
}

export interface Fund {
  id: string;
  areaCode: string;
  areaName: string;
  fundType: FundType;
  name: string;
  startedOn: string;
  originalCapitalSatang: number;
  parameters: FundParameters;
  status: FundStatus;
  isModel: boolean;
  modelYear: number | null;
  isLearningCentre: boolean;
}

export interface CommitteeMember {
  id: string;
  name: string;
  position: CommitteePosition;
  userId: string | null;
  householdMemberId: string | null;
}

export interface CommitteeSet {
  id: string;
  fundId: string;
  setNo: number;
  termStart: string;
  termEnd: string;
  isCurrent: boolean;
  members: CommitteeMember[];
}

export type SigningPosition = "chair" | "secretary" | "finance";

export interface WithdrawalRule {
  required: number;
  mustInclude: SigningPosition[];
}

export interface BankAccount {
  id: string;
  fundId: string;
  bankName: string;
  branch: string;
  accountNo: string;
  accountName: string;
  status: "pending" | "active";
  withdrawalRule: WithdrawalRule;
  signatories: { memberId: string; name: string; position: string }[];
  approvals: { position: string; userId: string; approvedAt: string }[];
  ledgerAccountId: string | null;
}

export interface FundDetail {
  fund: Fund;
  currentCommitteeSet: CommitteeSet | null;
  /** The signed-in user's positions in the current committee set. */
  myPositions: CommitteePosition[];
  bankAccounts: BankAccount[];
}

export const fundKeys = {
  all: ["funds"] as const,
  list: (area: string, fundType: string) => [...fundKeys.all, "list", area, fundType] as const,
  detail: (id: string) => [...fundKeys.all, "detail", id] as const,
  committeeSets: (id: string) => [...fundKeys.all, "committee-sets", id] as const,
  bankAccounts: (id: string) => [...fundKeys.all, "bank-accounts", id] as const,
  health: (id: string) => [...fundKeys.all, "health", id] as const,
};

export const fundDetailQuery = (fundId: string) =>
  queryOptions({
    queryKey: fundKeys.detail(fundId),
    queryFn: ({ signal }) =>
      api.get<FundDetail>(`/api/funds/${encodeURIComponent(fundId)}`, undefined, signal),
  });

/** True when the user holds one of the positions in the fund's current committee set. */
export function holdsAny(
  detail: Pick<FundDetail, "myPositions"> | undefined,
  positions: CommitteePosition[],
) {
  return detail?.myPositions.some((p) => positions.includes(p)) ?? false;
}

/** The fund's position from its ledger (mirrors fundPositionSchema of src/modules/ledger/contracts.ts). */
export interface FundPosition {
  fundId: string;
  asOf: string | null;
  cashSatang: number;
  bankSatang: number;
  bankAccounts: {
    bankAccountId: string | null;
    ledgerAccountId: string;
    code: string;
    nameTh: string;
    balanceSatang: number;
  }[];
  loansReceivableSatang: number;
  otherAssetsSatang: number;
  liabilitiesSatang: number;
  capitalSatang: number;
  incomeSatang: number;
  expenseSatang: number;
  totalAssetsSatang: number;
}

export const ledgerKeys = {
  all: (fundId: string) => ["ledger", fundId] as const,
  position: (fundId: string) => [...ledgerKeys.all(fundId), "position"] as const,
};

export const fundPositionQuery = (fundId: string) =>
  queryOptions({
    queryKey: ledgerKeys.position(fundId),
    queryFn: ({ signal }) =>
      api.get<FundPosition>(`/api/funds/${encodeURIComponent(fundId)}/ledger/position`, undefined, signal),
  });
