// Seeds the demo debt centres through the use cases: บ้านดอกกระเจียว (member funds with capital, committee, surveys, plans, welfare) and บ้านเชียงยืน (a household made debt-free).
import { fixedClock } from "../../platform/clock";
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import { addDays, type IsoDate } from "../../shared/thai-date";
import { approveBankAccount, createCommitteeSet, createFund, openBankAccount } from "../funds/index";
import { listHouseholds } from "../households/index";
import {
  approveBankWithdrawal,
  recordCapitalGrant,
  recordDonation,
  requestBankWithdrawal,
} from "../ledger/index";
import { getLoan, recordRepayment } from "../loans/index";
import { addCentreCommitteeMember } from "./add-centre-committee-member";
import { addMemberFund } from "./add-member-fund";
import { approvePlan } from "./approve-plan";
import { createCentre } from "./create-centre";
import { decideWelfare } from "./decide-welfare";
import { executePlan } from "./execute-plan";
import { markDebtFree } from "./mark-debt-free";
import { payWelfare } from "./pay-welfare";
import { proposePlan } from "./propose-plan";
import { recordSurvey } from "./record-survey";
import { requestWelfare } from "./request-welfare";

type DemoUsers = ReadonlyMap<string, { id: string; scopeCode: string }>;
type Seat = "chair" | "secretary" | "finance";

const DOK_KRACHIAO = "40070908";
const CHIANG_YUEN = "55011604";

/** An informal or formal debt as the survey form records it (amounts in satang). */
function debt(debtId: string, fields: Record<string, unknown>): Record<string, unknown> {
  return { debtId, arrearsSatang: 0, instalmentFrequency: "monthly", ...fields };
}

/**
 * The บ้านดอกกระเจียว centre leaves its approved plan for the user to execute in the web app: executing it here
 * would add loans to the village whose four กข.คจ. loans the demo test counts. The executed plan and the
 * debt-free household (with its certificate) are in บ้านเชียงยืน, the model centre of the Nan article.
 */
export async function seedDemoDebtCentres(
  deps: Deps,
  demo: { kkjFundId: string; users: DemoUsers },
): Promise<void> {
  const today = deps.clock.today();
  const ago = (days: number): IsoDate => addDays(today, -days);
  const actor = (username: string): Actor => {
    const user = demo.users.get(username);
    if (!user) throw new Error(`demo account ${username} is missing`);
    const role = username.startsWith("worker.") ? "subdistrict_worker" : "committee_member";
    return { kind: "user", userId: user.id, username, role, scopeCode: user.scopeCode, householdId: null };
  };
  const seats: Record<Seat, Actor> = {
    chair: actor("committee.dokkrachiao"),
    secretary: actor("secretary.dokkrachiao"),
    finance: actor("finance.dokkrachiao"),
  };
  const worker = actor("worker.saimun");
  const at = (on: IsoDate, who: Actor = SYSTEM_ACTOR): Deps => ({
    ...deps,
    clock: fixedClock(`${on}T04:00:00Z`),
    actor: who,
  });

  // Two more Kaejon funds of the village, each with its capital granted into the bank and part drawn as cash.
  const opened = ago(240);
  const memberFundIds: string[] = [];
  for (const spec of [
    {
      // The savings group of the village is the savings-groups module's demo; this is another lending group.
      fundType: "occupation_group" as const,
      name: "กลุ่มอาชีพเลี้ยงโคบ้านดอกกระเจียว",
      capital: 45_000_000,
      cash: 30_000_000,
      accountNo: "020-1-55501-2",
      parameters: { maxLoanSatang: 6_000_000, maxLoanTermMonths: 48, interestRateBp: 600 },
    },
    {
      fundType: "village_fund" as const,
      name: "กองทุนหมู่บ้านดอกกระเจียว",
      capital: 100_000_000,
      cash: 20_000_000,
      accountNo: "020-1-55502-0",
      parameters: { maxLoanSatang: 3_000_000, maxLoanTermMonths: 36, interestRateBp: 600 },
    },
  ]) {
    const fund = await createFund(at(opened), {
      areaCode: DOK_KRACHIAO,
      fundType: spec.fundType,
      name: spec.name,
      startedOn: "2008-06-01",
      originalCapitalSatang: spec.capital,
      parameters: spec.parameters,
      isModel: false,
      isLearningCentre: false,
    });
    const set = await createCommitteeSet(at(opened), fund.id, {
      termStart: ago(245),
      members: [
        { name: "นายบุญมี ทองคำ", position: "chair", userId: seats.chair.userId! },
        { name: "นางสาวจันทร์เพ็ญ ศรีสวัสดิ์", position: "secretary", userId: seats.secretary.userId! },
        { name: "นางบัวผัน แก้วมณี", position: "finance", userId: seats.finance.userId! },
        { name: "นายทองใบ ใจดี", position: "member" },
      ],
    });
    const seat = (p: string) => set.members.find((m) => m.position === p)!.id;
    const bank = await openBankAccount(at(opened), fund.id, {
      bankName: "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร",
      branch: "น้ำพอง",
      accountNo: spec.accountNo,
      accountName: spec.name,
      signatoryMemberIds: [seat("chair"), seat("finance"), seat("secretary")],
    });
    await approveBankAccount(at(opened, seats.chair), fund.id, bank.id);
    await approveBankAccount(at(opened, seats.finance), fund.id, bank.id);
    await recordCapitalGrant(at(opened, seats.finance), fund.id, {
      bankAccountId: bank.id,
      description: `ยอดยกมา เงินทุน${spec.name} ในบัญชีธนาคาร (เริ่มใช้ระบบแก้จน)`,
    });
    const withdrawal = await requestBankWithdrawal(at(opened, seats.finance), fund.id, {
      bankAccountId: bank.id,
      to: { kind: "cash" },
      amountSatang: spec.cash,
      description: "ถอนเงินสดไว้ให้กู้ปรับโครงสร้างหนี้ตามมติศูนย์จัดการกองทุนชุมชน",
    });
    await approveBankWithdrawal(at(opened, seats.finance), fund.id, withdrawal.id);
    await approveBankWithdrawal(at(opened, seats.chair), fund.id, withdrawal.id);
    memberFundIds.push(fund.id);
  }

  const centre = await createCentre(at(ago(230), worker), {
    areaCode: DOK_KRACHIAO,
    name: "ศูนย์จัดการกองทุนชุมชนบ้านดอกกระเจียว",
  });
  const members = [];
  for (const fundId of memberFundIds) {
    members.push(await addMemberFund(at(ago(230), worker), centre.id, { fundId, mayRefinance: true }));
  }
  // กข.คจ. money lends for occupations of target households, not to refinance debts.
  await addMemberFund(at(ago(230), worker), centre.id, {
    fundId: demo.kkjFundId,
    mayRefinance: false,
    maxLoanSatang: 2_000_000,
  });
  for (const outside of [
    { outsideName: "กลุ่มสัจจะออมทรัพย์วันละบาท", outsideBalanceSatang: 8_540_000, maxLoanSatang: 1_000_000 },
    { outsideName: "กองทุนแม่ของแผ่นดินบ้านดอกกระเจียว", outsideBalanceSatang: 4_215_000, maxLoanSatang: 500_000 },
  ]) {
    await addMemberFund(at(ago(230), worker), centre.id, { ...outside, mayRefinance: false });
  }
  const term = { termStart: ago(230), termEnd: addDays(ago(230), 2 * 365) };
  for (const [position, name, userId, member] of [
    ["chair", "นายบุญมี ทองคำ", seats.chair.userId, members[0]],
    ["secretary", "นางสาวจันทร์เพ็ญ ศรีสวัสดิ์", seats.secretary.userId, members[1]],
    ["finance", "นางบัวผัน แก้วมณี", seats.finance.userId, members[0]],
    ["member", "นางคำปุน ศรีหาบุตร", undefined, members[1]],
  ] as const) {
    await addCentreCommitteeMember(at(ago(229), worker), centre.id, {
      name,
      position,
      ...(userId ? { userId } : {}),
      memberFundId: member!.id,
      ...term,
    });
  }

  const households = (await listHouseholds(at(today, worker), { area: DOK_KRACHIAO, limit: 4 })).items;
  const surveyed = ago(60);
  const surveys = [
    [
      debt("lender", {
        creditorName: "นายทุนนอกระบบ (เสี่ยหมู)",
        creditorType: "money_lender",
        originalPrincipalSatang: 3_000_000,
        outstandingSatang: 3_000_000,
        rateBp: 1_000,
        rateBasis: "per_month",
        instalmentSatang: 300_000,
        purpose: "ค่าปุ๋ยและค่าจ้างไถนา",
        startOn: ago(150),
      }),
      debt("shop", {
        creditorName: "ร้านค้าสวัสดิการหมู่บ้าน",
        creditorType: "shop",
        originalPrincipalSatang: 800_000,
        outstandingSatang: 650_000,
        rateBp: 200,
        rateBasis: "flat_per_month",
        purpose: "ซื้อของใช้ในครัวเรือนเงินเชื่อ",
        startOn: ago(200),
        endOn: ago(20),
      }),
      debt("baac", {
        creditorName: "ธ.ก.ส. สาขาน้ำพอง",
        creditorType: "baac",
        originalPrincipalSatang: 5_000_000,
        outstandingSatang: 3_200_000,
        rateBp: 550,
        rateBasis: "per_year",
        instalmentFrequency: "yearly",
        instalmentSatang: 1_200_000,
        collateral: "โฉนดที่ดิน",
        purpose: "ลงทุนปลูกอ้อย",
        startOn: "2023-05-10",
      }),
    ],
    [
      debt("lender", {
        creditorName: "นายทุนนอกระบบ (แม่เลี้ยงคำ)",
        creditorType: "money_lender",
        originalPrincipalSatang: 2_000_000,
        outstandingSatang: 2_000_000,
        rateBp: 2_000,
        rateBasis: "per_month",
        instalmentFrequency: "daily",
        instalmentSatang: 20_000,
        purpose: "ค่ารักษาพยาบาล",
        startOn: ago(90),
      }),
      debt("shop", {
        creditorName: "ร้านวัสดุการเกษตร",
        creditorType: "shop",
        originalPrincipalSatang: 450_000,
        outstandingSatang: 450_000,
        rateBp: 300,
        rateBasis: "flat_per_month",
        purpose: "ค่าเมล็ดพันธุ์ข้าว",
        startOn: ago(120),
        endOn: addDays(ago(120), 180),
      }),
    ],
    [
      debt("relative", {
        creditorName: "ญาติ (พี่สาว)",
        creditorType: "relative",
        originalPrincipalSatang: 1_000_000,
        outstandingSatang: 1_000_000,
        rateBp: 0,
        rateBasis: "per_year",
        instalmentFrequency: "yearly",
        purpose: "ค่าเทอมบุตร",
        startOn: ago(300),
      }),
    ],
  ];
  const recorded = [];
  for (const [k, debts] of surveys.entries()) {
    recorded.push(
      await recordSurvey(at(surveyed, seats.secretary), centre.id, {
        householdId: households[k]!.id,
        surveyedOn: surveyed,
        // The third household's income is pre-filled from its latest จปฐ. record, as the form does.
        ...(k < 2 ? { monthlyIncomeSatang: [1_800_000, 1_500_000][k]! } : {}),
        monthlyExpensesSatang: [900_000, 700_000, 800_000][k]!,
        debts,
      }),
    );
  }
  const planOn = ago(45);
  const first = await proposePlan(at(planOn, worker), centre.id, {
    surveyId: recorded[0]!.id,
    plannedOn: planOn,
  });
  await approvePlan(at(ago(40), seats.chair), centre.id, first.id, { note: "มติที่ประชุมคณะกรรมการศูนย์ ครั้งที่ 3" });
  await proposePlan(at(ago(30), worker), centre.id, { surveyId: recorded[1]!.id, plannedOn: ago(30) });

  const funeral = await requestWelfare(at(ago(20), seats.secretary), centre.id, {
    welfareType: "death",
    householdId: households[2]!.id,
    amountSatang: 300_000,
    memberFundId: members[1]!.id,
    reason: "ช่วยเหลือค่าจัดงานฌาปนกิจมารดาของหัวหน้าครัวเรือน",
  });
  await decideWelfare(at(ago(19), seats.chair), centre.id, funeral.id, true, {
    note: "อนุมัติตามระเบียบสวัสดิการ",
  });
  await payWelfare(at(ago(18), seats.finance), centre.id, funeral.id, {});
  await requestWelfare(at(ago(3), seats.secretary), centre.id, {
    welfareType: "illness",
    householdId: households[3]!.id,
    amountSatang: 150_000,
    memberFundId: members[0]!.id,
    reason: "นอนโรงพยาบาลน้ำพอง 3 คืน",
  });

  await seedChiangYuen(at, ago);
}

/** บ้านเชียงยืน: a savings group funded for the activity, one household refinanced, repaid and made debt-free. */
async function seedChiangYuen(
  at: (on: IsoDate, who?: Actor) => Deps,
  ago: (days: number) => IsoDate,
): Promise<void> {
  const fund = await createFund(at(ago(420)), {
    areaCode: CHIANG_YUEN,
    fundType: "savings_group",
    name: "กลุ่มออมทรัพย์เพื่อการผลิตบ้านเชียงยืน",
    startedOn: "2005-03-01",
    parameters: { maxLoanSatang: 5_000_000, maxLoanTermMonths: 36, interestRateBp: 600 },
    isModel: true,
    modelYear: 2562,
    isLearningCentre: true,
  });
  await recordDonation(at(ago(410)), fund.id, {
    into: { kind: "cash" },
    amountSatang: 10_000_000,
    donor: "กิจกรรม สำนึกดี แผนดี บริหารหนี้ได้ (กรมการพัฒนาชุมชน)",
  });
  const centre = await createCentre(at(ago(400)), {
    areaCode: CHIANG_YUEN,
    name: "ศูนย์จัดการกองทุนชุมชนบ้านเชียงยืน",
  });
  await addMemberFund(at(ago(400)), centre.id, { fundId: fund.id, mayRefinance: true });
  await addMemberFund(at(ago(400)), centre.id, {
    outsideName: "กองทุนหมู่บ้านเชียงยืน (บัญชีนอกระบบแก้จน)",
    outsideBalanceSatang: 120_000_000,
    maxLoanSatang: 2_000_000,
    mayRefinance: false,
  });
  await addCentreCommitteeMember(at(ago(400)), centre.id, {
    name: "นางศรีวรรณ อินต๊ะ",
    position: "chair",
    termStart: ago(400),
    termEnd: addDays(ago(400), 4 * 365),
  });
  const household = (await listHouseholds(at(ago(390)), { area: CHIANG_YUEN, limit: 1 })).items[0]!;
  const survey = await recordSurvey(at(ago(390)), centre.id, {
    householdId: household.id,
    surveyedOn: ago(390),
    monthlyIncomeSatang: 1_500_000,
    monthlyExpensesSatang: 600_000,
    debts: [
      debt("lender", {
        creditorName: "นายทุนนอกระบบในตัวเมืองน่าน",
        creditorType: "money_lender",
        originalPrincipalSatang: 1_200_000,
        outstandingSatang: 1_200_000,
        rateBp: 1_000,
        rateBasis: "per_month",
        purpose: "ค่าวัตถุดิบจักสาน",
        startOn: ago(500),
      }),
    ],
  });
  const plan = await proposePlan(at(ago(385)), centre.id, { surveyId: survey.id, plannedOn: ago(385) });
  await approvePlan(at(ago(384)), centre.id, plan.id, { note: "มติที่ประชุมศูนย์" });
  const executed = await executePlan(at(ago(380)), centre.id, plan.id, { paidOn: ago(380) });
  for (const l of executed.loans) {
    const payoff = (await getLoan(at(ago(20)), l.loanId)).payoff!.payoffSatang;
    await recordRepayment(at(ago(20)), l.loanId, {
      amountSatang: payoff,
      paidOn: ago(20),
      method: "cash",
      closeLoan: true,
    });
  }
  await markDebtFree(at(ago(15)), centre.id, plan.id, { debtFreeOn: ago(15) });
}
