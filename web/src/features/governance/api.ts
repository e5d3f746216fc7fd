// Governance queries and calls: the funds-at-risk list, a fund's risk, assessments and their items, bank reconciliations (shapes mirror src/modules/governance/contracts.ts).
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import { api, request } from "../../lib/api";
import { currentBuddhistYear, todayIso } from "../../lib/format";

export type RiskBand = "low" | "medium" | "high";

export interface RiskFactor {
  key: string;
  nameTh: string;
  nameEn: string;
  input: number | null;
  points: number;
  maxPoints: number;
  facts: Record<string, unknown>;
  explanationTh: string;
  explanationEn: string;
}

export interface FundRisk {
  fundId: string;
  fundName: string;
  fundType: string;
  areaCode: string;
  asOf: string;
  score: number;
  maxScore: number;
  band: RiskBand;
  bandTh: string;
  bandEn: string;
  par30Bp: number;
  configVersion: number;
  factors: RiskFactor[];
}

export interface FundRiskDetail extends FundRisk {
  history: { asOf: string; score: number; band: RiskBand; par30Bp: number }[];
}

export type ItemResult = "met" | "partly" | "not_met" | "not_applicable" | "pending";

export interface AssessmentItem {
  key: string;
  nameTh: string;
  nameEn: string;
  source: "system" | "assessor";
  result: ItemResult;
  resultTh: string;
  resultEn: string;
  points: number;
  maxPoints: number;
  evidenceTh: string;
  evidenceEn: string;
  facts: Record<string, unknown>;
  note: string | null;
}

export interface AssessmentSummary {
  id: string;
  fundId: string;
  fundName: string;
  areaCode: string;
  fiscalYear: number;
  evaluatedAsOf: string;
  status: "draft" | "submitted";
  score: number;
  maxScore: number;
  percent: number;
  level: "needs_improvement" | "fair" | "good";
  levelNo: number;
  levelTh: string;
  levelEn: string;
  submittedAt: string | null;
  submittedByName: string | null;
}

export interface Assessment extends AssessmentSummary {
  items: AssessmentItem[];
}

export interface Reconciliation {
  id: string;
  fundId: string;
  statementDate: string;
  statementBalanceSatang: number;
  bookBalanceSatang: number;
  differenceSatang: number;
  note: string | null;
  recordedByName: string;
  createdAt: string;
}

/** The Thai fiscal year (B.E.) of today: from 1 October it is the next B.E. year. */
export function currentFiscalYear(): number {
  return currentBuddhistYear() + (Number(todayIso().slice(5, 7)) >= 10 ? 1 : 0);
}

export const governanceKeys = {
  all: ["governance"] as const,
  risk: (area: string, band: string) => ["governance", "risk", area, band] as const,
  fundRisk: (fundId: string) => ["governance", "fund-risk", fundId] as const,
  assessments: (fiscalYear: number, area: string, fundId: string) =>
    ["governance", "assessments", fiscalYear, area, fundId] as const,
  assessment: (id: string) => ["governance", "assessment", id] as const,
  reconciliations: (fundId: string) => ["governance", "reconciliations", fundId] as const,
};

const PAGE_SIZE = 30;

/** `band`: "" all, "atRisk" medium and high, or one band. */
export function riskQueryParams(area: string, band: string) {
  return {
    area: area || undefined,
    atRisk: band === "atRisk" ? "true" : undefined,
    band: band === "low" || band === "medium" || band === "high" ? band : undefined,
  };
}

export const riskListQuery = (area: string, band: string) =>
  infiniteQueryOptions({
    queryKey: governanceKeys.risk(area, band),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<FundRisk> & { asOf: string | null }>(
        "/api/risk/funds",
        { ...riskQueryParams(area, band), limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const fundRiskQuery = (fundId: string) =>
  queryOptions({
    queryKey: governanceKeys.fundRisk(fundId),
    queryFn: ({ signal }) =>
      api.get<FundRiskDetail>(`/api/funds/${encodeURIComponent(fundId)}/risk`, undefined, signal),
    retry: false,
  });

export const assessmentListQuery = (fiscalYear: number, area: string, fundId = "") =>
  infiniteQueryOptions({
    queryKey: governanceKeys.assessments(fiscalYear, area, fundId),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<AssessmentSummary>>(
        "/api/governance/assessments",
        {
          fiscalYear,
          area: area || undefined,
          fundId: fundId || undefined,
          limit: PAGE_SIZE,
          cursor: pageParam,
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const assessmentQuery = (id: string) =>
  queryOptions({
    queryKey: governanceKeys.assessment(id),
    queryFn: ({ signal }) =>
      api.get<Assessment>(`/api/governance/assessments/${encodeURIComponent(id)}`, undefined, signal),
  });

export const reconciliationsQuery = (fundId: string) =>
  queryOptions({
    queryKey: governanceKeys.reconciliations(fundId),
    queryFn: ({ signal }) =>
      api.get<{ items: Reconciliation[] }>(
        `/api/governance/funds/${encodeURIComponent(fundId)}/bank-reconciliations`,
        undefined,
        signal,
      ),
  });

export const createAssessment = (fundId: string, fiscalYear: number) =>
  api.post<Assessment>("/api/governance/assessments", { fundId, fiscalYear });

export const updateItem = (id: string, key: string, body: { result?: ItemResult; note?: string }) =>
  request<Assessment>(
    `/api/governance/assessments/${encodeURIComponent(id)}/items/${encodeURIComponent(key)}`,
    {
      method: "PUT",
      body,
    },
  );

export const refreshAssessment = (id: string) =>
  api.post<Assessment>(`/api/governance/assessments/${encodeURIComponent(id)}/refresh`);

export const submitAssessment = (id: string) =>
  api.post<Assessment>(`/api/governance/assessments/${encodeURIComponent(id)}/submit`);

export const recordReconciliation = (
  fundId: string,
  body: { statementDate: string; statementBalanceSatang: number; note?: string },
) =>
  api.post<Reconciliation>(`/api/governance/funds/${encodeURIComponent(fundId)}/bank-reconciliations`, body);
