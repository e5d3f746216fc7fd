// Streams fund health in an area for CSV/XLSX export: the list's own use case (scope, filters) in keyset batches.
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
} from "../../platform/tabular-export";
import { LOAN_CLASSES } from "../loans/index";
import type { FundHealth, HealthListQuery } from "./contracts";
import { LOAN_CLASS_NAMES } from "./health-rules";
import { listFundHealth } from "./read-health";

export function exportFundHealth(
  deps: Deps,
  filters: Omit<HealthListQuery, "limit" | "cursor">,
): AsyncIterable<FundHealth> {
  return pagedRows((cursor) => listFundHealth(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function fundHealthExportColumns(language?: ExportLanguage): ExportColumn<FundHealth>[] {
  return [
    { key: "areaCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (h) => h.areaCode },
    { key: "fundName", th: "ชื่อกองทุน", en: "Fund", kind: "text", value: (h) => h.fundName },
    { key: "fundType", th: "ประเภทกองทุน", en: "Fund type", kind: "text", value: (h) => h.fundType },
    { key: "asOf", th: "ข้อมูล ณ วันที่", en: "As of", kind: "date", value: (h) => h.asOf },
    {
      key: "originalCapital",
      th: "เงินทุนเริ่มต้น (บาท)",
      en: "Original capital (baht)",
      kind: "money",
      value: (h) => h.originalCapitalSatang,
    },
    {
      key: "loansActive",
      th: "เงินยืมระหว่างชำระ (ราย)",
      en: "Active loans",
      kind: "int",
      value: (h) => h.loansActive,
    },
    {
      key: "outstanding",
      th: "เงินต้นคงค้าง (บาท)",
      en: "Outstanding (baht)",
      kind: "money",
      value: (h) => h.outstandingSatang,
    },
    {
      key: "atRisk30",
      th: "ค้างชำระเกิน 30 วัน (บาท)",
      en: "More than 30 days past due (baht)",
      kind: "money",
      value: (h) => h.atRisk30Satang,
    },
    { key: "par30", th: "PAR30", en: "PAR30", kind: "bp", value: (h) => h.par30Bp },
    {
      key: "repaymentRate",
      th: "อัตราการชำระคืน",
      en: "Repayment rate",
      kind: "bp",
      value: (h) => h.repaymentRateBp,
    },
    { key: "bank", th: "เงินฝากธนาคาร (บาท)", en: "Bank (baht)", kind: "money", value: (h) => h.bankSatang },
    { key: "cash", th: "เงินสด (บาท)", en: "Cash (baht)", kind: "money", value: (h) => h.cashSatang },
    { key: "idle", th: "เงินทุนไม่หมุนเวียน", en: "Idle money", kind: "bp", value: (h) => h.idleBp },
    {
      key: "defaulted",
      th: "ผิดนัดเกิน 1 ปี (บาท)",
      en: "More than a year past due (baht)",
      kind: "money",
      value: (h) => h.defaultedSatang,
    },
    {
      key: "missing",
      th: "เงินทุนที่ขาดหายไป (บาท)",
      en: "Missing fund (baht)",
      kind: "money",
      value: (h) => h.missingSatang,
    },
    ...LOAN_CLASSES.map(
      (c): ExportColumn<FundHealth> => ({
        key: `class_${c}`,
        th: `${LOAN_CLASS_NAMES[c].th} (ราย)`,
        en: `${LOAN_CLASS_NAMES[c].en} (loans)`,
        kind: "int",
        value: (h) => h.classCounts[c] ?? 0,
      }),
    ),
    {
      key: "atRisk",
      th: "สัญญาณเสี่ยง",
      en: "Risk signals",
      kind: "text",
      value: (h) => h.atRisk.map((r) => inLanguage(language, { th: r.nameTh, en: r.nameEn })).join("; "),
    },
    { key: "computedAt", th: "คำนวณเมื่อ", en: "Computed at", kind: "datetime", value: (h) => h.computedAt },
    { key: "fundId", th: "รหัสอ้างอิงกองทุน", en: "Fund ID", kind: "text", value: (h) => h.fundId },
  ];
}
