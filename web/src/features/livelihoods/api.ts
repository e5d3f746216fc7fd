// Community livelihoods: plans with their five steps and evidence files, organisations, lecturer teams, trainings,
// target households and their fund access. The shapes mirror src/modules/livelihoods/contracts.ts.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import type { HouseholdSummary } from "../../../../src/shared/contracts/households";
import { api, isApiError } from "../../lib/api";

export const ORGANISATION_KINDS = [
  "community_council",
  "women_committee",
  "cd_volunteers",
  "savings_network",
  "other",
] as const;
export const MEMBER_ROLES = ["chair", "vice_chair", "secretary", "treasurer", "member", "advisor"] as const;
export const LECTURER_ROLES = ["leader", "member"] as const;
export const ACCESS_KINDS = ["member", "borrower", "grant"] as const;

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

export interface EvidenceFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface PlanDetail extends PlanSummary {
  steps: { step: PlanStep; startedOn: string | null; completedOn: string | null; evidenceCount: number }[];
  evidence: {
    id: string;
    step: PlanStep;
    evidenceOn: string;
    description: string;
    files: EvidenceFile[];
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

export interface LecturerTeam {
  id: string;
  areaCode: string;
  name: string;
  formedOn: string;
  lecturers: { id: string; name: string; role: string; expertise: string; householdId: string | null }[];
}

export interface FundAccess {
  householdId: string;
  kaejon: {
    fundId: string;
    fundName: string;
    fundType: string;
    loans: number;
    principalSatang: number;
    outstandingSatang: number;
    firstContractedOn: string;
  }[];
  outside: { id: string; fundName: string; accessKind: string; since: string; note: string }[];
}

export interface Training {
  id: string;
  areaCode: string;
  planId: string | null;
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
export const teamListQuery = () => pages<LecturerTeam>("/api/livelihoods/teams", "teams");

/** Households of an area whose house number or head's name matches, for the pickers. */
export const householdOptionsQuery = (area: string, q: string) =>
  queryOptions({
    queryKey: ["livelihoods", "household-options", area, q] as const,
    queryFn: ({ signal }) =>
      api.get<Page<HouseholdSummary>>("/api/households", { area, q, limit: 20 }, signal),
    enabled: area !== "",
  });

export const fundAccessQuery = (householdId: string) =>
  queryOptions({
    queryKey: ["livelihoods", "fund-access", householdId] as const,
    queryFn: ({ signal }) =>
      api.get<FundAccess>(`/api/livelihoods/households/${householdId}/funds`, undefined, signal),
  });

export const planQuery = (id: string) =>
  queryOptions({
    queryKey: ["livelihoods", "plan", id] as const,
    queryFn: ({ signal }) => api.get<PlanDetail>(`/api/livelihoods/plans/${id}`, undefined, signal),
  });

export const createPlan = (body: { areaCode: string; fiscalYear: number; title: string }) =>
  api.post<PlanDetail>("/api/livelihoods/plans", body);
export const addEvidence = (planId: string, body: { evidenceOn: string; description: string }) =>
  api.post<PlanDetail & { evidenceId: string }>(`/api/livelihoods/plans/${planId}/evidence`, body);
export const advancePlan = (planId: string, to: PlanState, on: string) =>
  api.post<PlanDetail>(`/api/livelihoods/plans/${planId}/advance`, { to, on });
export const addTargetHousehold = (
  planId: string,
  body: { householdId: string; occupation: string; isModel: boolean },
) => api.post<PlanDetail>(`/api/livelihoods/plans/${planId}/households`, body);

export function uploadEvidenceFile(evidenceId: string, file: File): Promise<EvidenceFile> {
  const form = new FormData();
  form.append("file", file, file.name);
  return api.post<EvidenceFile>(`/api/livelihoods/evidence/${evidenceId}/files`, form);
}
export const evidenceFileUrl = (evidenceId: string, fileId: string) =>
  `/api/livelihoods/evidence/${encodeURIComponent(evidenceId)}/files/${encodeURIComponent(fileId)}`;

export interface OrganisationBody {
  areaCode: string;
  kind: string;
  name: string;
  mission: string;
  members: { name: string; role: string; phone?: string }[];
}
export const createOrganisation = (body: OrganisationBody) =>
  api.post<Organisation>("/api/livelihoods/organisations", body);
export const addOrganisationMember = (id: string, body: { name: string; role: string; phone?: string }) =>
  api.post<Organisation>(`/api/livelihoods/organisations/${id}/members`, body);

export interface TeamBody {
  areaCode: string;
  name: string;
  formedOn: string;
  lecturers: { name: string; role: string; expertise: string }[];
}
export const createTeam = (body: TeamBody) => api.post<LecturerTeam>("/api/livelihoods/teams", body);

export interface TrainingBody {
  areaCode: string;
  planId?: string;
  heldOn: string;
  topic: string;
  place: string;
  lecturerIds: string[];
  participants: { householdId: string; name: string }[];
}
export const recordTraining = (body: TrainingBody) => api.post<Training>("/api/livelihoods/trainings", body);

export const addFundLink = (
  householdId: string,
  body: { fundName: string; accessKind: string; since: string; note: string },
) => api.post<FundAccess>(`/api/livelihoods/households/${householdId}/funds`, body);

/**
 * The message of a refused request under the field it concerns: the body's validation issues
 * ({ path: "body.members.0.name" } → "members.0.name"), and the module's own refusals, which name their field
 * in details.field or by the value they refuse.
 */
export function fieldErrors(error: unknown, lang: "th" | "en"): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  const text = lang === "en" ? error.messageEn : error.messageTh;
  const details = (error.details ?? {}) as {
    issues?: { path: string; message?: string }[];
    field?: string;
  } & Record<string, unknown>;
  for (const issue of details.issues ?? []) {
    out[issue.path.replace(/^body\.?/, "")] = text;
  }
  if (typeof details.field === "string") out[details.field] = text;
  for (const key of ["areaCode", "householdId", "lecturerId", "year", "evidenceOn", "on"]) {
    if (key in details && !(key in out)) out[key === "year" ? "fiscalYear" : key] = text;
  }
  return out;
}

export function nextState(step: PlanState): PlanState {
  if (step === "completed") return "completed";
  return PLAN_STEPS[PLAN_STEPS.indexOf(step) + 1] ?? "completed";
}
