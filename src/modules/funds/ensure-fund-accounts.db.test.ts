import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testEngine } from "../../../test/support/test-db";
import { rows } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { type AppError, isAppError } from "../../shared/errors";
import { createUser } from "../access/index";
import { createVillage } from "../geography/index";
import { DAMAGE_RECOVERY_ACCOUNT, SAVINGS_GROUP_CHART, STANDARD_CHART } from "./chart-of-accounts";
import { createFund } from "./create-fund";
import { ensureFundAccounts } from "./ensure-fund-accounts";

let t: TestDatabase;
const VILLAGE = "40070931";
let worker: Actor;
let farWorker: Actor;

async function refused(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

async function user(username: string, scopeCode: string): Promise<Actor> {
  const u = await createUser(t.deps, {
    username,
    displayName: username,
    role: "subdistrict_worker",
    scopeCode,
    password: "kaejon-test-password",
  });
  return { kind: "user", userId: u.id, username, role: "subdistrict_worker", scopeCode, householdId: null };
}
const as = (actor: Actor): Deps => ({ ...t.deps, actor });

async function newFund(fundType: "savings_group" | "welfare_fund", name: string): Promise<string> {
  const fund = await createFund(as(worker), {
    areaCode: VILLAGE,
    fundType,
    name,
    startedOn: "2020-01-01",
    parameters: {},
    isModel: false,
    isLearningCentre: false,
  });
  return fund.id;
}

async function accounts(fundId: string) {
  return rows<{ id: string; code: string; role: string; name_th: string; normal_side: string }>(
    t.deps.db,
    sql`select id, code, role, name_th, normal_side from ledger_account where fund_id = ${fundId} order by code`,
  );
}

async function auditCount(fundId: string): Promise<number> {
  const [row] = await rows<{ n: number }>(
    t.deps.db,
    sql`select count(*)::int as n from audit_event where action = 'fund.accounts_added' and entity_id = ${fundId}`,
  );
  return row!.n;
}

beforeAll(async () => {
  t = await openTestDatabase();
  await createVillage(t.deps, "400709", { villageNo: 31, nameTh: "บ้านผังบัญชี" });
  worker = await user("ea.worker", "400709");
  farWorker = await user("ea.far", "550116");
});
afterAll(async () => t.close());

describe(`fund accounts by fund type and on demand on ${testEngine}`, () => {
  it("gives a savings group fund its own accounts at creation, and other types only the standard chart", async () => {
    const group = await accounts(await newFund("savings_group", "กลุ่มออมทรัพย์ผังบัญชี"));
    expect(group.map((a) => a.code)).toEqual(
      [...STANDARD_CHART, ...SAVINGS_GROUP_CHART].map((a) => a.code).sort(),
    );
    expect(group.find((a) => a.role === "member_shares")).toMatchObject({
      code: "3301",
      name_th: "เงินสัจจะสะสม (ทุนเรือนหุ้น)",
      normal_side: "credit",
    });
    const welfare = await accounts(await newFund("welfare_fund", "กองทุนสวัสดิการผังบัญชี"));
    expect(welfare.map((a) => a.code)).toEqual(STANDARD_CHART.map((a) => a.code));
  });

  it("adds a missing account once, audits it once, and answers the same account on the next call", async () => {
    const fundId = await newFund("welfare_fund", "กองทุน กข.คจ. ผังบัญชี");
    const first = await ensureFundAccounts(as(worker), { fundId, roles: ["damage_recovery", "cash"] });
    const recovery = first.get("damage_recovery")!;
    expect(recovery).toMatchObject({ code: "4301", created: true });
    expect(first.get("cash")).toMatchObject({ code: "1101", created: false });
    const again = await ensureFundAccounts(as(worker), { fundId, roles: ["damage_recovery"] });
    expect(again.get("damage_recovery")).toEqual({ ...recovery, created: false });
    const chart = await accounts(fundId);
    expect(chart.filter((a) => a.role === "damage_recovery")).toEqual([
      {
        id: recovery.id,
        code: "4301",
        role: "damage_recovery",
        name_th: DAMAGE_RECOVERY_ACCOUNT.nameTh,
        normal_side: "credit",
      },
    ]);
    expect(chart).toHaveLength(STANDARD_CHART.length + 1);
    expect(await auditCount(fundId)).toBe(1);
  });

  it("creates one account when many transactions ask for it at the same time", async () => {
    const fundId = await newFund("welfare_fund", "กองทุน กข.คจ. พร้อมกัน");
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        ensureFundAccounts(as(worker), { fundId, roles: ["damage_recovery", "reserve"] }),
      ),
    );
    const chart = await accounts(fundId);
    const recovery = chart.filter((a) => a.role === "damage_recovery");
    const reserve = chart.filter((a) => a.role === "reserve");
    expect(recovery).toHaveLength(1);
    expect(reserve).toHaveLength(1);
    expect(new Set(results.map((r) => r.get("damage_recovery")!.id))).toEqual(new Set([recovery[0]!.id]));
    expect(new Set(results.map((r) => r.get("reserve")!.id))).toEqual(new Set([reserve[0]!.id]));
    // Exactly one caller added each account, whichever won the race.
    expect(results.filter((r) => r.get("damage_recovery")!.created)).toHaveLength(1);
    expect(results.filter((r) => r.get("reserve")!.created)).toHaveLength(1);
  });

  it("refuses an unknown role, the bank role and a fund outside the actor's area, writing nothing", async () => {
    const fundId = await newFund("welfare_fund", "กองทุน กข.คจ. ปฏิเสธ");
    const before = await accounts(fundId);
    const unknown = await refused(
      ensureFundAccounts(as(worker), { fundId, roles: ["reserve", "petty_cash"] }),
    );
    expect(unknown.code).toBe("fund.account_role_unknown");
    expect(unknown.kind).toBe("invalid_input");
    expect(unknown.messageTh).toContain('ไม่มีบัญชีหน้าที่ "petty_cash"');
    expect(unknown.message).toContain('No account with role "petty_cash"');
    expect((await refused(ensureFundAccounts(as(worker), { fundId, roles: ["bank"] }))).code).toBe(
      "fund.account_role_unknown",
    );
    const far = await refused(ensureFundAccounts(as(farWorker), { fundId, roles: ["reserve"] }));
    expect(far.kind).toBe("not_found");
    expect(
      (
        await refused(
          ensureFundAccounts(as(worker), {
            fundId: "0190f2a0-0000-7000-8000-000000000000",
            roles: ["reserve"],
          }),
        )
      ).kind,
    ).toBe("not_found");
    expect(await accounts(fundId)).toEqual(before);
    expect(await auditCount(fundId)).toBe(0);
  });

  it("refuses an account whose code the fund already uses for another role", async () => {
    const fundId = await newFund("welfare_fund", "กองทุน กข.คจ. รหัสซ้ำ");
    // A chart from before the roles existed: 4301 holds something else.
    await t.deps.db.execute(sql`insert into ledger_account
      (id, fund_id, code, name_th, name_en, account_type, normal_side, role, created_at)
      values (${t.deps.ids.uuid()}, ${fundId}, '4301', 'รายได้อื่น', 'Other income', 'income', 'credit', 'other_income', now())`);
    const taken = await refused(ensureFundAccounts(as(worker), { fundId, roles: ["damage_recovery"] }));
    expect(taken.code).toBe("fund.account_code_taken");
    expect(taken.messageTh).toContain("รหัส 4301");
    expect(taken.message).toContain("code 4301");
    expect((await accounts(fundId)).filter((a) => a.role === "damage_recovery")).toEqual([]);
  });
});
