// Streams the กข.คจ. lists for CSV/XLSX export — the four books, targets, meetings, debt confirmations and
// handovers — each through its own read use case (same scope checks) in keyset batches.
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
  yesNo,
} from "../../platform/tabular-export";
import type {
  BrownBook,
  DebtConfirmation,
  GreenBook,
  Handover,
  Meeting,
  Target,
  YellowBook,
} from "./contracts";
import { getBrownBook, getGreenBook, getYellowBook } from "./read-books";
import { listDebtConfirmations, listHandovers } from "./read-confirmations";
import { listMeetings } from "./read-meetings";
import { listTargets } from "./read-targets";

type Words = { th: string; en: string };
export type GreenBookRow = GreenBook["items"][number];
export type DebtorRow = YellowBook["debtors"][number];
export type YellowEntryRow = YellowBook["entries"][number];
export type BrownVillageRow = BrownBook["part1"]["items"][number];
/** One purple-book row: a target household with one of its loans (or none yet). */
export interface PurpleRow {
  target: Target;
  loan: Target["loans"][number] | null;
}

export function exportTargets(deps: Deps, fundId: string): AsyncIterable<Target> {
  return pagedRows((cursor) => listTargets(deps, fundId, { limit: EXPORT_BATCH, cursor }));
}

export async function* exportPurpleBook(deps: Deps, fundId: string): AsyncGenerator<PurpleRow> {
  for await (const target of exportTargets(deps, fundId)) {
    if (target.loans.length === 0) yield { target, loan: null };
    for (const loan of target.loans) yield { target, loan };
  }
}

export function exportGreenBook(
  deps: Deps,
  fundId: string,
  bankAccountId?: string,
): AsyncIterable<GreenBookRow> {
  return pagedRows(async (cursor) => {
    const book = await getGreenBook(deps, fundId, { limit: EXPORT_BATCH, cursor, bankAccountId });
    return { items: book.items, nextCursor: book.nextCursor };
  });
}

export function exportYellowDebtors(deps: Deps, fundId: string): AsyncIterable<DebtorRow> {
  return pagedRows(async (cursor) => {
    const book = await getYellowBook(deps, fundId, { limit: EXPORT_BATCH, cursor });
    return { items: book.debtors, nextCursor: book.nextCursor };
  });
}

export function exportYellowLoan(deps: Deps, fundId: string, loanId: string): AsyncIterable<YellowEntryRow> {
  return pagedRows(async (cursor) => {
    const book = await getYellowBook(deps, fundId, { limit: EXPORT_BATCH, cursor, loanId });
    return { items: book.entries, nextCursor: book.nextCursor };
  });
}

export function exportBrownVillages(deps: Deps, fundId: string): AsyncIterable<BrownVillageRow> {
  return pagedRows(async (cursor) => {
    const book = await getBrownBook(deps, fundId, { limit: EXPORT_BATCH, cursor });
    return { items: book.part1.items, nextCursor: book.part1.nextCursor };
  });
}

export function exportMeetings(deps: Deps, fundId: string, only: "any" | "kkj"): AsyncIterable<Meeting> {
  return pagedRows((cursor) => listMeetings(deps, fundId, { limit: EXPORT_BATCH, cursor }, only));
}

export function exportDebtConfirmations(
  deps: Deps,
  fundId: string,
  fiscalYear?: number,
): AsyncIterable<DebtConfirmation> {
  return pagedRows((cursor) =>
    listDebtConfirmations(deps, fundId, { limit: EXPORT_BATCH, cursor, fiscalYear }),
  );
}

export function exportHandovers(deps: Deps, fundId: string): AsyncIterable<Handover> {
  return pagedRows((cursor) => listHandovers(deps, fundId, { limit: EXPORT_BATCH, cursor }));
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

const TARGET_STATUS: Record<string, Words> = { active: { th: "เป็นเป้าหมาย", en: "Active" } };
const word = (map: Record<string, Words>, code: string, language?: ExportLanguage) =>
  map[code] ? inLanguage(language, map[code]!) : code;

function targetColumns(language?: ExportLanguage): ExportColumn<Target>[] {
  return [
    { key: "registerSeq", th: "ลำดับทะเบียน", en: "Register no.", kind: "int", value: (t) => t.registerSeq },
    { key: "houseNo", th: "บ้านเลขที่", en: "House no.", kind: "text", value: (t) => t.houseNo },
    { key: "headName", th: "หัวหน้าครัวเรือน", en: "Head of household", kind: "text", value: (t) => t.headName },
    { key: "membersCount", th: "จำนวนสมาชิก (คน)", en: "Members", kind: "int", value: (t) => t.membersCount },
    { key: "bmnYear", th: "ปี จปฐ. (พ.ศ.)", en: "BMN year (B.E.)", kind: "int", value: (t) => t.bmnYear },
    {
      key: "incomePerPerson",
      th: "รายได้ต่อคนต่อปี (บาท)",
      en: "Income per person per year (baht)",
      kind: "money",
      value: (t) => t.incomePerPersonSatang,
    },
    {
      key: "firstLoanYear",
      th: "ปีที่ยืมครั้งแรก (พ.ศ.)",
      en: "First loan year (B.E.)",
      kind: "int",
      value: (t) => t.firstLoanYear,
    },
    {
      key: "incomeAfter1",
      th: "รายได้ต่อคน หลังยืม 1 ปี (บาท)",
      en: "Income per person 1 year after (baht)",
      kind: "money",
      value: (t) => t.incomeAfter1Satang,
    },
    {
      key: "incomeAfter2",
      th: "รายได้ต่อคน หลังยืม 2 ปี (บาท)",
      en: "Income per person 2 years after (baht)",
      kind: "money",
      value: (t) => t.incomeAfter2Satang,
    },
    {
      key: "incomeAfter3",
      th: "รายได้ต่อคน หลังยืม 3 ปี (บาท)",
      en: "Income per person 3 years after (baht)",
      kind: "money",
      value: (t) => t.incomeAfter3Satang,
    },
    {
      key: "status",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (t) => word(TARGET_STATUS, t.status, language),
    },
    {
      key: "registeredOn",
      th: "วันขึ้นทะเบียน",
      en: "Registered on",
      kind: "date",
      value: (t) => t.registeredOn,
    },
  ];
}

export function targetExportColumns(language?: ExportLanguage): ExportColumn<Target>[] {
  return [
    ...targetColumns(language),
    { key: "loanCount", th: "จำนวนครั้งที่ยืม", en: "Loans", kind: "int", value: (t) => t.loans.length },
    {
      key: "borrowed",
      th: "รวมเงินยืม (บาท)",
      en: "Total borrowed (baht)",
      kind: "money",
      value: (t) => sum(t.loans.map((l) => l.amountSatang)),
    },
    {
      key: "repaid",
      th: "รวมชำระคืน (บาท)",
      en: "Total repaid (baht)",
      kind: "money",
      value: (t) => sum(t.loans.map((l) => l.repaidSatang)),
    },
    {
      key: "outstanding",
      th: "คงค้าง (บาท)",
      en: "Outstanding (baht)",
      kind: "money",
      value: (t) => sum(t.loans.map((l) => l.outstandingSatang)),
    },
    {
      key: "householdId",
      th: "รหัสอ้างอิงครัวเรือน",
      en: "Household ID",
      kind: "text",
      value: (t) => t.householdId,
    },
  ];
}

export function purpleBookExportColumns(language?: ExportLanguage): ExportColumn<PurpleRow>[] {
  const onTarget = targetColumns(language).map(
    (c): ExportColumn<PurpleRow> => ({ ...c, value: (r) => c.value(r.target) }),
  );
  return [
    ...onTarget,
    { key: "contractNo", th: "เลขที่สัญญา", en: "Contract no.", kind: "text", value: (r) => r.loan?.contractNo },
    { key: "borrowRound", th: "ยืมครั้งที่", en: "Round", kind: "int", value: (r) => r.loan?.borrowRound },
    { key: "signedOn", th: "วันทำสัญญา", en: "Signed on", kind: "date", value: (r) => r.loan?.signedOn },
    {
      key: "amount",
      th: "จำนวนเงินยืม (บาท)",
      en: "Lent (baht)",
      kind: "money",
      value: (r) => r.loan?.amountSatang,
    },
    {
      key: "repaid",
      th: "ชำระคืนแล้ว (บาท)",
      en: "Repaid (baht)",
      kind: "money",
      value: (r) => r.loan?.repaidSatang,
    },
    {
      key: "outstanding",
      th: "คงค้าง (บาท)",
      en: "Outstanding (baht)",
      kind: "money",
      value: (r) => r.loan?.outstandingSatang,
    },
    {
      key: "loanStatus",
      th: "สถานะเงินยืม",
      en: "Loan status",
      kind: "text",
      value: (r) => r.loan?.loanStatus,
    },
    {
      key: "householdId",
      th: "รหัสอ้างอิงครัวเรือน",
      en: "Household ID",
      kind: "text",
      value: (r) => r.target.householdId,
    },
  ];
}

const DOC_TYPES: Record<string, Words> = {
  voucher: { th: "ใบสำคัญจ่าย", en: "Payment voucher" },
  receipt: { th: "ใบเสร็จรับเงิน", en: "Receipt" },
  receipt_cancelled: { th: "ใบเสร็จที่ยกเลิก", en: "Cancelled receipt" },
  entry: { th: "รายการบัญชี", en: "Journal entry" },
};

export function greenBookExportColumns(language?: ExportLanguage): ExportColumn<GreenBookRow>[] {
  return [
    { key: "entryDate", th: "วันที่", en: "Date", kind: "date", value: (r) => r.entryDate },
    { key: "docNo", th: "เลขที่เอกสาร", en: "Document no.", kind: "text", value: (r) => r.docNo },
    {
      key: "docType",
      th: "ประเภทเอกสาร",
      en: "Document",
      kind: "text",
      value: (r) => word(DOC_TYPES, r.docType, language),
    },
    { key: "description", th: "รายการ", en: "Description", kind: "text", value: (r) => r.description },
    { key: "deposit", th: "ฝาก (บาท)", en: "Deposit (baht)", kind: "money", value: (r) => r.depositSatang },
    {
      key: "withdrawal",
      th: "ถอน (บาท)",
      en: "Withdrawal (baht)",
      kind: "money",
      value: (r) => r.withdrawalSatang,
    },
    {
      key: "balance",
      th: "คงเหลือ (บาท)",
      en: "Balance (baht)",
      kind: "money",
      value: (r) => r.balanceSatang,
    },
    { key: "entryId", th: "รหัสรายการบัญชี", en: "Entry ID", kind: "text", value: (r) => r.entryId },
  ];
}

export function yellowDebtorExportColumns(): ExportColumn<DebtorRow>[] {
  return [
    { key: "contractNo", th: "เลขที่สัญญา", en: "Contract no.", kind: "text", value: (d) => d.contractNo },
    { key: "houseNo", th: "บ้านเลขที่", en: "House no.", kind: "text", value: (d) => d.houseNo },
    { key: "borrowerName", th: "ผู้ยืม", en: "Borrower", kind: "text", value: (d) => d.borrowerName },
    { key: "borrowRound", th: "ยืมครั้งที่", en: "Round", kind: "int", value: (d) => d.borrowRound },
    { key: "disbursedOn", th: "วันที่รับเงิน", en: "Received on", kind: "date", value: (d) => d.disbursedOn },
    { key: "lent", th: "เงินยืม (บาท)", en: "Lent (baht)", kind: "money", value: (d) => d.lentSatang },
    { key: "repaid", th: "ชำระคืน (บาท)", en: "Repaid (baht)", kind: "money", value: (d) => d.repaidSatang },
    {
      key: "writtenOff",
      th: "ตัดหนี้สูญ (บาท)",
      en: "Written off (baht)",
      kind: "money",
      value: (d) => d.writtenOffSatang,
    },
    {
      key: "outstanding",
      th: "คงค้าง (บาท)",
      en: "Outstanding (baht)",
      kind: "money",
      value: (d) => d.outstandingSatang,
    },
    { key: "loanStatus", th: "สถานะ", en: "Status", kind: "text", value: (d) => d.loanStatus },
    { key: "classification", th: "ชั้นหนี้", en: "Class", kind: "text", value: (d) => d.classification },
    { key: "loanId", th: "รหัสอ้างอิงเงินยืม", en: "Loan ID", kind: "text", value: (d) => d.loanId },
  ];
}

const MOVEMENTS: Record<string, Words> = {
  disbursement: { th: "จ่ายเงินยืม", en: "Payout" },
  repayment: { th: "รับชำระคืน", en: "Repayment" },
  reversal: { th: "ยกเลิกใบเสร็จ", en: "Reversal" },
  write_off: { th: "ตัดหนี้สูญ", en: "Write-off" },
  other: { th: "อื่น ๆ", en: "Other" },
};

export function yellowEntryExportColumns(language?: ExportLanguage): ExportColumn<YellowEntryRow>[] {
  return [
    { key: "entryDate", th: "วันที่", en: "Date", kind: "date", value: (e) => e.entryDate },
    { key: "docNo", th: "เลขที่เอกสาร", en: "Document no.", kind: "text", value: (e) => e.docNo },
    {
      key: "movement",
      th: "รายการ",
      en: "Movement",
      kind: "text",
      value: (e) => word(MOVEMENTS, e.movement, language),
    },
    { key: "description", th: "คำอธิบาย", en: "Description", kind: "text", value: (e) => e.description },
    { key: "debit", th: "ยืม (บาท)", en: "Lent (baht)", kind: "money", value: (e) => e.debitSatang },
    { key: "credit", th: "ชำระคืน (บาท)", en: "Repaid (baht)", kind: "money", value: (e) => e.creditSatang },
    { key: "balance", th: "คงค้าง (บาท)", en: "Balance (baht)", kind: "money", value: (e) => e.balanceSatang },
    { key: "entryId", th: "รหัสรายการบัญชี", en: "Entry ID", kind: "text", value: (e) => e.entryId },
  ];
}

export function brownBookExportColumns(): ExportColumn<BrownVillageRow>[] {
  return [
    { key: "villageCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (v) => v.villageCode },
    { key: "villageName", th: "หมู่บ้าน", en: "Village", kind: "text", value: (v) => v.villageName },
    { key: "fundName", th: "ชื่อกองทุน", en: "Fund", kind: "text", value: (v) => v.fundName },
    {
      key: "yearFunded",
      th: "ปีที่ได้รับงบประมาณ (พ.ศ.)",
      en: "Year funded (B.E.)",
      kind: "int",
      value: (v) => v.yearFunded,
    },
    { key: "startedOn", th: "วันเริ่มกองทุน", en: "Started on", kind: "date", value: (v) => v.startedOn },
    {
      key: "originalCapital",
      th: "จำนวนเงินที่ได้รับ (บาท)",
      en: "Amount granted (baht)",
      kind: "money",
      value: (v) => v.originalCapitalSatang,
    },
    { key: "status", th: "สถานะ", en: "Status", kind: "text", value: (v) => v.status },
    { key: "fundId", th: "รหัสอ้างอิงกองทุน", en: "Fund ID", kind: "text", value: (v) => v.fundId },
  ];
}

export function meetingExportColumns(): ExportColumn<Meeting>[] {
  return [
    { key: "meetingNo", th: "ครั้งที่", en: "Meeting no.", kind: "text", value: (m) => m.meetingNo },
    { key: "heldOn", th: "วันประชุม", en: "Held on", kind: "date", value: (m) => m.heldOn },
    { key: "place", th: "สถานที่", en: "Place", kind: "text", value: (m) => m.place },
    {
      key: "attendeeCount",
      th: "ผู้เข้าประชุม (คน)",
      en: "Attendees",
      kind: "int",
      value: (m) => m.attendeeCount,
    },
    {
      key: "attendees",
      th: "รายชื่อผู้เข้าประชุม",
      en: "Attendee names",
      kind: "text",
      value: (m) => m.attendees.join(", "),
    },
    { key: "agenda", th: "ระเบียบวาระ", en: "Agenda", kind: "text", value: (m) => m.agenda },
    { key: "minutes", th: "บันทึกการประชุม", en: "Minutes", kind: "text", value: (m) => m.minutes },
    { key: "createdAt", th: "เวลาบันทึก", en: "Recorded at", kind: "datetime", value: (m) => m.createdAt },
    { key: "id", th: "รหัสอ้างอิงการประชุม", en: "Meeting ID", kind: "text", value: (m) => m.id },
  ];
}

export function confirmationExportColumns(language?: ExportLanguage): ExportColumn<DebtConfirmation>[] {
  return [
    {
      key: "fiscalYear",
      th: "ปีงบประมาณ (พ.ศ.)",
      en: "Fiscal year (B.E.)",
      kind: "int",
      value: (c) => c.fiscalYear,
    },
    { key: "contractNo", th: "เลขที่สัญญา", en: "Contract no.", kind: "text", value: (c) => c.contractNo },
    { key: "borrowerName", th: "ผู้ยืม", en: "Borrower", kind: "text", value: (c) => c.borrowerName },
    { key: "asOf", th: "ยอด ณ วันที่", en: "Balance as of", kind: "date", value: (c) => c.asOf },
    {
      key: "outstanding",
      th: "ยอดหนี้คงค้าง (บาท)",
      en: "Outstanding (baht)",
      kind: "money",
      value: (c) => c.outstandingSatang,
    },
    {
      key: "agrees",
      th: "รับรองยอดถูกต้อง",
      en: "Agrees",
      kind: "text",
      value: (c) => yesNo(language, c.agrees),
    },
    {
      key: "claimed",
      th: "ยอดที่ครัวเรือนแจ้ง (บาท)",
      en: "Amount the household claims (baht)",
      kind: "money",
      value: (c) => c.claimedSatang,
    },
    { key: "note", th: "หมายเหตุ", en: "Note", kind: "text", value: (c) => c.note },
    { key: "confirmedOn", th: "วันที่ยืนยัน", en: "Confirmed on", kind: "date", value: (c) => c.confirmedOn },
    { key: "loanId", th: "รหัสอ้างอิงเงินยืม", en: "Loan ID", kind: "text", value: (c) => c.loanId },
  ];
}

export function handoverExportColumns(): ExportColumn<Handover>[] {
  return [
    { key: "handedOn", th: "วันส่งมอบ", en: "Handed over on", kind: "date", value: (h) => h.handedOn },
    { key: "fromName", th: "ผู้ส่งมอบ", en: "From", kind: "text", value: (h) => h.fromName },
    {
      key: "fromPosition",
      th: "ตำแหน่งผู้ส่งมอบ",
      en: "From position",
      kind: "text",
      value: (h) => h.fromPosition,
    },
    { key: "toName", th: "ผู้รับมอบ", en: "To", kind: "text", value: (h) => h.toName },
    { key: "toPosition", th: "ตำแหน่งผู้รับมอบ", en: "To position", kind: "text", value: (h) => h.toPosition },
    {
      key: "targetHouseholds",
      th: "ครัวเรือนเป้าหมาย",
      en: "Target households",
      kind: "int",
      value: (h) => h.snapshot.targetHouseholds,
    },
    {
      key: "withHouseholds",
      th: "เงินทุนอยู่กับครัวเรือน (บาท)",
      en: "With households (baht)",
      kind: "money",
      value: (h) => h.snapshot.withHouseholdsSatang,
    },
    {
      key: "bank",
      th: "เงินฝากธนาคาร (บาท)",
      en: "Bank (baht)",
      kind: "money",
      value: (h) => h.snapshot.bankSatang,
    },
    {
      key: "totalFund",
      th: "เงินทุนทั้งหมด (บาท)",
      en: "Total fund (baht)",
      kind: "money",
      value: (h) => h.snapshot.totalFundSatang,
    },
    {
      key: "missing",
      th: "เงินทุนที่ขาดหายไป (บาท)",
      en: "Missing fund (baht)",
      kind: "money",
      value: (h) => h.snapshot.missingSatang,
    },
    { key: "notes", th: "หมายเหตุ", en: "Notes", kind: "text", value: (h) => h.notes },
    { key: "id", th: "รหัสอ้างอิงการส่งมอบ", en: "Handover ID", kind: "text", value: (h) => h.id },
  ];
}
