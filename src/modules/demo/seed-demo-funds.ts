// Demo funds: a กข.คจ. fund with its committee, bank account and capital, built through the use cases with
// the clock set back to each event's date, so every journal entry, approval and audit row looks as it would
// have when it happened. Dates are relative to the day the demo is seeded.
import { fixedClock } from "../../platform/clock";
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import { addDays, type IsoDate } from "../../shared/thai-date";
import {
  approveBankAccount,
  createCommitteeSet,
  createFund,
  type Fund,
  openBankAccount,
} from "../funds/index";
import { getHousehold } from "../households/index";
import {
  confirmDebt,
  decideLoanRequest,
  decideProposal,
  giveProposalOpinion,
  giveRequestOpinion,
  issueVoucher,
  listCandidates,
  payVoucher,
  recordHandover,
  recordMeeting,
  registerTargets,
  signContract,
  submitLoanRequest,
  submitProposal,
} from "../kkj/index";
import { approveBankWithdrawal, recordCapitalGrant } from "../ledger/index";
import { recordRepayment } from "../loans/index";

export type DemoSeat = "chair" | "secretary" | "finance";

export interface DemoFund {
  fund: Fund;
  bankAccountId: string;
  /** The day the demo is seeded; the history ends here. */
  today: IsoDate;
  actors: Record<DemoSeat, Actor>;
  /** Deps acting as `seat` with the clock at `on` (noon, Bangkok). */
  at(on: IsoDate, seat?: DemoSeat | "system"): Deps;
}

/** `days` before `today`, as an ISO date. */
const daysBefore = (today: IsoDate, days: number): IsoDate => addDays(today, -days);

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
  return { fund, bankAccountId: pending.id, today, actors, at };
}

interface DemoBorrowing {
  /** Days before the seed date that the proposal is submitted. */
  startDaysAgo: number;
  amountBaht: number;
  occupation: string;
  project: string;
  items: Array<[string, number]>;
  plan: "six_every_two_months" | "lump_sum_after_harvest" | "six_monthly";
  /** Which instalments the household has paid, on their due dates. */
  pays: "all_due" | "none";
  source: "bank" | "cash";
}

const BORROWINGS: DemoBorrowing[] = [
  {
    startDaysAgo: 400,
    amountBaht: 20_000,
    occupation: "เลี้ยงสัตว์",
    project: "เลี้ยงไก่พื้นเมือง",
    items: [
      ["พันธุ์ไก่พื้นเมือง 40 ตัว", 8_000],
      ["อาหารไก่และวัคซีน", 7_000],
      ["โรงเรือน", 5_000],
    ],
    plan: "six_every_two_months",
    pays: "all_due",
    source: "bank",
  },
  {
    startDaysAgo: 300,
    amountBaht: 15_000,
    occupation: "ค้าขาย",
    project: "ขายอาหารปรุงสำเร็จในตลาดนัด",
    items: [
      ["อุปกรณ์ครัวและรถเข็น", 9_000],
      ["วัตถุดิบเริ่มต้น", 6_000],
    ],
    plan: "six_every_two_months",
    pays: "all_due",
    source: "bank",
  },
  {
    startDaysAgo: 260,
    amountBaht: 10_000,
    occupation: "เกษตรกรรม",
    project: "ปลูกข้าวนาปี",
    items: [
      ["เมล็ดพันธุ์ข้าว", 4_000],
      ["ปุ๋ยอินทรีย์", 6_000],
    ],
    plan: "lump_sum_after_harvest",
    pays: "none",
    source: "bank",
  },
  {
    startDaysAgo: 70,
    amountBaht: 12_000,
    occupation: "หัตถกรรม",
    project: "ทอผ้าไหมมัดหมี่",
    items: [
      ["เส้นไหมและสีย้อม", 9_000],
      ["ซ่อมกี่ทอผ้า", 3_000],
    ],
    plan: "six_monthly",
    pays: "all_due",
    source: "cash",
  },
];

/**
 * The กข.คจ. history of บ้านดอกกระเจียว: a committee meeting, the target register and four borrowing rounds
 * through every step (proposal, opinion, decision, request, contract, voucher, payout), repayments on their due
 * dates (one loan repaid in full, one overdue after the harvest), a debt confirmation and a handover.
 */
export async function seedDokKrachiaoHistory(demo: DemoFund, users: DemoUsers): Promise<void> {
  const { fund, today } = demo;
  const worker = officerActor(users, "worker.saimun", "subdistrict_worker");
  const district = officerActor(users, "district.namphong", "district_officer");
  const asOfficer = (on: IsoDate, actor: Actor): Deps => ({ ...demo.at(on), actor });

  const registeredOn = daysBefore(today, 410);
  const first = await recordMeeting(demo.at(registeredOn, "secretary"), fund.id, {
    heldOn: registeredOn,
    place: "ศาลาประชาคมบ้านดอกกระเจียว",
    attendees: [
      "นายบุญมี ทองคำ",
      "นางสาวจันทร์เพ็ญ ศรีสวัสดิ์",
      "นางบัวผัน แก้วมณี",
      "นายสมศักดิ์ พรมมา",
      "นางคำปุน ศรีหาบุตร",
      "นายทองใบ ใจดี",
      "นางสาวอรอุมา บุญเรือง",
    ],
    agenda: "คัดเลือกครัวเรือนเป้าหมายจากข้อมูล จปฐ. และพิจารณาโครงการ",
    minutes: "ที่ประชุมเห็นชอบบัญชีครัวเรือนเป้าหมายตามลำดับรายได้ต่อคน",
  });
  const candidates = await listCandidates(demo.at(registeredOn, "secretary"), fund.id, { limit: 50 });
  const eligible = candidates.items.filter((c) => c.eligible);
  if (eligible.length < BORROWINGS.length) return;
  const targets = await registerTargets(demo.at(registeredOn, "secretary"), fund.id, {
    householdIds: eligible.map((c) => c.householdId),
  });
  for (const [i, b] of BORROWINGS.entries()) {
    const target = targets[i]!;
    const household = await getHousehold(demo.at(registeredOn), target.householdId);
    const head = household.members.find((m) => m.relation === "head") ?? household.members[0]!;
    const spouse = household.members.find((m) => m.relation === "spouse");
    const s = daysBefore(today, b.startDaysAgo);
    const day = (n: number) => daysBefore(today, b.startDaysAgo - n);
    const proposal = await submitProposal(demo.at(s, "secretary"), fund.id, {
      targetId: target.id,
      applicantName: `${head.title}${head.firstName} ${head.lastName}`,
      occupation: b.occupation,
      projectName: b.project,
      items: b.items.map(([description, baht]) => ({ description, amountSatang: baht * 100 })),
      submittedOn: s,
    });
    await giveProposalOpinion(asOfficer(day(3), worker), fund.id, proposal.id, {
      opinion: "feasible",
      reason: "มีประสบการณ์และตลาดรองรับ",
      opinionOn: day(3),
    });
    const meeting =
      i === 0
        ? first
        : await recordMeeting(demo.at(day(7), "secretary"), fund.id, {
            heldOn: day(7),
            place: "ที่ทำการกองทุน กข.คจ. บ้านดอกกระเจียว",
            attendees: [
              "นายบุญมี ทองคำ",
              "นางสาวจันทร์เพ็ญ ศรีสวัสดิ์",
              "นางบัวผัน แก้วมณี",
              "นายสมศักดิ์ พรมมา",
              "นางคำปุน ศรีหาบุตร",
            ],
            agenda: `พิจารณาโครงการและคำขอยืมเงินทุนของ${head.title}${head.firstName} ${head.lastName}`,
          });
    const decideOn = i === 0 ? day(7) : meeting.heldOn;
    await decideProposal(demo.at(decideOn, "chair"), fund.id, proposal.id, {
      decision: "approve",
      amountSatang: b.amountBaht * 100,
      meetingId: meeting.id,
      decidedOn: decideOn,
    });
    const contractOn = day(12);
    const plan =
      b.plan === "lump_sum_after_harvest"
        ? { scheduleType: "lump_sum" as const, lumpSumDueOn: day(160) }
        : {
            scheduleType: "equal_instalments" as const,
            instalmentCount: 6,
            frequencyMonths: b.plan === "six_monthly" ? 1 : 2,
          };
    const request = await submitLoanRequest(demo.at(day(8), "secretary"), fund.id, {
      proposalId: proposal.id,
      amountSatang: b.amountBaht * 100,
      plan,
      ...(spouse
        ? {
            consentName: `${spouse.title}${spouse.firstName} ${spouse.lastName}`,
            consentRelation: "spouse" as const,
          }
        : {}),
      requestedOn: day(8),
    });
    await giveRequestOpinion(asOfficer(day(9), worker), fund.id, request.id, {
      opinion: "agree",
      opinionOn: day(9),
    });
    await decideLoanRequest(demo.at(day(10), "chair"), fund.id, request.id, {
      decision: "approve",
      amountSatang: b.amountBaht * 100,
      meetingId: meeting.id,
      decidedOn: day(10),
    });
    const contract = await signContract(demo.at(contractOn, "secretary"), fund.id, {
      requestId: request.id,
      borrowerMemberId: head.id,
      volumeNo: "1",
      signedOn: contractOn,
      ...(spouse
        ? {
            consentName: `${spouse.title}${spouse.firstName} ${spouse.lastName}`,
            consentRelation: "spouse" as const,
          }
        : {}),
      witness1Name: "นายสมศักดิ์ พรมมา",
      witness2Name: "นางคำปุน ศรีหาบุตร",
    });
    if (b.source === "bank") {
      const voucher = await issueVoucher(demo.at(contractOn, "finance"), fund.id, {
        contractId: contract.id,
        source: "bank",
        bankAccountId: demo.bankAccountId,
      });
      await approveBankWithdrawal(demo.at(contractOn, "finance"), fund.id, voucher.bankWithdrawalId!);
      await approveBankWithdrawal(demo.at(contractOn, "chair"), fund.id, voucher.bankWithdrawalId!);
      await payVoucher(demo.at(contractOn, "finance"), fund.id, voucher.id, { paidOn: contractOn });
    } else {
      // Cash on hand comes from repayments the finance member has not yet banked.
      await issueVoucher(demo.at(contractOn, "finance"), fund.id, {
        contractId: contract.id,
        source: "cash",
        paidOn: contractOn,
      });
    }
    if (b.pays === "all_due") {
      for (const instalment of contract.instalments) {
        if (instalment.dueOn > today) break;
        await recordRepayment(
          demo.at(instalment.dueOn as IsoDate, "finance"),
          contract.loanId,
          {
            amountSatang: instalment.totalSatang,
            paidOn: instalment.dueOn,
            method: "cash",
            payerName: contract.borrowerName,
          },
          `demo-${contract.loanId}-${instalment.seq}`,
        );
      }
    }
    if (i === 1) {
      const asOf = daysBefore(today, 50);
      await confirmDebt(demo.at(asOf, "secretary"), fund.id, {
        loanId: contract.loanId,
        asOf,
        agrees: true,
        confirmedOn: asOf,
      });
    }
  }
  const handedOn = daysBefore(today, 20);
  await recordHandover(asOfficer(handedOn, district), fund.id, {
    handedOn,
    fromName: "นายวีระ แสนดี",
    fromPosition: "พัฒนากรผู้รับผิดชอบตำบลทรายมูล (เดิม)",
    toName: "นางสาวมาลี บุญมา",
    toPosition: "พัฒนากรผู้รับผิดชอบตำบลทรายมูล",
    notes: "ส่งมอบสมุดบัญชี 4 เล่มครบถ้วน",
  });
}

function officerActor(users: DemoUsers, username: string, role: Actor["role"]): Actor {
  const user = users.get(username);
  if (!user) throw new Error(`demo account ${username} is missing`);
  return { kind: "user", userId: user.id, username, role, scopeCode: user.scopeCode, householdId: null };
}
