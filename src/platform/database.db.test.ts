import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testEngine } from "../../test/support/test-db";
import { parseTimestamp, rows } from "./database";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t.close());

describe(`type parsers on ${testEngine}`, () => {
  it("gives the same JS types for int8, numeric, date and timestamptz on every engine", async () => {
    const [row] = await rows<Record<string, unknown>>(
      t.deps.db,
      sql`select 9007199254740991::int8 as big, 42::int8 as small, count(*) as n, 12.345::numeric as num,
             '2024-02-29'::date as d, '2024-01-02T03:04:05.678Z'::timestamptz as ts from (values (1)) v(x)`,
    );
    expect(row).toEqual({
      big: 9007199254740991,
      small: 42,
      n: 1,
      num: "12.345",
      d: "2024-02-29",
      ts: "2024-01-02 03:04:05.678+00",
    });
    expect(parseTimestamp(row!.ts as string)?.toISOString()).toBe("2024-01-02T03:04:05.678Z");
  });

  it("refuses an int8 beyond 2^53 instead of losing precision", async () => {
    const error = await rows(t.deps.db, sql`select 9007199254740993::int8 as x`).catch((e: unknown) => e);
    expect(String((error as { cause?: unknown }).cause)).toMatch(/safe integer/);
  });

  it("maps Drizzle columns identically (bigint as number, date as string, timestamptz as Date)", async () => {
    const { area } = await import("../../db/schema/index");
    const [province] = await t.deps.db.select().from(area).where(sql`${area.code} = '40'`);
    expect(province?.nameTh).toBe("ขอนแก่น");
    expect(province?.createdAt).toBeInstanceOf(Date);
    expect(province?.householdCount).toBe(0);
  });

  it("loaded the reference areas: 77 provinces, 928 districts, 7,436 sub-districts", async () => {
    const counts = await rows<{ level: string; n: number }>(
      t.deps.db,
      sql`select level, count(*) as n from area group by level order by level`,
    );
    expect(Object.fromEntries(counts.map((c) => [c.level, c.n]))).toEqual({
      district: 928,
      province: 77,
      subdistrict: 7436,
    });
  });

  it("keeps the audit log append-only", async () => {
    await t.deps.db.execute(
      sql`insert into audit_event (occurred_at, action, entity_type) values (now(), 'test.event', 'test')`,
    );
    await expect(t.deps.db.execute(sql`update audit_event set action = 'changed'`)).rejects.toThrow();
    await expect(t.deps.db.execute(sql`delete from audit_event`)).rejects.toThrow();
  });
});
