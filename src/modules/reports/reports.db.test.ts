// The reports on a fixture of two districts: figures as of a date rebuilt from the journal and the loans, the
// reconciliation of loans with loans receivable, targets and จปฐ., notes, problem villages, scope and levels.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasText, pdfText } from "../../../test/support/pdf";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { createUser } from "../access/index";
import { fundPosition } from "../ledger/index";
import { getDatabaseReport } from "./read-database-report";
import { getDistrictDebtReport } from "./read-district-debt-report";
import { getProblemReport } from "./read-problem-report";
import { getProvinceDebtReport } from "./read-province-debt-report";
import { getReportNote } from "./read-report-note";
import { getVillageDebtReport } from "./read-village-debt-report";
import { recordReportNote } from "./record-report-note";
import type { ReportInput } from "./report-data";
import {
  renderDatabaseReport,
  renderDistrictDebtReport,
  renderProblemReport,
  renderVillageDebtReport,
} from "./report-documents";
import type { FundFigures } from "./report-rules";
import { buildReportFixture, type ReportFixture } from "./reports-test-fixture";

let t: TestDatabase;
let fx: ReportFixture;
let districtOfficer: Actor;
let otherDistrictOfficer: Actor;
let worker: Actor;
let committee: Actor;

async function officer(username: string, role: Actor["role"], scopeCode: string): Promise<Actor> {
  const user = await createUser(t.deps, {
    username,
    displayName: username,
    role,
    scopeCode,
    password: "kaejon-test-password",
  });
  return { kind: "user", userId: user.id, username, role, scopeCode, householdId: null };
}

beforeAll(async () => {
  t = await openTestDatabase();
  fx = await buildReportFixture(t.deps);
  districtOfficer = await officer("rp.district", "district_officer", "4007");
  otherDistrictOfficer = await officer("rp.district2", "district_officer", "4001");
  worker = await officer("rp.worker", "subdistrict_worker", "400709");
  committee = await officer("rp.committee", "committee_member", "40070901");
}, 120_000);
afterAll(async () => t?.close());

const as = (actor: Actor): Deps => t.as(actor);
const figuresOf = (report: { rows: Array<{ villageCode: string; figures: FundFigures }> }, code: string) =>
  report.rows.find((r) => r.villageCode === code)!.figures;
const auditCount = async (action: string) =>
  (
    await rows<{ n: number }>(
      t.deps.db,
      sql`select count(*)::int as n from audit_event where action = ${action}`,
    )
  )[0]!.n;

/** Every money figure of a fund agrees with the ledger's own position on the same date. */
async function expectReconciled(fundId: string, figures: FundFigures, asOf: string) {
  const position = await fundPosition(t.deps.db, fundId, asOf);
  expect(figures.bankSatang).toBe(position.bankSatang);
  expect(figures.cashOtherSatang).toBe(position.cashSatang + position.otherAssetsSatang);
  expect(figures.outstandingSatang).toBe(position.loansReceivableSatang);
  expect(figures.unreconciledSatang).toBe(0);
  expect(figures.totalFundSatang).toBe(
    figures.bankSatang + figures.outstandingSatang + figures.cashOtherSatang,
  );
}

describe("26(1) district summary", () => {
  it("gives each village fund's position today (FY2567) in village-code order, with totals", async () => {
    const r = await getDistrictDebtReport(as(districtOfficer), { areaCode: "4007" });
    expect(r).toMatchObject({ fiscalYear: 2567, from: "2023-10-01", asOf: "2024-06-15" });
    expect(r.rows.map((x) => x.villageCode)).toEqual(["40070101", "40070901", "40070902"]);
    expect(r.rows.map((x) => x.subdistrictName)).toEqual(["น้ำพอง", "ทรายมูล", "ทรายมูล"]);
    expect(figuresOf(r, "40070901")).toEqual({
      originalCapitalSatang: 28_000_000,
      borrowers: 2,
      loans: 2,
      lentSatang: 3_000_000,
      repaidSatang: 1_000_000,
      outstandingSatang: 2_000_000,
      bankSatang: 20_000_000,
      cashOtherSatang: 6_000_000,
      totalFundSatang: 28_000_000,
      receivedInYearSatang: 1_000_000,
      nonDefaultingBorrowers: 2,
      nonDefaultingSatang: 2_000_000,
      defaultingHouseholds: 0,
      defaultingSatang: 0,
      missingSatang: 0,
      unreconciledSatang: 0,
    });
    // a2: 25,000 a year and more overdue is defaulted, so it is missing; a3: 5,000 spent out of cash.
    expect(figuresOf(r, "40070902")).toMatchObject({
      defaultingHouseholds: 1,
      defaultingSatang: 2_500_000,
      missingSatang: 2_500_000,
      totalFundSatang: 28_000_000,
    });
    expect(figuresOf(r, "40070101")).toMatchObject({
      outstandingSatang: 800_000,
      cashOtherSatang: 6_700_000,
      totalFundSatang: 27_500_000,
      missingSatang: 500_000,
    });
    expect(r.totals).toMatchObject({
      borrowers: 4,
      lentSatang: 7_200_000,
      outstandingSatang: 5_300_000,
      totalFundSatang: 83_500_000,
      missingSatang: 3_000_000,
      receivedInYearSatang: 1_400_000,
    });
    for (const row of r.rows) await expectReconciled(row.fundId, row.figures, r.asOf);
  });

  it("rebuilds a past date from the journal and the loan events, not from today's state", async () => {
    const fy2566 = await getDistrictDebtReport(t.deps, { areaCode: "4007", fiscalYear: "2566" });
    expect(fy2566.asOf).toBe("2023-09-30");
    // a1 then: L2 borrowed and repaid within the year; L1 and L3 did not exist yet.
    expect(figuresOf(fy2566, "40070901")).toMatchObject({
      borrowers: 1,
      lentSatang: 1_500_000,
      repaidSatang: 1_500_000,
      outstandingSatang: 0,
      cashOtherSatang: 8_000_000,
      receivedInYearSatang: 1_500_000,
      totalFundSatang: 28_000_000,
    });
    // a3 on 2024-06-05 counts the third repayment; on 2024-06-10 its reversal removes it again.
    const before = await getDistrictDebtReport(t.deps, { areaCode: "4007", asOf: "2024-06-05" });
    const after = await getDistrictDebtReport(t.deps, { areaCode: "4007", asOf: "2024-06-10" });
    expect(figuresOf(before, "40070101")).toMatchObject({
      repaidSatang: 600_000,
      outstandingSatang: 600_000,
    });
    expect(figuresOf(after, "40070101")).toMatchObject({ repaidSatang: 400_000, outstandingSatang: 800_000 });
    for (const report of [fy2566, before, after]) {
      for (const row of report.rows) await expectReconciled(row.fundId, row.figures, report.asOf);
    }
  });

  it("counts a loan as defaulted only from 366 days after its oldest unpaid due date, as of the report date", async () => {
    const fy2565 = await getDistrictDebtReport(t.deps, { areaCode: "4007", fiscalYear: "2565" });
    expect(figuresOf(fy2565, "40070902")).toMatchObject({
      nonDefaultingBorrowers: 1,
      nonDefaultingSatang: 2_500_000,
      defaultingHouseholds: 0,
      missingSatang: 0,
    });
    const fy2566 = await getDistrictDebtReport(t.deps, { areaCode: "4007", fiscalYear: "2566" });
    expect(figuresOf(fy2566, "40070902")).toMatchObject({
      defaultingHouseholds: 1,
      missingSatang: 2_500_000,
    });
  });

  it("answers an empty district with no rows and zero totals", async () => {
    const r = await getDistrictDebtReport(t.deps, { areaCode: "4002" });
    expect(r.rows).toEqual([]);
    expect(r.totals.totalFundSatang).toBe(0);
    expect(r.area.nameTh).toBe("บ้านฝาง");
  });
});

describe("26(1) village", () => {
  it("lists the borrowers with their round, and the chair who signs", async () => {
    const r = await getVillageDebtReport(as(worker), { areaCode: "40070901" });
    expect(r.fund?.fundName).toBe("กองทุน กข.คจ. บ้านหนองแสง");
    expect(r.chairName).toBe("นายประจักษ์ อุ่นใจ");
    expect(r.lines.map((l) => [l.borrowerName, l.borrowRound, l.receivedOn, l.outstandingSatang])).toEqual([
      ["นายบุญมา ศรีสุข", 2, "2023-10-15", 1_000_000],
      ["นางสมศรี ใจงาม", 1, "2023-11-01", 1_000_000],
    ]);
    expect(r.areaPath.map((a) => a.code)).toEqual(["40", "4007", "400709", "40070901"]);
    const text = await pdfText(await renderVillageDebtReport(r, { createdAt: t.deps.clock.now() }));
    expect(hasText(text, "นายบุญมา ศรีสุข")).toBe(true);
    expect(hasText(text, "นายประจักษ์ อุ่นใจ")).toBe(true);
    expect(text).toContain("ข้อมูล ณ วันที่ 15 มิถุนายน 2567");
    expect(text).toContain("280,000.00");
    expect(hasText(text, "สองแสนแปดหมื่นบาทถ้วน")).toBe(true);
  });

  it("gives a village without a fund an empty report and a PDF that says so", async () => {
    const r = await getVillageDebtReport(t.deps, { areaCode: "40070903" });
    expect(r).toMatchObject({ fund: null, lines: [], figures: null });
    const text = await pdfText(await renderVillageDebtReport(r, { createdAt: t.deps.clock.now() }));
    expect(text).toContain("ไม่มีข้อมูลที่ต้องรายงาน");
    expect(hasText(text, "บ้านว่างเปล่า")).toBe(true);
  });
});

describe("26(2) province", () => {
  it("sums the funds per district; districts without a fund are not listed", async () => {
    const r = await getProvinceDebtReport(t.deps, { areaCode: "40" });
    expect(r.rows.map((x) => [x.districtCode, x.districtName, x.funds])).toEqual([
      ["4001", "เมืองขอนแก่น", 1],
      ["4007", "น้ำพอง", 3],
    ]);
    const district = await getDistrictDebtReport(t.deps, { areaCode: "4007" });
    expect(r.rows[1]!.figures).toEqual(district.totals);
    expect(r.rows[0]!.figures).toMatchObject({ outstandingSatang: 2_083_300, totalFundSatang: 28_000_000 });
    expect(r.totals.totalFundSatang).toBe(111_500_000);
    expect(r.funds).toBe(4);
  });
});

describe("ข้อ 27", () => {
  it("counts targets, borrowers and จปฐ. passes as of the date, with the officer's development level", async () => {
    await recordReportNote(as(worker), fx.a1.fundId, "2567", {
      developmentLevel: 2,
      supportingAgencies: "อบต.ทรายมูล, ธ.ก.ส.",
    });
    const r = await getDatabaseReport(as(districtOfficer), { areaCode: "4007" });
    const a1 = r.rows.find((x) => x.villageCode === "40070901")!;
    expect(a1.targets).toEqual({
      targetHouseholds: 3,
      targetPersons: 9,
      borrowedHouseholds: 2,
      borrowedPersons: 7,
      passingHouseholds: 2,
      passingPersons: 5,
    });
    expect(a1).toMatchObject({ developmentLevel: 2, supportingAgencies: "อบต.ทรายมูล, ธ.ก.ส." });
    expect(r.targetTotals.targetHouseholds).toBe(4);
    // FY2566: h7 not yet removed, only L2 paid out, h6's survey of 2567 not yet read.
    const past = await getDatabaseReport(t.deps, { areaCode: "400709", fiscalYear: "2566" });
    expect(past.rows.map((x) => x.villageCode)).toEqual(["40070901", "40070902"]);
    expect(past.rows[0]!.targets).toEqual({
      targetHouseholds: 4,
      targetPersons: 14,
      borrowedHouseholds: 1,
      borrowedPersons: 4,
      passingHouseholds: 1,
      passingPersons: 3,
    });
    expect(past.rows[0]!.developmentLevel).toBeNull();
    const text = await pdfText(await renderDatabaseReport(r, { createdAt: t.deps.clock.now() }));
    expect(hasText(text, "บ้านหนองแสง")).toBe(true);
    expect(text).toContain("3/9");
    expect(text).toContain("25,000.00");
  });
});

describe("fund-problem report", () => {
  it("lists villages with missing money, defaults or no committee, with the recorded cause and remedy", async () => {
    await recordReportNote(as(districtOfficer), fx.a2.fundId, "2567", {
      problemCause: "ผู้ยืมย้ายไปทำงานต่างจังหวัด",
      problemRemedy: "ติดตามทวงถามและทำบันทึกรับสภาพหนี้",
    });
    const r = await getProblemReport(t.deps, { areaCode: "40" });
    expect(r.funds).toBe(4);
    expect(r.rows.map((x) => [x.villageCode, x.reasons.map((y) => y.reason)])).toEqual([
      ["40070101", ["missing_fund"]],
      ["40070902", ["missing_fund", "defaulted_households", "committee_term_expired"]],
    ]);
    expect(r.rows[1]).toMatchObject({
      problemCause: "ผู้ยืมย้ายไปทำงานต่างจังหวัด",
      problemRemedy: "ติดตามทวงถามและทำบันทึกรับสภาพหนี้",
    });
    expect(r.totals.missingSatang).toBe(3_000_000);
    expect(r.provinceName).toBe("ขอนแก่น");
    const text = await pdfText(await renderProblemReport(r, { createdAt: t.deps.clock.now() }));
    expect(hasText(text, "ติดตามทวงถามและทำบันทึกรับสภาพหนี้")).toBe(true);
    expect(hasText(text, "พัฒนาการจังหวัดขอนแก่น")).toBe(true);
    const none = await getProblemReport(t.deps, { areaCode: "4001" });
    expect(none).toMatchObject({ funds: 1, rows: [] });
    expect(await pdfText(await renderProblemReport(none, { createdAt: t.deps.clock.now() }))).toContain(
      "ไม่มีข้อมูลที่ต้องรายงาน",
    );
  });

  it("renders the district summary PDF with the villages and totals", async () => {
    const r = await getDistrictDebtReport(t.deps, { areaCode: "4007" });
    const text = await pdfText(
      await renderDistrictDebtReport(r, { createdAt: t.deps.clock.now(), thaiDigits: true }),
    );
    expect(hasText(text, "บ้านโนนสวรรค์")).toBe(true);
    expect(text).toContain("๘๓๕,๐๐๐.๐๐");
    expect(text).toContain("๑๕ มิถุนายน ๒๕๖๗");
  });
});

describe("scope, levels and periods", () => {
  const refuses = async (
    deps: Deps,
    read: (d: Deps, i: ReportInput) => Promise<unknown>,
    input: ReportInput,
  ) => {
    try {
      await read(deps, input);
    } catch (e) {
      return e as { kind: string; code: string; messageTh: string; message: string };
    }
    throw new Error("expected a refusal");
  };

  it("answers an area outside the actor's scope as not found", async () => {
    for (const [actor, code] of [
      [otherDistrictOfficer, "4007"],
      [worker, "4007"],
      [committee, "40070902"],
    ] as const) {
      const e = await refuses(as(actor), getDistrictDebtReport, { areaCode: code });
      expect([e.kind, e.code]).toEqual(["not_found", "common.not_found"]);
    }
    const village = await refuses(as(otherDistrictOfficer), getVillageDebtReport, { areaCode: "40070901" });
    expect(village.kind).toBe("not_found");
    const ok = await getVillageDebtReport(as(committee), { areaCode: "40070901" });
    expect(ok.lines).toHaveLength(2);
  });

  it("refuses a code of the wrong level, and an unknown area", async () => {
    const cases: Array<[(d: Deps, i: ReportInput) => Promise<unknown>, string]> = [
      [getVillageDebtReport, "40"],
      [getDistrictDebtReport, "40070901"],
      [getProvinceDebtReport, "4007"],
      [getDatabaseReport, "40"],
      [getProblemReport, "400709"],
    ];
    for (const [read, code] of cases) {
      const e = await refuses(t.deps, read, { areaCode: code });
      expect([e.kind, e.code]).toEqual(["invalid_input", "report.wrong_level"]);
      expect(e.messageTh).toContain("ระดับ");
    }
    expect((await refuses(t.deps, getDistrictDebtReport, { areaCode: "4099" })).kind).toBe("not_found");
  });

  it("refuses bad, future and inconsistent periods with Thai and English messages", async () => {
    const cases: Array<[Partial<ReportInput>, string]> = [
      [{ fiscalYear: "2568" }, "report.fiscal_year_invalid"],
      [{ fiscalYear: "67" }, "report.fiscal_year_invalid"],
      [{ fiscalYear: "2024" }, "report.fiscal_year_invalid"],
      [{ asOf: "2024-13-01" }, "report.as_of_invalid"],
      [{ asOf: "2024-06-16" }, "report.as_of_in_future"],
      [{ asOf: "2023-06-01", fiscalYear: "2567" }, "report.as_of_outside_year"],
    ];
    for (const [input, code] of cases) {
      const e = await refuses(t.deps, getDistrictDebtReport, { areaCode: "4007", ...input });
      expect([e.kind, e.code]).toEqual(["invalid_input", code]);
      expect(e.messageTh).not.toBe(e.message);
    }
  });
});

describe("report notes", () => {
  it("keeps omitted fields, clears with null, and audits each change", async () => {
    const before = await auditCount("report_note.recorded");
    const first = await recordReportNote(as(otherDistrictOfficer), fx.b1.fundId, "2566", {
      developmentLevel: 3,
      supportingAgencies: "เทศบาล",
      problemCause: "ไม่มี",
    });
    expect(first).toMatchObject({ fiscalYear: 2566, developmentLevel: 3, supportingAgencies: "เทศบาล" });
    await expect(
      recordReportNote(as(districtOfficer), fx.b1.fundId, "2566", { problemCause: null }),
    ).rejects.toMatchObject({
      kind: "not_found",
    });
    const changed = await recordReportNote(as(otherDistrictOfficer), fx.b1.fundId, "2566", {
      problemCause: null,
    });
    expect(changed).toMatchObject({ developmentLevel: 3, supportingAgencies: "เทศบาล", problemCause: null });
    expect(await auditCount("report_note.recorded")).toBe(before + 2);
    expect(await getReportNote(as(otherDistrictOfficer), fx.b1.fundId, "2566")).toMatchObject({
      developmentLevel: 3,
    });
    const empty = await getReportNote(t.deps, fx.b1.fundId, "2565");
    expect(empty).toMatchObject({ developmentLevel: null, updatedAt: null });
  });

  it("refuses a bad level or year, a committee member, and a fund outside the area, writing nothing", async () => {
    const before = await auditCount("report_note.recorded");
    const note = await getReportNote(t.deps, fx.a3.fundId, "2567");
    for (const level of [0, 4, 1.5]) {
      await expect(
        recordReportNote(as(districtOfficer), fx.a3.fundId, "2567", { developmentLevel: level }),
      ).rejects.toMatchObject({
        kind: "invalid_input",
        code: "report_note.level_invalid",
      });
    }
    for (const year of ["2568", "abcd", "2500"]) {
      await expect(
        recordReportNote(as(districtOfficer), fx.a3.fundId, year, { developmentLevel: 1 }),
      ).rejects.toMatchObject({
        code: "report_note.fiscal_year_invalid",
      });
    }
    await expect(
      recordReportNote(as(districtOfficer), fx.a3.fundId, "2567", { problemCause: "ก".repeat(2001) }),
    ).rejects.toMatchObject({ code: "report_note.text_too_long" });
    await expect(
      recordReportNote(as(committee), fx.a1.fundId, "2567", { developmentLevel: 1 }),
    ).rejects.toMatchObject({
      kind: "forbidden",
    });
    await expect(
      recordReportNote(as(worker), fx.a3.fundId, "2567", { developmentLevel: 1 }),
    ).rejects.toMatchObject({
      kind: "not_found",
    });
    expect(await getReportNote(t.deps, fx.a3.fundId, "2567")).toEqual(note);
    expect(await auditCount("report_note.recorded")).toBe(before);
  });
});
