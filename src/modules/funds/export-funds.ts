// Streams the fund list for CSV/XLSX export: the list's own use case (filters, scope) in keyset batches.
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
  yesNo,
} from "../../platform/tabular-export";
import type { Fund, FundListQuery, FundStatus, FundType } from "./contracts";
import { listFunds } from "./read-funds";

export function exportFunds(
  deps: Deps,
  filters: Omit<FundListQuery, "limit" | "cursor">,
): AsyncIterable<Fund> {
  return pagedRows((cursor) => listFunds(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

const FUND_TYPE_NAMES: Record<FundType, { th: string; en: string }> = {
  kkj: { th: "กข.คจ.", en: "Poverty alleviation (KKJ)" },
  savings_group: { th: "กลุ่มออมทรัพย์เพื่อการผลิต", en: "Savings group" },
  village_fund: { th: "กองทุนหมู่บ้าน", en: "Village fund" },
  womens_fund: { th: "กองทุนพัฒนาบทบาทสตรี", en: "Women's fund" },
  occupation_group: { th: "กลุ่มอาชีพ", en: "Occupation group" },
  welfare_fund: { th: "กองทุนสวัสดิการ", en: "Welfare fund" },
  other: { th: "อื่น ๆ", en: "Other" },
};

const FUND_STATUS_NAMES: Record<FundStatus, { th: string; en: string }> = {
  active: { th: "ดำเนินการ", en: "Active" },
  suspended: { th: "ระงับชั่วคราว", en: "Suspended" },
  closed: { th: "ปิดแล้ว", en: "Closed" },
};

export function fundExportColumns(language?: ExportLanguage): ExportColumn<Fund>[] {
  return [
    { key: "areaCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (f) => f.areaCode },
    { key: "areaName", th: "หมู่บ้าน", en: "Village", kind: "text", value: (f) => f.areaName },
    { key: "name", th: "ชื่อกองทุน", en: "Fund", kind: "text", value: (f) => f.name },
    {
      key: "fundType",
      th: "ประเภทกองทุน",
      en: "Fund type",
      kind: "text",
      value: (f) => inLanguage(language, FUND_TYPE_NAMES[f.fundType]),
    },
    {
      key: "status",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (f) => inLanguage(language, FUND_STATUS_NAMES[f.status]),
    },
    { key: "startedOn", th: "วันเริ่มกองทุน", en: "Started on", kind: "date", value: (f) => f.startedOn },
    {
      key: "originalCapital",
      th: "เงินทุนเริ่มต้น (บาท)",
      en: "Original capital (baht)",
      kind: "money",
      value: (f) => f.originalCapitalSatang,
    },
    {
      key: "interestRate",
      th: "อัตราดอกเบี้ยต่อปี",
      en: "Interest rate per year",
      kind: "bp",
      value: (f) => f.parameters.interestRateBp,
    },
    {
      key: "isModel",
      th: "หมู่บ้านต้นแบบ",
      en: "Model village",
      kind: "text",
      value: (f) => yesNo(language, f.isModel),
    },
    {
      key: "modelYear",
      th: "ปีที่เป็นต้นแบบ (พ.ศ.)",
      en: "Model year (B.E.)",
      kind: "int",
      value: (f) => f.modelYear,
    },
    {
      key: "isLearningCentre",
      th: "ศูนย์เรียนรู้",
      en: "Learning centre",
      kind: "text",
      value: (f) => yesNo(language, f.isLearningCentre),
    },
    { key: "id", th: "รหัสอ้างอิงกองทุน", en: "Fund ID", kind: "text", value: (f) => f.id },
  ];
}
