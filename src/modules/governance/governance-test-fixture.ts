// Test support only (imported by *.test.ts): a fund with a committee (members optionally in households of the village), an approved bank account, and money moved in its books.
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import type { CommitteePosition } from "../../shared/roles";
import { createUser } from "../access/index";
import {
  approveBankAccount,
  createCommitteeSet,
  createFund,
  type Fund,
  openBankAccount,
} from "../funds/index";
import { createVillage, findArea } from "../geography/index";
import { fundBooks, postEntry } from "../ledger/index";

const SEATS: readonly CommitteePosition[] = ["chair", "secretary", "finance", "member"];

export interface GovFund {
  fund: Fund;
  accounts: Record<string, string>;
  seats: Record<CommitteePosition, Actor>;
}

export async function ensureVillage(deps: Deps, code: string): Promise<void> {
  if (await findArea(deps.db, code)) return;
  await createVillage({ ...deps, actor: SYSTEM_ACTOR }, code.slice(0, 6), {
    villageNo: Number(code.slice(6)),
    nameTh: `บ้านทดสอบ ${code}`,
  });
}

/** A กข.คจ. fund with capital 280,000 baht; the clock must lie inside the committee's term while this runs. */
export async function buildGovFund(
  deps: Deps,
  o: {
    villageCode: string;
    prefix: string;
    termStart: string;
    termEnd?: string;
    /** Household member ids to seat as ordinary members (their households are "committee households"). */
    memberHouseholdMembers?: readonly { name: string; householdMemberId: string }[];
    withBank?: boolean;
  },
): Promise<GovFund> {
  const system = { ...deps, actor: SYSTEM_ACTOR };
  await ensureVillage(system, o.villageCode);
  const seats = {} as Record<CommitteePosition, Actor>;
  for (const seat of SEATS) {
    const username = `${o.prefix}.${seat}`;
    const user = await createUser(system, {
      username,
      displayName: `${seat} ${o.prefix}`,
      role: "committee_member",
      scopeCode: o.villageCode,
      password: "kaejon-test-password",
    });
    seats[seat] = {
      kind: "user",
      userId: user.id,
      username,
      role: "committee_member",
      scopeCode: o.villageCode,
      householdId: null,
    };
  }
  const fund = await createFund(system, {
    areaCode: o.villageCode,
    fundType: "kkj",
    name: `กองทุนทดสอบ ${o.prefix}`,
    startedOn: "2015-01-01",
    parameters: {},
    isModel: false,
    isLearningCentre: false,
  });
  const set = await createCommitteeSet(system, fund.id, {
    termStart: o.termStart,
    ...(o.termEnd ? { termEnd: o.termEnd } : {}),
    members: [
      ...SEATS.map((seat) => ({ name: `กรรมการ ${seat}`, position: seat, userId: seats[seat].userId! })),
      ...(o.memberHouseholdMembers ?? []).map((m) => ({
        name: m.name,
        position: "member" as const,
        householdMemberId: m.householdMemberId,
      })),
      // A กข.คจ. committee has 7 to 9 members (domain §4.2).
      ...Array.from({ length: Math.max(0, 3 - (o.memberHouseholdMembers?.length ?? 0)) }, (_, i) => ({
        name: `กรรมการ ${i + 5}`,
        position: "member" as const,
      })),
    ],
  });
  const memberId = (seat: CommitteePosition) => set.members.find((m) => m.position === seat)!.id;
  let bank: string | undefined;
  if (o.withBank !== false) {
    const pending = await openBankAccount(system, fund.id, {
      bankName: "ธนาคารออมสิน",
      branch: "น้ำพอง",
      accountNo: `${o.prefix}-${o.villageCode}`,
      accountName: fund.name,
      signatoryMemberIds: [memberId("chair"), memberId("finance"), memberId("secretary")],
    });
    await approveBankAccount({ ...deps, actor: seats.chair }, fund.id, pending.id);
    const active = await approveBankAccount({ ...deps, actor: seats.finance }, fund.id, pending.id);
    bank = active.ledgerAccountId!;
  }
  const books = await fundBooks(deps.db, fund.id);
  const accounts = Object.fromEntries(
    books.accounts.filter((a) => a.role !== "bank").map((a) => [a.role, a.id]),
  ) as Record<string, string>;
  return { fund, accounts: bank ? { ...accounts, bank } : accounts, seats };
}

/** Debit `toRole`, credit `fromRole` on `entryDate`, as the system. */
export async function move(
  deps: Deps,
  f: GovFund,
  entryDate: string,
  toRole: string,
  fromRole: string,
  amountSatang: number,
): Promise<void> {
  await postEntry(
    { ...deps, actor: SYSTEM_ACTOR },
    {
      fundId: f.fund.id,
      entryDate,
      description: `ทดสอบ ${toRole} ← ${fromRole}`,
      lines: [
        { accountId: f.accounts[toRole]!, debitSatang: amountSatang },
        { accountId: f.accounts[fromRole]!, creditSatang: amountSatang },
      ],
    },
  );
}
