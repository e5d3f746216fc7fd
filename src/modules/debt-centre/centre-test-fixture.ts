// Test fixture (used only by tests): a village with two lending funds, a committee of real accounts, an officer, a household and its debt centre.
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { createUser } from "../access/index";
import { createCommitteeSet, createFund, type Fund, type FundType } from "../funds/index";
import { createVillage, findArea } from "../geography/index";
import { createHousehold } from "../households/index";
import { recordDonation } from "../ledger/index";
import { addCentreCommitteeMember } from "./add-centre-committee-member";
import { addMemberFund } from "./add-member-fund";
import type { Centre } from "./contracts";
import { createCentre } from "./create-centre";

export const TEST_PASSWORD = "kaejon-test-password";
type Seat = "chair" | "secretary" | "finance" | "member";
const SEATS: readonly Seat[] = ["chair", "secretary", "finance", "member"];

async function ensureVillage(deps: Deps, code: string): Promise<void> {
  if (await findArea(deps.db, code)) return;
  await createVillage({ ...deps, actor: SYSTEM_ACTOR }, code.slice(0, 6), {
    villageNo: Number(code.slice(6)),
    nameTh: `บ้านทดสอบ ${code}`,
  });
}

/** A fund with the seats' accounts on its committee and `cashSatang` of donated cash. */
async function buildFund(
  deps: Deps,
  village: string,
  users: Record<Seat, Actor>,
  fundType: FundType,
  cashSatang: number,
  parameters: Record<string, unknown>,
): Promise<Fund> {
  const system = { ...deps, actor: SYSTEM_ACTOR };
  const fund = await createFund(system, {
    areaCode: village,
    fundType,
    name: `กองทุนทดสอบ ${fundType}`,
    startedOn: "2020-01-01",
    parameters,
    isModel: false,
    isLearningCentre: false,
  });
  await createCommitteeSet(system, fund.id, {
    termStart: "2023-01-01",
    members: SEATS.map((seat) => ({ name: `กรรมการ ${seat}`, position: seat, userId: users[seat].userId! })),
  });
  await recordDonation(system, fund.id, {
    into: { kind: "cash" },
    amountSatang: cashSatang,
    donor: "ทุนตั้งต้นทดสอบ",
    entryDate: "2024-05-20",
  });
  return fund;
}

export interface CentreFixture {
  village: string;
  users: Record<Seat, Actor>;
  officer: Actor;
  /** 100,000 baht of cash, bylaw maximum 50,000 baht a household. */
  savings: { fund: Fund };
  /** 30,000 baht of cash, bylaw maximum 20,000 baht a household. */
  villageFund: { fund: Fund };
  householdId: string;
  centre: Centre;
  as(actor: Actor): Deps;
}

async function createActor(
  deps: Deps,
  username: string,
  role: Actor["role"],
  scopeCode: string,
): Promise<Actor> {
  const user = await createUser(
    { ...deps, actor: SYSTEM_ACTOR },
    { username, displayName: username, role, scopeCode, password: TEST_PASSWORD },
  );
  return { kind: "user", userId: user.id, username, role, scopeCode, householdId: null };
}

export const officerOf = createActor;

export async function buildCentre(deps: Deps, village: string, prefix: string): Promise<CentreFixture> {
  await ensureVillage(deps, village);
  const users = {} as Record<Seat, Actor>;
  for (const seat of SEATS)
    users[seat] = await createActor(deps, `${prefix}.${seat}`, "committee_member", village);
  const officer = await createActor(deps, `${prefix}.worker`, "subdistrict_worker", village.slice(0, 6));
  const savings = {
    fund: await buildFund(deps, village, users, "savings_group", 10_000_000, {
      maxLoanSatang: 5_000_000,
      maxLoanTermMonths: 60,
    }),
  };
  const villageFund = {
    fund: await buildFund(deps, village, users, "village_fund", 3_000_000, {
      maxLoanSatang: 2_000_000,
      maxLoanTermMonths: 36,
    }),
  };
  const household = await createHousehold(
    { ...deps, actor: SYSTEM_ACTOR },
    {
      villageCode: village,
      houseNo: `${prefix}-1`,
      members: [{ relation: "head", title: "นาย", firstName: "สมชาย", lastName: "ใจดี" }],
    },
  );
  const householdId = household.id;
  const as = (actor: Actor): Deps => ({ ...deps, actor });
  const centre = await createCentre(as(officer), { areaCode: village, name: `ศจก. ${prefix}` });
  const savingsMember = await addMemberFund(as(officer), centre.id, {
    fundId: savings.fund.id,
    mayRefinance: true,
  });
  await addMemberFund(as(officer), centre.id, { fundId: villageFund.fund.id, mayRefinance: true });
  for (const seat of ["chair", "secretary", "finance", "member"] as const) {
    await addCentreCommitteeMember(as(officer), centre.id, {
      name: `ผู้แทน ${seat}`,
      position: seat,
      userId: users[seat].userId!,
      memberFundId: savingsMember.id,
      termStart: "2024-01-01",
      termEnd: "2025-12-31",
    });
  }
  return { village, users, officer, savings, villageFund, householdId, centre, as };
}

/** A debt of the survey with plausible defaults; `over` changes any field. */
export function debt(debtId: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    debtId,
    creditorName: `เจ้าหนี้ ${debtId}`,
    creditorType: "money_lender",
    originalPrincipalSatang: 2_000_000,
    outstandingSatang: 2_000_000,
    arrearsSatang: 0,
    rateBp: 1_000,
    rateBasis: "per_month",
    instalmentFrequency: "monthly",
    purpose: "ลงทุนทำนา",
    startOn: "2024-01-10",
    ...over,
  };
}
