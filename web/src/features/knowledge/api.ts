// Knowledge library queries and calls: search, records, categories, learning centres, model villages and their files. The shapes mirror src/modules/knowledge/contracts.ts.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import type { AttachmentItem } from "../../components/attachment-list";
import { api } from "../../lib/api";

const enc = encodeURIComponent;
const PAGE_SIZE = 20;

export type RecordStatus = "draft" | "published";
export const MODEL_VILLAGE_KINDS = [
  "kkj_model",
  "livelihood_model",
  "sufficiency_economy",
  "debt_centre_model",
  "other",
] as const;
export type ModelVillageKind = (typeof MODEL_VILLAGE_KINDS)[number];

export interface HighlightPart {
  text: string;
  hit: boolean;
}

export interface Category {
  code: string;
  nameTh: string;
  nameEn: string;
  sortOrder: number;
  active: boolean;
}

export interface RecordSummary {
  id: string;
  title: string;
  titleParts: HighlightPart[];
  categoryCode: string;
  areaCode: string;
  areaName: string | null;
  ownerName: string;
  ownerPosition: string;
  ownerOffice: string;
  status: RecordStatus;
  snippet: HighlightPart[];
  rank: number | null;
  updatedAt: string;
}

export interface SearchPage extends Page<RecordSummary> {
  words: string[];
  /** With words: matches counted up to 1,000 (`more`: more than that); null for the plain list. */
  matches?: { count: number; more: boolean } | null;
}

export interface RecordDetail {
  id: string;
  title: string;
  categoryCode: string;
  areaCode: string;
  areaName: string | null;
  ownerName: string;
  ownerPosition: string;
  ownerOffice: string;
  ownerPhone: string | null;
  ownerEmail: string | null;
  background: string;
  steps: string;
  results: string;
  lessons: string;
  status: RecordStatus;
  learningCentre: { id: string; name: string } | null;
  modelVillage: { id: string; areaCode: string; areaName: string | null; kind: string } | null;
  attachments: AttachmentItem[];
  canEdit: boolean;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface RecordBody {
  title: string;
  categoryCode: string;
  areaCode: string;
  ownerName: string;
  ownerPosition: string;
  ownerOffice: string;
  ownerPhone: string;
  ownerEmail: string;
  background: string;
  steps: string;
  results: string;
  lessons: string;
  status: RecordStatus;
  learningCentreId: string | null;
  modelVillageId: string | null;
}

export interface LearningCentre {
  id: string;
  areaCode: string;
  areaName: string | null;
  name: string;
  topics: string[];
  description: string;
  contactName: string;
  contactPhone: string | null;
  latitude: number | null;
  longitude: number | null;
  updatedAt: string;
}

export interface ModelVillage {
  id: string;
  areaCode: string;
  areaName: string | null;
  kind: ModelVillageKind;
  yearDesignated: number;
  learningCentreId: string | null;
  learningCentreName: string | null;
  notes: string;
  updatedAt: string;
}

export interface LearningCentreDetail extends LearningCentre {
  records: RecordSummary[];
  modelVillages: ModelVillage[];
  attachments: AttachmentItem[];
  canEdit: boolean;
}

export interface ModelVillageDetail extends ModelVillage {
  records: RecordSummary[];
  attachments: AttachmentItem[];
  canEdit: boolean;
}

export interface SearchFilters {
  q?: string | undefined;
  category?: string | undefined;
  area?: string | undefined;
  status?: RecordStatus | undefined;
}

export const knowledgeKeys = {
  all: ["knowledge"] as const,
  search: (f: SearchFilters) => [...knowledgeKeys.all, "search", f] as const,
  record: (id: string) => [...knowledgeKeys.all, "record", id] as const,
  categories: () => [...knowledgeKeys.all, "categories"] as const,
  centres: (q: string, area: string | undefined) => [...knowledgeKeys.all, "centres", q, area ?? ""] as const,
  centre: (id: string) => [...knowledgeKeys.all, "centre", id] as const,
  villages: (q: string, kind: string | undefined) =>
    [...knowledgeKeys.all, "villages", q, kind ?? ""] as const,
  village: (id: string) => [...knowledgeKeys.all, "village", id] as const,
};

export const searchQuery = (f: SearchFilters) =>
  infiniteQueryOptions({
    queryKey: knowledgeKeys.search(f),
    queryFn: ({ pageParam, signal }) =>
      api.get<SearchPage>("/api/knowledge", { ...f, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const recordQuery = (id: string) =>
  queryOptions({
    queryKey: knowledgeKeys.record(id),
    queryFn: ({ signal }) => api.get<RecordDetail>(`/api/knowledge/${enc(id)}`, undefined, signal),
  });

export const categoriesQuery = () =>
  queryOptions({
    queryKey: knowledgeKeys.categories(),
    queryFn: ({ signal }) => api.get<{ items: Category[] }>("/api/knowledge/categories", undefined, signal),
    staleTime: 5 * 60_000,
  });

export const centresQuery = (q: string, area?: string) =>
  infiniteQueryOptions({
    queryKey: knowledgeKeys.centres(q, area),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<LearningCentre>>(
        "/api/learning-centres",
        { q, area, limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const centreQuery = (id: string) =>
  queryOptions({
    queryKey: knowledgeKeys.centre(id),
    queryFn: ({ signal }) =>
      api.get<LearningCentreDetail>(`/api/learning-centres/${enc(id)}`, undefined, signal),
  });

export const villagesQuery = (q: string, kind?: string) =>
  infiniteQueryOptions({
    queryKey: knowledgeKeys.villages(q, kind),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<ModelVillage>>("/api/model-villages", { q, kind, limit: 50, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const villageQuery = (id: string) =>
  queryOptions({
    queryKey: knowledgeKeys.village(id),
    queryFn: ({ signal }) => api.get<ModelVillageDetail>(`/api/model-villages/${enc(id)}`, undefined, signal),
  });

/** Empty optional fields are left out (the API treats a missing field as "not given"). */
function cleanBody(body: RecordBody): Record<string, unknown> {
  return {
    ...body,
    ownerPhone: body.ownerPhone.trim() || undefined,
    ownerEmail: body.ownerEmail.trim() || undefined,
  };
}

export function createRecord(body: RecordBody): Promise<RecordDetail> {
  return api.post<RecordDetail>("/api/knowledge", cleanBody(body));
}

export function updateRecord(id: string, body: RecordBody): Promise<RecordDetail> {
  return api.patch<RecordDetail>(`/api/knowledge/${enc(id)}`, {
    ...cleanBody(body),
    ownerPhone: body.ownerPhone.trim(),
    ownerEmail: body.ownerEmail.trim(),
  });
}
