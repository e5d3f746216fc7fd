import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../test/support/http";

// The กข.คจ. exports (books, targets, meetings, debt confirmations, handovers) against the same lists' JSON,
// on the demo fund บ้านดอกกระเจียว (40070908) with its four borrowing rounds.

let h: TestApp;
let worker: Client;
let outsider: Client;
let fundId: string;
let base: string;
const VILLAGE = "40070908";

interface Res {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
  rawPayload: Buffer;
  json(): { error: { code: string; message: string; messageEn: string } };
}

function csvRecords(res: Res): string[][] {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
  expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(res.rawPayload, { bom: true }) as string[][];
}

async function xlsxSheet(res: Res): Promise<ExcelJS.Worksheet> {
  expect(res.statusCode, res.body).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

const column = (records: string[][], header: string) => {
  const i = records[0]!.indexOf(header);
  expect(i, `column ${header} in ${records[0]!.join(",")}`).toBeGreaterThanOrEqual(0);
  return records.slice(1).map((r) => r[i]!);
};
const baht = (satang: number) => (satang / 100).toFixed(2);

/** Every item of a paged กข.คจ. list, following its cursor. */
async function all<T>(url: string, pick: (body: never) => { items: T[]; nextCursor: string | null }) {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes("?") ? "&" : "?";
    const res = await worker.get(`${url}${sep}limit=200${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = pick(res.json() as never);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

function expectRefusals(path: string) {
  return async () => {
    const outside = await outsider.get(`${base}${path}?format=csv`);
    expect([outside.statusCode, outside.json().error.code], outside.body).toEqual([404, "common.not_found"]);
    expect(outside.json().error.message).toMatch(/^ไม่พบ/);
    expect(outside.json().error.messageEn).toMatch(/not found/);
    const bad = await worker.get(`${base}${path}?format=docx`);
    expect([bad.statusCode, bad.json().error.code], bad.body).toEqual([400, "common.invalid_input"]);
    expect(bad.json().error.message).toMatch(/^ข้อมูลไม่ถูกต้อง: .*format/);
    expect(bad.json().error.messageEn).toMatch(/^Invalid input: .*format/);
  };
}

beforeAll(async () => {
  h = await createTestApp({ demoFunds: true });
  const admin = await h.login("admin");
  worker = await h.login("worker.saimun");
  const created = await admin.send("POST", "/api/users", {
    username: "worker.elsewhere",
    displayName: "พัฒนากรต่างตำบล",
    role: "subdistrict_worker",
    scopeCode: "400701",
    password: "kaejon-outsider-1",
  });
  expect(created.statusCode, created.body).toBe(201);
  outsider = await h.login("worker.elsewhere", "kaejon-outsider-1");
  fundId = (await worker.get(`/api/funds?area=${VILLAGE}&fundType=kkj`)).json().items[0].id;
  base = `/api/funds/${fundId}/kkj`;
});
afterAll(async () => h.close());

describe("purple book and targets", () => {
  it("writes one purple-book row per household loan, with the register's incomes and loans", async () => {
    type T = {
      registerSeq: number;
      headName: string;
      incomePerPersonSatang: number;
      loans: Array<{ contractNo: string; amountSatang: number; outstandingSatang: number; signedOn: string }>;
    };
    const targets = await all<T>(`${base}/books/purple`, (b: { targets: never }) => b.targets);
    type L = T["loans"][number];
    const expected = targets.flatMap(
      (t): Array<{ t: T; l: L | null }> =>
        t.loans.length ? t.loans.map((l) => ({ t, l })) : [{ t, l: null }],
    );
    expect(targets.some((t) => t.loans.length > 0)).toBe(true);
    const sheet = await xlsxSheet(await worker.get(`${base}/books/purple/export?format=xlsx`));
    expect(sheet.getRow(1).getCell(1).value).toBe("สมุดบัญชีทะเบียนครัวเรือนเป้าหมาย");
    const header = (sheet.getRow(2).values as unknown[]).slice(1) as string[];
    expect(header.slice(0, 3)).toEqual(["ลำดับทะเบียน", "บ้านเลขที่", "หัวหน้าครัวเรือน"]);
    expect(sheet.rowCount).toBe(expected.length + 2);
    const at = (name: string) => header.indexOf(name) + 1;
    expected.forEach(({ t, l }, i) => {
      const row = sheet.getRow(i + 3);
      expect(row.getCell(at("ลำดับทะเบียน")).value).toBe(t.registerSeq);
      expect(row.getCell(at("หัวหน้าครัวเรือน")).value).toBe(t.headName);
      expect(row.getCell(at("รายได้ต่อคนต่อปี (บาท)")).value).toBe(t.incomePerPersonSatang / 100);
      expect(row.getCell(at("เลขที่สัญญา")).value).toBe(l?.contractNo ?? null);
      expect(row.getCell(at("จำนวนเงินยืม (บาท)")).value).toBe(l ? l.amountSatang / 100 : null);
      expect(row.getCell(at("จำนวนเงินยืม (บาท)")).numFmt).toBe("#,##0.00");
      expect(row.getCell(at("วันทำสัญญา (ISO)")).value).toBe(l?.signedOn ?? null);
    });
  });

  it("writes one target row per household with its loan totals", async () => {
    type T = { householdId: string; loans: Array<{ amountSatang: number; outstandingSatang: number }> };
    const targets = await all<T>(`${base}/targets`, (b: never) => b);
    const records = csvRecords(await worker.get(`${base}/targets/export?format=csv`));
    expect(column(records, "รหัสอ้างอิงครัวเรือน")).toEqual(targets.map((t) => t.householdId));
    expect(column(records, "รวมเงินยืม (บาท)")).toEqual(
      targets.map((t) => baht(t.loans.reduce((n, l) => n + l.amountSatang, 0))),
    );
    expect(column(records, "คงค้าง (บาท)")).toEqual(
      targets.map((t) => baht(t.loans.reduce((n, l) => n + l.outstandingSatang, 0))),
    );
  });

  it("refuses another area and a bad format", expectRefusals("/books/purple/export"));
});

describe("green book", () => {
  it("writes the bank movements with B.E. dates and the running balance of the book", async () => {
    type G = {
      entryDate: string;
      docNo: string | null;
      depositSatang: number;
      withdrawalSatang: number;
      balanceSatang: number;
    };
    const items = await all<G>(`${base}/books/green`, (b: never) => b);
    expect(items.length).toBeGreaterThan(2);
    const records = csvRecords(await worker.get(`${base}/books/green/export?format=csv`));
    expect(records[0]!.slice(0, 3)).toEqual(["วันที่ (พ.ศ.)", "วันที่ (ISO)", "เลขที่เอกสาร"]);
    expect(column(records, "วันที่ (ISO)")).toEqual(items.map((i) => i.entryDate));
    expect(column(records, "วันที่ (พ.ศ.)")).toEqual(
      items.map((i) => {
        const [y, m, d] = i.entryDate.split("-");
        return `${d}/${m}/${Number(y) + 543}`;
      }),
    );
    expect(column(records, "เลขที่เอกสาร")).toEqual(items.map((i) => i.docNo ?? ""));
    expect(column(records, "ฝาก (บาท)")).toEqual(items.map((i) => baht(i.depositSatang)));
    expect(column(records, "ถอน (บาท)")).toEqual(items.map((i) => baht(i.withdrawalSatang)));
    expect(column(records, "คงเหลือ (บาท)")).toEqual(items.map((i) => baht(i.balanceSatang)));
  });

  it("refuses another area and a bad format", expectRefusals("/books/green/export"));
});

describe("yellow and brown books", () => {
  it("writes the debtor accounts, and one loan's movements when asked", async () => {
    type D = {
      loanId: string;
      contractNo: string;
      lentSatang: number;
      repaidSatang: number;
      outstandingSatang: number;
    };
    const debtors = await all<D>(
      `${base}/books/yellow`,
      (b: { debtors: never; nextCursor: string | null }) => ({
        items: b.debtors,
        nextCursor: b.nextCursor,
      }),
    );
    expect(debtors.length).toBeGreaterThan(0);
    const records = csvRecords(await worker.get(`${base}/books/yellow/export?format=csv`));
    expect(column(records, "เลขที่สัญญา")).toEqual(debtors.map((d) => d.contractNo));
    expect(column(records, "ชำระคืน (บาท)")).toEqual(debtors.map((d) => baht(d.repaidSatang)));
    expect(column(records, "คงค้าง (บาท)")).toEqual(debtors.map((d) => baht(d.outstandingSatang)));

    const loanId = debtors.find((d) => d.repaidSatang > 0)!.loanId;
    type E = { entryDate: string; debitSatang: number; creditSatang: number; balanceSatang: number };
    const entries = await all<E>(
      `${base}/books/yellow?loanId=${loanId}`,
      (b: { entries: never; nextCursor: string | null }) => ({
        items: b.entries,
        nextCursor: b.nextCursor,
      }),
    );
    const one = csvRecords(
      await worker.get(`${base}/books/yellow/export?loanId=${loanId}&format=csv&lang=en`),
    );
    expect(one[0]!.slice(0, 3)).toEqual(["Date (B.E.)", "Date (ISO)", "Document no."]);
    expect(column(one, "Lent (baht)")).toEqual(entries.map((e) => baht(e.debitSatang)));
    expect(column(one, "Repaid (baht)")).toEqual(entries.map((e) => baht(e.creditSatang)));
    expect(column(one, "Balance (baht)")).toEqual(entries.map((e) => baht(e.balanceSatang)));
    const missing = await worker.get(`${base}/books/yellow/export?loanId=${fundId}&format=csv`);
    expect(missing.statusCode).toBe(404);
  });

  it("writes the district's villages of the brown book", async () => {
    type V = { fundId: string; yearFunded: number; originalCapitalSatang: number };
    const villages = await all<V>(`${base}/books/brown`, (b: { part1: never }) => b.part1);
    const sheet = await xlsxSheet(await worker.get(`${base}/books/brown/export?format=xlsx`));
    expect(sheet.rowCount).toBe(villages.length + 2);
    const header = (sheet.getRow(2).values as unknown[]).slice(1) as string[];
    villages.forEach((v, i) => {
      const row = sheet.getRow(i + 3);
      expect(row.getCell(header.indexOf("รหัสอ้างอิงกองทุน") + 1).value).toBe(v.fundId);
      expect(row.getCell(header.indexOf("ปีที่ได้รับงบประมาณ (พ.ศ.)") + 1).value).toBe(v.yearFunded);
      expect(row.getCell(header.indexOf("จำนวนเงินที่ได้รับ (บาท)") + 1).value).toBe(
        v.originalCapitalSatang / 100,
      );
    });
  });

  it("refuses another area and a bad format", expectRefusals("/books/yellow/export"));
  it("refuses another area and a bad format (brown)", expectRefusals("/books/brown/export"));
});

describe("meetings, debt confirmations and handovers", () => {
  it("writes the meetings newest first, on both paths", async () => {
    type M = { id: string; meetingNo: string; heldOn: string; attendeeCount: number };
    const meetings = await all<M>(`${base}/meetings`, (b: never) => b);
    expect(meetings.length).toBeGreaterThan(0);
    for (const path of [`${base}/meetings/export`, `/api/funds/${fundId}/meetings/export`]) {
      const records = csvRecords(await worker.get(`${path}?format=csv`));
      expect(column(records, "รหัสอ้างอิงการประชุม")).toEqual(meetings.map((m) => m.id));
      expect(column(records, "วันประชุม (ISO)")).toEqual(meetings.map((m) => m.heldOn));
      expect(column(records, "ผู้เข้าประชุม (คน)")).toEqual(meetings.map((m) => String(m.attendeeCount)));
    }
  });

  it("writes the debt confirmations of a fiscal year", async () => {
    type C = { loanId: string; fiscalYear: number; outstandingSatang: number; agrees: boolean };
    const confirmations = await all<C>(`${base}/debt-confirmations`, (b: never) => b);
    expect(confirmations.length).toBeGreaterThan(0);
    const records = csvRecords(await worker.get(`${base}/debt-confirmations/export?format=csv`));
    expect(column(records, "รหัสอ้างอิงเงินยืม")).toEqual(confirmations.map((c) => c.loanId));
    expect(column(records, "ยอดหนี้คงค้าง (บาท)")).toEqual(confirmations.map((c) => baht(c.outstandingSatang)));
    expect(column(records, "รับรองยอดถูกต้อง")).toEqual(confirmations.map((c) => (c.agrees ? "ใช่" : "ไม่ใช่")));
    const year = confirmations[0]?.fiscalYear ?? 2567;
    const ofYear = await all<C>(`${base}/debt-confirmations?fiscalYear=${year}`, (b: never) => b);
    const filtered = csvRecords(
      await worker.get(`${base}/debt-confirmations/export?fiscalYear=${year}&format=csv`),
    );
    expect(column(filtered, "รหัสอ้างอิงเงินยืม")).toEqual(ofYear.map((c) => c.loanId));
    const bad = await worker.get(`${base}/debt-confirmations/export?fiscalYear=99&format=csv`);
    expect(bad.statusCode).toBe(400);
  });

  it("writes the handovers", async () => {
    type H = { id: string; handedOn: string };
    const handovers = await all<H>(`${base}/handovers`, (b: never) => b);
    expect(handovers.length).toBeGreaterThan(0);
    const records = csvRecords(await worker.get(`${base}/handovers/export?format=csv`));
    expect(column(records, "รหัสอ้างอิงการส่งมอบ")).toEqual(handovers.map((x) => x.id));
  });

  it("refuses another area and a bad format (meetings)", expectRefusals("/meetings/export"));
  it("refuses another area and a bad format (confirmations)", expectRefusals("/debt-confirmations/export"));
});
