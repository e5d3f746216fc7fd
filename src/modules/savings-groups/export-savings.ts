// Streams the savings-group lists for CSV/XLSX export — members, share deposits and a year's close — through the read use cases (same scope checks).
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
} from "../../platform/tabular-export";
import type { CloseMemberRow, DepositRow, Member } from "./contracts";
import { listDeposits, listMembers } from "./read-groups";
import { getYearClose } from "./read-year-close";
import { STATUS_NAMES } from "./savings-errors";

export function exportMembers(deps: Deps, fundId: string): AsyncIterable<Member> {
  return pagedRows((cursor) => listMembers(deps, fundId, { limit: EXPORT_BATCH, cursor }));
}

export function exportDeposits(
  deps: Deps,
  fundId: string,
  filters: { from?: string | undefined; to?: string | undefined },
): AsyncIterable<DepositRow> {
  return pagedRows((cursor) => listDeposits(deps, fundId, { ...filters, limit: EXPORT_BATCH, cursor }));
}

export async function* exportClose(
  deps: Deps,
  fundId: string,
  fiscalYear: number,
): AsyncGenerator<CloseMemberRow> {
  yield* (await getYearClose(deps, fundId, fiscalYear)).members;
}

export function memberExportColumns(language?: ExportLanguage): ExportColumn<Member>[] {
  return [
    { key: "memberNo", th: "เลขที่สมาชิก", en: "Member no.", kind: "text", value: (m) => m.memberNo },
    { key: "accountNo", th: "เลขที่บัญชี", en: "Account no.", kind: "text", value: (m) => m.accountNo },
    { key: "name", th: "ชื่อ-สกุล", en: "Name", kind: "text", value: (m) => m.name },
    { key: "joinedOn", th: "วันที่เข้าเป็นสมาชิก", en: "Joined on", kind: "date", value: (m) => m.joinedOn },
    {
      key: "entryFee",
      th: "ค่าธรรมเนียมแรกเข้า (บาท)",
      en: "Entry fee (baht)",
      kind: "money",
      value: (m) => m.entryFeeSatang,
    },
    {
      key: "status",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (m) => (STATUS_NAMES[m.status] ? inLanguage(language, STATUS_NAMES[m.status]!) : m.status),
    },
    { key: "statusOn", th: "วันที่พ้นสภาพ", en: "Left on", kind: "date", value: (m) => m.statusOn },
    {
      key: "shares",
      th: "เงินสัจจะสะสม (บาท)",
      en: "Share savings (baht)",
      kind: "money",
      value: (m) => m.sharesSatang,
    },
    {
      key: "loanOutstanding",
      th: "เงินกู้คงค้าง (บาท)",
      en: "Loan outstanding (baht)",
      kind: "money",
      value: (m) => m.loanOutstandingSatang,
    },
  ];
}

export function depositExportColumns(language?: ExportLanguage): ExportColumn<DepositRow>[] {
  return [
    { key: "month", th: "เดือน", en: "Month", kind: "text", value: (d) => d.month },
    { key: "memberNo", th: "เลขที่สมาชิก", en: "Member no.", kind: "text", value: (d) => d.memberNo },
    { key: "name", th: "ชื่อ-สกุล", en: "Name", kind: "text", value: (d) => d.name },
    {
      key: "kind",
      th: "รายการ",
      en: "Kind",
      kind: "text",
      value: (d) =>
        inLanguage(
          language,
          d.kind === "deposit" ? { th: "ฝาก", en: "deposit" } : { th: "ถอนคืน", en: "withdrawal" },
        ),
    },
    { key: "paidOn", th: "วันที่รับ/จ่าย", en: "Paid on", kind: "date", value: (d) => d.paidOn },
    { key: "shares", th: "จำนวนหุ้น", en: "Shares", kind: "int", value: (d) => d.shares },
    { key: "amount", th: "จำนวนเงิน (บาท)", en: "Amount (baht)", kind: "money", value: (d) => d.amountSatang },
  ];
}

export function closeExportColumns(): ExportColumn<CloseMemberRow>[] {
  return [
    { key: "memberNo", th: "เลขที่สมาชิก", en: "Member no.", kind: "text", value: (m) => m.memberNo },
    { key: "name", th: "ชื่อ-สกุล", en: "Name", kind: "text", value: (m) => m.name },
    {
      key: "shareBalance",
      th: "หุ้นสิ้นปี (บาท)",
      en: "Year-end shares (baht)",
      kind: "money",
      value: (m) => m.shareBalanceSatang,
    },
    {
      key: "shareMonths",
      th: "หุ้น-เดือน (บาท)",
      en: "Share-months (baht)",
      kind: "money",
      value: (m) => m.shareMonthsSatang,
    },
    {
      key: "interestPaid",
      th: "ดอกเบี้ยที่จ่าย (บาท)",
      en: "Interest paid (baht)",
      kind: "money",
      value: (m) => m.interestPaidSatang,
    },
    {
      key: "dividend",
      th: "เงินปันผล (บาท)",
      en: "Dividend (baht)",
      kind: "money",
      value: (m) => m.dividendSatang,
    },
    {
      key: "patronageRefund",
      th: "เงินเฉลี่ยคืน (บาท)",
      en: "Patronage refund (baht)",
      kind: "money",
      value: (m) => m.patronageRefundSatang,
    },
    { key: "total", th: "รวมรับ (บาท)", en: "Total (baht)", kind: "money", value: (m) => m.totalSatang },
  ];
}
