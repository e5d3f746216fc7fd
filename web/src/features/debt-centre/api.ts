// Debt-centre (ศจก.) queries and calls; the shapes mirror src/modules/debt-centre/contracts.ts.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import { api, isApiError } from "../../lib/api";

export interface Centre {
  id: string;
  areaCode: string;
  name: string;
  rateBp: number;
  maxTermMonths: number;
  affordabilityBp: number;
  consolidateByDefault: boolean;
  relapseWindowMonths: number;
}

export interface MemberFund {
  id: string;
  fundId: string | null;
  name: string;
  isOutside: boolean;
  outsideBalanceSatang: number | null;
  preference: number;
  mayRefinance: boolean;
  maxLoanSatang: number;
  maxTermMonths: number;
}

export type Position = "chair" | "secretary" | "finance" | "member";

export interface Seat {
  id: string;
  name: string;
  position: Position;
  userId: string | null;
  memberFundId: string | null;
  termStart: string;
  termEnd: string;
  inOffice: boolean;
}

export interface CentreDetail {
  centre: Centre;
  memberFunds: MemberFund[];
  committee: Seat[];
}

export interface CentreCounts {
  centreId: string;
  areaCode: string;
  name: string;
  surveyedHouseholds: number;
  plannedHouseholds: number;
  repayingHouseholds: number;
  debtFreeHouseholds: number;
  relapsedHouseholds: number;
}

export interface AreaCounts {
  area: string;
  centres: number;
  surveyedHouseholds: number;
  debtFreeHouseholds: number;
  relapsedHouseholds: number;
  byCentre: CentreCounts[];
}

export const CREDITOR_TYPES = [
  "money_lender",
  "shop",
  "relative",
  "bank",
  "baac",
  "cooperative",
  "community_fund",
] as const;
export const RATE_BASES = [
  "per_month",
  "per_year",
  "per_day",
  "flat_per_month",
  "flat_per_year",
  "flat_per_term",
] as const;
export const FREQUENCIES = ["monthly", "daily", "weekly", "quarterly", "half_yearly", "yearly"] as const;

export interface SurveyDebt {
  debtId: string;
  creditorName: string;
  creditorType: string;
  communityFundId: string | null;
  originalPrincipalSatang: number;
  outstandingSatang: number;
  arrearsSatang: number;
  rateBp: number;
  rateBasis: string;
  instalmentSatang: number | null;
  instalmentFrequency: string;
  collateral: string | null;
  guarantor: string | null;
  purpose: string;
  startOn: string;
  endOn: string | null;
}

export interface Survey {
  id: string;
  householdId: string;
  surveyedOn: string;
  monthlyIncomeSatang: number;
  monthlyExpensesSatang: number;
  incomeSource: "bmn" | "manual";
  bmnYear: number | null;
  debts: SurveyDebt[];
  relapseFlags: number;
}

export type PlanStatus =
  | "surveyed"
  | "planned"
  | "approved"
  | "repaying"
  | "debt_free"
  | "relapse_watch"
  | "relapse";

export interface Localized {
  th: string;
  en: string;
}

export interface RuleBreak {
  rule: string;
  reason: Localized;
  fundId?: string;
  debtId?: string;
}

/** The planner's output as stored (RestructuringPlan): the parts the page shows. */
export interface PlannerOutput {
  outcome: string;
  debts: Array<{
    debtId: string;
    creditorName: string;
    decision: string;
    outstandingSatang: number;
    effectiveAnnualBp: number;
    funding: Array<{ fundId: string; amountSatang: number }>;
    reason: Localized;
  }>;
  consolidated: boolean;
  consolidationReason: Localized;
  contracts: Array<{
    contractNo: number;
    leadFundId: string;
    debtIds: string[];
    principalSatang: number;
    participations: Array<{ fundId: string; principalSatang: number }>;
    reason: Localized;
  }>;
  funds: Array<{
    fundId: string;
    name: string;
    lentSatang: number;
    cashBeforeSatang: number;
    cashAfterSatang: number;
    reason: Localized;
  }>;
  termMonths: number | null;
  termReason: Localized;
  refinancedSatang: number;
  monthlyPaymentSatang: number;
  keptDebtsMonthlySatang: number;
  monthlyBeforeSatang: number;
  netIncomeSatang: number;
  affordableMonthlySatang: number;
  affordabilityReason: Localized;
  interestBeforeSatang: number;
  interestAfterSatang: number;
  interestSavedSatang: number;
  debtFreeOn: string | null;
  summary: Localized;
}

export interface Plan {
  id: string;
  surveyId: string;
  householdId: string;
  status: PlanStatus;
  plannedOn: string;
  needsChairOverride: boolean;
  brokenRules: RuleBreak[];
  approvedBy: string | null;
  approvedWithChairOverride: boolean;
  executedOn: string | null;
  debtFreeOn: string | null;
  plan: PlannerOutput;
  history: Array<{ from: string | null; to: string; on: string; reason: string | null }>;
  loans: Array<{ loanId: string; fundId: string; loanNo: string; status: string; principalSatang: number }>;
  relapseFlags: Array<{ debtId: string; takenOn: string; reason: Localized }>;
}

export interface DebtFreeHousehold {
  planId: string;
  householdId: string;
  houseNo: string;
  headName: string;
  debtFreeOn: string;
  watchEndsOn: string;
  status: PlanStatus;
  relapseFlags: number;
}

export const WELFARE_TYPES = [
  "death",
  "illness",
  "birth",
  "elderly",
  "disaster",
  "education",
  "other",
] as const;
export type WelfareType = (typeof WELFARE_TYPES)[number];

export interface Welfare {
  id: string;
  welfareType: WelfareType;
  householdId: string | null;
  beneficiaryName: string;
  amountSatang: number;
  memberFundId: string;
  fundId: string;
  reason: string;
  status: "requested" | "approved" | "paid" | "rejected";
  requestedOn: string;
  decidedOn: string | null;
  decisionNote: string | null;
  paidOn: string | null;
}

export interface HouseholdOption {
  id: string;
  houseNo: string;
  headName: string;
}

const PAGE = 50;
export const centrePath = (id: string) => `/api/debt-centres/${encodeURIComponent(id)}`;

export const centreKeys = {
  all: ["debt-centres"] as const,
  list: (area: string) => ["debt-centres", "list", area] as const,
  counts: (area: string) => ["debt-centres", "counts", area] as const,
  detail: (id: string) => ["debt-centres", id] as const,
  part: (id: string, part: string) => ["debt-centres", id, part] as const,
};

export const centreListQuery = (area: string) =>
  infiniteQueryOptions({
    queryKey: centreKeys.list(area),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Centre>>(
        "/api/debt-centres",
        { area: area || undefined, limit: PAGE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const areaCountsQuery = (area: string) =>
  queryOptions({
    queryKey: centreKeys.counts(area),
    queryFn: ({ signal }) =>
      api.get<AreaCounts>("/api/debt-centres/counts", { area: area || undefined }, signal),
  });

export const centreQuery = (id: string) =>
  queryOptions({
    queryKey: centreKeys.detail(id),
    queryFn: ({ signal }) => api.get<CentreDetail>(centrePath(id), undefined, signal),
  });

export const centreCountsQuery = (id: string) =>
  queryOptions({
    queryKey: centreKeys.part(id, "counts"),
    queryFn: ({ signal }) =>
      api.get<CentreCounts & { plansByStatus: Record<string, number> }>(
        `${centrePath(id)}/counts`,
        undefined,
        signal,
      ),
  });

/** The first 200 rows of a centre list (a village's centre has tens of households, not thousands). */
function firstPage<T>(id: string, part: string, path: string) {
  return queryOptions({
    queryKey: centreKeys.part(id, part),
    queryFn: ({ signal }) => api.get<Page<T>>(`${centrePath(id)}/${path}`, { limit: 200 }, signal),
  });
}

export const surveysQuery = (id: string) => firstPage<Survey>(id, "surveys", "surveys");
export const plansQuery = (id: string) => firstPage<Plan>(id, "plans", "plans");
export const debtFreeQuery = (id: string) => firstPage<DebtFreeHousehold>(id, "debt-free", "debt-free");
export const welfareQuery = (id: string) => firstPage<Welfare>(id, "welfare", "welfare");

export const householdsQuery = (village: string) =>
  queryOptions({
    queryKey: ["debt-centres", "households", village],
    queryFn: ({ signal }) =>
      api.get<Page<HouseholdOption>>("/api/households", { area: village, limit: 200 }, signal),
  });

export const householdBmnQuery = (householdId: string) =>
  queryOptions({
    queryKey: ["debt-centres", "bmn", householdId],
    queryFn: ({ signal }) =>
      api.get<{ bmnRecords: Array<{ surveyYear: number; incomeTotalSatang: number }> }>(
        `/api/households/${encodeURIComponent(householdId)}`,
        undefined,
        signal,
      ),
  });

export const centreCalls = {
  create: (body: { areaCode: string; name: string; rateBp?: number }) =>
    api.post<Centre>("/api/debt-centres", body),
  addMemberFund: (id: string, body: Record<string, unknown>) =>
    api.post<MemberFund>(`${centrePath(id)}/member-funds`, body),
  addSeat: (id: string, body: Record<string, unknown>) => api.post<Seat>(`${centrePath(id)}/committee`, body),
  recordSurvey: (id: string, body: Record<string, unknown>) =>
    api.post<Survey>(`${centrePath(id)}/surveys`, body),
  propose: (id: string, body: Record<string, unknown>) => api.post<Plan>(`${centrePath(id)}/plans`, body),
  planStep: (
    id: string,
    planId: string,
    step: "approve" | "execute" | "debt-free",
    body: Record<string, unknown>,
  ) => api.post<Plan>(`${centrePath(id)}/plans/${encodeURIComponent(planId)}/${step}`, body),
  requestWelfare: (id: string, body: Record<string, unknown>) =>
    api.post<Welfare>(`${centrePath(id)}/welfare`, body),
  welfareStep: (
    id: string,
    wid: string,
    step: "approve" | "reject" | "pay",
    body: Record<string, unknown> = {},
  ) => api.post<Welfare>(`${centrePath(id)}/welfare/${encodeURIComponent(wid)}/${step}`, body),
};

/**
 * The field errors of a refused request, by path ("debts[1].outstandingSatang" → its message): the centre's
 * own refusals list `{ path, th, en }`; a refused body lists `{ path: "body.x", message }`.
 */
export function fieldErrors(error: unknown, lang: "th" | "en"): Record<string, string> {
  if (!isApiError(error)) return {};
  const details = error.details as
    | { issues?: Array<{ path: string; th?: string; en?: string; message?: string }>; field?: string }
    | undefined;
  const out: Record<string, string> = {};
  for (const issue of details?.issues ?? []) {
    const path = issue.path.replace(/^body\./, "").replace(/\.(\d+)(?=\.|$)/g, "[$1]");
    out[path] = (lang === "en" ? issue.en : issue.th) ?? issue.message ?? "";
  }
  if (details?.field) out[details.field] = lang === "en" ? error.messageEn : error.messageTh;
  return out;
}
