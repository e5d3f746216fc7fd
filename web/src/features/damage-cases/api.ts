// Damage-case queries and calls: list, one case, opening, steps, documents and their files, repayment plan, recoveries and closing.
// The shapes mirror src/modules/damage-cases/contracts.ts (the web app imports only src/shared).
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { Page } from "../../../../src/shared/contracts/common";
import { api, request } from "../../lib/api";

export const CASE_TYPES = ["borrower_default", "committee_misuse", "missing_documents", "other"] as const;
export const STAGES = [
  "discovered",
  "reported_to_district",
  "fact_finding",
  "debt_acknowledgement",
  "civil_action",
  "criminal_complaint",
  "recovery",
] as const;
export type Stage = (typeof STAGES)[number];
export const CLOSURES = ["fully_recovered", "written_off", "legal_outcome"] as const;
export type Closure = (typeof CLOSURES)[number];

export interface Localized {
  th: string;
  en: string;
}

export interface DamageCase {
  id: string;
  fundId: string;
  fundName: string;
  areaCode: string;
  caseType: (typeof CASE_TYPES)[number];
  caseTypeName: Localized;
  title: string;
  amountSatang: number;
  recoveredSatang: number;
  outstandingSatang: number;
  discoveredOn: string;
  stage: Stage;
  stageName: Localized;
  status: "open" | "closed";
  closure: Closure | null;
  closedOn: string | null;
}

export interface DocumentRef {
  docNo: string;
  docDate: string;
  title: string;
}

/** The stored file of a document (its bytes are served by documentFileUrl). */
export interface DocumentFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

export interface DamageCaseDetail {
  case: DamageCase & { description: string; closingNote: string | null; writeOffApprovalRef: string | null };
  persons: Array<{ id: string; name: string; relation: string; committeeMemberId: string | null }>;
  steps: Array<{
    id: string;
    stage: Stage;
    stageName: Localized;
    stepOn: string;
    note: string | null;
    documents: Array<DocumentRef & { id: string; attachmentId: string | null; file: DocumentFile | null }>;
  }>;
  instalments: Array<{
    seq: number;
    dueOn: string;
    amountSatang: number;
    paidSatang: number;
    state: "paid" | "partly_paid" | "due" | "overdue";
  }>;
  recoveries: Array<{
    id: string;
    receivedOn: string;
    amountSatang: number;
    payer: string;
    method: string;
    journalEntryId: string;
    note: string | null;
  }>;
  allowedStages: Stage[];
}

export const damageKeys = {
  all: ["damage-cases"] as const,
  list: (status: string | undefined) => ["damage-cases", "list", status ?? ""] as const,
  one: (id: string) => ["damage-cases", "one", id] as const,
};

export const caseListQuery = (status: string | undefined) =>
  infiniteQueryOptions({
    queryKey: damageKeys.list(status),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<DamageCase>>("/api/damage-cases", { status, limit: 30, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: damageKeys.one(id),
    queryFn: ({ signal }) =>
      api.get<DamageCaseDetail>(`/api/damage-cases/${encodeURIComponent(id)}`, undefined, signal),
  });

const path = (id: string) => `/api/damage-cases/${encodeURIComponent(id)}`;

/** Where a document's file is uploaded (POST multipart), served (GET) and deleted (DELETE). */
export const documentFileUrl = (id: string, documentId: string) =>
  `${path(id)}/documents/${encodeURIComponent(documentId)}/file`;

export const damageCalls = {
  open: (body: {
    fundId: string;
    caseType: string;
    title: string;
    description: string;
    amountSatang: number;
    discoveredOn: string;
    persons?: Array<{ name: string; relation: string }>;
  }) => api.post<DamageCaseDetail>("/api/damage-cases", body),
  step: (id: string, body: { stage: Stage; stepOn: string; note?: string; documents?: DocumentRef[] }) =>
    api.post<DamageCaseDetail>(`${path(id)}/steps`, body),
  document: (id: string, body: DocumentRef) => api.post<DamageCaseDetail>(`${path(id)}/documents`, body),
  plan: (id: string, body: { instalments: Array<{ dueOn: string; amountSatang: number }> }) =>
    request<DamageCaseDetail>(`${path(id)}/repayment-plan`, { method: "PUT", body }),
  recovery: (
    id: string,
    body: {
      amountSatang: number;
      receivedOn: string;
      payer: string;
      into: { kind: "cash" } | { kind: "bank"; bankAccountId: string };
      idempotencyKey: string;
      note?: string;
    },
  ) => api.post<DamageCaseDetail>(`${path(id)}/recoveries`, body),
  close: (id: string, body: { closure: Closure; note: string; approvalRef?: string }) =>
    api.post<DamageCaseDetail>(`${path(id)}/close`, body),
  removeFile: (id: string, documentId: string) =>
    api.delete<DamageCaseDetail>(documentFileUrl(id, documentId)),
};
