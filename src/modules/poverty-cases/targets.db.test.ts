import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import { type AppError, isAppError } from "../../shared/errors";
import { createHousehold } from "../households/index";
import { DEFAULT_DEPRIVATION_CONFIGS } from "./deprivation-config";
import { profileFromBmn, profileFromListRow } from "./deprivation-profile";
import { areaProfileSummary, getHouseholdProfile, listAreaProfiles } from "./deprivation-profiles";
import { getDeprivationTable, setDeprivationTable } from "./deprivation-table";
import { citizenId } from "./poverty-test-fixture";
import { reconcileLists } from "./reconcile-lists";
import { type ImportTargetListInput, importTargetList } from "./target-import";
import { parseTargetList } from "./target-list";
import { getTargetList, listTargetLists, listTargetRows } from "./target-read";
import { reconcileSummary, reconcileTargetLists } from "./target-reconcile";
import {
  buildTargetFixture,
  closeHousehold,
  FAR_VILLAGE,
  HEADER,
  listCsv,
  row,
  SUBDISTRICT,
  type TargetFixture,
  VILLAGE_A,
  VILLAGE_B,
} from "./target-test-fixture";
import type { ReconcileItem } from "./targets.contracts";

let t: TestDatabase;
let f: TargetFixture;

const count = async (table: string, where = "true") =>
  (
    await rows<{ n: number }>(t.deps.db, sql.raw(`select count(*)::int as n from ${table} where ${where}`))
  )[0]!.n;

const snapshot = async () => ({
  lists: await count("pov_target_list"),
  rows: await count("pov_target_list_row"),
  audit: await count("audit_event"),
});

async function refused(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  expect(e.messageTh).toMatch(/[ก-๙]/);
  expect(e.message).toMatch(/[a-z]/i);
  return e;
}

/** The refusal, and proof that nothing was written. */
async function refusedCleanly(p: () => Promise<unknown>): Promise<AppError> {
  const before = await snapshot();
  const e = await refused(p());
  expect(await snapshot()).toEqual(before);
  return e;
}

function input(bytes: Buffer, over: Partial<ImportTargetListInput> = {}): ImportTargetListInput {
  return {
    name: "บัญชีทดสอบ",
    sourceKind: "tpmap",
    programmeYear: 2568,
    area: SUBDISTRICT,
    dryRun: false,
    bytes,
    fileName: "list.csv",
    ...over,
  };
}

beforeAll(async () => {
  t = await openTestDatabase();
  f = await buildTargetFixture(t.deps);
});
afterAll(async () => t?.close());

const h = (k: number) => f.households[k]!;

/** Rows of every match kind: 0–2 exact ID, 3–4 address + name, 5–6 none. */
function mixedRows(): string[][] {
  return [
    row({
      id: h(0).headId,
      village: VILLAGE_A,
      house: "1",
      title: "นาย",
      first: h(0).head.first,
      last: h(0).head.last,
    }),
    // An ID alone: the household's village is found through the member.
    row({ id: h(1).spouseId, first: "มาลี" }),
    // The ID wins even when the list's house number is wrong: reported as a difference.
    row({ id: h(2).headId, village: VILLAGE_A, house: "9", first: h(2).head.first, last: h(2).head.last }),
    row({ village: VILLAGE_A, house: "๔", first: `นาย${h(3).head.first}`, last: h(3).head.last }),
    row({ village: VILLAGE_B, house: "12 / 3", first: h(7).head.first, last: h(7).head.last, inds: "8" }),
    row({ village: VILLAGE_A, house: "5", first: "ไม่มี", last: "ในทะเบียน" }),
    row({ village: VILLAGE_B, house: "99", first: "สมศรี", last: "ไม่มีบ้าน" }),
  ];
}

describe("import a target list", () => {
  it("dry run: matches every row with its explanation and writes nothing", async () => {
    const before = await snapshot();
    const report = await importTargetList(
      f.as(f.worker),
      input(listCsv(mixedRows()), { dryRun: true, dataYear: 2567 }),
    );
    expect(report.errors).toEqual([]);
    expect(report.committed).toBe(false);
    expect(report.listId).toBeNull();
    expect(report.counts).toEqual({ exact_id: 3, address_name: 2, none: 2 });
    expect(report.preview.map((p) => [p.line, p.matchKind, p.householdId])).toEqual([
      [2, "exact_id", h(0).id],
      [3, "exact_id", h(1).id],
      [4, "exact_id", h(2).id],
      [5, "address_name", h(3).id],
      [6, "address_name", h(7).id],
      [7, "none", null],
      [8, "none", null],
    ]);
    expect(report.preview[1]!.villageCode).toBe(VILLAGE_A);
    expect(report.preview[2]!.explanation).toContain("บ้านเลขที่ในบัญชีไม่ตรงกับทะเบียน");
    expect(report.preview[2]!.explanationEn).toContain("house number differ from the register");
    expect(report.preview[5]!.explanationEn).toContain("has no member named ไม่มี ในทะเบียน");
    expect(report.preview[6]!.explanationEn).toContain(`no house 99 in village ${VILLAGE_B}`);
    expect(await snapshot()).toEqual(before);
  });

  it("reports the time of each phase, in order, to an observer", async () => {
    const phases: [string, number][] = [];
    const report = await importTargetList(
      f.as(f.worker),
      input(listCsv(mixedRows()), { dryRun: true, dataYear: 2567 }),
      (phase, ms) => phases.push([phase, ms]),
    );
    expect(report.counts).toEqual({ exact_id: 3, address_name: 2, none: 2 });
    expect(phases.map(([p]) => p)).toEqual(["parse", "validate", "stage", "match", "commit"]);
    for (const [, ms] of phases) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it("commit: stores the list and its rows with hashed and masked IDs only, audited", async () => {
    const before = await snapshot();
    const report = await importTargetList(f.as(f.worker), input(listCsv(mixedRows()), { dataYear: 2567 }));
    expect(report.committed).toBe(true);
    const listId = report.listId!;
    expect(await count("pov_target_list_row", `list_id = '${listId}'`)).toBe(7);
    const list = await getTargetList(f.as(f.worker), listId);
    expect(list).toMatchObject({
      rowCount: 7,
      counts: { exact_id: 3, address_name: 2, none: 2 },
      areaCode: SUBDISTRICT,
      status: "committed",
      dataYear: 2567,
      createdBy: f.worker.userId,
    });
    const stored = await rows<{ text: string }>(
      t.deps.db,
      sql`select row_to_json(r)::text as text from pov_target_list_row r where list_id = ${listId}::uuid`,
    );
    for (const r of stored) {
      expect(r.text).not.toContain(h(0).headId);
      expect(r.text).not.toContain(h(1).spouseId);
    }
    const page = await listTargetRows(f.as(f.worker), listId, { limit: 50 });
    expect(page.items[0]).toMatchObject({
      line: 2,
      householdId: h(0).id,
      matchKind: "exact_id",
      citizenIdMasked: `${h(0).headId[0]}-${h(0).headId.slice(1, 5)}-xxxxx-xx-${h(0).headId[12]}`,
      headName: `นาย${h(0).head.first} ${h(0).head.last}`,
    });
    // An ID-only row takes the matched household's village as its area.
    expect(page.items[1]).toMatchObject({ areaCode: VILLAGE_A, villageCode: null, householdId: h(1).id });
    expect(page.items[2]!.differences).toEqual(["house_no"]);
    expect(page.items[4]).toMatchObject({ failingIndicators: [8], householdId: h(7).id });
    const after = await snapshot();
    expect(after).toEqual({ lists: before.lists + 1, rows: before.rows + 7, audit: before.audit + 1 });
    const [audit] = await rows<{ action: string; details: { counts: unknown; rowCount: number } }>(
      t.deps.db,
      sql`select action, details from audit_event where entity_id = ${listId}`,
    );
    expect(audit).toMatchObject({
      action: "poverty.target_list.imported",
      details: { rowCount: 7, counts: { exact_id: 3, address_name: 2, none: 2 } },
    });
  });

  it("refuses bad rows, each with its reason, and writes nothing", async () => {
    const bad = [
      row({ id: "1234567890123", village: VILLAGE_A, house: "1", first: "ก" }),
      row({ id: "1.10170023E+12", first: "ข" }),
      row({ id: h(0).headId, first: "ค" }),
      row({ id: h(0).headId, first: "ง" }),
      row({ village: "40070999", house: "1", first: "จ" }),
      row({ village: "4007", house: "1", first: "ฉ" }),
      row({ village: VILLAGE_A, house: "2", first: "ซ้ำ" }),
      row({ village: VILLAGE_A, house: "2", first: "ซ้ำ" }),
      row({ house: "3", first: "ช" }),
      row({ first: "ไม่มีกุญแจ" }),
      row({ id: h(1).headId, inds: "99" }),
      row({ id: h(2).headId, dims: "ความสุข" }),
    ];
    const e = await refusedCleanly(() => importTargetList(f.as(f.worker), input(listCsv(bad))));
    expect(e.code).toBe("poverty.target_list_rejected");
    const errors = (
      e.details as { errors: { line: number; code: string; message: string; messageEn: string }[] }
    ).errors;
    expect(errors.map((x) => [x.line, x.code])).toEqual([
      [2, "invalid_citizen_id"],
      [3, "citizen_id_scientific"],
      [5, "duplicate_citizen_id"],
      [6, "unknown_area"],
      [7, "invalid_area_code"],
      [9, "duplicate_address_name"],
      [10, "incomplete_address"],
      [10, "no_key"],
      [11, "no_key"],
      [12, "invalid_indicator"],
      [13, "invalid_dimension"],
    ]);
    for (const x of errors) {
      expect(x.message).toMatch(/[ก-๙]/);
      expect(x.messageEn).toMatch(/[a-z]/);
    }
    // The same file as a dry run: the same reasons, nothing written.
    const dry = await importTargetList(f.as(f.worker), input(listCsv(bad), { dryRun: true }));
    expect(dry.errors.map((x) => x.code)).toEqual(errors.map((x) => x.code));
  });

  it("refuses rows matched to a closed household, and villages outside the list's area", async () => {
    const closedId = await rows<{ id: string }>(
      t.deps.db,
      sql`select id from household where village_code = ${VILLAGE_B} and house_no = '1'`,
    );
    await closeHousehold(t.deps, closedId[0]!.id);
    try {
      const e = await refusedCleanly(() =>
        importTargetList(
          f.as(f.districtOfficer),
          input(
            listCsv([
              row({ id: h(6).headId, first: h(6).head.first }),
              row({ id: h(0).headId }),
              row({ village: FAR_VILLAGE, house: "1", first: "นอกพื้นที่" }),
            ]),
            { area: SUBDISTRICT },
          ),
        ),
      );
      const errors = (e.details as { errors: { line: number; code: string; messageEn: string }[] }).errors;
      expect(errors.map((x) => [x.line, x.code])).toEqual([
        [2, "household_closed"],
        [4, "outside_area"],
      ]);
      expect(errors[0]!.messageEn).toContain("closed");
    } finally {
      await t.deps.db.execute(
        sql`update household set status = 'active' where id = ${closedId[0]!.id}::uuid`,
      );
    }
  });

  it("matches IDs only inside the list's area", async () => {
    const report = await importTargetList(
      f.as(f.admin),
      input(listCsv([row({ id: f.farHousehold.headId, first: f.farHousehold.head.first })]), {
        dryRun: true,
        area: SUBDISTRICT,
      }),
    );
    expect(report.counts).toEqual({ exact_id: 0, address_name: 0, none: 1 });
    expect(report.preview[0]!.explanationEn).toContain("The citizen ID is not in the register");
    const wide = await importTargetList(
      f.as(f.admin),
      input(listCsv([row({ id: f.farHousehold.headId })]), { dryRun: true, area: "40" }),
    );
    expect(wide.preview[0]).toMatchObject({
      matchKind: "exact_id",
      householdId: f.farHousehold.id,
      villageCode: FAR_VILLAGE,
    });
  });

  it("finds a registered house number written with Thai digits and spaces, and imports a national list", async () => {
    const odd = await createHousehold(t.deps, {
      villageCode: VILLAGE_B,
      houseNo: "๗ ก",
      members: [{ relation: "head", title: "นาง", firstName: "บัวผัน", lastName: "คำดี" }],
    });
    const report = await importTargetList(
      f.as(f.admin),
      input(listCsv([row({ village: VILLAGE_B, house: "7ก", first: "บัวผัน", last: "คำดี" })]), {
        area: undefined,
      }),
    );
    expect(report.committed).toBe(true);
    expect(report.preview[0]).toMatchObject({ matchKind: "address_name", householdId: odd.id });
    expect((await getTargetList(f.as(f.admin), report.listId!)).areaCode).toBe("");
  });

  it("reports header, file and data-year problems; refuses an area outside the actor's scope", async () => {
    const header = await importTargetList(
      f.as(f.worker),
      input(listCsv([["x", "y"]], ["a", "b"]), { dryRun: true }),
    );
    expect(header.errors.map((x) => [x.line, x.code])).toEqual([[1, "no_key_columns"]]);
    await refusedCleanly(() => importTargetList(f.as(f.worker), input(listCsv([["x"]], ["a"]))));
    const empty = await importTargetList(f.as(f.worker), input(Buffer.from(""), { dryRun: true }));
    expect(empty.errors.map((x) => x.code)).toEqual(["empty_file"]);
    const pdf = await importTargetList(
      f.as(f.worker),
      input(Buffer.from("%PDF-1.4\0binary"), { dryRun: true, fileName: "list.pdf" }),
    );
    expect(pdf.errors[0]!.code).toBe("import.unsupported_format");
    const noYear = await importTargetList(
      f.as(f.worker),
      input(listCsv([row({ id: h(0).headId, inds: "8" })]), { dryRun: true }),
    );
    expect(noYear.errors.map((x) => x.code)).toEqual(["data_year_required"]);
    const notInTable = await importTargetList(
      f.as(f.worker),
      input(listCsv([row({ id: h(0).headId, inds: "8,23" })]), { dryRun: true, dataYear: 2567 }),
    );
    expect(notInTable.errors.map((x) => [x.line, x.code])).toEqual([[2, "indicator_not_in_table"]]);
    const tooOld = await importTargetList(
      f.as(f.worker),
      input(listCsv([row({ id: h(0).headId, inds: "8" })]), { dryRun: true, dataYear: 2550 }),
    );
    expect(tooOld.errors.map((x) => x.code)).toEqual(["no_deprivation_config"]);
    const far = await refusedCleanly(() =>
      importTargetList(f.as(f.farWorker), input(listCsv([row({ id: h(0).headId })]), { area: SUBDISTRICT })),
    );
    expect(far.kind).toBe("not_found");
    const agency = await refusedCleanly(() =>
      importTargetList(f.as(f.worker), input(listCsv([row({ id: h(0).headId })]), { sourceKind: "agency" })),
    );
    expect(agency.code).toBe("poverty.agency_name_required");
    const committee = await refusedCleanly(() =>
      importTargetList(f.as(f.committee), input(listCsv([row({ id: h(0).headId })]), { area: VILLAGE_A })),
    );
    expect(committee.kind).toBe("forbidden");
  });

  it("reads an XLSX list with IDs typed into number cells and blank lines kept in the line numbers", async () => {
    const { default: Excel } = await import("exceljs");
    const wb = new Excel.Workbook();
    const ws = wb.addWorksheet("list");
    ws.addRow(["citizen_id", "village_code", "house_no", "first_name", "last_name"]);
    ws.addRow([Number(h(0).headId), VILLAGE_A, "1", h(0).head.first, h(0).head.last]);
    ws.addRow([]);
    ws.addRow(["", VILLAGE_A, 4, h(3).head.first, ""]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const report = await importTargetList(
      f.as(f.worker),
      input(bytes, { dryRun: true, fileName: "list.xlsx" }),
    );
    expect(report.format).toBe("xlsx");
    expect(report.errors).toEqual([]);
    expect(report.preview.map((p) => [p.line, p.matchKind, p.householdId])).toEqual([
      [2, "exact_id", h(0).id],
      [4, "address_name", h(3).id],
    ]);
  });
});

describe("lists and rows", () => {
  it("pages lists newest first in the actor's area, hides them elsewhere", async () => {
    await importTargetList(f.as(f.worker), input(listCsv([row({ id: h(4).headId })]), { name: "ใหม่กว่า" }));
    const lists = await listTargetLists(f.as(f.districtOfficer), { limit: 1 });
    expect(lists.items[0]!.name).toBe("ใหม่กว่า");
    expect(lists.items).toHaveLength(1);
    expect(lists.nextCursor).not.toBeNull();
    const second = await listTargetLists(f.as(f.districtOfficer), { limit: 1, cursor: lists.nextCursor! });
    expect(second.items[0]!.id).not.toBe(lists.items[0]!.id);
    expect((await listTargetLists(f.as(f.farWorker), { limit: 50 })).items).toEqual([]);
    const hidden = await refused(getTargetList(f.as(f.farWorker), lists.items[0]!.id));
    expect(hidden.kind).toBe("not_found");
    await expect(listTargetLists(f.as(f.farWorker), { limit: 5, area: SUBDISTRICT })).rejects.toMatchObject({
      kind: "not_found",
    });
    await expect(listTargetLists(f.as(f.worker), { limit: 5, cursor: "nonsense" })).rejects.toMatchObject({
      code: "common.cursor_invalid",
    });
  });

  it("filters rows by match kind and area, keyset by line", async () => {
    const report = await importTargetList(f.as(f.worker), input(listCsv(mixedRows()), { dataYear: 2567 }));
    const id = report.listId!;
    const none = await listTargetRows(f.as(f.worker), id, { limit: 50, matchKind: "none" });
    expect(none.items.map((r) => r.line)).toEqual([7, 8]);
    const inB = await listTargetRows(f.as(f.worker), id, { limit: 50, area: VILLAGE_B });
    expect(inB.items.map((r) => r.line)).toEqual([6, 8]);
    const first = await listTargetRows(f.as(f.worker), id, { limit: 3 });
    const next = await listTargetRows(f.as(f.worker), id, { limit: 3, cursor: first.nextCursor! });
    expect([...first.items, ...next.items].map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7]);
  });
});

describe("reconciliation", () => {
  const listA = () => [
    row({
      id: h(0).headId,
      village: VILLAGE_A,
      house: "1",
      first: h(0).head.first,
      last: h(0).head.last,
      inds: "8",
    }),
    row({ id: h(1).headId, village: VILLAGE_A, house: "2", first: h(1).head.first, last: h(1).head.last }),
    row({ village: VILLAGE_A, house: "3", first: h(2).head.first, last: h(2).head.last, inds: "8,22" }),
    row({ id: h(3).headId, village: VILLAGE_A, house: "4", first: h(3).head.first }),
    row({ village: VILLAGE_A, house: "5", first: "เฉพาะ", last: "บัญชีก" }),
  ];
  const listB = () => [
    row({
      id: h(0).headId,
      village: VILLAGE_A,
      house: "1",
      first: h(0).head.first,
      last: h(0).head.last,
      inds: "22",
    }),
    row({ id: h(1).headId, village: VILLAGE_A, house: "2/1", first: h(1).head.first, last: h(1).head.last }),
    row({
      id: h(2).headId,
      village: VILLAGE_A,
      house: "๓",
      first: `นาย${h(2).head.first}`,
      last: h(2).head.last,
      inds: "8,22",
    }),
    // Same address and name as A's line 5 but a different ID from A's line 5 (which has none): joined by address.
    row({ village: VILLAGE_A, house: "4", first: "เฉพาะ", last: "บัญชีข" }),
    row({ id: h(5).headId, first: h(5).head.first, last: h(5).head.last }),
  ];

  it("buckets rows as the pure rule does, with the conflicting fields, a page at a time", async () => {
    const a = await importTargetList(f.as(f.worker), input(listCsv(listA()), { dataYear: 2567, name: "ก" }));
    const b = await importTargetList(
      f.as(f.worker),
      input(listCsv(listB()), { dataYear: 2567, name: "ข", sourceKind: "district_survey" }),
    );
    const deps = f.as(f.districtOfficer);
    const summary = await reconcileSummary(deps, a.listId!, b.listId!);
    // The pure rule on the same files.
    const villages = new Set([VILLAGE_A, VILLAGE_B]);
    const parse = (r: string[][]) =>
      parseTargetList({ header: HEADER, rows: r, isKnownVillage: (c) => villages.has(c) }).rows;
    const pure = reconcileLists(parse(listA()), parse(listB()));
    expect(summary.counts).toEqual({
      only_a: pure.onlyA.length,
      only_b: pure.onlyB.length,
      both: pure.both.length,
      conflicting: pure.conflicting.length,
    });
    expect(summary.counts).toEqual({ only_a: 2, only_b: 2, both: 1, conflicting: 2 });
    const all = async (bucket: "only_a" | "only_b" | "both" | "conflicting") => {
      const out: ReconcileItem[] = [];
      let cursor: string | undefined;
      do {
        const page = await reconcileTargetLists(deps, {
          a: a.listId!,
          b: b.listId!,
          bucket,
          limit: 1,
          cursor,
        });
        out.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return out;
    };
    expect((await all("only_a")).map((x) => x.a!.line)).toEqual(pure.onlyA.map((r) => r.line));
    expect((await all("only_b")).map((x) => x.b!.line)).toEqual(pure.onlyB.map((r) => r.line));
    const both = await all("both");
    expect(both.map((x) => [x.a!.line, x.b!.line, x.joinedBy])).toEqual(
      pure.both.map((p) => [p.a.line, p.b.line, p.joinedBy]),
    );
    const conflicting = await all("conflicting");
    expect(conflicting.map((x) => [x.a!.line, x.b!.line, x.conflicts.map((c) => c.field)])).toEqual(
      pure.conflicting.map((p) => [p.a.line, p.b.line, p.conflicts.map((c) => c.field)]),
    );
    expect(conflicting[0]!.conflicts).toEqual([{ field: "failing_indicators", a: "8", b: "22" }]);
    expect(conflicting[1]!.conflicts).toEqual([{ field: "house_no", a: "2", b: "2/1" }]);
    await expect(reconcileSummary(deps, a.listId!, a.listId!)).rejects.toMatchObject({
      code: "poverty.reconcile_same_list",
    });
    await expect(reconcileSummary(f.as(f.farWorker), a.listId!, b.listId!)).rejects.toMatchObject({
      kind: "not_found",
    });
  });
});

describe("deprivation table and profiles", () => {
  it("serves the defaults, replaces them (audited) and refuses bad tables and non-administrators", async () => {
    const initial = await getDeprivationTable(f.as(f.worker));
    expect(initial.isDefault).toBe(true);
    expect(initial.versions.map((v) => v.version)).toEqual(DEFAULT_DEPRIVATION_CONFIGS.map((c) => c.version));
    expect(initial.versions[0]!.indicators).toHaveLength(17);
    const custom = DEFAULT_DEPRIVATION_CONFIGS.map((c) => ({
      ...c,
      dimensionFailsAt: { ...c.dimensionFailsAt, living: 2 },
    }));
    const forbidden = await refusedCleanly(() =>
      setDeprivationTable(f.as(f.districtOfficer), { versions: custom }),
    );
    expect(forbidden.kind).toBe("forbidden");
    const bad = await refusedCleanly(() =>
      setDeprivationTable(f.as(f.admin), {
        versions: [{ ...custom[0], fromDataYear: 2563 }, custom[1]].map((c, k) =>
          k === 0 ? { ...c, toDataYear: 2566 } : c,
        ),
      }),
    );
    expect(bad.code).toBe("poverty.invalid_deprivation_config");
    const auditBefore = await count("audit_event", "action = 'poverty.deprivation_table.set'");
    const saved = await setDeprivationTable(f.as(f.admin), { versions: custom });
    expect(saved.isDefault).toBe(false);
    expect(saved.versions.map((v) => v.dimensionFailsAt.living)).toEqual([2, 2]);
    expect(saved.versions[1]!.indicators).toEqual(DEFAULT_DEPRIVATION_CONFIGS[1]!.indicators);
    expect(await count("audit_event", "action = 'poverty.deprivation_table.set'")).toBe(auditBefore + 1);
    // Back to the defaults for the profile tests.
    await setDeprivationTable(f.as(f.admin), {
      versions: DEFAULT_DEPRIVATION_CONFIGS.map((c) => ({ ...c })),
    });
  });

  it("profiles a household from its จปฐ. record, and from an imported row without one", async () => {
    const p = await getHouseholdProfile(f.as(f.worker), h(0).id);
    expect(p.profile).toMatchObject({
      source: "bmn",
      dataYear: 2567,
      configVersion: "tpmap-bmn-2565-assumed",
      failingDimensions: ["living", "income"],
      failingIndicators: { health: [], living: [8], education: [], income: [22], public_access: [] },
    });
    expect(p.indicators).toHaveLength(17);
    const far = await refused(getHouseholdProfile(f.as(f.farWorker), h(0).id));
    expect(far.kind).toBe("not_found");
    await t.deps.db.execute(sql`delete from bmn_record where household_id = ${h(7).id}::uuid`);
    const imported = await getHouseholdProfile(f.as(f.worker), h(7).id);
    expect(imported.fromBmn).toBeNull();
    expect(imported.profile).toMatchObject({
      source: "import",
      dataYear: 2567,
      failingIndicators: { living: [8] },
      failingDimensions: ["living"],
    });
    expect(imported.fromImport!.line).toBe(6);
  });

  it("counts an area's failing dimensions and indicators as the pure profile does, and pages them", async () => {
    const deps = f.as(f.districtOfficer);
    const summary = await areaProfileSummary(deps, { area: SUBDISTRICT });
    const records = await rows<{
      survey_year: number;
      indicators: Record<string, boolean>;
      income_per_person_satang: number;
      passes_income_criterion: boolean;
    }>(
      t.deps.db,
      sql`select b.survey_year, b.indicators, b.income_per_person_satang, b.passes_income_criterion
            from bmn_record b join household h on h.id = b.household_id
           where h.village_code like ${`${SUBDISTRICT}%`} and h.status = 'active' and b.survey_year = 2567`,
    );
    const profiles = records.map((r) =>
      profileFromBmn({
        surveyYear: Number(r.survey_year),
        indicators: r.indicators,
        incomePerPersonSatang: Number(r.income_per_person_satang),
        passesIncomeCriterion: r.passes_income_criterion,
      }),
    );
    // h(7)'s จปฐ. record was deleted above: its matched 2567 list row (indicator 8) is its profile now, and the
    // bulk counts take it like the household page does.
    profiles.push(profileFromListRow({ dataYear: 2567, failingIndicators: ["8"], failingDimensions: null }));
    expect(summary.dataYear).toBe(2567);
    expect(summary.households).toBe(profiles.length);
    expect(summary.households).toBe(8);
    expect(summary.deprived).toBe(profiles.filter((p) => p.isDeprived).length);
    for (const d of summary.dimensions) {
      expect(d.failing).toBe(profiles.filter((p) => p.failingDimensions.includes(d.dimension)).length);
    }
    expect(summary.indicators.find((i) => i.bmn === 8)!.failing).toBe(5);
    expect(summary.indicators.find((i) => i.bmn === 22)!.failing).toBe(3);
    const income = await listAreaProfiles(deps, {
      area: SUBDISTRICT,
      limit: 2,
      dimension: "income",
      deprivedOnly: false,
    });
    const rest = await listAreaProfiles(deps, {
      area: SUBDISTRICT,
      limit: 2,
      dimension: "income",
      deprivedOnly: false,
      cursor: income.nextCursor!,
    });
    const ids = [...income.items, ...rest.items].map((r) => r.householdId).sort();
    expect(ids).toEqual([h(0).id, h(1).id, h(2).id].sort());
    expect(rest.nextCursor).toBeNull();
    const none = await areaProfileSummary(deps, { area: "400709", dataYear: 2566 });
    expect(none.households).toBe(0);
    await expect(areaProfileSummary(f.as(f.farWorker), { area: SUBDISTRICT })).rejects.toMatchObject({
      kind: "not_found",
    });
    expect(citizenId(1)).toHaveLength(13);
  });
});
