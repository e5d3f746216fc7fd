// Test fixture (used only by tests): กข.คจ. funds in two districts of Khon Kaen with borrowers, repayments, a reversed
// repayment, a defaulted loan, money spent out of a fund, target households with จปฐ. records, and an empty district.
import { fixedClock } from "../../platform/clock";
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import type { CommitteePosition } from "../../shared/roles";
import { createUser } from "../access/index";
import {
  approveBankAccount,
  createCommitteeSet,
  createFund,
  loadFund,
  openBankAccount,
} from "../funds/index";
import { createVillage, findArea } from "../geography/index";
import { createHousehold, recordBmn } from "../households/index";
import { fundBooks, postEntry } from "../ledger/index";
import { createLoan, disburseLoan, KKJ_PRODUCT, recordRepayment, reverseRepayment } from "../loans/index";
import { insertFixtureTargets } from "./report-fixture.repository";

export const FIXTURE_TODAY = "2024-06-15";
const SEATS: readonly CommitteePosition[] = ["chair", "secretary", "finance", "member"];

/** Deps acting as the system with the clock at noon (Bangkok) of `on`. */
export const at = (deps: Deps, on: string, actor: Actor = SYSTEM_ACTOR): Deps => ({
  ...deps,
  clock: fixedClock(`${on}T05:00:00Z`),
  actor,
});

export async function ensureVillage(deps: Deps, code: string, nameTh: string): Promise<void> {
  if (await findArea(deps.db, code)) return;
  await createVillage({ ...deps, actor: SYSTEM_ACTOR }, code.slice(0, 6), {
    villageNo: Number(code.slice(6)),
    nameTh,
  });
}

export interface FixtureFund {
  fundId: string;
  villageCode: string;
  chairName: string;
}

/**
 * A กข.คจ. fund of 280,000 baht opened on 2020-10-05: 200,000 in its bank account and 80,000 in cash (loans are
 * paid out of cash), with a committee set from 2020-10-01 to `termEnd`.
 */
export async function openKkjFund(
  deps: Deps,
  options: { villageCode: string; villageName: string; prefix: string; termEnd?: string; chairName: string },
): Promise<FixtureFund> {
  const opened = "2020-10-05";
  const system = at(deps, opened);
  await ensureVillage(system, options.villageCode, options.villageName);
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
  const fund = await createFund(system, {
    areaCode: options.villageCode,
    fundType: "kkj",
    name: `กองทุน กข.คจ. ${options.villageName}`,
    startedOn: "1997-08-01",
    originalCapitalSatang: 28_000_000,
    parameters: {},
    isModel: false,
    isLearningCentre: false,
  });
  const set = await createCommitteeSet(system, fund.id, {
    termStart: "2020-10-01",
    ...(options.termEnd ? { termEnd: options.termEnd } : {}),
    members: [
      ...SEATS.map((seat) => ({
        name: seat === "chair" ? options.chairName : `กรรมการ ${seat} ${options.prefix}`,
        position: seat,
        userId: users[seat].userId!,
      })),
      ...[5, 6, 7].map((i) => ({ name: `กรรมการคนที่ ${i} ${options.prefix}`, position: "member" as const })),
    ],
  });
  const memberId = (seat: CommitteePosition) => set.members.find((m) => m.position === seat)!.id;
  const pending = await openBankAccount(system, fund.id, {
    bankName: "ธนาคารออมสิน",
    branch: "น้ำพอง",
    accountNo: `020-${options.villageCode}`,
    accountName: fund.name,
    signatoryMemberIds: [memberId("chair"), memberId("finance"), memberId("secretary")],
  });
  await approveBankAccount(at(deps, opened, users.chair), fund.id, pending.id);
  const bank = await approveBankAccount(at(deps, opened, users.finance), fund.id, pending.id);
  const books = await fundBooks(deps.db, fund.id);
  await postEntry(system, {
    fundId: fund.id,
    entryDate: opened,
    description: "ยอดยกมา เงินทุน กข.คจ.",
    lines: [
      { accountId: bank.ledgerAccountId!, debitSatang: 20_000_000 },
      { accountId: books.byRole("cash").id, debitSatang: 8_000_000 },
      { accountId: books.byRole("capital").id, creditSatang: 28_000_000 },
    ],
  });
  return { fundId: fund.id, villageCode: options.villageCode, chairName: options.chairName };
}

export async function addHousehold(
  deps: Deps,
  villageCode: string,
  houseNo: string,
  name: string,
): Promise<string> {
  const [first, last] = name.split(" ") as [string, string];
  const title = /^(นางสาว|นาย|นาง)/.exec(first)?.[1] ?? "";
  const created = await createHousehold(at(deps, "2020-10-05"), {
    villageCode,
    houseNo,
    members: [{ relation: "head", title, firstName: first.slice(title.length), lastName: last ?? "" }],
  });
  return created.id;
}

/** A กข.คจ. loan paid out of cash on `on` (no interest), with a lump sum or `count` instalments every `months`. */
export async function lend(
  deps: Deps,
  f: FixtureFund,
  options: {
    householdId: string | null;
    borrowerName: string;
    loanNo: string;
    amountSatang: number;
    on: string;
    lumpSumDueOn?: string;
    count?: number;
    months?: number;
  },
): Promise<string> {
  const t = at(deps, options.on);
  return inTransaction(t.db, async (tx) => {
    const d = { ...t, db: tx };
    const fund = await loadFund(d, f.fundId);
    const loan = await createLoan(d, {
      fund,
      householdId: options.householdId,
      borrowerName: options.borrowerName,
      loanNo: options.loanNo,
      sourceType: "kkj_contract",
      sourceId: null,
      product: KKJ_PRODUCT,
      principalSatang: options.amountSatang,
      contractedOn: options.on,
      plan: options.lumpSumDueOn
        ? { scheduleType: "lump_sum", lumpSumDueOn: options.lumpSumDueOn }
        : {
            scheduleType: "equal_instalments",
            instalmentCount: options.count ?? 6,
            frequencyMonths: options.months ?? 1,
          },
    });
    await disburseLoan(d, {
      loanId: loan.id,
      paidOn: options.on,
      from: "cash",
      description: `จ่ายเงินยืม ${options.loanNo}`,
      sourceType: "loan",
      sourceId: loan.id,
    });
    return loan.id;
  });
}

export async function repay(deps: Deps, loanId: string, on: string, amountSatang: number): Promise<string> {
  const result = await recordRepayment(
    at(deps, on),
    loanId,
    { amountSatang, paidOn: on, method: "cash" },
    `fixture-${loanId}-${on}`,
  );
  return result.repayment.id;
}

export interface ReportFixture {
  a1: FixtureFund;
  a2: FixtureFund;
  a3: FixtureFund;
  b1: FixtureFund;
  loans: Record<"l1" | "l2" | "l3" | "l4" | "l5" | "l6", string>;
}

/**
 * District 4007 (น้ำพอง): a1 healthy (two borrowers, one borrowing a second time), a2 with a loan a year and
 * more in default and a committee whose term ended, a3 with 5,000 baht spent out of cash and a repayment
 * reversed; district 4001 (เมืองขอนแก่น): b1 with one borrower. District 4002 has no fund; village 40070903
 * exists without one. The figures each test expects are written beside it.
 */
export async function buildReportFixture(deps: Deps): Promise<ReportFixture> {
  const a1 = await openKkjFund(deps, {
    villageCode: "40070901",
    villageName: "บ้านหนองแสง",
    prefix: "rpa1",
    chairName: "นายประจักษ์ อุ่นใจ",
  });
  const a2 = await openKkjFund(deps, {
    villageCode: "40070902",
    villageName: "บ้านโนนสวรรค์",
    prefix: "rpa2",
    termEnd: "2023-12-31",
    chairName: "นายทองดี มีสุข",
  });
  const a3 = await openKkjFund(deps, {
    villageCode: "40070101",
    villageName: "บ้านหัวนา",
    prefix: "rpa3",
    chairName: "นางมาลี ทองคำ",
  });
  const b1 = await openKkjFund(deps, {
    villageCode: "40010101",
    villageName: "บ้านโคกใหญ่",
    prefix: "rpb1",
    chairName: "นายสมพงษ์ แก้วดี",
  });
  await ensureVillage(deps, "40070903", "บ้านว่างเปล่า");

  const h1 = await addHousehold(deps, a1.villageCode, "1", "นางสมศรี ใจงาม");
  const h2 = await addHousehold(deps, a1.villageCode, "2", "นายบุญมา ศรีสุข");
  const h6 = await addHousehold(deps, a1.villageCode, "6", "นางคำปุน ศรีหาบุตร");
  const h7 = await addHousehold(deps, a1.villageCode, "7", "นายย้าย ออกไป");
  const h3 = await addHousehold(deps, a2.villageCode, "3", "นายมานะ อดทน");
  const h4 = await addHousehold(deps, a3.villageCode, "4", "นางสาวปิ่น ปั้นงาม");
  const h5 = await addHousehold(deps, b1.villageCode, "5", "นายสมชาย ดีงาม");

  // a1: L1 20,000 repaid 10,000 in FY2567; L2 15,000 borrowed and repaid in FY2566; L3 10,000 (round 2) in FY2567.
  const l1 = await lend(deps, a1, {
    householdId: h1,
    borrowerName: "นางสมศรี ใจงาม",
    loanNo: "A1-1",
    amountSatang: 2_000_000,
    on: "2023-11-01",
    count: 6,
    months: 2,
  });
  await repay(deps, l1, "2024-01-02", 500_000);
  await repay(deps, l1, "2024-03-01", 500_000);
  const l2 = await lend(deps, a1, {
    householdId: h2,
    borrowerName: "นายบุญมา ศรีสุข",
    loanNo: "A1-2",
    amountSatang: 1_500_000,
    on: "2022-11-01",
    lumpSumDueOn: "2023-05-01",
  });
  await repay(deps, l2, "2023-05-01", 1_500_000);
  const l3 = await lend(deps, a1, {
    householdId: h2,
    borrowerName: "นายบุญมา ศรีสุข",
    loanNo: "A1-3",
    amountSatang: 1_000_000,
    on: "2023-10-15",
    lumpSumDueOn: "2024-10-15",
  });

  // a2: L4 30,000 due in one sum on 2022-06-01, only 5,000 repaid: in default from 2023-06-02.
  const l4 = await lend(deps, a2, {
    householdId: h3,
    borrowerName: "นายมานะ อดทน",
    loanNo: "A2-1",
    amountSatang: 3_000_000,
    on: "2021-06-01",
    lumpSumDueOn: "2022-06-01",
  });
  await repay(deps, l4, "2021-12-01", 500_000);

  // a3: 5,000 spent out of cash; L5 12,000 in six monthly instalments, 4,000 repaid, a third 2,000 reversed.
  const a3Books = await fundBooks(deps.db, a3.fundId);
  await postEntry(at(deps, "2024-02-01"), {
    fundId: a3.fundId,
    entryDate: "2024-02-01",
    description: "ค่าใช้จ่ายที่ไม่มีหลักฐาน",
    lines: [
      { accountId: a3Books.byRole("operating_expense").id, debitSatang: 500_000 },
      { accountId: a3Books.byRole("cash").id, creditSatang: 500_000 },
    ],
  });
  const l5 = await lend(deps, a3, {
    householdId: h4,
    borrowerName: "นางสาวปิ่น ปั้นงาม",
    loanNo: "A3-1",
    amountSatang: 1_200_000,
    on: "2024-03-01",
    count: 6,
    months: 1,
  });
  await repay(deps, l5, "2024-04-01", 200_000);
  await repay(deps, l5, "2024-05-01", 200_000);
  const third = await repay(deps, l5, "2024-06-01", 200_000);
  await reverseRepayment(at(deps, "2024-06-10"), l5, third, "บันทึกซ้ำ");

  // b1: L6 25,000 in six instalments every two months, 4,167 repaid.
  const l6 = await lend(deps, b1, {
    householdId: h5,
    borrowerName: "นายสมชาย ดีงาม",
    loanNo: "B1-1",
    amountSatang: 2_500_000,
    on: "2023-12-01",
    count: 6,
    months: 2,
  });
  await repay(deps, l6, "2024-02-01", 416_700);

  // Targets of a1: h1 (3 persons), h2 (4), h6 (2) and h7 (removed on 2024-01-01).
  await insertFixtureTargets(
    deps.db,
    [
      {
        id: deps.ids.uuid(),
        fundId: a1.fundId,
        householdId: h1,
        registerSeq: 1,
        membersCount: 3,
        incomePerPersonSatang: 1_500_000,
        registeredOn: "2021-01-10",
      },
      {
        id: deps.ids.uuid(),
        fundId: a1.fundId,
        householdId: h2,
        registerSeq: 2,
        membersCount: 4,
        incomePerPersonSatang: 1_600_000,
        registeredOn: "2021-01-10",
      },
      {
        id: deps.ids.uuid(),
        fundId: a1.fundId,
        householdId: h6,
        registerSeq: 3,
        membersCount: 2,
        incomePerPersonSatang: 1_700_000,
        registeredOn: "2023-01-10",
      },
      {
        id: deps.ids.uuid(),
        fundId: a1.fundId,
        householdId: h7,
        registerSeq: 4,
        membersCount: 5,
        incomePerPersonSatang: 1_800_000,
        registeredOn: "2021-01-10",
        removedOn: "2024-01-01",
      },
      {
        id: deps.ids.uuid(),
        fundId: a2.fundId,
        householdId: h3,
        registerSeq: 1,
        membersCount: 6,
        incomePerPersonSatang: 1_000_000,
        registeredOn: "2021-01-10",
      },
    ],
    deps.clock.now(),
  );
  // จปฐ.: h1 passes in 2566, h2 fails in 2566, h6 passes in 2567 (read for FY2567, not FY2566).
  await recordBmn(deps, h1, {
    surveyYear: 2566,
    membersCount: 3,
    incomeMainSatang: 30_000_000,
    incomeSecondarySatang: 0,
    incomeOtherSatang: 0,
    incomeOwnProductionSatang: 0,
    indicators: {},
  });
  await recordBmn(deps, h2, {
    surveyYear: 2566,
    membersCount: 4,
    incomeMainSatang: 4_000_000,
    incomeSecondarySatang: 0,
    incomeOtherSatang: 0,
    incomeOwnProductionSatang: 0,
    indicators: {},
  });
  await recordBmn(deps, h6, {
    surveyYear: 2567,
    membersCount: 2,
    incomeMainSatang: 20_000_000,
    incomeSecondarySatang: 0,
    incomeOtherSatang: 0,
    incomeOwnProductionSatang: 0,
    indicators: {},
  });

  return { a1, a2, a3, b1, loans: { l1, l2, l3, l4, l5, l6 } };
}
