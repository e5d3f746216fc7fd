// Community livelihoods: plans with their five steps, organisations and trainings.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import { api } from "../../lib/api";

export const PLAN_STEPS = ["prepare", "plan", "act", "evaluate", "summarise"] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];
export type PlanState = PlanStep | "completed";

export interface PlanSummary {
  id: string;
  areaCode: string;
  areaName: string;
  fiscalYear: number;
  title: string;
  step: PlanState;
  stepNumber: number;
  targetHouseholds: number;
  modelHouseholds: number;
}

export interface PlanDetail extends PlanSummary {
  steps: { step: PlanStep; startedOn: string | null; completedOn: string | null; evidenceCount: number }[];
  evidence: {
    id: string;
    step: PlanStep;
    evidenceOn: string;
    description: string;
    files: { id: string; fileName: string }[];
  }[];
  households: {
    id: string;
    householdId: string;
    houseNo: string;
    headName: string;
    occupation: string;
    isModel: boolean;
  }[];
}

export interface Organisation {
  id: string;
  areaCode: string;
  kind: string;
  name: string;
  mission: string;
  members: { id: string; name: string; role: string; phone: string | null }[];
}

export interface Training {
  id: string;
  areaCode: string;
  heldOn: string;
  topic: string;
  place: string;
  lecturers: { id: string; name: string }[];
  participants: { householdId: string; name: string; houseNo: string }[];
}

export const livelihoodKeys = { all: ["livelihoods"] as const };

function pages<T>(path: string, key: string) {
  return infiniteQueryOptions({
    queryKey: ["livelihoods", key] as const,
    queryFn: ({ pageParam, signal }) => api.get<Page<T>>(path, { limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export const planListQuery = () => pages<PlanSummary>("/api/livelihoods/plans", "plans");
export const organisationListQuery = () =>
  pages<Organisation>("/api/livelihoods/organisations", "organisations");
export const trainingListQuery = () => pages<Training>("/api/livelihoods/trainings", "trainings");

export const planQuery = (id: string) =>
  queryOptions({
    queryKey: ["livelihoods", "plan", id] as const,
    queryFn: ({ signal }) => api.get<PlanDetail>(`/api/livelihoods/plans/${id}`, undefined, signal),
  });

export const createPlan = (body: { areaCode: string; fiscalYear: number; title: string }) =>
  api.post<PlanDetail>("/api/livelihoods/plans", body);
export const addEvidence = (planId: string, body: { evidenceOn: string; description: string }) =>
  api.post<PlanDetail>(`/api/livelihoods/plans/${planId}/evidence`, body);
export const advancePlan = (planId: string, to: PlanState) =>
  api.post<PlanDetail>(`/api/livelihoods/plans/${planId}/advance`, { to });

export function nextState(step: PlanState): PlanState {
  if (step === "completed") return "completed";
  return PLAN_STEPS[PLAN_STEPS.indexOf(step) + 1] ?? "completed";
}
