import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../test/support/http";
import { rows } from "../platform/database";
import { EXPORT_BATCH } from "../platform/tabular-export";

// The CSV/XLSX exports of the lists over HTTP, checked against the lists' own JSON, on the demo data with
// the กข.คจ. fund บ้านดอกกระเจียว (40070908).

let h: TestApp;
let admin: Client;
let worker: Client;
let outsider: Client;
let fundId: string;
const VILLAGE = "40070908";

interface Res {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
  rawPayload: Buffer;
  json(): { error: { code: string; message: string; messageEn: string } };
}

/** The CSV body as records (header line first), after checking the BOM and the CRLF line ends. */
function csvRecords(res: Res): string[][] {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
  expect(res.headers["cache-control"]).toBe("no-store");
  expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(res.body.endsWith("\r\n")).toBe(true);
  return parse(res.rawPayload, { bom: true, relax_column_count: false }) as string[][];
}

async function xlsxSheet(res: Res): Promise<ExcelJS.Worksheet> {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

function expectBadFormat(res: Res) {
  const body = res.json();
  expect([res.statusCode, body.error.code], res.body).toEqual([400, "common.invalid_input"]);
  expect(body.error.message).toMatch(/^ข้อมูลไม่ถูกต้อง: .*format/);
  expect(body.error.messageEn).toMatch(/^Invalid input: .*format/);
}

function expectNotFound(res: Res) {
  const body = res.json();
  expect([res.statusCode, body.error.code], res.body).toEqual([404, "common.not_found"]);
  expect(body.error.message).toMatch(/^ไม่พบ/);
  expect(body.error.messageEn).toMatch(/not found/);
}

const column = (records: string[][], header: string) => {
  const i = records[0]!.indexOf(header);
  expect(i, `column ${header} in ${records[0]!.join(",")}`).toBeGreaterThanOrEqual(0);
  return records.slice(1).map((r) => r[i]!);
};
const baht = (satang: number) => (satang / 100).toFixed(2);

beforeAll(async () => {
  h = await createTestApp({ demoFunds: true });
  admin = await h.login("admin");
  worker = await h.login("worker.saimun");
  const created = await admin.send("POST", "/api/users", {
    username: "district.bangkok",
    displayName: "เจ้าหน้าที่ต่างพื้นที่",
    role: "district_officer",
    scopeCode: "1001",
    password: "kaejon-outsider-1",
  });
  expect(created.statusCode, created.body).toBe(201);
  outsider = await h.login("district.bangkok", "kaejon-outsider-1");
  fundId = (await worker.get(`/api/funds?area=${VILLAGE}&fundType=kkj`)).json().items[0].id;
});
afterAll(async () => h.close());

describe("households export", () => {
  it("gives the list's rows as CSV with Thai headers, a Thai file name and 2-decimal incomes", async () => {
    const list = (await worker.get(`/api/households?area=${VILLAGE}&limit=200`)).json();
    expect(list.items.length).toBeGreaterThan(0);
    const res = await worker.get(`/api/households/export?area=${VILLAGE}&format=csv`);
    const records = csvRecords(res);
    expect(records[0]!.slice(0, 4)).toEqual(["รหัสหมู่บ้าน", "หมู่บ้าน", "บ้านเลขที่", "หัวหน้าครัวเรือน"]);
    expect(records).toHaveLength(list.items.length + 1);
    expect(column(records, "บ้านเลขที่")).toEqual(list.items.map((i: { houseNo: string }) => i.houseNo));
    expect(column(records, "จำนวนสมาชิก (คน)")).toEqual(
      list.items.map((i: { memberCount: number }) => String(i.memberCount)),
    );
    expect(column(records, "รายได้เฉลี่ยต่อคนต่อปี (บาท)")).toEqual(
      list.items.map((i: { latestIncomePerPersonSatang: number | null }) =>
        i.latestIncomePerPersonSatang === null ? "" : baht(i.latestIncomePerPersonSatang),
      ),
    );
    const disposition = String(res.headers["content-disposition"]);
    expect(disposition).toBe(
      `attachment; filename="${VILLAGE}-2024-06-15.csv"; filename*=UTF-8''${encodeURIComponent(`ครัวเรือน-${VILLAGE}-2024-06-15.csv`)}`,
    );
  });

  it("applies the list's search filter and English headers", async () => {
    const list = (await worker.get(`/api/households?area=${VILLAGE}&q=1`)).json();
    const records = csvRecords(
      await worker.get(`/api/households/export?area=${VILLAGE}&q=1&format=csv&lang=en`),
    );
    expect(records[0]!.slice(0, 3)).toEqual(["Village code", "Village", "House no."]);
    expect(column(records, "Household ID")).toEqual(list.items.map((i: { id: string }) => i.id));
  });

  it("refuses a bad or missing format and an out-of-scope area, in Thai and English", async () => {
    expectBadFormat(await worker.get(`/api/households/export?area=${VILLAGE}&format=pdf`));
    expectBadFormat(await worker.get(`/api/households/export?area=${VILLAGE}`));
    expectNotFound(await worker.get("/api/households/export?area=10010101&format=csv"));
    expectNotFound(await outsider.get(`/api/households/export?area=${VILLAGE}&format=xlsx`));
  });

  it(`streams more than five batches of ${EXPORT_BATCH} rows as XLSX, in the list's order`, async () => {
    await rows(
      h.t.deps.db,
      sql`insert into household (id, village_code, house_no, head_name, member_count)
          select gen_random_uuid(), ${VILLAGE}, 'x' || lpad(n::text, 5, '0'), 'ทดสอบ ' || n, 1 + n % 5
          from generate_series(1, 5600) n`,
    );
    const [{ n }] = (await rows<{ n: number }>(
      h.t.deps.db,
      sql`select count(*)::int as n from household where village_code = ${VILLAGE}`,
    )) as [{ n: number }];
    expect(n).toBeGreaterThan(5 * EXPORT_BATCH);
    const sheet = await xlsxSheet(await admin.get(`/api/households/export?area=${VILLAGE}&format=xlsx`));
    expect(sheet.rowCount).toBe(n + 1);
    expect(sheet.getRow(1).getCell(4).value).toBe("หัวหน้าครัวเรือน");
    const last = (await admin.get(`/api/households?area=${VILLAGE}&q=x05600`)).json().items[0];
    expect(sheet.getRow(n + 1).getCell(3).value).toBe("x05600");
    expect(sheet.getRow(n + 1).getCell(10).value).toBe(last.id);
    const csv = csvRecords(await admin.get(`/api/households/export?area=${VILLAGE}&format=csv`));
    expect(csv).toHaveLength(n + 1);
    expect(new Set(column(csv, "รหัสอ้างอิงครัวเรือน")).size).toBe(n);
  });
});

describe("loans export", () => {
  it("gives the fund's loans with amounts as numbers formatted #,##0.00 and B.E. + ISO dates", async () => {
    const list = (await worker.get(`/api/funds/${fundId}/loans?limit=200`)).json();
    expect(list.items.length).toBeGreaterThan(3);
    const sheet = await xlsxSheet(await worker.get(`/api/funds/${fundId}/loans/export?format=xlsx`));
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual([
      "เลขที่สัญญา",
      "ผู้ยืม",
      "รหัสพื้นที่",
      "ประเภทเงินยืม",
      "วันทำสัญญา (พ.ศ.)",
      "วันทำสัญญา (ISO)",
      "วันจ่ายเงิน (พ.ศ.)",
      "วันจ่ายเงิน (ISO)",
    ]);
    expect(sheet.rowCount).toBe(list.items.length + 1);
    const principal = header.indexOf("เงินต้น (บาท)") + 1;
    list.items.forEach(
      (loan: { loanNo: string; principalSatang: number; contractedOn: string }, i: number) => {
        const row = sheet.getRow(i + 2);
        expect(row.getCell(1).value).toBe(loan.loanNo);
        expect(row.getCell(principal).value).toBe(loan.principalSatang / 100);
        expect(row.getCell(principal).numFmt).toBe("#,##0.00");
        expect(row.getCell(6).value).toBe(loan.contractedOn);
        const [y, m, d] = loan.contractedOn.split("-");
        expect(row.getCell(5).value).toBe(`${d}/${m}/${Number(y) + 543}`);
      },
    );
  });

  it("filters like the list and keeps other areas out", async () => {
    const active = (await worker.get(`/api/funds/${fundId}/loans?status=active&limit=200`)).json();
    const records = csvRecords(
      await worker.get(`/api/funds/${fundId}/loans/export?status=active&format=csv`),
    );
    expect(column(records, "เลขที่สัญญา")).toEqual(active.items.map((l: { loanNo: string }) => l.loanNo));
    expect(column(records, "เงินต้นคงค้าง (บาท)")).toEqual(
      active.items.map((l: { outstandingPrincipalSatang: number }) => baht(l.outstandingPrincipalSatang)),
    );
    expectNotFound(await outsider.get(`/api/funds/${fundId}/loans/export?format=csv`));
    expectBadFormat(await worker.get(`/api/funds/${fundId}/loans/export?format=XLSX`));
  });
});

describe("journal and ledger exports", () => {
  it("writes one row per journal line in book order, with the list's debit and credit totals", async () => {
    const entries: Array<{
      id: string;
      entryDate: string;
      lines: Array<{ accountCode: string; debitSatang: number; creditSatang: number }>;
    }> = [];
    let cursor: string | null = null;
    do {
      const page: { items: typeof entries; nextCursor: string | null } = (
        await worker.get(`/api/funds/${fundId}/ledger/entries?limit=200${cursor ? `&cursor=${cursor}` : ""}`)
      ).json();
      entries.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const lines = entries.flatMap((e) => e.lines.map((l) => ({ entryId: e.id, date: e.entryDate, ...l })));
    expect(lines.length).toBeGreaterThan(10);
    const records = csvRecords(await worker.get(`/api/funds/${fundId}/ledger/entries/export?format=csv`));
    expect(records).toHaveLength(lines.length + 1);
    expect(column(records, "รหัสรายการบัญชี")).toEqual(lines.map((l) => l.entryId));
    expect(column(records, "วันที่ (ISO)")).toEqual(lines.map((l) => l.date));
    expect(column(records, "รหัสบัญชี")).toEqual(lines.map((l) => l.accountCode));
    expect(column(records, "เดบิต (บาท)")).toEqual(lines.map((l) => baht(l.debitSatang)));
    expect(column(records, "เครดิต (บาท)")).toEqual(lines.map((l) => baht(l.creditSatang)));
  });

  it("limits the journal to the from/to dates and refuses outsiders", async () => {
    const list = (
      await worker.get(`/api/funds/${fundId}/ledger/entries?from=2023-10-01&to=2024-09-30&limit=200`)
    ).json();
    const records = csvRecords(
      await worker.get(`/api/funds/${fundId}/ledger/entries/export?from=2023-10-01&to=2024-09-30&format=csv`),
    );
    const ids = [...new Set(column(records, "รหัสรายการบัญชี"))];
    expect(ids).toEqual(list.items.map((e: { id: string }) => e.id));
    expectNotFound(await outsider.get(`/api/funds/${fundId}/ledger/entries/export?format=xlsx`));
    expectBadFormat(await worker.get(`/api/funds/${fundId}/ledger/entries/export?format=ods`));
  });

  it("exports the trial balance and the withdrawals as the lists show them", async () => {
    const accounts = (await worker.get(`/api/funds/${fundId}/ledger/accounts`)).json().items;
    const tb = csvRecords(await worker.get(`/api/funds/${fundId}/ledger/accounts/export?format=csv`));
    expect(column(tb, "รหัสบัญชี")).toEqual(accounts.map((a: { code: string }) => a.code));
    expect(column(tb, "ยอดคงเหลือ (บาท)")).toEqual(
      accounts.map((a: { balanceSatang: number }) => baht(a.balanceSatang)),
    );
    const withdrawals = (await worker.get(`/api/funds/${fundId}/ledger/withdrawals`)).json().items;
    expect(withdrawals.length).toBeGreaterThan(0);
    const w = csvRecords(await worker.get(`/api/funds/${fundId}/ledger/withdrawals/export?format=csv`));
    expect(column(w, "รหัสอ้างอิงการถอน")).toEqual(withdrawals.map((x: { id: string }) => x.id));
    expect(column(w, "จำนวนเงิน (บาท)")).toEqual(
      withdrawals.map((x: { amountSatang: number }) => baht(x.amountSatang)),
    );
    expectNotFound(await outsider.get(`/api/funds/${fundId}/ledger/withdrawals/export?format=csv`));
  });
});

describe("audit, users, funds and fund health exports", () => {
  it("exports the audit log newest first with Bangkok times, scoped like the viewer", async () => {
    const list = (await admin.get("/api/audit?limit=200")).json();
    const records = csvRecords(await admin.get("/api/audit/export?format=csv"));
    const total = (
      await rows<{ n: number }>(h.t.deps.db, sql`select count(*)::int as n from audit_event`)
    )[0]!.n;
    expect(records).toHaveLength(total + 1);
    expect(column(records, "ลำดับเหตุการณ์").slice(0, list.items.length)).toEqual(
      list.items.map((e: { id: number }) => String(e.id)),
    );
    const first = list.items[0] as { occurredAt: string; action: string };
    expect(column(records, "การกระทำ")[0]).toBe(first.action);
    const local = new Date(new Date(first.occurredAt).getTime() + 7 * 3600_000).toISOString();
    expect(column(records, "เวลา (ISO)")[0]).toBe(`${local.slice(0, 19)}+07:00`);
    const district = await h.login("district.namphong");
    const scoped = (await district.get("/api/audit?limit=200")).json();
    const mine = csvRecords(await district.get("/api/audit/export?format=csv"));
    expect(column(mine, "ลำดับเหตุการณ์").slice(0, scoped.items.length)).toEqual(
      scoped.items.map((e: { id: number }) => String(e.id)),
    );
    expect(mine.length).toBeLessThan(records.length);
    expect(mine.length).toBeGreaterThan(1);
    // Without the permission the export is refused like the list, before any byte of a file is sent.
    const refused = await worker.get("/api/audit/export?format=csv");
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, "access.permission_audit_read"]);
    expect(refused.headers["content-disposition"]).toBeUndefined();
    expectBadFormat(await admin.get("/api/audit/export?format=json"));
  });

  it("exports users, funds and fund health like their lists", async () => {
    const users = (await admin.get("/api/users?limit=200")).json().items;
    const u = csvRecords(await admin.get("/api/users/export?format=csv"));
    expect(column(u, "ชื่อผู้ใช้")).toEqual(users.map((x: { username: string }) => x.username));
    expect(column(u, "บทบาท")[users.findIndex((x: { username: string }) => x.username === "admin")]).toBe(
      "ผู้ดูแลระบบส่วนกลาง",
    );
    const funds = (await worker.get("/api/funds?limit=200")).json().items;
    const f = csvRecords(await worker.get("/api/funds/export?format=csv"));
    expect(column(f, "รหัสอ้างอิงกองทุน")).toEqual(funds.map((x: { id: string }) => x.id));
    expect(column(f, "เงินทุนเริ่มต้น (บาท)")).toEqual(
      funds.map((x: { originalCapitalSatang: number }) => baht(x.originalCapitalSatang)),
    );
    expectNotFound(await outsider.get(`/api/funds/export?area=${VILLAGE}&format=csv`));
    const job = await admin.send("POST", "/api/jobs/daily", {});
    expect(job.statusCode, job.body).toBe(200);
    const health = (await worker.get("/api/health/funds?limit=200")).json().items;
    expect(health.length).toBeGreaterThan(0);
    const hs = csvRecords(await worker.get("/api/health/funds/export?format=csv"));
    expect(column(hs, "รหัสอ้างอิงกองทุน")).toEqual(health.map((x: { fundId: string }) => x.fundId));
    expect(column(hs, "PAR30 (%)")).toEqual(health.map((x: { par30Bp: number }) => baht(x.par30Bp)));
    expectNotFound(await outsider.get(`/api/health/funds/export?area=${VILLAGE}&format=csv`));
    expectBadFormat(await worker.get("/api/health/funds/export?format="));
  });
});
