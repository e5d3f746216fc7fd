// Demo funds: a กข.คจ. fund with its committee, bank account and capital, built through the use cases with
// the clock set back to each event's date, so every journal entry, approval and audit row looks as it would
// have when it happened. Dates are relative to the day the demo is seeded.
import { fixedClock } from "../../platform/clock";
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import type { IsoDate } from "../../shared/thai-date";
import {
  approveBankAccount,
  createCommitteeSet,
  createFund,
  type Fund,
  openBankAccount,
} from "../funds/index";
import { recordCapitalGrant } from "../ledger/index";

export type DemoSeat = "chair" | "secretary" | "finance";

export interface DemoFund {
  fund: Fund;
  bankAccountId: string;
  actors: Record<DemoSeat, Actor>;
  /** Deps acting as `seat` with the clock at `on` (noon, Bangkok). */
  at(on: IsoDate, seat?: DemoSeat | "system"): Deps;
}

/** `days` before `today`, as an ISO date. */
export function daysBefore(today: IsoDate, days: number): IsoDate {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10) as IsoDate;
}

/** The demo accounts by username, as created by the demo seed. */
export type DemoUsers = ReadonlyMap<string, { id: string; scopeCode: string }>;

function actorFor(users: DemoUsers, username: string): Actor {
  const user = users.get(username);
  if (!user) throw new Error(`demo account ${username} is missing`);
  return {
    kind: "user",
    userId: user.id,
    username,
    role: "committee_member",
    scopeCode: user.scopeCode,
    householdId: null,
  };
}

/** The กข.คจ. fund of บ้านดอกกระเจียว: committee set 3 with demo accounts in its officer seats, one bank account. */
export async function seedDokKrachiaoFund(deps: Deps, users: DemoUsers): Promise<DemoFund> {
  const today = deps.clock.today();
  const actors: Record<DemoSeat, Actor> = {
    chair: actorFor(users, "committee.dokkrachiao"),
    secretary: actorFor(users, "secretary.dokkrachiao"),
    finance: actorFor(users, "finance.dokkrachiao"),
  };
  const at = (on: IsoDate, seat: DemoSeat | "system" = "system"): Deps => ({
    ...deps,
    clock: fixedClock(`${on}T05:00:00Z`),
    actor: seat === "system" ? SYSTEM_ACTOR : actors[seat],
  });
  const opened = daysBefore(today, 420);
  const fund = await createFund(at(opened), {
    areaCode: "40070908",
    fundType: "kkj",
    name: "กองทุน กข.คจ. บ้านดอกกระเจียว",
    startedOn: "1994-09-01",
    originalCapitalSatang: 28_000_000,
    parameters: {},
    isModel: true,
    modelYear: 2564,
    isLearningCentre: true,
  });
  const set = await createCommitteeSet(at(opened), fund.id, {
    termStart: daysBefore(today, 430),
    members: [
      { name: "นายบุญมี ทองคำ", position: "chair", userId: actors.chair.userId! },
      { name: "นางสาวจันทร์เพ็ญ ศรีสวัสดิ์", position: "secretary", userId: actors.secretary.userId! },
      { name: "นางบัวผัน แก้วมณี", position: "finance", userId: actors.finance.userId! },
      { name: "นายสมศักดิ์ พรมมา", position: "member" },
      { name: "นางคำปุน ศรีหาบุตร", position: "member" },
      { name: "นายทองใบ ใจดี", position: "member" },
      { name: "นางสาวอรอุมา บุญเรือง", position: "member" },
    ],
  });
  const seat = (p: string) => set.members.find((m) => m.position === p)!.id;
  const pending = await openBankAccount(at(opened), fund.id, {
    bankName: "ธนาคารออมสิน",
    branch: "น้ำพอง",
    accountNo: "020-1-23456-7",
    accountName: "กองทุน กข.คจ. บ้านดอกกระเจียว",
    signatoryMemberIds: [seat("chair"), seat("finance"), seat("secretary")],
  });
  await approveBankAccount(at(opened, "chair"), fund.id, pending.id);
  await approveBankAccount(at(opened, "finance"), fund.id, pending.id);
  await recordCapitalGrant(at(opened, "finance"), fund.id, {
    bankAccountId: pending.id,
    description: "ยอดยกมา เงินทุน กข.คจ. ในบัญชีธนาคาร (เริ่มใช้ระบบแก้จน)",
  });
  return { fund, bankAccountId: pending.id, actors, at };
}
