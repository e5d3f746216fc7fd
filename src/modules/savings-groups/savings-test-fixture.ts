// Test fixture (used only by tests): a savings group in a test village with committee accounts, an officer, and people in the register.
import { fixedClock } from "../../platform/clock";
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import type { Role } from "../../shared/roles";
import type { IsoDate } from "../../shared/thai-date";
import { createUser } from "../access/index";
import { createCommitteeSet } from "../funds/index";
import { createVillage, findArea } from "../geography/index";
import { createHousehold, getHousehold } from "../households/index";
import { addMember } from "./add-member";
import type { GroupDetail, MemberDetail } from "./contracts";
import { createGroup } from "./create-group";

export const SG_TEST_PASSWORD = "kaejon-test-password";
export type SgSeat = "chair" | "secretary" | "finance" | "member";

export interface SavingsFixture {
  group: GroupDetail;
  fundId: string;
  villageCode: string;
  users: Record<SgSeat | "officer" | "otherOfficer", Actor>;
  /** Register members of the village (household member ids) with their household. */
  people: { householdMemberId: string; householdId: string; name: string }[];
  /** Deps acting as `who` with the clock at noon (Bangkok) of `on`. */
  at(on: IsoDate, who?: SgSeat | "officer" | "otherOfficer" | "system"): Deps;
}

async function account(
  deps: Deps,
  username: string,
  role: Role,
  scopeCode: string,
  householdId?: string,
): Promise<Actor> {
  const user = await createUser(deps, {
    username,
    displayName: username,
    role,
    scopeCode,
    password: SG_TEST_PASSWORD,
    ...(householdId ? { householdId } : {}),
  });
  return { kind: "user", userId: user.id, username, role, scopeCode, householdId: householdId ?? null };
}

/**
 * A group started on `startedOn` in village `villageCode` (created under tambon 400709 when missing), with a
 * committee set of real accounts (chair, secretary, finance, member) from the start to 2030, a district
 * officer of 4007 and an officer of another province, and one household of four in the register.
 */
export async function buildSavingsGroup(
  base: Deps,
  options: {
    villageCode?: string;
    startedOn?: IsoDate;
    prefix?: string;
    bylaws?: Record<string, unknown>;
  } = {},
): Promise<SavingsFixture> {
  const villageCode = options.villageCode ?? "40070951";
  const startedOn = options.startedOn ?? "2022-09-01";
  const prefix = options.prefix ?? "sg";
  const system = { ...base, actor: SYSTEM_ACTOR };
  if (!(await findArea(system.db, villageCode))) {
    await createVillage(system, villageCode.slice(0, 6), {
      villageNo: Number(villageCode.slice(6)),
      nameTh: `บ้านออมทรัพย์ ${villageCode}`,
    });
  }
  const users = {
    chair: await account(system, `${prefix}.chair`, "committee_member", villageCode),
    secretary: await account(system, `${prefix}.secretary`, "committee_member", villageCode),
    finance: await account(system, `${prefix}.finance`, "committee_member", villageCode),
    member: await account(system, `${prefix}.member`, "committee_member", villageCode),
    officer: await account(system, `${prefix}.district`, "district_officer", villageCode.slice(0, 4)),
    otherOfficer: await account(system, `${prefix}.elsewhere`, "province_officer", "10"),
  };
  const at = (on: IsoDate, who: SgSeat | "officer" | "otherOfficer" | "system" = "system"): Deps => ({
    ...base,
    clock: fixedClock(`${on}T05:00:00Z`),
    actor: who === "system" ? SYSTEM_ACTOR : users[who],
  });
  const group = await createGroup(at(startedOn, "officer"), {
    areaCode: villageCode,
    name: `กลุ่มออมทรัพย์ทดสอบ ${villageCode}`,
    startedOn,
    bylaws: options.bylaws ?? {},
    backdateDays: 366,
  });
  await createCommitteeSet(at(startedOn, "officer"), group.fundId, {
    termStart: startedOn,
    termEnd: "2030-12-31",
    members: [
      { name: "นายประธาน ออมดี", position: "chair", userId: users.chair.userId! },
      { name: "นางเลขา ออมดี", position: "secretary", userId: users.secretary.userId! },
      { name: "นางการเงิน ออมดี", position: "finance", userId: users.finance.userId! },
      { name: "นายกรรมการ ออมดี", position: "member", userId: users.member.userId! },
    ],
  });
  const household = await createHousehold(system, {
    villageCode,
    houseNo: `${prefix}-1`,
    members: [
      { relation: "head", title: "นาย", firstName: "สมชาย", lastName: "ออมทรัพย์" },
      { relation: "spouse", title: "นาง", firstName: "สมหญิง", lastName: "ออมทรัพย์" },
      { relation: "child", title: "นาย", firstName: "สมศักดิ์", lastName: "ออมทรัพย์" },
      { relation: "child", title: "นางสาว", firstName: "สมใจ", lastName: "ออมทรัพย์" },
    ],
  });
  const detail = await getHousehold(system, household.id);
  return {
    group,
    fundId: group.fundId,
    villageCode,
    users,
    people: detail.members.map((m) => ({
      householdMemberId: m.id,
      householdId: household.id,
      name: `${m.title}${m.firstName} ${m.lastName}`,
    })),
    at,
  };
}

/** Admits `names.length` members by name on `on`, each naming one beneficiary with 100 %. */
export async function admitMembers(f: SavingsFixture, on: IsoDate, names: string[]): Promise<MemberDetail[]> {
  const out: MemberDetail[] = [];
  for (const name of names) {
    out.push(
      await addMember(f.at(on, "secretary"), f.fundId, {
        name,
        joinedOn: on,
        beneficiaries: [{ name: `ทายาทของ${name}`, relationship: "บุตร", shareBp: 10_000 }],
      }),
    );
  }
  return out;
}
