// Monitoring visits: queries and writes of visits, follow-ups, photos and the officers who may own follow-ups.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import { api } from "../../lib/api";

export const SUBJECT_TYPES = ["fund", "debt_centre", "village", "household"] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export interface FollowUp {
  id: string;
  visitId: string;
  areaCode: string;
  description: string;
  ownerId: string;
  ownerName: string;
  dueOn: string;
  status: "open" | "done";
  doneOn: string | null;
  doneNote: string | null;
  isOverdue: boolean;
  daysOverdue: number;
  visitedOn?: string;
  subjectType?: SubjectType;
  subjectName?: string;
}

export interface VisitSummary {
  id: string;
  areaCode: string;
  subjectType: SubjectType;
  subjectId: string | null;
  subjectName: string;
  visitedOn: string;
  purpose: string;
  teamNames: string[];
  followUpsOpen: number;
  followUpsOverdue: number;
  followUpsDone: number;
}

export interface Photo {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export interface VisitDetail extends VisitSummary {
  areaPath: { code: string; nameTh: string }[];
  peopleMet: { name: string; role: string }[];
  findings: string;
  recommendations: string;
  team: { seq: number; userId: string | null; name: string; position: string }[];
  followUps: FollowUp[];
  photos: Photo[];
  createdAt: string;
  updatedAt: string;
}

export interface Assignee {
  id: string;
  displayName: string;
  role: string;
  position: string | null;
  scopeCode: string;
}

export interface FollowUpInput {
  description: string;
  ownerId: string;
  dueOn: string;
}

export interface CreateVisitBody {
  subjectType: SubjectType;
  subjectId?: string | undefined;
  villageCode?: string | undefined;
  visitedOn: string;
  purpose: string;
  peopleMet: { name: string; role: string }[];
  findings: string;
  recommendations: string;
  team: { userId?: string; name?: string; position?: string }[];
  followUps: FollowUpInput[];
}

const PAGE_SIZE = 30;

export const monitoringKeys = {
  all: ["monitoring"] as const,
  visits: (area: string, subjectType: string) => ["monitoring", "visits", area, subjectType] as const,
  visit: (id: string) => ["monitoring", "visit", id] as const,
  followUps: (scope: string, overdue: boolean) => ["monitoring", "follow-ups", scope, overdue] as const,
  assignees: (area: string) => ["monitoring", "assignees", area] as const,
};

export const visitListQuery = (area: string, subjectType: string) =>
  infiniteQueryOptions({
    queryKey: monitoringKeys.visits(area, subjectType),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<VisitSummary>>(
        "/api/monitoring/visits",
        {
          area: area || undefined,
          subjectType: subjectType || undefined,
          limit: PAGE_SIZE,
          cursor: pageParam,
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const visitQuery = (id: string) =>
  queryOptions({
    queryKey: monitoringKeys.visit(id),
    queryFn: ({ signal }) => api.get<VisitDetail>(`/api/monitoring/visits/${id}`, undefined, signal),
  });

export const followUpListQuery = (scope: "mine" | "area", overdue: boolean) =>
  infiniteQueryOptions({
    queryKey: monitoringKeys.followUps(scope, overdue),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<FollowUp>>(
        "/api/monitoring/follow-ups",
        { scope, overdue: String(overdue), limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const assigneesQuery = (area: string) =>
  queryOptions({
    queryKey: monitoringKeys.assignees(area),
    queryFn: ({ signal }) => api.get<{ items: Assignee[] }>("/api/monitoring/assignees", { area }, signal),
    enabled: /^\d{8}$/.test(area),
  });

/** The funds, debt centres or households of a village, as choices for the visit's subject. */
export const subjectChoicesQuery = (subjectType: SubjectType, village: string) =>
  queryOptions({
    queryKey: ["monitoring", "subjects", subjectType, village] as const,
    enabled: /^\d{8}$/.test(village) && subjectType !== "village",
    queryFn: async ({ signal }): Promise<{ value: string; label: string }[]> => {
      if (subjectType === "fund") {
        const page = await api.get<Page<{ id: string; name: string }>>(
          "/api/funds",
          { area: village, limit: 100 },
          signal,
        );
        return page.items.map((f) => ({ value: f.id, label: f.name }));
      }
      if (subjectType === "debt_centre") {
        const page = await api.get<Page<{ id: string; name: string }>>(
          "/api/debt-centres",
          { area: village, limit: 100 },
          signal,
        );
        return page.items.map((c) => ({ value: c.id, label: c.name }));
      }
      const page = await api.get<Page<{ id: string; houseNo: string; headName: string }>>(
        "/api/households",
        { area: village, limit: 200 },
        signal,
      );
      return page.items.map((h) => ({ value: h.id, label: `${h.houseNo} ${h.headName}` }));
    },
  });

export const recordVisit = (body: CreateVisitBody) => api.post<VisitDetail>("/api/monitoring/visits", body);

export const addFollowUp = (visitId: string, body: FollowUpInput) =>
  api.post<FollowUp>(`/api/monitoring/visits/${visitId}/follow-ups`, body);

export const completeFollowUp = (id: string, body: { doneOn: string; note: string }) =>
  api.post<FollowUp>(`/api/monitoring/follow-ups/${id}/complete`, body);

export function uploadPhoto(visitId: string, file: File) {
  const form = new FormData();
  form.append("file", file, file.name);
  return api.post<Photo>(`/api/monitoring/visits/${visitId}/photos`, form);
}

export const photoUrl = (visitId: string, photoId: string) =>
  `/api/monitoring/visits/${visitId}/photos/${photoId}`;
