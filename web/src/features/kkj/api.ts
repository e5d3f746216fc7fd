// กข.คจ. queries and calls: meetings, the target register, proposals, loan requests, contracts, vouchers,
// debt confirmations, handovers and the four books. The shapes mirror src/modules/kkj/contracts.ts until
// those move to src/shared/contracts.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import type { HouseholdDetail } from "../../../../src/shared/contracts/households";
import type { CommitteePosition } from "../../../../src/shared/roles";
import { api } from "../../lib/api";

const PAGE_SIZE = 50;
const enc = encodeURIComponent;
const kkjPath = (fundId: string) => `/api/funds/${enc(fundId)}/kkj`;

export const PROPOSAL_STATUSES = [
  "submitted",
  "worker_reviewed",
  "approved",
  "rejected",
  "requested",
  "contracted",
  "disbursed",
  "closed",
  "withdrawn",
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const REQUEST_STATUSES = [
  "submitted",
  "worker_reviewed",
  "approved",
  "rejected",
  "contracted",
  "withdrawn",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A round may be withdrawn until its contract is signed. */
export const WITHDRAWABLE: readonly string[] = ["submitted", "worker_reviewed", "approved", "requested"];

export interface Meeting {
  id: string;
  fundId: string;
  committeeSetId: string | null;
  meetingNo: string;
  heldOn: string;
  place: string | null;
  attendeeCount: number;
  attendees: string[];
  agenda: string;
  minutes: string | null;
  recordedBy: string | null;
  createdAt: string;
}

export interface MeetingBody {
  meetingNo?: string;
  heldOn: string;
  place?: string;
  attendees: string[];
  agenda: string;
  minutes?: string;
}

export interface TargetLoan {
  contractId: string;
  loanId: string;
  contractNo: string;
  borrowRound: number;
  signedOn: string;
  amountSatang: number;
  repaidSatang: number;
  outstandingSatang: number;
  loanStatus: string;
}

export interface Target {
  id: string;
  householdId: string;
  registerSeq: number;
  houseNo: string;
  headName: string;
  membersCount: number;
  bmnYear: number;
  incomePerPersonSatang: number;
  firstLoanYear: number | null;
  incomeAfter1Satang: number | null;
  incomeAfter2Satang: number | null;
  incomeAfter3Satang: number | null;
  status: string;
  registeredOn: string;
  loans: TargetLoan[];
}

export interface Candidate {
  householdId: string;
  houseNo: string;
  headName: string;
  memberCount: number;
  bmnYear: number | null;
  incomePerPersonSatang: number | null;
  criterionSatang: number | null;
  eligible: boolean;
  reason: "eligible" | "no_bmn_record" | "above_criterion";
}

export interface WorkerOpinion {
  opinion: string;
  reason: string | null;
  name: string | null;
  userId: string | null;
  on: string | null;
}

export interface Decision {
  decision: string;
  amountSatang: number | null;
  reason: string | null;
  meetingId: string | null;
  meetingNo: string | null;
  decidedBy: string | null;
  decidedOn: string | null;
}

export interface Proposal {
  id: string;
  fundId: string;
  targetId: string;
  householdId: string;
  borrowRound: number;
  docNo: string;
  applicantName: string;
  applicantAge: number | null;
  occupation: string;
  projectName: string;
  items: { no: string; description: string; amountSatang: number }[];
  totalSatang: number;
  totalWords: string;
  submittedOn: string;
  status: string;
  workerOpinion: WorkerOpinion | null;
  decision: Decision | null;
  recordedBy: string | null;
}

export interface ProposalBody {
  targetId: string;
  applicantName: string;
  applicantAge?: number;
  occupation: string;
  projectName: string;
  items: { description: string; amountSatang: number }[];
  submittedOn?: string;
}

export type PlanScheduleType = "equal_instalments" | "equal_principal" | "lump_sum" | "custom";

export interface PlanBody {
  scheduleType: PlanScheduleType;
  instalmentCount?: number;
  frequencyMonths?: number;
  firstDueOn?: string;
  lumpSumDueOn?: string;
  customDueDates?: { dueOn: string; principalSatang?: number }[];
}

export interface Instalment {
  seq: number;
  dueOn: string;
  principalSatang: number;
  interestSatang: number;
  totalSatang: number;
}

export interface LoanRequest {
  id: string;
  fundId: string;
  proposalId: string;
  householdId: string;
  docNo: string;
  registerSeq: number;
  amountSatang: number;
  amountWords: string;
  plan: Partial<PlanBody> & Record<string, unknown>;
  schedulePreview: Instalment[];
  consentName: string | null;
  consentRelation: string | null;
  requestedOn: string;
  status: string;
  workerOpinion: WorkerOpinion | null;
  decision: (Decision & { amountWords: string | null }) | null;
  recordedBy: string | null;
}

export type ConsentRelation = "spouse" | "heir";

export interface LoanRequestBody {
  proposalId: string;
  amountSatang: number;
  plan: PlanBody;
  consentName?: string;
  consentRelation?: ConsentRelation;
  requestedOn?: string;
}

export interface ContractInstalment extends Instalment {
  paidPrincipalSatang: number;
  paidInterestSatang: number;
}

export interface Contract {
  id: string;
  fundId: string;
  requestId: string;
  proposalId: string;
  householdId: string;
  loanId: string;
  contractNo: string;
  volumeNo: string | null;
  borrowRound: number;
  signedOn: string;
  writtenAt: string;
  amountSatang: number;
  amountWords: string;
  borrowerName: string;
  borrowerMemberId: string | null;
  borrowerAddress: Record<string, string>;
  projectName: string;
  consentName: string | null;
  consentRelation: string | null;
  lenderName: string;
  witness1Name: string;
  witness2Name: string;
  loanStatus: string;
  instalments: ContractInstalment[];
  recordedBy: string | null;
}

export interface ContractBody {
  requestId: string;
  borrowerMemberId: string;
  volumeNo?: string;
  signedOn?: string;
  consentName?: string;
  consentRelation?: ConsentRelation;
  witness1Name: string;
  witness2Name: string;
  writtenAt?: string;
}

export interface Voucher {
  id: string;
  fundId: string;
  contractId: string;
  contractNo: string;
  loanId: string;
  voucherNo: string;
  borrowerName: string;
  amountSatang: number;
  amountWords: string;
  source: "cash" | "bank";
  bankWithdrawalId: string | null;
  withdrawalStatus: string | null;
  status: string;
  paidOn: string | null;
  journalEntryId: string | null;
  recordedBy: string | null;
  createdAt: string;
}

export interface VoucherBody {
  contractId: string;
  source: "cash" | "bank";
  bankAccountId?: string;
  paidOn?: string;
}

/** A bank withdrawal of the ledger, as far as a voucher needs it (mirrors src/modules/ledger/contracts.ts). */
export interface BankWithdrawal {
  id: string;
  bankAccountId: string;
  amountSatang: number;
  description: string;
  status: "pending" | "posted" | "cancelled";
  approvals: { userId: string; position: CommitteePosition; approvedAt: string }[];
  rule: { required: number; mustInclude: string[] };
  missing: { count: number; positions: string[] };
}

export interface DebtConfirmation {
  id: string;
  fundId: string;
  loanId: string;
  householdId: string;
  contractNo: string;
  borrowerName: string;
  fiscalYear: number;
  asOf: string;
  outstandingSatang: number;
  agrees: boolean;
  claimedSatang: number | null;
  note: string | null;
  confirmedOn: string;
  recordedBy: string | null;
}

export interface UnconfirmedLoan {
  loanId: string;
  contractNo: string;
  householdId: string | null;
  borrowerName: string;
  loanStatus: string;
  outstandingSatang: number;
}

export interface DebtConfirmationBody {
  loanId: string;
  asOf?: string;
  agrees: boolean;
  claimedSatang?: number;
  note?: string;
  confirmedOn?: string;
}

export interface BookCheck {
  exists: boolean;
  correct: boolean;
  note: string;
}

export interface VillageStatus {
  asOf: string;
  fundId: string;
  villageCode: string;
  villageName: string;
  originalCapitalSatang: number;
  targetHouseholds: number;
  borrowerHouseholds: number;
  repayingHouseholds: number;
  withHouseholdsSatang: number;
  bankSatang: number;
  bankAccounts: { bankAccountId: string | null; nameTh: string; balanceSatang: number }[];
  cashSatang: number;
  otherAssetsSatang: number;
  elsewhereSatang: number;
  totalFundSatang: number;
  defaultingHouseholds: number;
  defaultingLoans: number;
  defaultedSatang: number;
  missingSatang: number;
  ledgerBalanced: boolean;
  books: { purple: BookCheck; green: BookCheck; yellow: BookCheck; brown: BookCheck };
}

export interface Handover {
  id: string;
  fundId: string;
  areaCode: string;
  handedOn: string;
  fromName: string;
  fromPosition: string;
  toName: string;
  toPosition: string;
  fromUserId: string | null;
  toUserId: string | null;
  notes: string | null;
  snapshot: VillageStatus;
  recordedBy: string | null;
  createdAt: string;
}

export interface HandoverBody {
  handedOn?: string;
  fromName: string;
  fromPosition: string;
  toName: string;
  toPosition: string;
  notes?: string;
}

export interface PurpleBook {
  fund: { id: string; name: string; villageCode: string; villageName: string };
  targets: Page<Target>;
  committeeSets: {
    setNo: number;
    termStart: string;
    termEnd: string;
    isCurrent: boolean;
    members: { name: string; position: CommitteePosition }[];
  }[];
  workers: { userId: string; displayName: string; position: string | null; scopeCode: string }[];
}

export interface GreenBook {
  bankAccounts: {
    bankAccountId: string;
    bankName: string;
    accountNo: string;
    accountName: string;
    balanceSatang: number;
  }[];
  bankAccountId: string | null;
  openingBalanceSatang: number;
  items: {
    entryId: string;
    entryDate: string;
    docNo: string | null;
    docType: "voucher" | "receipt" | "receipt_cancelled" | "entry";
    kind: string;
    description: string;
    depositSatang: number;
    withdrawalSatang: number;
    balanceSatang: number;
  }[];
  nextCursor: string | null;
}

export interface Debtor {
  loanId: string;
  contractId: string | null;
  contractNo: string;
  householdId: string | null;
  houseNo: string | null;
  borrowerName: string;
  borrowRound: number | null;
  disbursedOn: string | null;
  principalSatang: number;
  lentSatang: number;
  repaidSatang: number;
  writtenOffSatang: number;
  outstandingSatang: number;
  loanStatus: string;
  classification: string | null;
}

export interface YellowBook {
  loan: Debtor | null;
  debtors: Debtor[];
  entries: {
    entryId: string;
    entryDate: string;
    docNo: string | null;
    movement: "disbursement" | "repayment" | "reversal" | "write_off" | "other";
    description: string;
    debitSatang: number;
    creditSatang: number;
    balanceSatang: number;
  }[];
  nextCursor: string | null;
}

export interface BrownBook {
  part1: {
    districtCode: string;
    districtName: string;
    items: {
      fundId: string;
      villageCode: string;
      villageName: string;
      fundName: string;
      startedOn: string;
      yearFunded: number;
      originalCapitalSatang: number;
      status: string;
    }[];
    nextCursor: string | null;
  };
  part2: Handover[];
  part3: VillageStatus;
}

export interface HouseholdRound {
  proposal: Proposal;
  request: LoanRequest | null;
  contract: Omit<Contract, "instalments"> | null;
  voucher: Voucher | null;
  loan: {
    loanId: string;
    status: string;
    principalSatang: number;
    outstandingSatang: number;
    nextDueOn: string | null;
  } | null;
}

export interface HouseholdRounds {
  householdId: string;
  houseNo: string;
  headName: string;
  villageCode: string;
  targets: { fundId: string; targetId: string; registerSeq: number; status: string }[];
  rounds: HouseholdRound[];
}

export const kkjKeys = {
  all: (fundId: string) => ["kkj", fundId] as const,
  meetings: (fundId: string) => [...kkjKeys.all(fundId), "meetings"] as const,
  targets: (fundId: string) => [...kkjKeys.all(fundId), "targets"] as const,
  candidates: (fundId: string) => [...kkjKeys.all(fundId), "candidates"] as const,
  list: (fundId: string, what: string, status: string) => [...kkjKeys.all(fundId), what, status] as const,
  one: (fundId: string, what: string, id: string) => [...kkjKeys.all(fundId), what, "one", id] as const,
  book: (fundId: string, book: string, param: string) =>
    [...kkjKeys.all(fundId), "book", book, param] as const,
  status: (fundId: string) => [...kkjKeys.all(fundId), "status"] as const,
  confirmations: (fundId: string, fiscalYear: number) =>
    [...kkjKeys.all(fundId), "confirmations", fiscalYear] as const,
  household: (householdId: string) => ["kkj-household", householdId] as const,
};

function pages<T>(
  key: readonly unknown[],
  path: string,
  query: Record<string, string | number | undefined> = {},
  limit = PAGE_SIZE,
) {
  return infiniteQueryOptions({
    queryKey: key,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<T>>(path, { ...query, limit, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export const meetingsQuery = (fundId: string) =>
  pages<Meeting>(kkjKeys.meetings(fundId), `${kkjPath(fundId)}/meetings`, {}, 20);

/** Recent meetings to cite in a decision (the newest 100 are plenty to choose from). */
export const recentMeetingsQuery = (fundId: string) =>
  queryOptions({
    queryKey: [...kkjKeys.meetings(fundId), "recent"] as const,
    queryFn: ({ signal }) => api.get<Page<Meeting>>(`${kkjPath(fundId)}/meetings`, { limit: 100 }, signal),
  });

export const candidatesQuery = (fundId: string) =>
  pages<Candidate>(kkjKeys.candidates(fundId), `${kkjPath(fundId)}/targets/candidates`);

/** The active register for picking a household (a village register fits in a few pages). */
export const targetsQuery = (fundId: string) =>
  pages<Target>(kkjKeys.targets(fundId), `${kkjPath(fundId)}/targets`, {}, 200);

export const proposalsQuery = (fundId: string, status: string, limit = PAGE_SIZE) =>
  pages<Proposal>(
    kkjKeys.list(fundId, `proposals-${limit}`, status),
    `${kkjPath(fundId)}/proposals`,
    {
      status: status || undefined,
    },
    limit,
  );

/** Board column: the records in one status (up to 200, enough to count a village's open rounds). */
export const boardQuery = <T>(
  fundId: string,
  what: "proposals" | "requests" | "contracts" | "vouchers",
  status: string,
) =>
  queryOptions({
    queryKey: kkjKeys.list(fundId, `board-${what}`, status),
    queryFn: ({ signal }) => api.get<Page<T>>(`${kkjPath(fundId)}/${what}`, { status, limit: 200 }, signal),
  });

export const proposalQuery = (fundId: string, id: string) =>
  queryOptions({
    queryKey: kkjKeys.one(fundId, "proposal", id),
    queryFn: ({ signal }) => api.get<Proposal>(`${kkjPath(fundId)}/proposals/${enc(id)}`, undefined, signal),
  });

export const requestQuery = (fundId: string, id: string) =>
  queryOptions({
    queryKey: kkjKeys.one(fundId, "request", id),
    queryFn: ({ signal }) =>
      api.get<LoanRequest>(`${kkjPath(fundId)}/requests/${enc(id)}`, undefined, signal),
  });

export const contractQuery = (fundId: string, id: string) =>
  queryOptions({
    queryKey: kkjKeys.one(fundId, "contract", id),
    queryFn: ({ signal }) => api.get<Contract>(`${kkjPath(fundId)}/contracts/${enc(id)}`, undefined, signal),
  });

/** A household's rounds: links a proposal to its request, contract, voucher and loan. */
export const householdRoundsQuery = (householdId: string) =>
  queryOptions({
    queryKey: kkjKeys.household(householdId),
    queryFn: ({ signal }) =>
      api.get<HouseholdRounds>(`/api/households/${enc(householdId)}/kkj`, undefined, signal),
  });

export const householdMembersQuery = (householdId: string) =>
  queryOptions({
    queryKey: ["households", "detail", householdId] as const,
    queryFn: ({ signal }) =>
      api.get<HouseholdDetail>(`/api/households/${enc(householdId)}`, undefined, signal),
  });

export const pendingWithdrawalsQuery = (fundId: string) =>
  queryOptions({
    queryKey: ["ledger", fundId, "withdrawals", "pending"] as const,
    queryFn: ({ signal }) =>
      api.get<{ items: BankWithdrawal[] }>(
        `/api/funds/${enc(fundId)}/ledger/withdrawals`,
        { status: "pending" },
        signal,
      ),
  });

export const pendingConfirmationsQuery = (fundId: string, fiscalYear: number) =>
  infiniteQueryOptions({
    queryKey: [...kkjKeys.confirmations(fundId, fiscalYear), "pending"] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<UnconfirmedLoan> & { fiscalYear: number }>(
        `${kkjPath(fundId)}/debt-confirmations/pending`,
        { fiscalYear, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const confirmationsQuery = (fundId: string, fiscalYear: number) =>
  pages<DebtConfirmation>(
    [...kkjKeys.confirmations(fundId, fiscalYear), "done"],
    `${kkjPath(fundId)}/debt-confirmations`,
    { fiscalYear },
  );

export const purpleBookQuery = (fundId: string) =>
  infiniteQueryOptions({
    queryKey: kkjKeys.book(fundId, "purple", ""),
    queryFn: ({ pageParam, signal }) =>
      api.get<PurpleBook>(`${kkjPath(fundId)}/books/purple`, { limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.targets.nextCursor ?? undefined,
  });

export const greenBookQuery = (fundId: string, bankAccountId: string) =>
  infiniteQueryOptions({
    queryKey: kkjKeys.book(fundId, "green", bankAccountId),
    queryFn: ({ pageParam, signal }) =>
      api.get<GreenBook>(
        `${kkjPath(fundId)}/books/green`,
        { bankAccountId: bankAccountId || undefined, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const yellowBookQuery = (fundId: string, loanId: string) =>
  infiniteQueryOptions({
    queryKey: kkjKeys.book(fundId, "yellow", loanId),
    queryFn: ({ pageParam, signal }) =>
      api.get<YellowBook>(
        `${kkjPath(fundId)}/books/yellow`,
        { loanId: loanId || undefined, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const brownBookQuery = (fundId: string) =>
  infiniteQueryOptions({
    queryKey: kkjKeys.book(fundId, "brown", ""),
    queryFn: ({ pageParam, signal }) =>
      api.get<BrownBook>(`${kkjPath(fundId)}/books/brown`, { limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.part1.nextCursor ?? undefined,
  });

export const villageStatusQuery = (fundId: string) =>
  queryOptions({
    queryKey: kkjKeys.status(fundId),
    queryFn: ({ signal }) => api.get<VillageStatus>(`${kkjPath(fundId)}/status`, undefined, signal),
  });

export const kkjCalls = {
  recordMeeting: (fundId: string, body: MeetingBody) =>
    api.post<Meeting>(`${kkjPath(fundId)}/meetings`, body),
  registerTargets: (fundId: string, householdIds: string[]) =>
    api.post<{ items: Target[] }>(`${kkjPath(fundId)}/targets`, { householdIds }),
  submitProposal: (fundId: string, body: ProposalBody) =>
    api.post<Proposal>(`${kkjPath(fundId)}/proposals`, body),
  proposalOpinion: (fundId: string, id: string, body: OpinionBody) =>
    api.post<Proposal>(`${kkjPath(fundId)}/proposals/${enc(id)}/opinion`, body),
  decideProposal: (fundId: string, id: string, body: DecisionBody) =>
    api.post<Proposal>(`${kkjPath(fundId)}/proposals/${enc(id)}/decision`, body),
  withdrawProposal: (fundId: string, id: string, reason: string) =>
    api.post<Proposal>(`${kkjPath(fundId)}/proposals/${enc(id)}/withdrawal`, { reason }),
  submitRequest: (fundId: string, body: LoanRequestBody) =>
    api.post<LoanRequest>(`${kkjPath(fundId)}/requests`, body),
  requestOpinion: (fundId: string, id: string, body: OpinionBody) =>
    api.post<LoanRequest>(`${kkjPath(fundId)}/requests/${enc(id)}/opinion`, body),
  decideRequest: (fundId: string, id: string, body: DecisionBody) =>
    api.post<LoanRequest>(`${kkjPath(fundId)}/requests/${enc(id)}/decision`, body),
  signContract: (fundId: string, body: ContractBody) =>
    api.post<Contract>(`${kkjPath(fundId)}/contracts`, body),
  issueVoucher: (fundId: string, body: VoucherBody) => api.post<Voucher>(`${kkjPath(fundId)}/vouchers`, body),
  payVoucher: (fundId: string, id: string, paidOn?: string) =>
    api.post<Voucher>(`${kkjPath(fundId)}/vouchers/${enc(id)}/pay`, paidOn ? { paidOn } : {}),
  cancelVoucher: (fundId: string, id: string, reason: string) =>
    api.post<Voucher>(`${kkjPath(fundId)}/vouchers/${enc(id)}/cancellation`, { reason }),
  approveWithdrawal: (fundId: string, withdrawalId: string) =>
    api.post<BankWithdrawal>(`/api/funds/${enc(fundId)}/ledger/withdrawals/${enc(withdrawalId)}/approvals`),
  confirmDebt: (fundId: string, body: DebtConfirmationBody) =>
    api.post<DebtConfirmation>(`${kkjPath(fundId)}/debt-confirmations`, body),
  recordHandover: (fundId: string, body: HandoverBody) =>
    api.post<Handover>(`${kkjPath(fundId)}/handovers`, body),
};

/** feasible / not_feasible on a proposal; agree / disagree on a loan request. */
export interface OpinionBody {
  opinion: string;
  reason?: string;
  opinionOn?: string;
}

export interface DecisionBody {
  decision: "approve" | "reject";
  amountSatang?: number;
  reason?: string;
  meetingId?: string;
  decidedOn?: string;
}
