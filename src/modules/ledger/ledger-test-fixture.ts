// Test fixture (used only by tests): a village fund with a committee of real accounts and active bank accounts.
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { SYSTEM_ACTOR } from "../../shared/actor";
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
import { fundBooks } from "./operation-support";

export type Seat = "chair" | "secretary" | "finance" | "member";
export const SEATS: readonly Seat[] = ["chair", "secretary", "finance", "member"];

export async function ensureVillage(deps: Deps, code: string): Promise<void> {
  if (await findArea(deps.db, code)) return;
  await createVillage({ ...deps, actor: SYSTEM_ACTOR }, code.slice(0, 6), {
    villageNo: Number(code.slice(6)),
    nameTh: `บ้านทดสอบ ${code}`,
  });
}

/** One committee-member account per seat, scoped to the village. */
export async function createCommitteeUsers(
  deps: Deps,
  villageCode: string,
  prefix: string,
): Promise<Record<Seat, Actor>> {
  await ensureVillage(deps, villageCode);
  const out = {} as Record<Seat, Actor>;
  for (const seat of SEATS) {
    const username = `${prefix}.${seat}`;
    const user = await createUser(
      { ...deps, actor: SYSTEM_ACTOR },
      {
        username,
        displayName: `${seat} ${prefix}`,
        role: "committee_member",
        scopeCode: villageCode,
        password: "kaejon-test-password",
      },
    );
    out[seat] = {
      kind: "user",
      userId: user.id,
      username,
      role: "committee_member",
      scopeCode: villageCode,
      householdId: null,
    };
  }
  return out;
}

export interface FundFixture {
  fund: Fund;
  users: Record<Seat, Actor>;
  memberIds: Record<Seat, string>;
  setId: string;
  banks: Array<{ id: string; ledgerAccountId: string }>;
  accounts: Record<string, string>;
  as(seat: Seat): Deps;
}

export async function buildFund(
  deps: Deps,
  options: {
    villageCode: string;
    users: Record<Seat, Actor>;
    fundType?: FundType;
    name?: string;
    bankAccounts?: number;
    termStart?: string;
    termEnd?: string;
  },
): Promise<FundFixture> {
  const system = { ...deps, actor: SYSTEM_ACTOR };
  await ensureVillage(system, options.villageCode);
  const fund = await createFund(system, {
    areaCode: options.villageCode,
    fundType: options.fundType ?? "savings_group",
    name: options.name ?? "กลุ่มออมทรัพย์ทดสอบ",
    startedOn: "2020-01-01",
    parameters: {},
    isModel: false,
    isLearningCentre: false,
  });
  const set = await createCommitteeSet(system, fund.id, {
    termStart: options.termStart ?? "2023-01-01",
    ...(options.termEnd ? { termEnd: options.termEnd } : {}),
    members: [
      ...SEATS.map((seat) => ({
        name: `กรรมการ ${seat}`,
        position: seat,
        userId: options.users[seat].userId!,
      })),
      // A กข.คจ. committee has at least 7 members (domain §4.2): the others have no accounts.
      ...Array.from({ length: fund.fundType === "kkj" ? 3 : 0 }, (_, i) => ({
        name: `กรรมการ ${i + 5}`,
        position: "member" as const,
      })),
    ],
  });
  const memberIds = Object.fromEntries(
    SEATS.map((seat) => [seat, set.members.find((m) => m.position === seat)!.id]),
  ) as Record<Seat, string>;
  const as = (seat: Seat): Deps => ({ ...deps, actor: options.users[seat] });
  const banks: FundFixture["banks"] = [];
  for (let i = 0; i < (options.bankAccounts ?? 1); i++) {
    const pending = await openBankAccount(system, fund.id, {
      bankName: "ธนาคารออมสิน",
      branch: "น้ำพอง",
      accountNo: `020-1-${String(10000 + i)}-${i}`,
      accountName: `${fund.name} ${i + 1}`,
      signatoryMemberIds: [memberIds.chair, memberIds.finance, memberIds.secretary],
    });
    await approveBankAccount(as("chair"), fund.id, pending.id);
    const active = await approveBankAccount(as("finance"), fund.id, pending.id);
    banks.push({ id: active.id, ledgerAccountId: active.ledgerAccountId! });
  }
  const books = await fundBooks(deps.db, fund.id);
  const accounts = Object.fromEntries(
    books.accounts.filter((a) => a.role !== "bank").map((a) => [a.role, a.id]),
  );
  return { fund, users: options.users, memberIds, setId: set.id, banks, accounts, as };
}
