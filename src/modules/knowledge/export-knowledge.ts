// Streams knowledge records, learning centres and model villages for CSV/XLSX export through the lists' own use cases (same filters and rights) in batches.
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
} from "../../platform/tabular-export";
import {
  type AreaListQuery,
  type LearningCentre,
  MODEL_VILLAGE_KIND_NAMES,
  type ModelVillage,
  type ModelVillageListQuery,
  type RecordSearchQuery,
  type RecordSummary,
} from "./contracts";
import { selectRecordsByIds } from "./knowledge.repository";
import { listLearningCentres } from "./read-learning-centres";
import { listModelVillages } from "./read-model-villages";
import { searchRecords } from "./search-records";

export type RecordExportRow = RecordSummary & {
  ownerPhone: string | null;
  ownerEmail: string | null;
  background: string;
  steps: string;
  results: string;
  lessons: string;
};

/** Every record the search finds (ranked results stop at the search's cap), with its full sections. */
export async function* exportRecords(
  deps: Deps,
  filters: Omit<RecordSearchQuery, "limit" | "cursor">,
): AsyncGenerator<RecordExportRow> {
  let cursor: string | undefined;
  do {
    const page = await searchRecords(deps, { ...filters, limit: EXPORT_BATCH, cursor });
    const full = new Map(
      (
        await selectRecordsByIds(
          deps.db,
          page.items.map((r) => r.id),
        )
      ).map((r) => [r.id, r]),
    );
    for (const summary of page.items) {
      const row = full.get(summary.id);
      if (!row) continue;
      yield {
        ...summary,
        ownerPhone: row.ownerPhone,
        ownerEmail: row.ownerEmail,
        background: row.background,
        steps: row.steps,
        results: row.results,
        lessons: row.lessons,
      };
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

const STATUS_NAMES = { draft: { th: "ฉบับร่าง", en: "Draft" }, published: { th: "เผยแพร่", en: "Published" } };

export function recordExportColumns(language?: ExportLanguage): ExportColumn<RecordExportRow>[] {
  return [
    { key: "title", th: "ชื่อองค์ความรู้", en: "Title", kind: "text", value: (r) => r.title },
    { key: "category", th: "หมวดองค์ความรู้", en: "Category", kind: "text", value: (r) => r.categoryCode },
    { key: "areaCode", th: "รหัสพื้นที่", en: "Area code", kind: "text", value: (r) => r.areaCode },
    { key: "areaName", th: "พื้นที่", en: "Area", kind: "text", value: (r) => r.areaName },
    { key: "ownerName", th: "เจ้าของความรู้", en: "Knowledge owner", kind: "text", value: (r) => r.ownerName },
    { key: "ownerPosition", th: "ตำแหน่ง", en: "Position", kind: "text", value: (r) => r.ownerPosition },
    { key: "ownerOffice", th: "สังกัด", en: "Office", kind: "text", value: (r) => r.ownerOffice },
    { key: "ownerPhone", th: "โทรศัพท์", en: "Phone", kind: "text", value: (r) => r.ownerPhone },
    { key: "ownerEmail", th: "อีเมล", en: "E-mail", kind: "text", value: (r) => r.ownerEmail },
    { key: "background", th: "ความเป็นมา", en: "Background", kind: "text", value: (r) => r.background },
    { key: "steps", th: "ขั้นตอนและเทคนิค", en: "Steps and techniques", kind: "text", value: (r) => r.steps },
    { key: "results", th: "ผลที่ได้รับ", en: "Results", kind: "text", value: (r) => r.results },
    { key: "lessons", th: "บทเรียนที่ได้รับ", en: "Lessons learned", kind: "text", value: (r) => r.lessons },
    {
      key: "status",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (r) => inLanguage(language, STATUS_NAMES[r.status]),
    },
    { key: "updatedAt", th: "ปรับปรุงล่าสุด", en: "Updated", kind: "datetime", value: (r) => r.updatedAt },
  ];
}

export function exportLearningCentres(deps: Deps, filters: Omit<AreaListQuery, "limit" | "cursor">) {
  return pagedRows((cursor) => listLearningCentres(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function learningCentreExportColumns(): ExportColumn<LearningCentre>[] {
  return [
    { key: "name", th: "ชื่อศูนย์เรียนรู้", en: "Learning centre", kind: "text", value: (c) => c.name },
    { key: "areaCode", th: "รหัสพื้นที่", en: "Area code", kind: "text", value: (c) => c.areaCode },
    { key: "areaName", th: "พื้นที่", en: "Area", kind: "text", value: (c) => c.areaName },
    { key: "topics", th: "หัวข้อการเรียนรู้", en: "Topics", kind: "text", value: (c) => c.topics.join(", ") },
    { key: "contactName", th: "ผู้ประสานงาน", en: "Contact", kind: "text", value: (c) => c.contactName },
    { key: "contactPhone", th: "โทรศัพท์", en: "Phone", kind: "text", value: (c) => c.contactPhone },
    { key: "latitude", th: "ละติจูด", en: "Latitude", kind: "text", value: (c) => c.latitude?.toFixed(6) },
    { key: "longitude", th: "ลองจิจูด", en: "Longitude", kind: "text", value: (c) => c.longitude?.toFixed(6) },
  ];
}

export function exportModelVillages(deps: Deps, filters: Omit<ModelVillageListQuery, "limit" | "cursor">) {
  return pagedRows((cursor) => listModelVillages(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function modelVillageExportColumns(language?: ExportLanguage): ExportColumn<ModelVillage>[] {
  return [
    { key: "areaCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (v) => v.areaCode },
    { key: "areaName", th: "หมู่บ้าน", en: "Village", kind: "text", value: (v) => v.areaName },
    {
      key: "kind",
      th: "ประเภท",
      en: "Kind",
      kind: "text",
      value: (v) => inLanguage(language, MODEL_VILLAGE_KIND_NAMES[v.kind]),
    },
    {
      key: "year",
      th: "ปีที่ได้รับการคัดเลือก (พ.ศ.)",
      en: "Year designated (B.E.)",
      kind: "int",
      value: (v) => v.yearDesignated + 543,
    },
    {
      key: "centre",
      th: "ศูนย์เรียนรู้",
      en: "Learning centre",
      kind: "text",
      value: (v) => v.learningCentreName,
    },
    { key: "notes", th: "หมายเหตุ", en: "Notes", kind: "text", value: (v) => v.notes },
  ];
}
