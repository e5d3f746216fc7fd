// Test fixture (used only by tests): two villages of one sub-district and one elsewhere, households with known citizen IDs and จปฐ. records, officers, and list files.
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { createUser } from "../access/index";
import { createVillage, findArea } from "../geography/index";
import { createHousehold, recordBmn } from "../households/index";
import { citizenId } from "./poverty-test-fixture";
import { setHouseholdStatus } from "./target-fixture.repository";

export const SUBDISTRICT = "400709";
export const VILLAGE_A = "40070931";
export const VILLAGE_B = "40070932";
/** A village of another district, outside the sub-district officer's area. */
export const FAR_VILLAGE = "40010131";
export const HEADER = [
  "เลขประจำตัวประชาชน",
  "รหัสหมู่บ้าน",
  "บ้านเลขที่",
  "คำนำหน้า",
  "ชื่อ",
  "นามสกุล",
  "มิติที่ไม่ผ่าน",
  "ตัวชี้วัดที่ไม่ผ่าน",
  "หมายเหตุ",
];

export interface FixtureHousehold {
  id: string;
  village: string;
  houseNo: string;
  headId: string;
  spouseId: string;
  head: { title: string; first: string; last: string };
}

export interface TargetFixture {
  households: FixtureHousehold[];
  farHousehold: FixtureHousehold;
  /** Sub-district worker of SUBDISTRICT. */
  worker: Actor;
  /** Sub-district worker of another sub-district. */
  farWorker: Actor;
  districtOfficer: Actor;
  admin: Actor;
  committee: Actor;
  as(actor: Actor): Deps;
}

async function ensureVillage(deps: Deps, code: string): Promise<void> {
  if (await findArea(deps.db, code)) return;
  await createVillage({ ...deps, actor: SYSTEM_ACTOR }, code.slice(0, 6), {
    villageNo: Number(code.slice(6)),
    nameTh: `บ้านทดสอบ ${code}`,
  });
}

async function actor(deps: Deps, username: string, role: Actor["role"], scopeCode: string): Promise<Actor> {
  const user = await createUser(
    { ...deps, actor: SYSTEM_ACTOR },
    { username, displayName: username, role, scopeCode, password: "kaejon-test-password" },
  );
  return { kind: "user", userId: user.id, username, role, scopeCode, householdId: null };
}

const FIRST = ["สมชาย", "บุญมี", "ทองดี", "ประจักษ์", "สมพร", "คำแก้ว"];
const LAST = ["ใจดี", "ศรีสุข", "อุ่นใจ", "มีสุข", "ดอกไม้", "บุญมา"];

/**
 * Six households in VILLAGE_A (houses 1–6), two in VILLAGE_B (houses 1–2) and one in FAR_VILLAGE; person n
 * has citizenId(n). Household k's head is citizenId(100 + 2k), its spouse citizenId(101 + 2k). Each has a
 * 2567 จปฐ. record where household k fails indicator 8 when k is even and indicator 22 (income) when k < 3.
 */
export async function buildTargetFixture(deps: Deps): Promise<TargetFixture> {
  const system = { ...deps, actor: SYSTEM_ACTOR };
  for (const v of [VILLAGE_A, VILLAGE_B, FAR_VILLAGE]) await ensureVillage(deps, v);
  const places = [
    ...[1, 2, 3, 4, 5, 6].map((n) => ({ village: VILLAGE_A, houseNo: String(n) })),
    { village: VILLAGE_B, houseNo: "1" },
    { village: VILLAGE_B, houseNo: "12/3" },
    { village: FAR_VILLAGE, houseNo: "1" },
  ];
  const households: FixtureHousehold[] = [];
  for (const [k, p] of places.entries()) {
    const head = { title: "นาย", first: FIRST[k % 6]!, last: LAST[k % 6]! };
    const headId = citizenId(100 + 2 * k);
    const spouseId = citizenId(101 + 2 * k);
    const created = await createHousehold(system, {
      villageCode: p.village,
      houseNo: p.houseNo,
      members: [
        {
          relation: "head",
          title: head.title,
          firstName: head.first,
          lastName: head.last,
          citizenId: headId,
        },
        { relation: "spouse", title: "นาง", firstName: "มาลี", lastName: head.last, citizenId: spouseId },
      ],
    });
    const indicators: Record<string, boolean> = {};
    for (let i = 1; i <= 31; i++) indicators[String(i)] = !(i === 8 && k % 2 === 0);
    const perPersonBaht = k < 3 ? 20_000 : 60_000;
    await recordBmn(system, created.id, {
      surveyYear: 2567,
      membersCount: 2,
      incomeMainSatang: perPersonBaht * 2 * 100,
      incomeSecondarySatang: 0,
      incomeOtherSatang: 0,
      incomeOwnProductionSatang: 0,
      indicators,
    });
    households.push({ id: created.id, village: p.village, houseNo: p.houseNo, headId, spouseId, head });
  }
  const as = (a: Actor): Deps => ({ ...deps, actor: a });
  return {
    households: households.slice(0, 8),
    farHousehold: households[8]!,
    worker: await actor(deps, "tl.worker", "subdistrict_worker", SUBDISTRICT),
    farWorker: await actor(deps, "tl.far", "subdistrict_worker", "400101"),
    districtOfficer: await actor(deps, "tl.district", "district_officer", "4007"),
    admin: await actor(deps, "tl.admin", "central_admin", ""),
    committee: await actor(deps, "tl.committee", "committee_member", VILLAGE_A),
    as,
  };
}

/** Marks a household closed (no use case closes one yet). */
export async function closeHousehold(deps: Deps, id: string): Promise<void> {
  await setHouseholdStatus(deps.db, id, "closed");
}

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A list file in UTF-8 with a BOM: the header, then one line per row. */
export function listCsv(rows: string[][], header: string[] = HEADER): Buffer {
  const text = [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n");
  return Buffer.from(`\ufeff${text}\r\n`, "utf8");
}

/** A row of the standard header: [id, village, house, title, first, last, dimensions, indicators, note]. */
export function row(p: {
  id?: string;
  village?: string;
  house?: string;
  title?: string;
  first?: string;
  last?: string;
  dims?: string;
  inds?: string;
  note?: string;
}): string[] {
  return [
    p.id ?? "",
    p.village ?? "",
    p.house ?? "",
    p.title ?? "",
    p.first ?? "",
    p.last ?? "",
    p.dims ?? "",
    p.inds ?? "",
    p.note ?? "",
  ];
}
