// Test fixture (used only by tests): a กข.คจ. fund with a committee of real accounts, a bank account and its capital.
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import { createUser } from "../access/index";
import {
  approveBankAccount,
  createCommitteeSet,
  createFund,
  type Fund,
  type FundType,
  openBankAccount,
} from "../funds/index";
import { createVillage, findArea } from "../geography/index";
import { recordCapitalGrant } from "../ledger/index";

export const TEST_PASSWORD = "kaejon-test-password";
export type Seat = "chair" | "secretary" | "finance" | "member";
const SEATS: readonly Seat[] = ["chair", "secretary", "finance", "member"];

export async function ensureVillage(deps: Deps, code: string): Promise<void> {
  if (await findArea(deps.db, code)) return;
  await createVillage({ ...deps, actor: SYSTEM_ACTOR }, code.slice(0, 6), {
    villageNo: Number(code.slice(6)),
    nameTh: `บ้านทดสอบ ${code}`,
  });
}

export async function createAccount(
  deps: Deps,
  input: {
    username: string;
    displayName: string;
    role: Actor["role"];
    scopeCode: string;
    householdId?: string;
  },
): Promise<Actor> {
  const user = await createUser({ ...deps, actor: SYSTEM_ACTOR }, { ...input, password: TEST_PASSWORD });
  return {
    kind: "user",
    userId: user.id,
    username: input.username,
    role: input.role,
    scopeCode: input.scopeCode,
    householdId: input.householdId ?? null,
  };
}

/** One committee-member account per seat ("<prefix>.chair", …), scoped to the village. */
export async function createCommitteeUsers(
  deps: Deps,
  villageCode: string,
  prefix: string,
): Promise<Record<Seat, Actor>> {
  await ensureVillage(deps, villageCode);
  const out = {} as Record<Seat, Actor>;
  for (const seat of SEATS) {
    out[seat] = await createAccount(deps, {
      username: `${prefix}.${seat}`,
      displayName: `${seat} ${prefix}`,
      role: "committee_member",
      scopeCode: villageCode,
    });
  }
  return out;
}

export interface KkjFixture {
  fund: Fund;
  users: Record<Seat, Actor>;
  names: Record<Seat, string>;
  bankAccountId: string;
}

/**
 * A fund of the village with a committee set (the four seats with accounts, three members without, as a
 * กข.คจ. committee has 7–9), one active bank account signed by chair, finance and secretary, and — unless
 * `capital` is false — the 280,000-baht capital grant in it.
 */
export async function buildKkjFund(
  deps: Deps,
  options: {
    villageCode: string;
    users: Record<Seat, Actor>;
    fundType?: FundType;
    termStart?: string;
    termEnd?: string;
    capital?: boolean;
  },
): Promise<KkjFixture> {
  const system = { ...deps, actor: SYSTEM_ACTOR };
  await ensureVillage(system, options.villageCode);
  const fundType = options.fundType ?? "kkj";
  const fund = await createFund(system, {
    areaCode: options.villageCode,
    fundType,
    name: fundType === "kkj" ? "กองทุน กข.คจ. ทดสอบ" : "กองทุนทดสอบ",
    startedOn: "1997-08-01",
    parameters: {},
    isModel: false,
    isLearningCentre: false,
  });
  const names: Record<Seat, string> = {
    chair: "นายประจักษ์ อุ่นใจ",
    secretary: "นางบัวผัน ศรีสุข",
    finance: "นางมาลี ทองคำ",
    member: "นายทองดี มีสุข",
  };
  const set = await createCommitteeSet(system, fund.id, {
    termStart: options.termStart ?? "2023-01-01",
    ...(options.termEnd ? { termEnd: options.termEnd } : {}),
    members: [
      ...SEATS.map((seat) => ({ name: names[seat], position: seat, userId: options.users[seat].userId! })),
      ...[5, 6, 7].map((i) => ({ name: `กรรมการคนที่ ${i}`, position: "member" as const })),
    ],
  });
  const memberId = (seat: Seat) => set.members.find((m) => m.position === seat)!.id;
  const as = (seat: Seat): Deps => ({ ...deps, actor: options.users[seat] });
  let bankAccountId = "";
  // Bank accounts are approved by the current set; an expired set's fund gets none.
  if (!options.termEnd || options.termEnd >= deps.clock.today()) {
    const pending = await openBankAccount(system, fund.id, {
      bankName: "ธนาคารออมสิน",
      branch: "น้ำพอง",
      accountNo: `020-${options.villageCode}`,
      accountName: fund.name,
      signatoryMemberIds: [memberId("chair"), memberId("finance"), memberId("secretary")],
    });
    await approveBankAccount(as("chair"), fund.id, pending.id);
    await approveBankAccount(as("finance"), fund.id, pending.id);
    bankAccountId = pending.id;
    if (options.capital !== false) {
      await recordCapitalGrant(as("finance"), fund.id, { bankAccountId, description: "รับเงินทุน กข.คจ." });
    }
  }
  return { fund, users: options.users, names, bankAccountId };
}
