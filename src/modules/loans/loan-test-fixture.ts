// Test fixture (used only by tests and benches): a fund with a committee of real accounts, cash and a bank account, and households.
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
import { createHousehold } from "../households/index";
import { fundBooks, recordDonation } from "../ledger/index";

export type Seat = "chair" | "secretary" | "finance" | "member";
export const SEATS: readonly Seat[] = ["chair", "secretary", "finance", "member"];
export const TEST_PASSWORD = "kaejon-test-password";

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
        password: TEST_PASSWORD,
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

export interface LoanFundFixture {
  fund: Fund;
  users: Record<Seat, Actor>;
  bankAccountId: string;
  accounts: Record<string, string>;
  as(seat: Seat): Deps;
}

/** A fund with a committee (term from termStart), one active bank account and `cashSatang` of cash donated. */
export async function buildLoanFund(
  deps: Deps,
  options: {
    villageCode: string;
    users: Record<Seat, Actor>;
    fundType?: FundType;
    cashSatang?: number;
    cashOn?: string;
    termStart?: string;
    termEnd?: string;
    parameters?: Record<string, unknown>;
    /** A committee whose term has ended cannot approve a bank account: pass false for such a fund. */
    withBank?: boolean;
  },
): Promise<LoanFundFixture> {
  const system = { ...deps, actor: SYSTEM_ACTOR };
  await ensureVillage(system, options.villageCode);
  const fund = await createFund(system, {
    areaCode: options.villageCode,
    fundType: options.fundType ?? "savings_group",
    name: "กลุ่มออมทรัพย์ทดสอบเงินกู้",
    startedOn: "2020-01-01",
    parameters: options.parameters ?? {},
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
      ...Array.from({ length: fund.fundType === "kkj" ? 3 : 0 }, (_, i) => ({
        name: `กรรมการ ${i + 5}`,
        position: "member" as const,
      })),
    ],
  });
  const memberId = (seat: Seat) => set.members.find((m) => m.position === seat)!.id;
  const as = (seat: Seat): Deps => ({ ...deps, actor: options.users[seat] });
  let bank: { id: string; ledgerAccountId: string | null } = { id: "", ledgerAccountId: null };
  if (options.withBank !== false) {
    const pending = await openBankAccount(system, fund.id, {
      bankName: "ธนาคารออมสิน",
      branch: "น้ำพอง",
      accountNo: "020-1-55555-1",
      accountName: fund.name,
      signatoryMemberIds: [memberId("chair"), memberId("finance"), memberId("secretary")],
    });
    await approveBankAccount(as("chair"), fund.id, pending.id);
    bank = await approveBankAccount(as("finance"), fund.id, pending.id);
  }
  if ((options.cashSatang ?? 0) > 0) {
    await recordDonation(system, fund.id, {
      into: { kind: "cash" },
      amountSatang: options.cashSatang!,
      donor: "ทุนตั้งต้นทดสอบ",
      // Before the loans the tests pay out (the fixed test clock is 2024-06-15, 30 days of backdating).
      entryDate: options.cashOn ?? "2024-05-20",
    });
  }
  const books = await fundBooks(deps.db, fund.id);
  const accounts = Object.fromEntries(
    books.accounts.filter((a) => a.role !== "bank").map((a) => [a.role, a.id]),
  );
  if (bank.ledgerAccountId) accounts.bank = bank.ledgerAccountId;
  return { fund, users: options.users, bankAccountId: bank.id, accounts, as };
}

/** A household of the village with one member (its head). */
export async function buildHousehold(deps: Deps, villageCode: string, houseNo: string): Promise<string> {
  const summary = await createHousehold(
    { ...deps, actor: SYSTEM_ACTOR },
    {
      villageCode,
      houseNo,
      members: [{ relation: "head", title: "นาย", firstName: `สมชาย${houseNo}`, lastName: "ใจดี" }],
    },
  );
  return summary.id;
}

/** A household-member account bound to its household. */
export async function createHouseholdUser(
  deps: Deps,
  villageCode: string,
  householdId: string,
  username: string,
): Promise<Actor> {
  const user = await createUser(
    { ...deps, actor: SYSTEM_ACTOR },
    {
      username,
      displayName: username,
      role: "household_member",
      scopeCode: villageCode,
      householdId,
      password: TEST_PASSWORD,
    },
  );
  return {
    kind: "user",
    userId: user.id,
    username,
    role: "household_member",
    scopeCode: villageCode,
    householdId,
  };
}
