// Rows to the shapes the API answers with, and the words each record is indexed under.
import type { AttachmentMeta } from "../../platform/attachments/index";
import type {
  Category,
  LearningCentre,
  ModelVillage,
  ModelVillageKind,
  RecordDetail,
  RecordStatus,
  RecordSummary,
} from "./contracts";
import type {
  CategoryRow,
  CentreWithArea,
  IndexTexts,
  ModelVillageWithNames,
  RecordHitRow,
  RecordWithArea,
} from "./knowledge.repository";
import { highlight, indexText, type ParsedQuery, snippet } from "./thai-search";

const iso = (value: string | Date): string => (value instanceof Date ? value : new Date(value)).toISOString();

export function toCategory(row: CategoryRow): Category {
  return {
    code: row.code,
    nameTh: row.nameTh,
    nameEn: row.nameEn,
    sortOrder: row.sortOrder,
    active: row.active,
  };
}

/** The words of a record by weight: title A; owner, office and category names B; the four body sections C. */
export function recordIndexTexts(
  r: Pick<
    RecordWithArea,
    | "title"
    | "categoryCode"
    | "ownerName"
    | "ownerPosition"
    | "ownerOffice"
    | "background"
    | "steps"
    | "results"
    | "lessons"
  >,
  category: Pick<CategoryRow, "nameTh" | "nameEn"> | undefined,
): IndexTexts {
  return {
    a: indexText(r.title),
    b: indexText(r.ownerName, r.ownerPosition, r.ownerOffice, category?.nameTh, category?.nameEn),
    c: indexText(r.background, r.steps, r.results, r.lessons),
    categoryCode: r.categoryCode,
  };
}

export function toSummary(row: RecordHitRow, query: ParsedQuery | null): RecordSummary {
  return {
    id: row.id,
    title: row.title,
    titleParts: highlight(row.title, query),
    categoryCode: row.categoryCode,
    areaCode: row.areaCode,
    areaName: row.areaName,
    ownerName: row.ownerName,
    ownerPosition: row.ownerPosition,
    ownerOffice: row.ownerOffice,
    status: row.status,
    snippet: snippet([row.background, row.steps, row.results, row.lessons], query),
    rank: row.rank === null ? null : Number(row.rank),
    updatedAt: iso(row.updatedAt),
  };
}

export function toDetail(
  row: RecordWithArea,
  extra: {
    attachments: AttachmentMeta[];
    canEdit: boolean;
    learningCentre: { id: string; name: string } | null;
    modelVillage: { id: string; areaCode: string; areaName: string | null; kind: string } | null;
  },
): RecordDetail {
  return {
    id: row.id,
    title: row.title,
    categoryCode: row.categoryCode,
    areaCode: row.areaCode,
    areaName: row.areaName,
    ownerName: row.ownerName,
    ownerPosition: row.ownerPosition,
    ownerOffice: row.ownerOffice,
    ownerPhone: row.ownerPhone,
    ownerEmail: row.ownerEmail,
    background: row.background,
    steps: row.steps,
    results: row.results,
    lessons: row.lessons,
    status: row.status as RecordStatus,
    ...extra,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    publishedAt: row.publishedAt ? iso(row.publishedAt) : null,
  };
}

/** The audited state of a record (no search vector, dates as ISO text). */
export function recordAuditState(row: Omit<RecordWithArea, "areaName">): Record<string, unknown> {
  return {
    ...row,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    publishedAt: row.publishedAt ? iso(row.publishedAt) : null,
  };
}

export function toCentre(row: CentreWithArea): LearningCentre {
  return {
    id: row.id,
    areaCode: row.areaCode,
    areaName: row.areaName,
    name: row.name,
    topics: row.topics,
    description: row.description,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    latitude: row.latitude,
    longitude: row.longitude,
    updatedAt: iso(row.updatedAt),
  };
}

export function toModelVillage(row: ModelVillageWithNames): ModelVillage {
  return {
    id: row.id,
    areaCode: row.areaCode,
    areaName: row.areaName,
    kind: row.kind as ModelVillageKind,
    yearDesignated: row.yearDesignated,
    learningCentreId: row.learningCentreId,
    learningCentreName: row.learningCentreName,
    notes: row.notes,
    updatedAt: iso(row.updatedAt),
  };
}
