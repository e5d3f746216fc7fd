// Test fixture (used only by tests): a village fund with cash and a committee, and officers inside and outside its area.
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import type { Role } from "../../shared/roles";
import { createUser } from "../access/index";
import { createCommitteeSet, createFund, type Fund } from "../funds/index";
import { createVillage, findArea } from "../geography/index";
import { recordDonation } from "../ledger/index";

export const VILLAGE = "40070931";
export const OTHER_VILLAGE = "40010132";

async function ensureVillage(deps: Deps, code: string): Promise<void> {
  if (await findArea(deps.db, code)) return;
  await createVillage({ ...deps, actor: SYSTEM_ACTOR }, code.slice(0, 6), {
    villageNo: Number(code.slice(6)),
    nameTh: `บ้านเสียหาย ${code}`,
  });
}

async function actor(deps: Deps, username: string, role: Role, scopeCode: string): Promise<Actor> {
  const user = await createUser(
    { ...deps, actor: SYSTEM_ACTOR },
    { username, displayName: `ผู้ใช้ ${username}`, role, scopeCode, password: "kaejon-test-password" },
  );
  return { kind: "user", userId: user.id, username, role, scopeCode, householdId: null };
}

export interface DamageFixture {
  fund: Fund;
  /** The committee's treasurer (finance seat), a person the cases name. */
  treasurerId: string;
  district: Actor;
  province: Actor;
  worker: Actor;
  outsider: Actor;
  auditor: Actor;
  committee: Actor;
  as(a: Actor): Deps;
}

export async function buildDamageFixture(deps: Deps, prefix: string): Promise<DamageFixture> {
  await ensureVillage(deps, VILLAGE);
  await ensureVillage(deps, OTHER_VILLAGE);
  const system = { ...deps, actor: SYSTEM_ACTOR };
  const fund = await createFund(system, {
    areaCode: VILLAGE,
    fundType: "kkj",
    name: `กองทุน กข.คจ. ${prefix}`,
    startedOn: "2020-01-01",
    parameters: {},
    isModel: false,
    isLearningCentre: false,
  });
  const set = await createCommitteeSet(system, fund.id, {
    termStart: "2023-01-01",
    members: [
      { name: "นายประธาน ดีมาก", position: "chair" },
      { name: "นางเหรัญญิก เงินหาย", position: "finance" },
      { name: "นายเลขา จดดี", position: "secretary" },
      ...[1, 2, 3, 4].map((n) => ({ name: `กรรมการคนที่ ${n}`, position: "member" as const })),
    ],
  });
  await recordDonation(system, fund.id, {
    into: { kind: "cash" },
    amountSatang: 1_000_000,
    donor: "ทุนทดสอบ",
    entryDate: "2024-05-20",
  });
  return {
    fund,
    treasurerId: set.members.find((m) => m.position === "finance")!.id,
    district: await actor(deps, `${prefix}.district`, "district_officer", "4007"),
    province: await actor(deps, `${prefix}.province`, "province_officer", "40"),
    worker: await actor(deps, `${prefix}.worker`, "subdistrict_worker", VILLAGE.slice(0, 6)),
    outsider: await actor(deps, `${prefix}.outsider`, "district_officer", "4001"),
    auditor: await actor(deps, `${prefix}.auditor`, "auditor", ""),
    committee: await actor(deps, `${prefix}.committee`, "committee_member", VILLAGE),
    as: (a) => ({ ...deps, actor: a }),
  };
}

/** A valid case body; `over` changes any field. */
export function caseBody(fundId: string, over: Record<string, unknown> = {}) {
  return {
    fundId,
    caseType: "committee_misuse" as const,
    title: "เหรัญญิกนำเงินกองทุนไปใช้ส่วนตัว",
    description: "ตรวจพบเงินสดขาดบัญชีเมื่อส่งมอบงาน",
    amountSatang: 5_000_000,
    discoveredOn: "2024-06-01",
    ...over,
  };
}

/** Runs `fn` and returns the AppError code (or the message) it threw. */
export async function codeOf(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  throw new Error("expected an error");
}
