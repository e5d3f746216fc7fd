import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { createHousehold } from "../households/index";
import { openCase } from "./case-open";
import { getCase } from "./case-reads";
import { buildCaseFixture, type CaseFixture, VILLAGE } from "./case-test-fixture";
import { areaProfileSummary, getHouseholdProfile, listAreaProfiles } from "./deprivation-profiles";
import { importTargetList } from "./target-import";

let t: TestDatabase;
let f: CaseFixture;
/** A household of VILLAGE with no จปฐ. record: only a 2567 list profiles it (fails 9 and 22). */
let listed: string;

async function importList(name: string, dataYear: number, lines: string[]): Promise<void> {
  const csv = ["รหัสหมู่บ้าน,บ้านเลขที่,ชื่อ,นามสกุล,มิติที่ไม่ผ่าน,ตัวชี้วัดที่ไม่ผ่าน", ...lines].join("\n");
  await importTargetList(t.as(f.actors.province), {
    name,
    sourceKind: "tpmap",
    programmeYear: 2568,
    area: "400709",
    dataYear,
    dryRun: false,
    bytes: Buffer.from(csv, "utf8"),
    fileName: `${name}.csv`,
  } as Parameters<typeof importTargetList>[1]);
}

beforeAll(async () => {
  t = await openTestDatabase();
  f = await buildCaseFixture(t.deps, "pdp");
  const h = await createHousehold(
    { ...t.deps, actor: SYSTEM_ACTOR },
    {
      villageCode: VILLAGE,
      houseNo: "950",
      members: [{ relation: "head", title: "นาง", firstName: "ทดสอบ950", lastName: "มีสุข" }],
    },
  );
  listed = h.id;
  // 2567: the listed household; and the good household, whose own 2567 record (all pass) must win.
  await importList("tpmap-2567", 2567, [
    `${VILLAGE},950,ทดสอบ950,มีสุข,,"9,22"`,
    `${VILLAGE},901,ทดสอบ901,มีสุข,,8`,
  ]);
  // 2568: newer than the poor household's 2567 record, so it describes that household now.
  await importList("tpmap-2568", 2568, [`${VILLAGE},902,ทดสอบ902,มีสุข,การศึกษา,`]);
});
afterAll(async () => t.close());

describe("profiles from จปฐ. records and imported lists", () => {
  it("a household's profile is the newer of its record and its list row; the record wins on the same year", async () => {
    const reader = t.as(f.actors.province);
    const onlyListed = await getHouseholdProfile(reader, listed);
    expect(onlyListed.fromBmn).toBeNull();
    expect(onlyListed.profile).toMatchObject({
      source: "import",
      dataYear: 2567,
      failingDimensions: ["living", "income"],
    });
    expect(onlyListed.profile?.failingIndicators).toMatchObject({ living: [9], income: [22] });

    const good = await getHouseholdProfile(reader, f.good);
    expect(good.profile).toMatchObject({ source: "bmn", dataYear: 2567, failingDimensions: [] });
    expect(good.fromImport).toMatchObject({ dataYear: 2567, failingDimensions: ["living"] });

    const poor = await getHouseholdProfile(reader, f.poor);
    expect(poor.fromBmn).toMatchObject({ dataYear: 2567, failingDimensions: ["health", "income"] });
    expect(poor.profile).toMatchObject({
      source: "import",
      dataYear: 2568,
      failingDimensions: ["education"],
    });
  });

  it("the area summary and pages count a list profile where a household has no record of the year", async () => {
    const reader = t.as(f.actors.province);
    const y2567 = await areaProfileSummary(reader, { area: VILLAGE, dataYear: 2567 });
    expect([y2567.households, y2567.deprived]).toEqual([3, 2]);
    expect(Object.fromEntries(y2567.dimensions.map((d) => [d.dimension, d.failing]))).toEqual({
      health: 1,
      living: 1,
      education: 0,
      income: 2,
      public_access: 0,
    });
    const failingIndicators = Object.fromEntries(
      y2567.indicators.filter((i) => i.failing > 0).map((i) => [i.bmn, i.failing]),
    );
    expect(failingIndicators).toEqual({ 1: 1, 9: 1, 22: 2 });

    // The newest data year of the area is now the 2568 list's.
    const latest = await areaProfileSummary(reader, { area: VILLAGE });
    expect([latest.dataYear, latest.households, latest.deprived]).toEqual([2568, 1, 1]);
    expect(latest.dimensions.find((d) => d.dimension === "education")?.failing).toBe(1);

    const page = await listAreaProfiles(reader, {
      area: VILLAGE,
      dataYear: 2567,
      deprivedOnly: true,
      limit: 1,
    } as Parameters<typeof listAreaProfiles>[1]);
    const next = await listAreaProfiles(reader, {
      area: VILLAGE,
      dataYear: 2567,
      deprivedOnly: true,
      limit: 1,
      cursor: page.nextCursor ?? undefined,
    } as Parameters<typeof listAreaProfiles>[1]);
    const all = [...page.items, ...next.items];
    expect(next.nextCursor).toBeNull();
    expect(all.map((r) => r.householdId).sort()).toEqual([f.poor, listed].sort());
    expect(all.find((r) => r.householdId === listed)).toMatchObject({
      dataYear: 2567,
      failingDimensions: ["living", "income"],
      failingIndicators: [9, 22],
    });
    const living = await listAreaProfiles(reader, {
      area: VILLAGE,
      dataYear: 2567,
      dimension: "living",
      deprivedOnly: false,
      limit: 10,
    } as Parameters<typeof listAreaProfiles>[1]);
    expect(living.items.map((r) => r.householdId)).toEqual([listed]);
  });

  it("a case opens with the newest profile and shows where it comes from", async () => {
    const worker = t.as(f.actors.worker);
    const listedCase = await openCase(worker, { householdId: listed, programmeYear: 2568 });
    expect(listedCase).toMatchObject({ dataYear: 2567, failingDimensions: ["living", "income"] });
    const poorCase = await openCase(worker, { householdId: f.poor, programmeYear: 2568 });
    expect(poorCase).toMatchObject({ dataYear: 2568, failingDimensions: ["education"] });
    const detail = await getCase(worker, poorCase.id);
    expect(detail.profile).toMatchObject({
      source: "import",
      dataYear: 2568,
      failingDimensions: ["education"],
    });
    // The 2567 record still counts as that year's evidence; the list fills only the year without a record.
    const stored = await rows<{ data_year: number }>(
      t.deps.db,
      sql`select data_year from pov_case where id = ${poorCase.id}`,
    );
    expect(stored[0]?.data_year).toBe(2568);
    expect(detail.evaluation.dataYear).toBe(2568);
  });
});
