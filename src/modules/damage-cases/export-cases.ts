// Streams the damage-case list as CSV/XLSX: the list's own checks and order, amounts in baht.
import type { Deps } from "../../platform/deps";
import { EXPORT_BATCH, type ExportColumn, pagedRows } from "../../platform/tabular-export";
import type { CaseView, ListCasesQuery } from "./contracts";
import { CLOSURE_NAMES } from "./damage-errors";
import { listCases } from "./read-cases";

export function exportCases(
  deps: Deps,
  filters: Omit<ListCasesQuery, "limit" | "cursor">,
): AsyncIterable<CaseView> {
  return pagedRows((cursor) => listCases(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function caseExportColumns(language: "th" | "en" | undefined): ExportColumn<CaseView>[] {
  const en = language === "en";
  const word = (w: { th: string; en: string }) => (en ? w.en : w.th);
  return [
    { key: "discoveredOn", th: "วันที่พบ", en: "Discovered", kind: "date", value: (c) => c.discoveredOn },
    { key: "fundName", th: "กองทุน", en: "Fund", kind: "text", value: (c) => c.fundName },
    { key: "areaCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (c) => c.areaCode },
    { key: "caseType", th: "ประเภท", en: "Type", kind: "text", value: (c) => word(c.caseTypeName) },
    { key: "title", th: "เรื่อง", en: "Title", kind: "text", value: (c) => c.title },
    {
      key: "amount",
      th: "ความเสียหาย (บาท)",
      en: "Damage (baht)",
      kind: "money",
      value: (c) => c.amountSatang,
    },
    {
      key: "recovered",
      th: "ชดใช้แล้ว (บาท)",
      en: "Recovered (baht)",
      kind: "money",
      value: (c) => c.recoveredSatang,
    },
    {
      key: "outstanding",
      th: "คงค้าง (บาท)",
      en: "Outstanding (baht)",
      kind: "money",
      value: (c) => c.outstandingSatang,
    },
    { key: "stage", th: "ขั้นตอน", en: "Step", kind: "text", value: (c) => word(c.stageName) },
    {
      key: "status",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (c) => (c.status === "open" ? (en ? "open" : "ดำเนินการ") : en ? "closed" : "ปิดแล้ว"),
    },
    {
      key: "closure",
      th: "การปิดเรื่อง",
      en: "Closure",
      kind: "text",
      value: (c) => (c.closure ? word(CLOSURE_NAMES[c.closure]) : null),
    },
    { key: "closedOn", th: "วันที่ปิด", en: "Closed", kind: "date", value: (c) => c.closedOn },
  ];
}
