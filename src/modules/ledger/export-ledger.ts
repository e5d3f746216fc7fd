// Streams a fund's journal (one row per line, entries in keyset batches), its trial balance and its bank withdrawals for CSV/XLSX export.
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
} from "../../platform/tabular-export";
import type { AccountBalance, EntryListQuery, JournalEntry, Withdrawal } from "./contracts";
import { getAccountBalances, listEntries, listWithdrawals } from "./read-ledger";

export interface JournalLineRow {
  entry: JournalEntry;
  line: JournalEntry["lines"][number];
}

/** Every line of the fund's entries in book order (date, then posting order), with the entry it belongs to. */
export async function* exportJournalLines(
  deps: Deps,
  fundId: string,
  filters: Omit<EntryListQuery, "limit" | "cursor">,
): AsyncGenerator<JournalLineRow> {
  for await (const entry of pagedRows((cursor) =>
    listEntries(deps, fundId, { ...filters, limit: EXPORT_BATCH, cursor }),
  )) {
    for (const line of entry.lines) yield { entry, line };
  }
}

export async function exportAccountBalances(
  deps: Deps,
  fundId: string,
  asOf?: string,
): Promise<AccountBalance[]> {
  return (await getAccountBalances(deps, fundId, asOf)).items;
}

export async function exportWithdrawals(deps: Deps, fundId: string, status?: string): Promise<Withdrawal[]> {
  return (await listWithdrawals(deps, fundId, status)).items;
}

export function journalExportColumns(language?: ExportLanguage): ExportColumn<JournalLineRow>[] {
  return [
    { key: "entryDate", th: "วันที่", en: "Date", kind: "date", value: (r) => r.entry.entryDate },
    {
      key: "fiscalYear",
      th: "ปีงบประมาณ (พ.ศ.)",
      en: "Fiscal year (B.E.)",
      kind: "int",
      value: (r) => r.entry.fiscalYear,
    },
    { key: "kind", th: "ประเภทรายการ", en: "Entry kind", kind: "text", value: (r) => r.entry.kind },
    {
      key: "description",
      th: "คำอธิบายรายการ",
      en: "Description",
      kind: "text",
      value: (r) => r.entry.description,
    },
    { key: "lineNo", th: "บรรทัด", en: "Line", kind: "int", value: (r) => r.line.lineNo },
    { key: "accountCode", th: "รหัสบัญชี", en: "Account code", kind: "text", value: (r) => r.line.accountCode },
    {
      key: "accountName",
      th: "ชื่อบัญชี",
      en: "Account",
      kind: "text",
      value: (r) => (language === "en" ? r.line.accountNameEn : r.line.accountNameTh),
    },
    { key: "debit", th: "เดบิต (บาท)", en: "Debit (baht)", kind: "money", value: (r) => r.line.debitSatang },
    {
      key: "credit",
      th: "เครดิต (บาท)",
      en: "Credit (baht)",
      kind: "money",
      value: (r) => r.line.creditSatang,
    },
    { key: "memo", th: "หมายเหตุ", en: "Memo", kind: "text", value: (r) => r.line.memo },
    { key: "entryId", th: "รหัสรายการบัญชี", en: "Entry ID", kind: "text", value: (r) => r.entry.id },
    {
      key: "reversesEntryId",
      th: "กลับรายการของ",
      en: "Reverses entry",
      kind: "text",
      value: (r) => r.entry.reversesEntryId,
    },
    {
      key: "reversedByEntryId",
      th: "ถูกกลับรายการโดย",
      en: "Reversed by entry",
      kind: "text",
      value: (r) => r.entry.reversedByEntryId,
    },
    {
      key: "createdAt",
      th: "เวลาบันทึก",
      en: "Recorded at",
      kind: "datetime",
      value: (r) => r.entry.createdAt,
    },
  ];
}

const SIDE_NAMES = { debit: { th: "เดบิต", en: "Debit" }, credit: { th: "เครดิต", en: "Credit" } };

export function accountBalanceExportColumns(language?: ExportLanguage): ExportColumn<AccountBalance>[] {
  return [
    { key: "code", th: "รหัสบัญชี", en: "Account code", kind: "text", value: (a) => a.code },
    {
      key: "name",
      th: "ชื่อบัญชี",
      en: "Account",
      kind: "text",
      value: (a) => (language === "en" ? a.nameEn : a.nameTh),
    },
    { key: "accountType", th: "หมวดบัญชี", en: "Account type", kind: "text", value: (a) => a.accountType },
    {
      key: "normalSide",
      th: "ด้านปกติ",
      en: "Normal side",
      kind: "text",
      value: (a) => inLanguage(language, SIDE_NAMES[a.normalSide]),
    },
    {
      key: "debit",
      th: "รวมเดบิต (บาท)",
      en: "Total debit (baht)",
      kind: "money",
      value: (a) => a.debitSatang,
    },
    {
      key: "credit",
      th: "รวมเครดิต (บาท)",
      en: "Total credit (baht)",
      kind: "money",
      value: (a) => a.creditSatang,
    },
    {
      key: "balance",
      th: "ยอดคงเหลือ (บาท)",
      en: "Balance (baht)",
      kind: "money",
      value: (a) => a.balanceSatang,
    },
  ];
}

const WITHDRAWAL_STATUS_NAMES: Record<Withdrawal["status"], { th: string; en: string }> = {
  pending: { th: "รออนุมัติ", en: "Awaiting approval" },
  posted: { th: "ลงบัญชีแล้ว", en: "Posted" },
  cancelled: { th: "ยกเลิก", en: "Cancelled" },
};

export function withdrawalExportColumns(language?: ExportLanguage): ExportColumn<Withdrawal>[] {
  return [
    { key: "createdAt", th: "วันที่ขอถอน", en: "Requested at", kind: "datetime", value: (w) => w.createdAt },
    { key: "entryDate", th: "วันที่ถอน", en: "Withdrawn on", kind: "date", value: (w) => w.entryDate },
    { key: "description", th: "รายการ", en: "Description", kind: "text", value: (w) => w.description },
    { key: "amount", th: "จำนวนเงิน (บาท)", en: "Amount (baht)", kind: "money", value: (w) => w.amountSatang },
    {
      key: "to",
      th: "ปลายทาง",
      en: "To",
      kind: "text",
      value: (w) =>
        inLanguage(
          language,
          w.to.kind === "cash" ? { th: "เงินสด", en: "Cash" } : { th: "โอนบัญชีธนาคาร", en: "Bank transfer" },
        ),
    },
    {
      key: "status",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (w) => inLanguage(language, WITHDRAWAL_STATUS_NAMES[w.status]),
    },
    { key: "approvals", th: "ผู้อนุมัติแล้ว (คน)", en: "Approvals", kind: "int", value: (w) => w.approvals.length },
    {
      key: "required",
      th: "ต้องอนุมัติ (คน)",
      en: "Approvals required",
      kind: "int",
      value: (w) => w.rule.required,
    },
    {
      key: "bankAccountId",
      th: "รหัสบัญชีธนาคาร",
      en: "Bank account ID",
      kind: "text",
      value: (w) => w.bankAccountId,
    },
    {
      key: "journalEntryId",
      th: "รหัสรายการบัญชี",
      en: "Entry ID",
      kind: "text",
      value: (w) => w.journalEntryId,
    },
    { key: "id", th: "รหัสอ้างอิงการถอน", en: "Withdrawal ID", kind: "text", value: (w) => w.id },
  ];
}
