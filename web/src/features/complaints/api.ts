// Complaint queries and calls: lists, one case, intake, replies, statuses, routing and the public tracking.
// The shapes mirror src/modules/complaints/contracts.ts (the web app imports only src/shared).
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import { api, request } from "../../lib/api";

export const COMPLAINT_STATUSES = ["received", "in_progress", "replied", "closed", "rejected"] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const CLOSED_OUTCOMES = ["resolved", "partly_resolved", "unfounded", "referred"] as const;
export const REJECTED_OUTCOMES = ["outside_mandate", "insufficient_information", "duplicate"] as const;

export interface Localized {
  th: string;
  en: string;
}

export interface Complaint {
  id: string;
  referenceNo: string;
  fundId: string | null;
  fundName: string | null;
  areaCode: string;
  areaName: string | null;
  officeCode: string;
  officeName: string | null;
  category: string;
  categoryName: Localized;
  subject: string;
  concernedName: string | null;
  channel: string;
  status: ComplaintStatus;
  receivedOn: string;
  dueOn: string;
  closedOn: string | null;
  outcome: string | null;
  anonymous: boolean;
  overdue: boolean;
  complainant: { name: string; phone: string; address: string | null } | null;
}

export interface ComplaintDetail {
  complaint: Complaint & { details: string; outcomeNote: string | null };
  events: Array<{
    id: string;
    kind: string;
    fromValue: string | null;
    toValue: string;
    occurredOn: string;
    note: string | null;
  }>;
  replies: Array<{
    id: string;
    visibility: "public" | "internal";
    body: string;
    repliedOn: string;
    authorName: string;
  }>;
  allowedMoves: ComplaintStatus[];
}

export interface Category {
  code: string;
  nameTh: string;
  nameEn: string;
  slaDays: number;
  isActive: boolean;
  sortOrder: number;
}

export interface FiledComplaint {
  id: string;
  referenceNo: string;
  status: ComplaintStatus;
  receivedOn: string;
  dueOn: string;
  anonymous: boolean;
  trackWith: "reference_only" | "reference_and_phone_last4";
}

export interface TrackResult {
  referenceNo: string;
  status: ComplaintStatus;
  categoryName: Localized;
  receivedOn: string;
  dueOn: string;
  closedOn: string | null;
  outcome: string | null;
  replies: Array<{ repliedOn: string; body: string }>;
}

export interface ComplaintFilters {
  area?: string | undefined;
  status?: string | undefined;
  overdue?: string | undefined;
}

export const complaintKeys = {
  all: ["complaints"] as const,
  list: (f: ComplaintFilters) => ["complaints", "list", f] as const,
  one: (id: string) => ["complaints", "one", id] as const,
  categories: ["complaints", "categories"] as const,
  mine: ["complaints", "mine"] as const,
};

export const complaintListQuery = (filters: ComplaintFilters) =>
  infiniteQueryOptions({
    queryKey: complaintKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Complaint>>("/api/complaints", { ...filters, limit: 30, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const complaintQuery = (id: string) =>
  queryOptions({
    queryKey: complaintKeys.one(id),
    queryFn: ({ signal }) =>
      api.get<ComplaintDetail>(`/api/complaints/${encodeURIComponent(id)}`, undefined, signal),
  });

export const categoriesQuery = queryOptions({
  queryKey: complaintKeys.categories,
  queryFn: ({ signal }) => api.get<{ items: Category[] }>("/api/complaints/categories", undefined, signal),
  staleTime: 5 * 60_000,
});

export const myComplaintsQuery = queryOptions({
  queryKey: complaintKeys.mine,
  queryFn: ({ signal }) => api.get<{ items: Complaint[] }>("/api/complaints/mine", undefined, signal),
});

export interface FileComplaintBody {
  anonymous: boolean;
  complainant?: { name: string; phone: string; address?: string };
  category: string;
  subject: string;
  details: string;
  fundId?: string;
  areaCode?: string;
  concernedName?: string;
  receivedOn?: string;
}

export const fileComplaint = (body: FileComplaintBody) => api.post<FiledComplaint>("/api/complaints", body);

const path = (id: string) => `/api/complaints/${encodeURIComponent(id)}`;

export const complaintCalls = {
  reply: (id: string, body: { visibility: "public" | "internal"; body: string }) =>
    api.post<ComplaintDetail>(`${path(id)}/replies`, body),
  status: (
    id: string,
    body: { status: "in_progress" | "closed" | "rejected"; outcome?: string; note?: string },
  ) => api.post<ComplaintDetail>(`${path(id)}/status`, body),
  route: (id: string, body: { officeCode: string; reason: string }) =>
    api.post<ComplaintDetail>(`${path(id)}/route`, body),
  saveCategory: (code: string, body: Omit<Category, "code">) =>
    request<{ items: Category[] }>(`/api/complaints/categories/${encodeURIComponent(code)}`, {
      method: "PUT",
      body,
    }),
};

export interface ComplaintDocument {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export const complaintDocumentsQuery = (id: string) =>
  queryOptions({
    queryKey: ["complaints", "documents", id] as const,
    queryFn: ({ signal }) =>
      api.get<{ items: ComplaintDocument[] }>(`${path(id)}/documents`, undefined, signal),
  });

export const complaintDocumentUrl = (id: string, fileId: string) =>
  `${path(id)}/documents/${encodeURIComponent(fileId)}`;

export const deleteComplaintDocument = (id: string, fileId: string) =>
  request<ComplaintDocument>(complaintDocumentUrl(id, fileId), { method: "DELETE" });

/** Public: works without a session; a 401 here is never an expired session. */
export const trackComplaint = (body: { referenceNo: string; phoneLast4?: string }) =>
  api.post<TrackResult>("/api/complaints/track", body, { redirectOn401: false });
