// Poverty-case queries and mutations: cases, plan, deliveries and their evidence files, stage moves, mentors' households, visits and photos, progress, agencies and the menu.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import { api, request } from "../../lib/api";

export const STAGES = ["survive", "sufficient", "sustainable"] as const;
export type Stage = (typeof STAGES)[number];
export const DIMENSIONS = ["health", "living", "education", "income", "public_access"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const CLOSING_REASONS = ["graduated", "moved", "died", "merged", "other"] as const;
export const EVIDENCE_KINDS = ["photo", "document", "receipt", "signature", "note"] as const;

type Localized = { th: string; en: string };

export interface PovertyCase {
  id: string;
  householdId: string;
  headName: string;
  houseNo: string;
  areaCode: string;
  programmeYear: number;
  stage: Stage;
  status: "open" | "closed";
  openedOn: string;
  source: string;
  dataYear: number | null;
  failingDimensions: Dimension[];
  closedOn: string | null;
  closingReason: string | null;
  closingNote: string | null;
}

export interface PlanItem {
  id: string;
  menuCode: string;
  nameTh: string;
  nameEn: string | null;
  dimension: Dimension;
  agencyId: string;
  agencyNameTh: string;
  quantity: number;
  unit: string;
  plannedValueSatang: number;
  deliveredSatang: number;
}

/** A file of a visit (photo) or a delivery (evidence): metadata; the bytes come from the scoped URL below. */
export interface CaseFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export interface Visit {
  id: string;
  pairingId: string;
  mentorName: string;
  visitedOn: string;
  findings: Record<string, string>;
  advice: string | null;
  nextStep: string | null;
  latitude: number | null;
  longitude: number | null;
  photos: CaseFile[];
}

export const visitPhotoUrl = (visitId: string, photoId: string) =>
  `/api/poverty/mentors/visits/${visitId}/photos/${photoId}`;
export const deliveryFileUrl = (caseId: string, deliveryId: string, fileId: string) =>
  `/api/poverty/cases/${caseId}/deliveries/${deliveryId}/files/${fileId}`;

export interface Delivery {
  id: string;
  planItemId: string;
  dimension: Dimension;
  agencyNameTh: string;
  deliveredOn: string;
  quantity: number;
  valueSatang: number;
  evidence: { kind: string; ref: string }[];
  files: CaseFile[];
}

export interface CaseDetail {
  case: PovertyCase;
  profile: {
    source: "bmn" | "import";
    dataYear: number;
    failingIndicators: Record<Dimension, number[]>;
    failingDimensions: Dimension[];
  } | null;
  evaluation: {
    dataYear: number | null;
    highestMet: Stage | null;
    stages: {
      stage: Stage;
      met: boolean;
      results: { stage: Stage; kind: string; met: boolean; reason: Localized }[];
    }[];
    proposedStage: Stage | null;
    graduationRequiresLoansCurrent: boolean;
    loansCurrent: { met: boolean; reason: Localized };
  };
  history: {
    seq: number;
    stage: Stage;
    on: string;
    kind: string;
    confirmedByName: string;
    reason: string | null;
  }[];
  plan: PlanItem[];
  deliveries: Delivery[];
  totals: { plannedSatang: number; deliveredSatang: number };
  loans:
    | {
        id: string;
        loanNo: string;
        principalSatang: number;
        outstandingSatang: number;
        status: string;
        classification: string | null;
        nextDueOn: string | null;
      }[]
    | null;
  debtPlans:
    | { id: string; centreName: string; status: string; plannedOn: string; debtFreeOn: string | null }[]
    | null;
  debtSurvey: { surveyedOn: string; debts: number; outstandingSatang: number; arrearsSatang: number } | null;
  mentors: {
    pairingId: string;
    mentorId: string;
    mentorName: string;
    schemeCode: string;
    schemeName: { th: string; en: string };
    startOn: string;
    lastVisitOn: string | null;
  }[];
  asOf: string;
}

export interface MenuItem {
  id: string;
  code: string;
  nameTh: string;
  nameEn: string | null;
  dimension: Dimension;
  agencyId: string;
  unitValueSatang: number;
  unit: string;
  eligibilityNotes: string | null;
  isActive: boolean;
}

export interface Agency {
  id: string;
  code: string;
  nameTh: string;
  nameEn: string | null;
  kind: string;
}

export interface ResponsibilityTable {
  areaCode: string;
  dimensions: { dimension: Dimension; name: Localized; agencies: Agency[] }[];
}

export interface WorklistItem {
  pairingId: string;
  householdId: string;
  headName: string;
  houseNo: string;
  areaCode: string;
  schemeCode: string;
  caseId: string | null;
  stage: Stage | null;
  lastVisitOn: string | null;
  dueOn: string;
  overdueDays: number;
  isOverdue: boolean;
}

export interface Worklist {
  mentor: { id: string; name: string } | null;
  asOf: string;
  items: WorklistItem[];
  overdue: number;
}

export interface ProgressRow {
  code: string;
  nameTh: string;
  nameEn: string | null;
  targeted: number;
  open: number;
  survive: number;
  sufficient: number;
  sustainable: number;
  graduated: number;
  helped: number;
  helpedByDimension: Record<Dimension, number>;
  deliveries: number;
  deliveredSatang: number;
  mentors: number;
  pairedHouseholds: number;
  visitedRecently: number;
  lastVisitOn: string | null;
}

export interface Progress {
  area: string;
  programmeYear: number;
  asOf: string;
  total: ProgressRow;
  children: ProgressRow[];
  nextCursor: string | null;
  agencies: {
    agencyId: string;
    nameTh: string;
    households: number;
    planItems: number;
    plannedSatang: number;
    deliveries: number;
    deliveredSatang: number;
  }[];
}

export interface DistrictsTable {
  province: string;
  provinceNameTh: string;
  programmeYear: number;
  rows: ProgressRow[];
  total: ProgressRow;
}

export interface CaseFilters {
  area?: string | undefined;
  year?: number | undefined;
  stage?: string | undefined;
  status?: string | undefined;
  dimension?: string | undefined;
  q?: string | undefined;
}

export const casesQuery = (filters: CaseFilters) =>
  infiniteQueryOptions({
    queryKey: ["poverty-cases", filters] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<PovertyCase>>("/api/poverty/cases", { ...filters, limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: ["poverty-case", id] as const,
    queryFn: ({ signal }) => api.get<CaseDetail>(`/api/poverty/cases/${id}`, undefined, signal),
  });

export const caseVisitsQuery = (id: string) =>
  queryOptions({
    queryKey: ["poverty-case", id, "visits"] as const,
    queryFn: ({ signal }) =>
      api.get<{ items: Visit[] }>(`/api/poverty/cases/${id}/visits`, undefined, signal),
  });

export const pairingVisitsQuery = (pairingId: string) =>
  queryOptions({
    queryKey: ["poverty-pairing-visits", pairingId] as const,
    queryFn: ({ signal }) =>
      api.get<{ items: Visit[] }>(`/api/poverty/mentors/pairings/${pairingId}/visits`, undefined, signal),
  });

export const menuQuery = (province: string) =>
  queryOptions({
    queryKey: ["poverty-menu", province] as const,
    queryFn: ({ signal }) => api.get<{ items: MenuItem[] }>("/api/poverty/menu", { province }, signal),
  });

export const agenciesQuery = (province: string) =>
  queryOptions({
    queryKey: ["poverty-agencies", province] as const,
    queryFn: ({ signal }) => api.get<{ items: Agency[] }>("/api/poverty/agencies", { province }, signal),
  });

export const responsibilitiesQuery = (province: string) =>
  queryOptions({
    queryKey: ["poverty-responsibilities", province] as const,
    queryFn: ({ signal }) =>
      api.get<ResponsibilityTable>("/api/poverty/agencies/responsibilities", { province }, signal),
  });

export const myHouseholdsQuery = queryOptions({
  queryKey: ["poverty-my-households"] as const,
  queryFn: ({ signal }) => api.get<Worklist>("/api/poverty/mentors/me/households", undefined, signal),
});

export const progressQuery = (area: string, year: number | undefined) =>
  infiniteQueryOptions({
    queryKey: ["poverty-progress", area, year] as const,
    queryFn: ({ pageParam, signal }) =>
      api.get<Progress>("/api/poverty/progress", { area, year, limit: 100, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const districtsQuery = (province: string, year: number | undefined) =>
  queryOptions({
    queryKey: ["poverty-districts", province, year] as const,
    queryFn: ({ signal }) =>
      api.get<DistrictsTable>(`/api/poverty/progress/provinces/${province}/districts`, { year }, signal),
  });

export const targetListsQuery = queryOptions({
  queryKey: ["poverty-case-target-lists"] as const,
  queryFn: ({ signal }) =>
    api.get<Page<{ id: string; name: string; programmeYear: number; areaCode: string; rowCount: number }>>(
      "/api/poverty/targets",
      { limit: 20 },
      signal,
    ),
});

export const caseActions = {
  openFromList: (listId: string) =>
    api.post<{ opened: number; alreadyOpen: unknown[]; unmatchedRows: number }>(
      "/api/poverty/cases/from-target-list",
      {
        listId,
      },
    ),
  confirmStage: (id: string, body: { to: Stage; reason?: string }) =>
    api.post<CaseDetail>(`/api/poverty/cases/${id}/stage`, body),
  addPlanItem: (id: string, body: { menuItemId: string; quantity: number }) =>
    api.post<CaseDetail>(`/api/poverty/cases/${id}/plan-items`, body),
  logDelivery: (
    id: string,
    body: {
      planItemId: string;
      deliveredOn: string;
      quantity: number;
      evidence: { kind: string; ref: string }[];
    },
  ) => api.post<CaseDetail>(`/api/poverty/cases/${id}/deliveries`, body),
  close: (id: string, body: { reason: string; note?: string }) =>
    api.post<CaseDetail>(`/api/poverty/cases/${id}/close`, body),
  logVisit: (body: {
    pairingId: string;
    visitedOn: string;
    findings: Record<string, string>;
    advice?: string;
    nextStep?: string;
    latitude?: number;
    longitude?: number;
  }) => api.post<Visit>("/api/poverty/mentors/visits", body),
  uploadVisitPhoto: (visitId: string, file: File) => {
    const form = new FormData();
    form.append("file", file, file.name);
    return api.post<CaseFile>(`/api/poverty/mentors/visits/${visitId}/photos`, form);
  },
  deleteVisitPhoto: (visitId: string, photoId: string) =>
    request<CaseFile>(visitPhotoUrl(visitId, photoId), { method: "DELETE" }),
  uploadDeliveryFile: (caseId: string, deliveryId: string, file: File) => {
    const form = new FormData();
    form.append("file", file, file.name);
    return api.post<CaseFile>(`/api/poverty/cases/${caseId}/deliveries/${deliveryId}/files`, form);
  },
  deleteDeliveryFile: (caseId: string, deliveryId: string, fileId: string) =>
    request<CaseFile>(deliveryFileUrl(caseId, deliveryId, fileId), { method: "DELETE" }),
  openCase: (body: { householdId: string; programmeYear: number }) =>
    api.post<PovertyCase>("/api/poverty/cases", body),
  setResponsibility: (body: { areaCode: string; dimension: Dimension; agencyIds: string[] }) =>
    request<ResponsibilityTable>("/api/poverty/agencies/responsibilities", { method: "PUT", body }),
  addMenuItem: (body: {
    areaCode: string;
    code: string;
    nameTh: string;
    dimension: Dimension;
    agencyId: string;
    unitValueSatang: number;
    unit: string;
    eligibilityNotes?: string;
  }) => api.post<MenuItem>("/api/poverty/menu", body),
};
