// Streams the officers' complaint list as CSV/XLSX: the list's own checks and order; anonymous complainants shown only as "ไม่ประสงค์ออกนาม".
import type { Deps } from "../../platform/deps";
import { EXPORT_BATCH, type ExportColumn, pagedRows } from "../../platform/tabular-export";
import { ANONYMOUS_LABEL } from "./complaint-rules";
import type { ComplaintView, ListComplaintsQuery } from "./contracts";
import { listComplaints } from "./read-complaints";

export function exportComplaints(
  deps: Deps,
  filters: Omit<ListComplaintsQuery, "limit" | "cursor">,
): AsyncIterable<ComplaintView> {
  return pagedRows((cursor) => listComplaints(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function complaintExportColumns(language: "th" | "en" | undefined): ExportColumn<ComplaintView>[] {
  const en = language === "en";
  return [
    { key: "referenceNo", th: "เลขที่อ้างอิง", en: "Reference", kind: "text", value: (c) => c.referenceNo },
    { key: "receivedOn", th: "วันที่รับเรื่อง", en: "Received", kind: "date", value: (c) => c.receivedOn },
    { key: "dueOn", th: "กำหนดเสร็จ", en: "Due", kind: "date", value: (c) => c.dueOn },
    { key: "status", th: "สถานะ", en: "Status", kind: "text", value: (c) => c.status },
    {
      key: "overdue",
      th: "เกินกำหนด",
      en: "Overdue",
      kind: "text",
      value: (c) => (c.overdue ? (en ? "yes" : "ใช่") : ""),
    },
    {
      key: "category",
      th: "ประเภท",
      en: "Category",
      kind: "text",
      value: (c) => (en ? c.categoryName.en : c.categoryName.th),
    },
    { key: "subject", th: "เรื่อง", en: "Subject", kind: "text", value: (c) => c.subject },
    { key: "areaCode", th: "รหัสพื้นที่", en: "Area code", kind: "text", value: (c) => c.areaCode },
    { key: "areaName", th: "พื้นที่", en: "Area", kind: "text", value: (c) => c.areaName },
    {
      key: "officeName",
      th: "หน่วยงานรับผิดชอบ",
      en: "Responsible office",
      kind: "text",
      value: (c) => c.officeName ?? c.officeCode,
    },
    { key: "fundName", th: "กองทุน", en: "Fund", kind: "text", value: (c) => c.fundName },
    {
      key: "concernedName",
      th: "ผู้ถูกร้องเรียน",
      en: "Person concerned",
      kind: "text",
      value: (c) => c.concernedName,
    },
    {
      key: "complainant",
      th: "ผู้ร้องเรียน",
      en: "Complainant",
      kind: "text",
      value: (c) =>
        c.anonymous || !c.complainant ? (en ? ANONYMOUS_LABEL.en : ANONYMOUS_LABEL.th) : c.complainant.name,
    },
    {
      key: "phone",
      th: "โทรศัพท์ผู้ร้อง",
      en: "Complainant phone",
      kind: "text",
      value: (c) => (c.anonymous || !c.complainant ? null : c.complainant.phone),
    },
    { key: "closedOn", th: "วันที่ปิดเรื่อง", en: "Closed", kind: "date", value: (c) => c.closedOn },
    { key: "outcome", th: "ผลการพิจารณา", en: "Outcome", kind: "text", value: (c) => c.outcome },
  ];
}
