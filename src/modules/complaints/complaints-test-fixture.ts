// Test fixture (used only by tests): a village with a fund, a household account, a committee member and officers inside and outside the district.
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import type { Role } from "../../shared/roles";
import { createUser } from "../access/index";
import { createFund, type Fund } from "../funds/index";
import { createVillage, findArea } from "../geography/index";
import { createHousehold } from "../households/index";

export const VILLAGE = "40070921";
export const OTHER_VILLAGE = "40010131";

async function ensureVillage(deps: Deps, code: string): Promise<void> {
  if (await findArea(deps.db, code)) return;
  await createVillage({ ...deps, actor: SYSTEM_ACTOR }, code.slice(0, 6), {
    villageNo: Number(code.slice(6)),
    nameTh: `บ้านร้องเรียน ${code}`,
  });
}

async function actor(
  deps: Deps,
  username: string,
  role: Role,
  scopeCode: string,
  householdId: string | null = null,
): Promise<Actor> {
  const user = await createUser(
    { ...deps, actor: SYSTEM_ACTOR },
    {
      username,
      displayName: `ผู้ใช้ ${username}`,
      role,
      scopeCode,
      password: "kaejon-test-password",
      ...(householdId ? { householdId } : {}),
    },
  );
  return { kind: "user", userId: user.id, username, role, scopeCode, householdId };
}

export interface ComplaintFixture {
  fund: Fund;
  otherFund: Fund;
  householdId: string;
  household: Actor;
  committee: Actor;
  worker: Actor;
  district: Actor;
  province: Actor;
  outsider: Actor;
  auditor: Actor;
  as(a: Actor): Deps;
}

export async function buildComplaintFixture(deps: Deps, prefix: string): Promise<ComplaintFixture> {
  await ensureVillage(deps, VILLAGE);
  await ensureVillage(deps, OTHER_VILLAGE);
  const system = { ...deps, actor: SYSTEM_ACTOR };
  const fund = await createFund(system, {
    areaCode: VILLAGE,
    fundType: "village_fund",
    name: `กองทุนหมู่บ้าน ${prefix}`,
    startedOn: "2020-01-01",
    parameters: {},
    isModel: false,
    isLearningCentre: false,
  });
  const otherFund = await createFund(system, {
    areaCode: OTHER_VILLAGE,
    fundType: "village_fund",
    name: `กองทุนอำเภออื่น ${prefix}`,
    startedOn: "2020-01-01",
    parameters: {},
    isModel: false,
    isLearningCentre: false,
  });
  const household = await createHousehold(system, {
    villageCode: VILLAGE,
    houseNo: `${prefix}-9`,
    members: [{ relation: "head", title: "นาง", firstName: "บุญมี", lastName: "ร้องทุกข์" }],
  });
  return {
    fund,
    otherFund,
    householdId: household.id,
    household: await actor(deps, `${prefix}.household`, "household_member", VILLAGE, household.id),
    committee: await actor(deps, `${prefix}.committee`, "committee_member", VILLAGE),
    worker: await actor(deps, `${prefix}.worker`, "subdistrict_worker", VILLAGE.slice(0, 6)),
    district: await actor(deps, `${prefix}.district`, "district_officer", VILLAGE.slice(0, 4)),
    province: await actor(deps, `${prefix}.province`, "province_officer", VILLAGE.slice(0, 2)),
    outsider: await actor(deps, `${prefix}.outsider`, "district_officer", OTHER_VILLAGE.slice(0, 4)),
    auditor: await actor(deps, `${prefix}.auditor`, "auditor", ""),
    as: (a) => ({ ...deps, actor: a }),
  };
}

/** A valid intake body; `over` changes any field. */
export function complaintBody(over: Record<string, unknown> = {}) {
  return {
    anonymous: false,
    complainant: { name: "นางบุญมี ร้องทุกข์", phone: "081-234-5678" },
    category: "committee_conduct",
    subject: "กรรมการไม่แจ้งยอดเงินกองทุน",
    details: "ขอให้ตรวจสอบการบันทึกบัญชีของกองทุน",
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
