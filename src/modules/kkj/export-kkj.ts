// Streams the กข.คจ. lists for CSV/XLSX export — the four books, targets, meetings, debt confirmations and
// handovers — each through its own read use case (same scope checks) in keyset batches.

import type { Deps } from "../../platform/deps";
import { columnsOf, pagedList, rowPerChild } from "../../platform/export-tables";
import { type ExportColumn, type ExportLanguage, inLanguage, yesNo } from "../../platform/tabular-export";
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
  return pagedList((page) => listTargets(deps, fundId, page));
}

export function exportPurpleBook(deps: Deps, fundId: string): AsyncIterable<PurpleRow> {
  return rowPerChild(
    exportTargets(deps, fundId),
    (target) => target.loans,
    (target, loan) => ({ target, loan }),
  );
}

export function exportGreenBook(
  deps: Deps,
  fundId: string,
  bankAccountId?: string,
): AsyncIterable<GreenBookRow> {
  return pagedList(async (page) => {
    const book = await getGreenBook(deps, fundId, { ...page, bankAccountId });
    return { items: book.items, nextCursor: book.nextCursor };
  });
}

export function exportYellowDebtors(deps: Deps, fundId: string): AsyncIterable<DebtorRow> {
  return pagedList(async (page) => {
    const book = await getYellowBook(deps, fundId, page);
    return { items: book.debtors, nextCursor: book.nextCursor };
  });
}

export function exportYellowLoan(deps: Deps, fundId: string, loanId: string): AsyncIterable<YellowEntryRow> {
  return pagedList(async (page) => {
    const book = await getYellowBook(deps, fundId, { ...page, loanId });
    return { items: book.entries, nextCursor: book.nextCursor };
  });
}

export function exportBrownVillages(deps: Deps, fundId: string): AsyncIterable<BrownVillageRow> {
  return pagedList(async (page) => {
    const book = await getBrownBook(deps, fundId, page);
    return { items: book.part1.items, nextCursor: book.part1.nextCursor };
  });
}

export function exportMeetings(deps: Deps, fundId: string, only: "any" | "kkj"): AsyncIterable<Meeting> {
  return pagedList((page) => listMeetings(deps, fundId, page, only));
}

export function exportDebtConfirmations(
  deps: Deps,
  fundId: string,
  fiscalYear?: number,
): AsyncIterable<DebtConfirmation> {
  return pagedList((page) => listDebtConfirmations(deps, fundId, { ...page, fiscalYear }));
}

export function exportHandovers(deps: Deps, fundId: string): AsyncIterable<Handover> {
  return pagedList((page) => listHandovers(deps, fundId, page));
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

const TARGET_STATUS: Record<string, Words> = { active: { th: "เป็นเป้าหมาย", en: "Active" } };
const word = (map: Record<string, Words>, code: string, language?: ExportLanguage) =>
  map[code] ? inLanguage(language, map[code]!) : code;

function targetColumns(language?: ExportLanguage): ExportColumn<Target>[] {
  const col = columnsOf<Target>();
  return [
    col.int("registerSeq", "ลำดับทะเบียน", "Register no.", (t) => t.registerSeq),
    col.text("houseNo", "บ้านเลขที่", "House no.", (t) => t.houseNo),
    col.text("headName", "หัวหน้าครัวเรือน", "Head of household", (t) => t.headName),
    col.int("membersCount", "จำนวนสมาชิก (คน)", "Members", (t) => t.membersCount),
    col.int("bmnYear", "ปี จปฐ. (พ.ศ.)", "BMN year (B.E.)", (t) => t.bmnYear),
    col.money(
      "incomePerPerson",
      "รายได้ต่อคนต่อปี (บาท)",
      "Income per person per year (baht)",
      (t) => t.incomePerPersonSatang,
    ),
    col.int("firstLoanYear", "ปีที่ยืมครั้งแรก (พ.ศ.)", "First loan year (B.E.)", (t) => t.firstLoanYear),
    col.money(
      "incomeAfter1",
      "รายได้ต่อคน หลังยืม 1 ปี (บาท)",
      "Income per person 1 year after (baht)",
      (t) => t.incomeAfter1Satang,
    ),
    col.money(
      "incomeAfter2",
      "รายได้ต่อคน หลังยืม 2 ปี (บาท)",
      "Income per person 2 years after (baht)",
      (t) => t.incomeAfter2Satang,
    ),
    col.money(
      "incomeAfter3",
      "รายได้ต่อคน หลังยืม 3 ปี (บาท)",
      "Income per person 3 years after (baht)",
      (t) => t.incomeAfter3Satang,
    ),
    col.text("status", "สถานะ", "Status", (t) => word(TARGET_STATUS, t.status, language)),
    col.date("registeredOn", "วันขึ้นทะเบียน", "Registered on", (t) => t.registeredOn),
  ];
}

export function targetExportColumns(language?: ExportLanguage): ExportColumn<Target>[] {
  const col = columnsOf<Target>();
  return [
    ...targetColumns(language),
    col.int("loanCount", "จำนวนครั้งที่ยืม", "Loans", (t) => t.loans.length),
    col.money("borrowed", "รวมเงินยืม (บาท)", "Total borrowed (baht)", (t) =>
      sum(t.loans.map((l) => l.amountSatang)),
    ),
    col.money("repaid", "รวมชำระคืน (บาท)", "Total repaid (baht)", (t) =>
      sum(t.loans.map((l) => l.repaidSatang)),
    ),
    col.money("outstanding", "คงค้าง (บาท)", "Outstanding (baht)", (t) =>
      sum(t.loans.map((l) => l.outstandingSatang)),
    ),
    col.text("householdId", "รหัสอ้างอิงครัวเรือน", "Household ID", (t) => t.householdId),
  ];
}

export function purpleBookExportColumns(language?: ExportLanguage): ExportColumn<PurpleRow>[] {
  const col = columnsOf<PurpleRow>();
  const onTarget = targetColumns(language).map(
    (c): ExportColumn<PurpleRow> => ({ ...c, value: (r) => c.value(r.target) }),
  );
  return [
    ...onTarget,
    col.text("contractNo", "เลขที่สัญญา", "Contract no.", (r) => r.loan?.contractNo),
    col.int("borrowRound", "ยืมครั้งที่", "Round", (r) => r.loan?.borrowRound),
    col.date("signedOn", "วันทำสัญญา", "Signed on", (r) => r.loan?.signedOn),
    col.money("amount", "จำนวนเงินยืม (บาท)", "Lent (baht)", (r) => r.loan?.amountSatang),
    col.money("repaid", "ชำระคืนแล้ว (บาท)", "Repaid (baht)", (r) => r.loan?.repaidSatang),
    col.money("outstanding", "คงค้าง (บาท)", "Outstanding (baht)", (r) => r.loan?.outstandingSatang),
    col.text("loanStatus", "สถานะเงินยืม", "Loan status", (r) => r.loan?.loanStatus),
    col.text("householdId", "รหัสอ้างอิงครัวเรือน", "Household ID", (r) => r.target.householdId),
  ];
}

const DOC_TYPES: Record<string, Words> = {
  voucher: { th: "ใบสำคัญจ่าย", en: "Payment voucher" },
  receipt: { th: "ใบเสร็จรับเงิน", en: "Receipt" },
  receipt_cancelled: { th: "ใบเสร็จที่ยกเลิก", en: "Cancelled receipt" },
  entry: { th: "รายการบัญชี", en: "Journal entry" },
};

export function greenBookExportColumns(language?: ExportLanguage): ExportColumn<GreenBookRow>[] {
  const col = columnsOf<GreenBookRow>();
  return [
    col.date("entryDate", "วันที่", "Date", (r) => r.entryDate),
    col.text("docNo", "เลขที่เอกสาร", "Document no.", (r) => r.docNo),
    col.text("docType", "ประเภทเอกสาร", "Document", (r) => word(DOC_TYPES, r.docType, language)),
    col.text("description", "รายการ", "Description", (r) => r.description),
    col.money("deposit", "ฝาก (บาท)", "Deposit (baht)", (r) => r.depositSatang),
    col.money("withdrawal", "ถอน (บาท)", "Withdrawal (baht)", (r) => r.withdrawalSatang),
    col.money("balance", "คงเหลือ (บาท)", "Balance (baht)", (r) => r.balanceSatang),
    col.text("entryId", "รหัสรายการบัญชี", "Entry ID", (r) => r.entryId),
  ];
}

export function yellowDebtorExportColumns(): ExportColumn<DebtorRow>[] {
  const col = columnsOf<DebtorRow>();
  return [
    col.text("contractNo", "เลขที่สัญญา", "Contract no.", (d) => d.contractNo),
    col.text("houseNo", "บ้านเลขที่", "House no.", (d) => d.houseNo),
    col.text("borrowerName", "ผู้ยืม", "Borrower", (d) => d.borrowerName),
    col.int("borrowRound", "ยืมครั้งที่", "Round", (d) => d.borrowRound),
    col.date("disbursedOn", "วันที่รับเงิน", "Received on", (d) => d.disbursedOn),
    col.money("lent", "เงินยืม (บาท)", "Lent (baht)", (d) => d.lentSatang),
    col.money("repaid", "ชำระคืน (บาท)", "Repaid (baht)", (d) => d.repaidSatang),
    col.money("writtenOff", "ตัดหนี้สูญ (บาท)", "Written off (baht)", (d) => d.writtenOffSatang),
    col.money("outstanding", "คงค้าง (บาท)", "Outstanding (baht)", (d) => d.outstandingSatang),
    col.text("loanStatus", "สถานะ", "Status", (d) => d.loanStatus),
    col.text("classification", "ชั้นหนี้", "Class", (d) => d.classification),
    col.text("loanId", "รหัสอ้างอิงเงินยืม", "Loan ID", (d) => d.loanId),
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
  const col = columnsOf<YellowEntryRow>();
  return [
    col.date("entryDate", "วันที่", "Date", (e) => e.entryDate),
    col.text("docNo", "เลขที่เอกสาร", "Document no.", (e) => e.docNo),
    col.text("movement", "รายการ", "Movement", (e) => word(MOVEMENTS, e.movement, language)),
    col.text("description", "คำอธิบาย", "Description", (e) => e.description),
    col.money("debit", "ยืม (บาท)", "Lent (baht)", (e) => e.debitSatang),
    col.money("credit", "ชำระคืน (บาท)", "Repaid (baht)", (e) => e.creditSatang),
    col.money("balance", "คงค้าง (บาท)", "Balance (baht)", (e) => e.balanceSatang),
    col.text("entryId", "รหัสรายการบัญชี", "Entry ID", (e) => e.entryId),
  ];
}

export function brownBookExportColumns(): ExportColumn<BrownVillageRow>[] {
  const col = columnsOf<BrownVillageRow>();
  return [
    col.text("villageCode", "รหัสหมู่บ้าน", "Village code", (v) => v.villageCode),
    col.text("villageName", "หมู่บ้าน", "Village", (v) => v.villageName),
    col.text("fundName", "ชื่อกองทุน", "Fund", (v) => v.fundName),
    col.int("yearFunded", "ปีที่ได้รับงบประมาณ (พ.ศ.)", "Year funded (B.E.)", (v) => v.yearFunded),
    col.date("startedOn", "วันเริ่มกองทุน", "Started on", (v) => v.startedOn),
    col.money(
      "originalCapital",
      "จำนวนเงินที่ได้รับ (บาท)",
      "Amount granted (baht)",
      (v) => v.originalCapitalSatang,
    ),
    col.text("status", "สถานะ", "Status", (v) => v.status),
    col.text("fundId", "รหัสอ้างอิงกองทุน", "Fund ID", (v) => v.fundId),
  ];
}

export function meetingExportColumns(): ExportColumn<Meeting>[] {
  const col = columnsOf<Meeting>();
  return [
    col.text("meetingNo", "ครั้งที่", "Meeting no.", (m) => m.meetingNo),
    col.date("heldOn", "วันประชุม", "Held on", (m) => m.heldOn),
    col.text("place", "สถานที่", "Place", (m) => m.place),
    col.int("attendeeCount", "ผู้เข้าประชุม (คน)", "Attendees", (m) => m.attendeeCount),
    col.text("attendees", "รายชื่อผู้เข้าประชุม", "Attendee names", (m) => m.attendees.join(", ")),
    col.text("agenda", "ระเบียบวาระ", "Agenda", (m) => m.agenda),
    col.text("minutes", "บันทึกการประชุม", "Minutes", (m) => m.minutes),
    col.datetime("createdAt", "เวลาบันทึก", "Recorded at", (m) => m.createdAt),
    col.text("id", "รหัสอ้างอิงการประชุม", "Meeting ID", (m) => m.id),
  ];
}

export function confirmationExportColumns(language?: ExportLanguage): ExportColumn<DebtConfirmation>[] {
  const col = columnsOf<DebtConfirmation>();
  return [
    col.int("fiscalYear", "ปีงบประมาณ (พ.ศ.)", "Fiscal year (B.E.)", (c) => c.fiscalYear),
    col.text("contractNo", "เลขที่สัญญา", "Contract no.", (c) => c.contractNo),
    col.text("borrowerName", "ผู้ยืม", "Borrower", (c) => c.borrowerName),
    col.date("asOf", "ยอด ณ วันที่", "Balance as of", (c) => c.asOf),
    col.money("outstanding", "ยอดหนี้คงค้าง (บาท)", "Outstanding (baht)", (c) => c.outstandingSatang),
    col.text("agrees", "รับรองยอดถูกต้อง", "Agrees", (c) => yesNo(language, c.agrees)),
    col.money(
      "claimed",
      "ยอดที่ครัวเรือนแจ้ง (บาท)",
      "Amount the household claims (baht)",
      (c) => c.claimedSatang,
    ),
    col.text("note", "หมายเหตุ", "Note", (c) => c.note),
    col.date("confirmedOn", "วันที่ยืนยัน", "Confirmed on", (c) => c.confirmedOn),
    col.text("loanId", "รหัสอ้างอิงเงินยืม", "Loan ID", (c) => c.loanId),
  ];
}

export function handoverExportColumns(): ExportColumn<Handover>[] {
  const col = columnsOf<Handover>();
  return [
    col.date("handedOn", "วันส่งมอบ", "Handed over on", (h) => h.handedOn),
    col.text("fromName", "ผู้ส่งมอบ", "From", (h) => h.fromName),
    col.text("fromPosition", "ตำแหน่งผู้ส่งมอบ", "From position", (h) => h.fromPosition),
    col.text("toName", "ผู้รับมอบ", "To", (h) => h.toName),
    col.text("toPosition", "ตำแหน่งผู้รับมอบ", "To position", (h) => h.toPosition),
    col.int("targetHouseholds", "ครัวเรือนเป้าหมาย", "Target households", (h) => h.snapshot.targetHouseholds),
    col.money(
      "withHouseholds",
      "เงินทุนอยู่กับครัวเรือน (บาท)",
      "With households (baht)",
      (h) => h.snapshot.withHouseholdsSatang,
    ),
    col.money("bank", "เงินฝากธนาคาร (บาท)", "Bank (baht)", (h) => h.snapshot.bankSatang),
    col.money("totalFund", "เงินทุนทั้งหมด (บาท)", "Total fund (baht)", (h) => h.snapshot.totalFundSatang),
    col.money("missing", "เงินทุนที่ขาดหายไป (บาท)", "Missing fund (baht)", (h) => h.snapshot.missingSatang),
    col.text("notes", "หมายเหตุ", "Notes", (h) => h.notes),
    col.text("id", "รหัสอ้างอิงการส่งมอบ", "Handover ID", (h) => h.id),
  ];
}
