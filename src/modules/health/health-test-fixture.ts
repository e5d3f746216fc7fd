// Test support only (imported by *.test.ts): a fund with a committee, an active bank account and its chart, built through the use cases.
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import type { CommitteePosition } from "../../shared/roles";
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
import { fundBooks, postEntry } from "../ledger/index";

const SEATS: readonly CommitteePosition[] = ["chair", "secretary", "finance", "member"];

export interface HealthFund {
  fund: Fund;
  /** Ledger account ids by role (cash, capital, loans_receivable, …) and the bank account's. */
  accounts: Record<string, string> & { bank: string };
}

export async function ensureVillage(deps: Deps, code: string): Promise<void> {
  if (await findArea(deps.db, code)) return;
  await createVillage({ ...deps, actor: SYSTEM_ACTOR }, code.slice(0, 6), {
    villageNo: Number(code.slice(6)),
    nameTh: `บ้านทดสอบ ${code}`,
  });
}

/**
 * A fund in `villageCode` whose committee term runs from `termStart` to `termEnd` and one bank account
 * approved by its chair and finance member. The clock must lie inside the term while this runs.
 */
export async function buildHealthFund(
  deps: Deps,
  options: {
    villageCode: string;
    prefix: string;
    fundType?: FundType;
    originalCapitalSatang?: number;
    termStart: string;
    termEnd?: string;
  },
): Promise<HealthFund> {
  const system = { ...deps, actor: SYSTEM_ACTOR };
  await ensureVillage(system, options.villageCode);
  const users = {} as Record<CommitteePosition, Actor>;
  for (const seat of SEATS) {
    const username = `${options.prefix}.${seat}`;
    const user = await createUser(system, {
      username,
      displayName: `${seat} ${options.prefix}`,
      role: "committee_member",
      scopeCode: options.villageCode,
      password: "kaejon-test-password",
    });
    users[seat] = {
      kind: "user",
      userId: user.id,
      username,
      role: "committee_member",
      scopeCode: options.villageCode,
      householdId: null,
    };
  }
  const fundType = options.fundType ?? "kkj";
  const fund = await createFund(system, {
    areaCode: options.villageCode,
    fundType,
    name: `กองทุนทดสอบ ${options.prefix}`,
    startedOn: "2015-01-01",
    ...(options.originalCapitalSatang === undefined
      ? {}
      : { originalCapitalSatang: options.originalCapitalSatang }),
    parameters: {},
    isModel: false,
    isLearningCentre: false,
  });
  const set = await createCommitteeSet(system, fund.id, {
    termStart: options.termStart,
    ...(options.termEnd ? { termEnd: options.termEnd } : {}),
    members: [
      ...SEATS.map((seat) => ({ name: `กรรมการ ${seat}`, position: seat, userId: users[seat].userId! })),
      ...Array.from({ length: fundType === "kkj" ? 3 : 0 }, (_, i) => ({
        name: `กรรมการ ${i + 5}`,
        position: "member" as const,
      })),
    ],
  });
  const memberId = (seat: CommitteePosition) => set.members.find((m) => m.position === seat)!.id;
  const pending = await openBankAccount(system, fund.id, {
    bankName: "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร",
    branch: "น้ำพอง",
    accountNo: `${options.prefix.length}-${options.villageCode}`,
    accountName: fund.name,
    signatoryMemberIds: [memberId("chair"), memberId("finance"), memberId("secretary")],
  });
  await approveBankAccount({ ...deps, actor: users.chair }, fund.id, pending.id);
  const active = await approveBankAccount({ ...deps, actor: users.finance }, fund.id, pending.id);
  const books = await fundBooks(deps.db, fund.id);
  const accounts = Object.fromEntries(
    books.accounts.filter((a) => a.role !== "bank").map((a) => [a.role, a.id]),
  ) as Record<string, string>;
  return { fund, accounts: { ...accounts, bank: active.ledgerAccountId! } };
}

/** Posts `amountSatang` from one account to another (debit `to`, credit `from`) as the system. */
export async function move(
  deps: Deps,
  f: HealthFund,
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
