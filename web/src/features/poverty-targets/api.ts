// Target lists and deprivation profiles: list and row pages, import (dry run and commit), reconciliation of two
// lists, a household's profile. The shapes mirror src/modules/poverty-cases/targets.contracts.ts.
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { ImportRowError, Page } from "../../../../src/shared/contracts/index";
import { api } from "../../lib/api";

const PAGE_SIZE = 50;
const enc = encodeURIComponent;

export const SOURCE_KINDS = ["tpmap", "district_survey", "agency"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const MATCH_KINDS = ["exact_id", "address_name", "none"] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];
export const DIMENSIONS = ["health", "living", "education", "income", "public_access"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const BUCKETS = ["only_a", "only_b", "both", "conflicting"] as const;
export type Bucket = (typeof BUCKETS)[number];

export type MatchCounts = Record<MatchKind, number>;

export interface TargetList {
  id: string;
  name: string;
  sourceKind: SourceKind;
  agencyName: string | null;
  programmeYear: number;
  areaCode: string;
  areaName: string | null;
  dataYear: number | null;
  rowCount: number;
  counts: MatchCounts;
  status: string;
  fileName: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface TargetRow {
  id: string;
  line: number;
  areaCode: string;
  villageCode: string | null;
  houseNo: string | null;
  headName: string;
  citizenIdMasked: string | null;
  householdId: string | null;
  matchKind: MatchKind;
  explanation: string;
  explanationEn: string;
  differences: string[];
  failingDimensions: Dimension[] | null;
  failingIndicators: number[] | null;
  note: string | null;
}

export interface MatchPreview {
  line: number;
  headName: string;
  villageCode: string | null;
  houseNo: string | null;
  matchKind: MatchKind;
  householdId: string | null;
  explanation: string;
  explanationEn: string;
}

export interface TargetImportReport {
  dryRun: boolean;
  committed: boolean;
  listId: string | null;
  format: "csv" | "xlsx";
  encoding: string;
  rowCount: number;
  blankCount: number;
  ignoredColumns: string[];
  counts: MatchCounts;
  errors: ImportRowError[];
  preview: MatchPreview[];
}

export interface ImportDetails {
  name: string;
  sourceKind: SourceKind;
  agencyName: string;
  programmeYear: number;
  dataYear: number | null;
}

export interface ReconcileSide {
  line: number;
  headName: string;
  villageCode: string | null;
  houseNo: string | null;
  citizenIdMasked: string | null;
  householdId: string | null;
  matchKind: MatchKind;
  failingDimensions: Dimension[] | null;
  failingIndicators: number[] | null;
}

export interface ReconcileItem {
  a: ReconcileSide | null;
  b: ReconcileSide | null;
  joinedBy: "citizen_id" | "address_name" | null;
  conflicts: { field: string; a: string; b: string }[];
}

export interface ReconcileSummary {
  a: TargetList;
  b: TargetList;
  counts: Record<Bucket, number>;
}

export interface Indicator {
  bmn: number;
  dimension: Dimension;
  name: { th: string; en: string };
  threshold: { th: string; en: string };
}

export interface Profile {
  source: "bmn" | "import";
  dataYear: number;
  configVersion: string;
  failingIndicators: Record<Dimension, number[]>;
  failingDimensions: Dimension[];
  unassessed: number[];
  isDeprived: boolean;
}

export interface HouseholdProfile {
  householdId: string;
  villageCode: string;
  houseNo: string;
  headName: string;
  status: string;
  profile: Profile | null;
  fromBmn: Profile | null;
  fromImport: (Profile & { listId: string; listName: string; line: number }) | null;
  indicators: Indicator[];
}

export const templateUrl = (format: "csv" | "xlsx") => `/api/poverty/targets/template?format=${format}`;
export const rowsExportUrl = (id: string) => `/api/poverty/targets/${enc(id)}/rows/export`;
export const reconcileExportUrl = "/api/poverty/targets/reconcile/export";

/** The server's upload limit (20 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function runTargetImport(
  file: File,
  details: ImportDetails,
  dryRun: boolean,
): Promise<TargetImportReport> {
  const form = new FormData();
  form.append("file", file, file.name);
  return api.post<TargetImportReport>("/api/poverty/targets/import", form, {
    query: {
      name: details.name,
      sourceKind: details.sourceKind,
      agencyName: details.sourceKind === "agency" ? details.agencyName : undefined,
      programmeYear: details.programmeYear,
      dataYear: details.dataYear ?? undefined,
      dryRun: String(dryRun),
    },
  });
}

export const targetListsQuery = () =>
  infiniteQueryOptions({
    queryKey: ["poverty-targets", "lists"],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<TargetList>>("/api/poverty/targets", { limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const targetListQuery = (id: string) =>
  queryOptions({
    queryKey: ["poverty-targets", "list", id],
    queryFn: ({ signal }) => api.get<TargetList>(`/api/poverty/targets/${enc(id)}`, undefined, signal),
  });

export const targetRowsQuery = (id: string, matchKind: MatchKind | undefined) =>
  infiniteQueryOptions({
    queryKey: ["poverty-targets", "rows", id, matchKind ?? "all"],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<TargetRow>>(
        `/api/poverty/targets/${enc(id)}/rows`,
        { limit: PAGE_SIZE, cursor: pageParam, matchKind },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const reconcileSummaryQuery = (a: string, b: string) =>
  queryOptions({
    queryKey: ["poverty-targets", "reconcile", a, b],
    queryFn: ({ signal }) =>
      api.get<ReconcileSummary>("/api/poverty/targets/reconcile/summary", { a, b }, signal),
  });

export const reconcileRowsQuery = (a: string, b: string, bucket: Bucket) =>
  infiniteQueryOptions({
    queryKey: ["poverty-targets", "reconcile", a, b, bucket],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<ReconcileItem>>(
        "/api/poverty/targets/reconcile",
        { a, b, bucket, limit: PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const householdProfileQuery = (id: string) =>
  queryOptions({
    queryKey: ["poverty-targets", "profile", id],
    queryFn: ({ signal }) =>
      api.get<HouseholdProfile>(`/api/poverty/households/${enc(id)}/profile`, undefined, signal),
  });
