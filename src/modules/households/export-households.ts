// Streams the household list for CSV/XLSX export: the list's own use case (filters, scope) in keyset batches.
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
} from "../../platform/tabular-export";
import type { HouseholdSummary } from "../../shared/contracts/index";
import { type ListHouseholdsInput, listHouseholds } from "./read-households";

export function exportHouseholds(
  deps: Deps,
  filters: Omit<ListHouseholdsInput, "limit" | "cursor">,
): AsyncIterable<HouseholdSummary> {
  return pagedRows((cursor) => listHouseholds(deps, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function householdExportColumns(language?: ExportLanguage): ExportColumn<HouseholdSummary>[] {
  return [
    { key: "villageCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (h) => h.villageCode },
    { key: "villageName", th: "หมู่บ้าน", en: "Village", kind: "text", value: (h) => h.villageName },
    { key: "houseNo", th: "บ้านเลขที่", en: "House no.", kind: "text", value: (h) => h.houseNo },
    { key: "headName", th: "หัวหน้าครัวเรือน", en: "Head of household", kind: "text", value: (h) => h.headName },
    { key: "memberCount", th: "จำนวนสมาชิก (คน)", en: "Members", kind: "int", value: (h) => h.memberCount },
    { key: "phone", th: "โทรศัพท์", en: "Phone", kind: "text", value: (h) => h.phone },
    {
      key: "latestBmnYear",
      th: "ปีสำรวจ จปฐ. ล่าสุด (พ.ศ.)",
      en: "Latest BMN survey year (B.E.)",
      kind: "int",
      value: (h) => h.latestBmnYear,
    },
    {
      key: "latestIncomePerPerson",
      th: "รายได้เฉลี่ยต่อคนต่อปี (บาท)",
      en: "Income per person per year (baht)",
      kind: "money",
      value: (h) => h.latestIncomePerPersonSatang,
    },
    {
      key: "passesIncomeCriterion",
      th: "ผ่านเกณฑ์รายได้ จปฐ.",
      en: "Passes the BMN income criterion",
      kind: "text",
      value: (h) =>
        h.passesIncomeCriterion === null
          ? null
          : inLanguage(
              language,
              h.passesIncomeCriterion ? { th: "ผ่าน", en: "pass" } : { th: "ไม่ผ่าน", en: "fail" },
            ),
    },
    { key: "id", th: "รหัสอ้างอิงครัวเรือน", en: "Household ID", kind: "text", value: (h) => h.id },
  ];
}
