// The target-list templates (CSV UTF-8 with BOM, XLSX with a help sheet) and the export columns of list rows, reconciliation buckets and area profiles.
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
} from "../../platform/tabular-export";
import { citizenIdCheckDigit, formatCitizenId } from "../../shared/thai-id";
import { DIMENSION_NAMES, type Dimension } from "./deprivation-config";
import { listAreaProfiles } from "./deprivation-profiles";
import type { MatchKind } from "./match-targets";
import { TARGET_LIST_COLUMNS, type TargetColumnKey } from "./target-list";
import { listTargetRows } from "./target-read";
import { reconcileTargetLists } from "./target-reconcile";
import type {
  AreaProfileListQuery,
  AreaProfileRow,
  ReconcileItem,
  ReconcileQuery,
  TargetRowQuery,
  TargetRowView,
} from "./targets.contracts";

const exampleId = (first12: string) => formatCitizenId(`${first12}${citizenIdCheckDigit(first12)}`);

/** Three example rows: keyed by ID and address, by ID only, by address and name only. */
export function targetTemplateRows(): string[][] {
  const rows: Array<Partial<Record<TargetColumnKey, string>>> = [
    {
      citizen_id: exampleId("340010012345"),
      village_code: "40070908",
      house_no: "12/3",
      title: "นาย",
      first_name: "สมชาย",
      last_name: "ใจดี",
      failing_dimensions: "รายได้, ความเป็นอยู่",
      failing_indicators: "8,22",
    },
    {
      citizen_id: exampleId("340010012346"),
      first_name: "สมหญิง",
      last_name: "ใจดี",
      failing_indicators: "22",
    },
    {
      village_code: "40070908",
      house_no: "๔๕",
      title: "นาง",
      first_name: "บัวผัน",
      last_name: "ศรีสุข",
      failing_dimensions: "สุขภาพ",
      note: "ไม่มีเลขประจำตัวประชาชนในบัญชี",
    },
  ];
  return rows.map((row) => TARGET_LIST_COLUMNS.map((c) => row[c.key] ?? ""));
}

const csvCell = (value: string): string =>
  /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** UTF-8 with a BOM, so that Excel on Thai Windows opens it as UTF-8. */
export function targetTemplateCsv(): Buffer {
  const lines = [TARGET_LIST_COLUMNS.map((c) => c.headerTh), ...targetTemplateRows()].map((cells) =>
    cells.map(csvCell).join(","),
  );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8")]);
}

export async function targetTemplateXlsx(): Promise<Buffer> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  workbook.creator = "Kaejon";
  const sheet = workbook.addWorksheet("บัญชีเป้าหมาย", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TARGET_LIST_COLUMNS.map((c) => ({
    header: c.headerTh,
    key: c.key,
    width: Math.max(14, c.headerTh.length + 4, c.key === "citizen_id" ? 20 : 0),
    // Text format stops Excel from turning IDs into 3.4E+12 and "12/3" into a date.
    style: { numFmt: "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of targetTemplateRows()) sheet.addRow(row);
  const help = workbook.addWorksheet("คำอธิบาย");
  help.columns = [
    { header: "คอลัมน์", key: "th", width: 22 },
    { header: "Column", key: "en", width: 20 },
    { header: "คำอธิบาย", key: "descriptionTh", width: 70 },
    { header: "Description", key: "descriptionEn", width: 70 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of TARGET_LIST_COLUMNS) {
    help.addRow({
      th: c.headerTh,
      en: c.headerEn,
      descriptionTh: c.descriptionTh,
      descriptionEn: c.descriptionEn,
    });
  }
  help.addRow([]);
  help.addRow([
    "หมายเหตุ",
    "Notes",
    "หนึ่งแถวต่อหนึ่งครัวเรือนเป้าหมาย ต้องมีเลขประจำตัวประชาชน หรือ รหัสหมู่บ้าน บ้านเลขที่ และชื่อ คอลัมน์อื่นที่ไม่อยู่ในแบบฟอร์มจะถูกข้าม ถ้าบัญชีมีตัวชี้วัดที่ไม่ผ่าน ต้องระบุปีข้อมูล จปฐ. ตอนนำเข้า",
    "One row per target household, keyed by the citizen ID or by village code + house number + name. Other columns are ignored. A list with failing indicators needs its จปฐ. data year at import.",
  ]);
  for (const row of help.getRows(2, TARGET_LIST_COLUMNS.length + 2) ?? [])
    row.alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const MATCH_KIND_NAMES: Record<MatchKind, { th: string; en: string }> = {
  exact_id: { th: "ตรงตามเลขประจำตัวประชาชน", en: "exact citizen ID" },
  address_name: { th: "ตรงตามที่อยู่และชื่อ", en: "address and name" },
  none: { th: "ไม่พบในทะเบียน", en: "no match" },
};

const dims = (language: ExportLanguage | undefined, list: readonly Dimension[] | null) =>
  list === null ? null : list.map((d) => inLanguage(language, DIMENSION_NAMES[d])).join(", ");

export function exportTargetRows(
  deps: Deps,
  listId: string,
  filters: Omit<TargetRowQuery, "limit" | "cursor">,
): AsyncIterable<TargetRowView> {
  return pagedRows((cursor) => listTargetRows(deps, listId, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function targetRowColumns(language?: ExportLanguage): ExportColumn<TargetRowView>[] {
  return [
    { key: "line", th: "แถวในไฟล์", en: "File line", kind: "int", value: (r) => r.line },
    { key: "villageCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (r) => r.villageCode },
    { key: "houseNo", th: "บ้านเลขที่", en: "House no.", kind: "text", value: (r) => r.houseNo },
    { key: "headName", th: "ชื่อในบัญชี", en: "Name in the list", kind: "text", value: (r) => r.headName },
    {
      key: "citizenId",
      th: "เลขประจำตัวประชาชน (ปิดบัง)",
      en: "Citizen ID (masked)",
      kind: "text",
      value: (r) => r.citizenIdMasked,
    },
    {
      key: "matchKind",
      th: "ผลการจับคู่",
      en: "Match",
      kind: "text",
      value: (r) => inLanguage(language, MATCH_KIND_NAMES[r.matchKind]),
    },
    {
      key: "explanation",
      th: "คำอธิบาย",
      en: "Explanation",
      kind: "text",
      value: (r) => (language === "en" ? r.explanationEn : r.explanation),
    },
    {
      key: "householdId",
      th: "รหัสอ้างอิงครัวเรือน",
      en: "Household ID",
      kind: "text",
      value: (r) => r.householdId,
    },
    {
      key: "failingDimensions",
      th: "มิติที่ไม่ผ่าน",
      en: "Failing dimensions",
      kind: "text",
      value: (r) => dims(language, r.failingDimensions),
    },
    {
      key: "failingIndicators",
      th: "ตัวชี้วัด จปฐ. ที่ไม่ผ่าน",
      en: "Failing BMN indicators",
      kind: "text",
      value: (r) => r.failingIndicators?.join(", ") ?? null,
    },
    { key: "note", th: "หมายเหตุ", en: "Note", kind: "text", value: (r) => r.note },
  ];
}

export function exportReconciliation(
  deps: Deps,
  query: Omit<ReconcileQuery, "limit" | "cursor">,
): AsyncIterable<ReconcileItem> {
  return pagedRows((cursor) => reconcileTargetLists(deps, { ...query, limit: EXPORT_BATCH, cursor }));
}

const FIELD_NAMES: Record<string, { th: string; en: string }> = {
  citizen_id: { th: "เลขประจำตัวประชาชน", en: "citizen ID" },
  village_code: { th: "รหัสหมู่บ้าน", en: "village code" },
  house_no: { th: "บ้านเลขที่", en: "house no." },
  name: { th: "ชื่อ", en: "name" },
  failing_dimensions: { th: "มิติที่ไม่ผ่าน", en: "failing dimensions" },
  failing_indicators: { th: "ตัวชี้วัดที่ไม่ผ่าน", en: "failing indicators" },
};

const JOIN_NAMES = {
  citizen_id: { th: "เลขประจำตัวประชาชน", en: "citizen ID" },
  address_name: { th: "ที่อยู่และชื่อ", en: "address and name" },
};

export function reconcileColumns(language?: ExportLanguage): ExportColumn<ReconcileItem>[] {
  const words = (th: string, en: string) => ({ th, en });
  return [
    { key: "lineA", ...words("แถวในบัญชี ก", "Line in list A"), kind: "int", value: (r) => r.a?.line },
    { key: "nameA", ...words("ชื่อในบัญชี ก", "Name in list A"), kind: "text", value: (r) => r.a?.headName },
    { key: "villageA", ...words("หมู่บ้าน (ก)", "Village (A)"), kind: "text", value: (r) => r.a?.villageCode },
    { key: "houseA", ...words("บ้านเลขที่ (ก)", "House no. (A)"), kind: "text", value: (r) => r.a?.houseNo },
    { key: "lineB", ...words("แถวในบัญชี ข", "Line in list B"), kind: "int", value: (r) => r.b?.line },
    { key: "nameB", ...words("ชื่อในบัญชี ข", "Name in list B"), kind: "text", value: (r) => r.b?.headName },
    { key: "villageB", ...words("หมู่บ้าน (ข)", "Village (B)"), kind: "text", value: (r) => r.b?.villageCode },
    { key: "houseB", ...words("บ้านเลขที่ (ข)", "House no. (B)"), kind: "text", value: (r) => r.b?.houseNo },
    {
      key: "joinedBy",
      ...words("จับคู่โดย", "Joined by"),
      kind: "text",
      value: (r) => (r.joinedBy === null ? null : inLanguage(language, JOIN_NAMES[r.joinedBy])),
    },
    {
      key: "conflicts",
      ...words("ข้อมูลที่ขัดกัน", "Conflicting details"),
      kind: "text",
      value: (r) =>
        r.conflicts
          .map(
            (c) =>
              `${inLanguage(language, FIELD_NAMES[c.field] ?? { th: c.field, en: c.field })}: ${c.a} / ${c.b}`,
          )
          .join("; "),
    },
  ];
}

export function exportAreaProfiles(
  deps: Deps,
  query: Omit<AreaProfileListQuery, "limit" | "cursor">,
): AsyncIterable<AreaProfileRow> {
  return pagedRows((cursor) => listAreaProfiles(deps, { ...query, limit: EXPORT_BATCH, cursor }));
}

export function areaProfileColumns(language?: ExportLanguage): ExportColumn<AreaProfileRow>[] {
  return [
    { key: "villageCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (r) => r.villageCode },
    { key: "houseNo", th: "บ้านเลขที่", en: "House no.", kind: "text", value: (r) => r.houseNo },
    { key: "headName", th: "หัวหน้าครัวเรือน", en: "Head of household", kind: "text", value: (r) => r.headName },
    {
      key: "dataYear",
      th: "ปีข้อมูล จปฐ. (พ.ศ.)",
      en: "BMN data year (B.E.)",
      kind: "int",
      value: (r) => r.dataYear,
    },
    {
      key: "failingDimensions",
      th: "มิติที่ไม่ผ่าน",
      en: "Failing dimensions",
      kind: "text",
      value: (r) => dims(language, r.failingDimensions),
    },
    {
      key: "failingIndicators",
      th: "ตัวชี้วัด จปฐ. ที่ไม่ผ่าน",
      en: "Failing BMN indicators",
      kind: "text",
      value: (r) => r.failingIndicators.join(", "),
    },
    {
      key: "householdId",
      th: "รหัสอ้างอิงครัวเรือน",
      en: "Household ID",
      kind: "text",
      value: (r) => r.householdId,
    },
  ];
}
