// Savings-group queries and calls: groups, members, deposit sheets, loans, meetings, the year-end close and statements.
// The shapes mirror src/modules/savings-groups/contracts.ts (the web app imports only src/shared).
import { queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import { api, request } from "../../lib/api";

export const PROFIT_BUCKETS = [
  "dividend",
  "patronageRefund",
  "reserve",
  "welfare",
  "committee",
  "publicBenefit",
] as const;

export interface Bylaws {
  shareValueSatang: number;
  minSharesPerMonth: number;
  maxSharesPerMonth: number;
  entryFeeSatang: number;
  loanMultipleBp: number;
  interestBp: number;
  guarantorsRequired: number;
  maxGuaranteesPerMember: number;
  dividendBasis: string;
  profitAllocationBp: Record<string, number>;
}

export interface Group {
  fundId: string;
  areaCode: string;
  villageName: string;
  name: string;
  startedOn: string;
  status: string;
  activeMembers: number;
  totalSharesSatang: number;
  loansOutstandingSatang: number;
}

export interface GroupDetail extends Group {
  bylaws: Bylaws;
  bylawsVersions: { effectiveOn: string; resolutionRef: string | null; bylaws: Bylaws }[];
  cashSatang: number;
  bankSatang: number;
  closedYears: number[];
  can: {
    recordMembers: boolean;
    recordDeposits: boolean;
    lend: boolean;
    overrideLoanRules: boolean;
    recordMeetings: boolean;
    closeYear: boolean;
  };
}

export interface Beneficiary {
  seq: number;
  name: string;
  relationship: string;
  citizenIdMasked: string | null;
  shareBp: number;
}

export interface Member {
  id: string;
  fundId: string;
  memberNo: string;
  accountNo: string;
  name: string;
  householdId: string | null;
  joinedOn: string;
  entryFeeSatang: number;
  status: "active" | "resigned" | "died" | "expelled";
  statusOn: string | null;
  sharesSatang: number;
  loanOutstandingSatang: number;
}

export interface MemberDetail extends Member {
  beneficiaries: Beneficiary[];
}

export interface DepositSheet {
  month: string;
  shareValueSatang: number;
  minSharesPerMonth: number;
  maxSharesPerMonth: number;
  rows: {
    memberId: string;
    memberNo: string;
    name: string;
    shares: number | null;
    amountSatang: number | null;
    paidOn: string | null;
    sharesSatang: number;
  }[];
  totalSatang: number;
}

export interface Issue {
  path: string;
  code: string;
  th: string;
  en: string;
}

export interface LoanCheck {
  isAllowed: boolean;
  limitSatang: number;
  availableSatang: number;
  ownSavingsSatang: number;
  outstandingSatang: number;
  violations: Issue[];
}

export interface SgLoan {
  id: string;
  loanId: string;
  loanNo: string;
  memberId: string;
  memberNo: string;
  name: string;
  amountSatang: number;
  limitSatang: number;
  contractedOn: string;
  status: string;
  outstandingPrincipalSatang: number;
  nextDueOn: string | null;
  guarantors: { memberId: string; memberNo: string; name: string }[];
  resolutionRef: string;
  overriddenRules: Issue[];
  overrideReason: string | null;
}

export interface Meeting {
  id: string;
  meetingNo: string;
  kind: "monthly" | "annual";
  heldOn: string;
  attendeeCount: number;
  attendeeMemberIds: string[];
  minutes: string;
  resolutions: string[];
}

export interface CloseMember {
  memberId: string;
  memberNo: string;
  name: string;
  shareBalanceSatang: number;
  shareMonthsSatang: number;
  interestPaidSatang: number;
  dividendSatang: number;
  patronageRefundSatang: number;
  totalSatang: number;
}

export interface YearClose {
  fiscalYear: number;
  isClosed: boolean;
  closedOn: string | null;
  incomeSatang: number;
  expenseSatang: number;
  netProfitSatang: number;
  profitAllocationBp: Record<string, number>;
  buckets: Record<string, number>;
  redirected: { bucket: string; amountSatang: number; reason: { th: string; en: string } }[];
  journalEntryId: string | null;
  members: CloseMember[];
}

export interface Statement {
  group: { fundId: string; name: string; villageName: string };
  member: MemberDetail;
  fiscalYear: number;
  shareValueSatang: number;
  openingSharesSatang: number;
  months: {
    month: string;
    shares: number;
    depositSatang: number;
    withdrawalSatang: number;
    balanceSatang: number;
  }[];
  closingSharesSatang: number;
  loans: {
    loanNo: string;
    contractedOn: string;
    amountSatang: number;
    status: string;
    outstandingPrincipalSatang: number;
    repayments: { receiptNo: string; paidOn: string; principalSatang: number; interestSatang: number }[];
  }[];
  lastClose: { fiscalYear: number; dividendSatang: number; patronageRefundSatang: number } | null;
}

export interface BeneficiaryInput {
  name: string;
  relationship: string;
  citizenId?: string;
  shareBp: number;
}

const g = (fundId: string) => `/api/savings-groups/${encodeURIComponent(fundId)}`;

export const savingsKeys = {
  all: ["savings-groups"] as const,
  group: (fundId: string) => ["savings-groups", fundId] as const,
};

export const groupListQuery = queryOptions({
  queryKey: [...savingsKeys.all, "list"],
  queryFn: ({ signal }) => api.get<Page<Group>>("/api/savings-groups", { limit: 200 }, signal),
});

export const groupQuery = (fundId: string) =>
  queryOptions({
    queryKey: [...savingsKeys.group(fundId), "detail"],
    queryFn: ({ signal }) => api.get<GroupDetail>(g(fundId), undefined, signal),
  });

export const membersQuery = (fundId: string) =>
  queryOptions({
    queryKey: [...savingsKeys.group(fundId), "members"],
    queryFn: ({ signal }) => api.get<Page<Member>>(`${g(fundId)}/members`, { limit: 200 }, signal),
  });

export const depositSheetQuery = (fundId: string, month: string) =>
  queryOptions({
    queryKey: [...savingsKeys.group(fundId), "sheet", month],
    queryFn: ({ signal }) => api.get<DepositSheet>(`${g(fundId)}/deposit-sheet`, { month }, signal),
  });

export const loansQuery = (fundId: string) =>
  queryOptions({
    queryKey: [...savingsKeys.group(fundId), "loans"],
    queryFn: ({ signal }) => api.get<{ items: SgLoan[] }>(`${g(fundId)}/loans`, undefined, signal),
  });

export const meetingsQuery = (fundId: string) =>
  queryOptions({
    queryKey: [...savingsKeys.group(fundId), "meetings"],
    queryFn: ({ signal }) => api.get<Page<Meeting>>(`${g(fundId)}/meetings`, { limit: 50 }, signal),
  });

export const closeQuery = (fundId: string, fiscalYear: number) =>
  queryOptions({
    queryKey: [...savingsKeys.group(fundId), "close", fiscalYear],
    queryFn: ({ signal }) => api.get<YearClose>(`${g(fundId)}/close`, { fiscalYear }, signal),
    retry: false,
  });

export const statementQuery = (fundId: string, memberId: string, fiscalYear: number) =>
  queryOptions({
    queryKey: [...savingsKeys.group(fundId), "statement", memberId, fiscalYear],
    queryFn: ({ signal }) =>
      api.get<Statement>(
        `${g(fundId)}/members/${encodeURIComponent(memberId)}/statement`,
        { fiscalYear },
        signal,
      ),
  });

export const statementPdfHref = (fundId: string, memberId: string) =>
  `${g(fundId)}/members/${encodeURIComponent(memberId)}/statement/pdf`;
export const exportHref = (fundId: string, list: "members" | "deposits" | "close") =>
  `${g(fundId)}/${list}/export`;

export const savingsCalls = {
  addMember: (
    fundId: string,
    body: { name?: string; householdMemberId?: string; joinedOn: string; beneficiaries: BeneficiaryInput[] },
  ) => api.post<MemberDetail>(`${g(fundId)}/members`, body),
  saveDeposits: (
    fundId: string,
    body: { month: string; paidOn: string; rows: { memberId: string; shares: number }[] },
  ) => api.post<{ count: number; totalSatang: number }>(`${g(fundId)}/deposits`, body),
  checkLoan: (fundId: string, body: { memberId: string; amountSatang: number; guarantorIds: string[] }) =>
    api.post<LoanCheck>(`${g(fundId)}/loans/check`, body),
  lend: (
    fundId: string,
    body: {
      memberId: string;
      amountSatang: number;
      guarantorIds: string[];
      instalmentCount: number;
      contractedOn: string;
      resolutionRef: string;
      override?: { reason: string };
    },
  ) => api.post<SgLoan>(`${g(fundId)}/loans`, body),
  recordMeeting: (
    fundId: string,
    body: {
      kind: "monthly" | "annual";
      heldOn: string;
      attendeeMemberIds: string[];
      minutes: string;
      resolutions: string[];
    },
  ) => api.post<Meeting>(`${g(fundId)}/meetings`, body),
  close: (fundId: string, fiscalYear: number) => api.post<YearClose>(`${g(fundId)}/close`, { fiscalYear }),
  setBeneficiaries: (fundId: string, memberId: string, beneficiaries: BeneficiaryInput[]) =>
    request<MemberDetail>(`${g(fundId)}/members/${encodeURIComponent(memberId)}/beneficiaries`, {
      method: "PUT",
      body: { beneficiaries },
    }),
};
