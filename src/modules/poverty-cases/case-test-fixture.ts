// Test fixture (used only by tests): Khon Kaen agencies, menu and a scheme; households with known จปฐ. records; officer, agency and mentor accounts.
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { SYSTEM_ACTOR } from "../../shared/actor";
import type { Role } from "../../shared/roles";
import { createUser } from "../access/index";
import { createVillage, findArea } from "../geography/index";
import { createHousehold, recordBmn } from "../households/index";
import { createAgency } from "./agency-create";
import { linkAgencyUser } from "./agency-link-user";
import { setResponsibility } from "./agency-set-responsibility";
import { saveMenuItem } from "./assistance-menu-save";
import type { AgencyView, MentorView, MenuItemView, SchemeView } from "./case-contracts";
import { createMentor } from "./mentor-create";
import { saveScheme } from "./mentor-save-scheme";

export const CASE_TEST_PASSWORD = "kaejon-test-password";
export const PROVINCE = "40";
export const VILLAGE = "40070941";
export const VILLAGE_2 = "40070942";
/** Nan: outside every Khon Kaen account. */
export const FAR_VILLAGE = "55011641";

export interface CaseFixture {
  agencies: { health: AgencyView; cdd: AgencyView };
  menu: { clinic: MenuItemView; chickens: MenuItemView };
  scheme: SchemeView;
  /** Households of VILLAGE: all indicators pass in 2566 and 2567 with income above the criterion. */
  good: string;
  /** Fails indicator 1 (health) and income in 2567. */
  poor: string;
  /** Three more households of VILLAGE_2 and one far away. */
  others: string[];
  far: string;
  mentors: { one: MentorView; two: MentorView };
  actors: Record<"worker" | "province" | "far" | "health" | "cdd" | "mentor" | "mentor2", Actor>;
  as(actor: Actor): Deps;
}

async function ensureVillage(deps: Deps, code: string): Promise<void> {
  if (await findArea(deps.db, code)) return;
  await createVillage(deps, code.slice(0, 6), {
    villageNo: Number(code.slice(6)),
    nameTh: `บ้านทดสอบ ${code}`,
  });
}

async function account(deps: Deps, username: string, role: Role, scopeCode: string): Promise<Actor> {
  const user = await createUser(deps, {
    username,
    displayName: username,
    role,
    scopeCode,
    password: CASE_TEST_PASSWORD,
  });
  return { kind: "user", userId: user.id, username, role, scopeCode, householdId: null };
}

async function householdWith(
  deps: Deps,
  village: string,
  houseNo: string,
  years: { year: number; failing: number[]; perPersonBaht: number }[],
): Promise<string> {
  const h = await createHousehold(deps, {
    villageCode: village,
    houseNo,
    members: [
      { relation: "head", title: "นาย", firstName: `ทดสอบ${houseNo}`, lastName: "มีสุข" },
      { relation: "spouse", title: "นาง", firstName: `คู่${houseNo}`, lastName: "มีสุข" },
    ],
  });
  for (const y of years) {
    const indicators: Record<string, boolean> = {};
    for (let n = 1; n <= 31; n++) indicators[String(n)] = !y.failing.includes(n);
    const total = y.perPersonBaht * 2 * 100;
    await recordBmn(deps, h.id, {
      surveyYear: y.year,
      membersCount: 2,
      incomeMainSatang: total,
      incomeSecondarySatang: 0,
      incomeOtherSatang: 0,
      incomeOwnProductionSatang: 0,
      indicators,
    });
  }
  return h.id;
}

export async function buildCaseFixture(base: Deps, prefix: string): Promise<CaseFixture> {
  const deps = { ...base, actor: SYSTEM_ACTOR };
  for (const v of [VILLAGE, VILLAGE_2, FAR_VILLAGE]) await ensureVillage(deps, v);
  const health = await createAgency(deps, {
    areaCode: PROVINCE,
    code: "public_health",
    nameTh: "สำนักงานสาธารณสุขจังหวัดขอนแก่น",
    kind: "government",
  });
  const cdd = await createAgency(deps, {
    areaCode: PROVINCE,
    code: "community_development",
    nameTh: "สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น",
    kind: "government",
  });
  await setResponsibility(deps, { areaCode: PROVINCE, dimension: "health", agencyIds: [health.id] });
  await setResponsibility(deps, { areaCode: PROVINCE, dimension: "income", agencyIds: [cdd.id] });
  const clinic = await saveMenuItem(deps, {
    areaCode: PROVINCE,
    code: "HEA-CHECKUP",
    nameTh: "ตรวจสุขภาพและส่งต่อ รพ.สต.",
    dimension: "health",
    agencyId: health.id,
    unitValueSatang: 50_000,
    unit: "ครั้ง",
  });
  const chickens = await saveMenuItem(deps, {
    areaCode: PROVINCE,
    code: "INC-CHICKEN",
    nameTh: "ไก่ไข่พร้อมอาหาร",
    dimension: "income",
    agencyId: cdd.id,
    unitValueSatang: 150_000,
    unit: "ชุด",
    eligibilityNotes: "ครัวเรือนที่มีพื้นที่เลี้ยง",
  });
  const scheme = await saveScheme(deps, {
    code: `${prefix}_khu_siao`,
    nameTh: "คู่เสี่ยว เกี่ยวก้อย แก้จน",
    nameEn: "Khu Siao",
    areaCode: "",
    maxHouseholdsPerMentor: 2,
  });
  const good = await householdWith(deps, VILLAGE, "901", [
    { year: 2566, failing: [], perPersonBaht: 60_000 },
    { year: 2567, failing: [], perPersonBaht: 62_000 },
  ]);
  const poor = await householdWith(deps, VILLAGE, "902", [
    { year: 2567, failing: [1], perPersonBaht: 20_000 },
  ]);
  const others: string[] = [];
  for (let k = 3; k <= 5; k++) {
    others.push(
      await householdWith(deps, VILLAGE_2, `90${k}`, [{ year: 2567, failing: [8], perPersonBaht: 25_000 }]),
    );
  }
  const far = await householdWith(deps, FAR_VILLAGE, "909", [
    { year: 2567, failing: [9], perPersonBaht: 20_000 },
  ]);
  const actors = {
    worker: await account(deps, `${prefix}.worker`, "subdistrict_worker", "400709"),
    province: await account(deps, `${prefix}.province`, "province_officer", PROVINCE),
    far: await account(deps, `${prefix}.far`, "subdistrict_worker", "550116"),
    health: await account(deps, `${prefix}.health`, "agency_officer", PROVINCE),
    cdd: await account(deps, `${prefix}.cdd`, "agency_officer", "4007"),
    mentor: await account(deps, `${prefix}.mentor`, "mentor", "400709"),
    mentor2: await account(deps, `${prefix}.mentor2`, "mentor", "400709"),
  };
  await linkAgencyUser(deps, health.id, actors.health.userId!);
  await linkAgencyUser(deps, cdd.id, actors.cdd.userId!);
  const one = await createMentor(deps, {
    name: "นายวิชัย คำหอม",
    kind: "official",
    areaCode: "400709",
    userId: actors.mentor.userId!,
  });
  const two = await createMentor(deps, {
    name: "นางหนูเวียง สายชมภู",
    kind: "model_household",
    areaCode: "400709",
    userId: actors.mentor2.userId!,
  });
  return {
    agencies: { health, cdd },
    menu: { clinic, chickens },
    scheme,
    good,
    poor,
    others,
    far,
    mentors: { one, two },
    actors,
    as: (actor) => ({ ...base, actor }),
  };
}
