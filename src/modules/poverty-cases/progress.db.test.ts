import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import type { Actor } from "../../shared/actor";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { AppError } from "../../shared/errors";
import type { ProgressView } from "./progress-contracts";
import {
  buildProgressFixture,
  PROGRESS_DISTRICTS,
  type ProgressFixture,
} from "./progress-fixture.repository";
import { getDistrictsTable, getLiveDistrictsTable, getLiveProgress, getProgress } from "./progress-reads";
import { refreshPovertyProgress } from "./progress-refresh";

let t: TestDatabase;
let f: ProgressFixture;

const user = (role: Actor["role"], scopeCode: string): Actor => ({
  kind: "user",
  userId: null,
  username: `pp.${role}.${scopeCode}`,
  role,
  scopeCode,
  householdId: null,
});
const national = user("central_admin", "");

async function caught(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

/** Everything but where the figures come from and when they were computed. */
const figures = ({ asOf: _a, refreshedAt: _r, source: _s, ...rest }: ProgressView) => rest;

const snapshot = async () => ({
  areas: await rows(
    t.deps.db,
    sql`SELECT programme_year, area_code, level, targeted, open, survive, sufficient, sustainable, graduated, helped,
               helped_health, helped_living, helped_education, helped_income, helped_public_access, deliveries,
               delivered_satang
          FROM pov_progress_area ORDER BY programme_year, area_code`,
  ),
  agencies: await rows(
    t.deps.db,
    sql`SELECT programme_year, area_code, agency_id, households, plan_items, planned_satang, deliveries,
               delivered_satang
          FROM pov_progress_agency ORDER BY programme_year, area_code, agency_id`,
  ),
  mentoring: await rows(
    t.deps.db,
    sql`SELECT area_code, level, mentors, paired_households, visited_recently, last_visit_on::text
          FROM pov_progress_mentoring ORDER BY area_code`,
  ),
});

beforeAll(async () => {
  t = await openTestDatabase();
  f = await buildProgressFixture(t.deps.db);
});
afterAll(async () => t.close());

describe("poverty progress rollups", () => {
  it("reads live before the first refresh, and says so", async () => {
    const p = await getProgress(t.as(national), { area: "40", year: 2567, limit: 100 });
    expect([p.source, p.refreshedAt, p.asOf]).toEqual(["live", null, "2024-06-15"]);
    expect(p.total.targeted).toBeGreaterThan(0);
  });

  it("equals the live aggregates at every level, in both years, figure by figure", async () => {
    const r = await refreshPovertyProgress(t.deps);
    expect(r.businessDate).toBe("2024-06-15");
    // Two years × (the nation, 2 provinces, 5 districts, 10 sub-districts): no village rows.
    expect(r.areaRows).toBe(2 * (1 + 2 + PROGRESS_DISTRICTS.length + f.subdistricts.length));
    expect(r.agencyRows).toBeGreaterThan(0);
    expect(r.mentoringRows).toBeGreaterThan(0);
    const deps = t.as(national);
    const areas = ["", "40", "33", ...PROGRESS_DISTRICTS, ...f.subdistricts, ...f.villages];
    let compared = 0;
    for (const year of [2567, 2566]) {
      for (const area of areas) {
        const rollup = await getProgress(deps, { area, year, limit: 200 });
        const live = await getLiveProgress(deps, { area, year, limit: 200 });
        // The rollups stop at the sub-district: a sub-district's and a village's figures are aggregated live.
        expect(rollup.source).toBe(area.length < 6 ? "rollup" : "live");
        expect(rollup.refreshedAt).toBe(area.length < 6 ? r.refreshedAt : null);
        expect(figures(rollup), `${area} ${year}`).toEqual(figures(live));
        compared += 1 + rollup.children.length;
      }
      for (const province of ["40", "33"]) {
        const rollup = await getDistrictsTable(deps, province, year);
        const live = await getLiveDistrictsTable(deps, province, year);
        const { asOf: _a, refreshedAt: _r, source: _s, ...a } = rollup;
        const { asOf: _b, refreshedAt: _q, source: _t, ...b } = live;
        expect(a).toEqual(b);
        expect(rollup.rows.length).toBeGreaterThanOrEqual(20);
      }
    }
    expect(compared).toBeGreaterThan(100);

    // The figures are real ones, not zeros on both sides.
    const nation = await getProgress(deps, { area: "", year: 2567, limit: 100 });
    const [expected] = await rows<{ cases: number; graduated: number; helped: number; value: number }>(
      t.deps.db,
      sql`SELECT (SELECT count(*)::int FROM pov_case WHERE programme_year = 2567) AS cases,
                 (SELECT count(*)::int FROM pov_case WHERE programme_year = 2567
                     AND closing_reason = 'graduated') AS graduated,
                 (SELECT count(DISTINCT d.case_id)::int FROM pov_delivery d JOIN pov_case c ON c.id = d.case_id
                   WHERE c.programme_year = 2567) AS helped,
                 (SELECT sum(d.value_satang)::bigint FROM pov_delivery d JOIN pov_case c ON c.id = d.case_id
                   WHERE c.programme_year = 2567) AS value`,
    );
    expect(nation.total.targeted).toBe(expected!.cases);
    expect(nation.total.targeted).toBeGreaterThanOrEqual(f.cases2567);
    expect(nation.total.graduated).toBe(expected!.graduated);
    expect(nation.total.helped).toBe(expected!.helped);
    expect(nation.total.deliveredSatang).toBe(Number(expected!.value));
    expect(nation.total.survive + nation.total.sufficient + nation.total.sustainable).toBe(nation.total.open);
    for (const d of ["health", "living", "education", "income", "public_access"] as const) {
      expect(nation.total.helpedByDimension[d], d).toBeGreaterThan(0);
    }
    expect(nation.total.mentors).toBeGreaterThan(0);
    expect(nation.total.visitedRecently).toBeGreaterThan(0);
    expect(nation.total.visitedRecently).toBeLessThan(nation.total.pairedHouseholds);
    const [last] = await rows<{ lastOn: string }>(
      t.deps.db,
      sql`SELECT max(v.visited_on)::text AS "lastOn" FROM pov_visit v JOIN pov_pairing p ON p.id = v.pairing_id
           WHERE v.visited_on <= '2024-06-15' AND p.start_on <= '2024-06-15'
             AND (p.end_on IS NULL OR p.end_on > '2024-06-15')`,
    );
    expect(nation.total.lastVisitOn).toBe(last!.lastOn);
    expect(nation.total.lastVisitOn! >= "2024-05-01").toBe(true);
    expect(nation.agencies.length).toBeGreaterThanOrEqual(5);
    const older = await getProgress(deps, { area: "40", year: 2566, limit: 100 });
    expect(older.total.targeted).toBeGreaterThan(0);
    expect(older.total.targeted).toBeLessThan(
      (await getProgress(deps, { area: "40", year: 2567, limit: 100 })).total.targeted,
    );
  });

  it("is idempotent: a second refresh writes the same rows", async () => {
    const first = await refreshPovertyProgress(t.deps);
    const before = await snapshot();
    const second = await refreshPovertyProgress(t.deps);
    expect(second.rowsWritten).toBe(first.rowsWritten);
    expect(await snapshot()).toEqual(before);
    const [audits] = await rows<{ n: number }>(
      t.deps.db,
      sql`SELECT count(*)::int AS n FROM audit_event WHERE action = 'poverty.progress_refreshed'`,
    );
    expect(audits!.n).toBeGreaterThanOrEqual(3);
  });

  it("keeps the keyset pages of children in code order without gaps", async () => {
    const deps = t.as(national);
    const all = await getProgress(deps, { area: "40", year: 2567, limit: 200 });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await getProgress(deps, { area: "40", year: 2567, limit: 7, cursor });
      seen.push(...page.children.map((c) => c.code));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.children.map((c) => c.code));
    const bad = await caught(getProgress(deps, { area: "40", year: 2567, limit: 7, cursor: "x'--" }));
    expect([bad.kind, bad.code]).toEqual(["invalid_input", "common.cursor_invalid"]);
  });

  it("scopes every read to the actor's area; mentors and agencies keep their own views", async () => {
    const district = t.as(user("district_officer", "4001"));
    const own = await getProgress(district, { area: "4001", year: 2567, limit: 100 });
    expect(own.total.targeted).toBeGreaterThan(0);
    for (const read of [
      () => getProgress(district, { area: "4002", year: 2567, limit: 100 }),
      () => getProgress(district, { area: "40", year: 2567, limit: 100 }),
      () => getProgress(district, { area: "", year: 2567, limit: 100 }),
      () => getDistrictsTable(district, "40", 2567),
      () => getProgress(t.as(user("province_officer", "33")), { area: "4001", year: 2567, limit: 100 }),
    ]) {
      const e = await caught(read());
      expect([e.kind, e.code]).toEqual(["not_found", "common.not_found"]);
      expect(e.messageTh).toMatch(/[ก-๙]/);
      expect(e.message).toMatch(/not found/);
    }
    const ssk = await getDistrictsTable(t.as(user("province_officer", "33")), "33", 2567);
    expect(ssk.total.targeted).toBeGreaterThan(0);
    for (const role of ["mentor", "agency_officer"] as const) {
      const e = await caught(getProgress(t.as(user(role, "40")), { area: "40", year: 2567, limit: 100 }));
      expect([e.kind, e.code]).toEqual(["forbidden", "access.permission_poverty_read"]);
    }
  });

  it("refuses refreshes by officers and bad business dates, writing nothing", async () => {
    const before = await rows(
      t.deps.db,
      sql`SELECT as_of::text, computed_at::text FROM pov_progress_refresh`,
    );
    const audits = async () =>
      (
        await rows<{ n: number }>(
          t.deps.db,
          sql`SELECT count(*)::int AS n FROM audit_event WHERE action = 'poverty.progress_refreshed'`,
        )
      )[0]!.n;
    const auditsBefore = await audits();
    const officer = await caught(refreshPovertyProgress(t.as(user("province_officer", "40"))));
    expect([officer.kind, officer.code]).toEqual(["forbidden", "access.permission_jobs_run"]);
    for (const [businessDate, code] of [
      ["2024-02-30", "poverty.progress_date_invalid"],
      ["15/06/2567", "poverty.progress_date_invalid"],
      ["2024-06-16", "poverty.progress_date_future"],
    ] as const) {
      const e = await caught(refreshPovertyProgress(t.as(SYSTEM_ACTOR), { businessDate }));
      expect([e.kind, e.code]).toEqual(["invalid_input", code]);
      expect(e.messageTh).toMatch(/[ก-๙]/);
      expect(e.message).toMatch(/business date/);
    }
    expect(
      await rows(t.deps.db, sql`SELECT as_of::text, computed_at::text FROM pov_progress_refresh`),
    ).toEqual(before);
    expect(await audits()).toBe(auditsBefore);
  });

  it("counts mentoring as of the business date it was refreshed for", async () => {
    await refreshPovertyProgress(t.deps, { businessDate: "2024-05-20" });
    const earlier = await getProgress(t.as(national), { area: "", year: 2567, limit: 1 });
    expect(earlier.asOf).toBe("2024-05-20");
    const [live] = await rows<{ paired: number; last: string }>(
      t.deps.db,
      sql`SELECT count(DISTINCT p.household_id)::int AS paired, max(v.visited_on)::text AS last
            FROM pov_pairing p LEFT JOIN pov_visit v ON v.pairing_id = p.id AND v.visited_on <= '2024-05-20'
           WHERE p.start_on <= '2024-05-20' AND (p.end_on IS NULL OR p.end_on > '2024-05-20')`,
    );
    expect(earlier.total.pairedHouseholds).toBe(live!.paired);
    expect(earlier.total.lastVisitOn).toBe(live!.last);
    await refreshPovertyProgress(t.deps);
  });
});
