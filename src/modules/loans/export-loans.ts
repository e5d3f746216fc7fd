// Streams a fund's or a household's loans for CSV/XLSX export: the list's own use case in keyset batches.
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
} from "../../platform/tabular-export";
import type { LoanListQuery, LoanView } from "./loan-contracts";
import { listFundLoans, listHouseholdLoans } from "./read-loans";

type LoanFilters = Omit<LoanListQuery, "limit" | "cursor">;

export function exportFundLoans(deps: Deps, fundId: string, filters: LoanFilters): AsyncIterable<LoanView> {
  return pagedRows((cursor) => listFundLoans(deps, fundId, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export function exportHouseholdLoans(
  deps: Deps,
  householdId: string,
  filters: LoanFilters,
): AsyncIterable<LoanView> {
  return pagedRows((cursor) =>
    listHouseholdLoans(deps, householdId, { ...filters, limit: EXPORT_BATCH, cursor }),
  );
}

const STATUS_NAMES: Record<string, { th: string; en: string }> = {
  pending_disbursement: { th: "รอจ่ายเงิน", en: "Awaiting payout" },
  active: { th: "ระหว่างชำระ", en: "Active" },
  closed: { th: "ปิดบัญชีแล้ว", en: "Closed" },
  written_off: { th: "ตัดเป็นหนี้สูญ", en: "Written off" },
  cancelled: { th: "ยกเลิก", en: "Cancelled" },
};

export function loanExportColumns(language?: ExportLanguage): ExportColumn<LoanView>[] {
  return [
    { key: "loanNo", th: "เลขที่สัญญา", en: "Loan no.", kind: "text", value: (l) => l.loanNo },
    { key: "borrowerName", th: "ผู้ยืม", en: "Borrower", kind: "text", value: (l) => l.borrowerName },
    { key: "areaCode", th: "รหัสพื้นที่", en: "Area code", kind: "text", value: (l) => l.areaCode },
    { key: "productCode", th: "ประเภทเงินยืม", en: "Product", kind: "text", value: (l) => l.productCode },
    { key: "contractedOn", th: "วันทำสัญญา", en: "Contracted on", kind: "date", value: (l) => l.contractedOn },
    { key: "disbursedOn", th: "วันจ่ายเงิน", en: "Paid out on", kind: "date", value: (l) => l.disbursedOn },
    {
      key: "principal",
      th: "เงินต้น (บาท)",
      en: "Principal (baht)",
      kind: "money",
      value: (l) => l.principalSatang,
    },
    {
      key: "outstandingPrincipal",
      th: "เงินต้นคงค้าง (บาท)",
      en: "Outstanding principal (baht)",
      kind: "money",
      value: (l) => l.outstandingPrincipalSatang,
    },
    {
      key: "outstandingInterest",
      th: "ดอกเบี้ยคงค้าง (บาท)",
      en: "Outstanding interest (baht)",
      kind: "money",
      value: (l) => l.outstandingInterestSatang,
    },
    { key: "nextDueOn", th: "วันครบกำหนดงวดถัดไป", en: "Next due on", kind: "date", value: (l) => l.nextDueOn },
    {
      key: "status",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (l) => (STATUS_NAMES[l.status] ? inLanguage(language, STATUS_NAMES[l.status]!) : l.status),
    },
    {
      key: "classification",
      th: "ชั้นหนี้",
      en: "Class",
      kind: "text",
      value: (l) => l.classification,
    },
    { key: "daysPastDue", th: "ค้างชำระ (วัน)", en: "Days past due", kind: "int", value: (l) => l.daysPastDue },
    { key: "closedOn", th: "วันปิดบัญชี", en: "Closed on", kind: "date", value: (l) => l.closedOn },
    { key: "writtenOffOn", th: "วันตัดหนี้สูญ", en: "Written off on", kind: "date", value: (l) => l.writtenOffOn },
    {
      key: "writeOff",
      th: "จำนวนที่ตัดหนี้สูญ (บาท)",
      en: "Written off (baht)",
      kind: "money",
      value: (l) => l.writeOffSatang,
    },
    { key: "id", th: "รหัสอ้างอิงเงินยืม", en: "Loan ID", kind: "text", value: (l) => l.id },
    {
      key: "householdId",
      th: "รหัสอ้างอิงครัวเรือน",
      en: "Household ID",
      kind: "text",
      value: (l) => l.householdId,
    },
  ];
}
