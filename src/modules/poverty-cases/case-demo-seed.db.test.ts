import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import { seedDemo } from "../demo/index";
import { seedPovertyCaseDemo } from "./case-demo-seed";
import { getDistrictsTable } from "./progress-reads";

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDatabase();
  await seedDemo(t.deps, { funds: false });
});
afterAll(async () => t.close());

describe("poverty-case demo data", () => {
  it("opens cases for บ้านดอกกระเจียว's poor households, pairs คู่เสี่ยว mentors, delivers items and graduates one", async () => {
    const made = await seedPovertyCaseDemo(t.deps, "kaejon-demo");
    expect(made.graduated).toBe(1);
    expect(made.cases).toBeGreaterThan(3);
    const [counts] = await rows<{
      cases: number;
      closed: number;
      pairings: number;
      visits: number;
      deliveries: number;
    }>(
      t.deps.db,
      sql`select (select count(*)::int from pov_case) as cases,
        (select count(*)::int from pov_case where closing_reason = 'graduated') as closed,
        (select count(*)::int from pov_pairing) as pairings,
        (select count(*)::int from pov_visit) as visits,
        (select count(*)::int from pov_delivery) as deliveries`,
    );
    expect(counts).toMatchObject({ cases: made.cases, closed: 1, pairings: 4, visits: 3 });
    expect(counts!.deliveries).toBeGreaterThan(0);
    // Every demo visit has a photo and every delivery a picture as evidence.
    const files = await rows<{ owner_type: string; n: number }>(
      t.deps.db,
      sql`select owner_type, count(*)::int as n from attachment
           where owner_type in ('poverty_visit', 'poverty_delivery') group by owner_type order by owner_type`,
    );
    expect(files).toEqual([
      { owner_type: "poverty_delivery", n: counts!.deliveries },
      { owner_type: "poverty_visit", n: 3 },
    ]);
    const table = await getDistrictsTable(t.deps, "40", 2567);
    expect(table.total).toMatchObject({
      targeted: made.cases,
      graduated: 1,
      mentors: 2,
      pairedHouseholds: 4,
    });
    expect(table.rows.find((r) => r.code === "4007")?.targeted).toBe(made.cases);
    const [mentor] = await rows<{ role: string }>(
      t.deps.db,
      sql`select role from app_user where username = 'mentor.dokkrachiao'`,
    );
    expect(mentor?.role).toBe("mentor");
  });
});
