// Test support only (imported by *.test.ts): funds with loans, repayments, a reversal and a write-off over two fiscal years, built through the use cases.
import type { Deps } from "../../platform/deps";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { createCommitteeSet, createFund, type Fund } from "../funds/index";
import { createVillage, findArea } from "../geography/index";
import { createHousehold } from "../households/index";
import { recordDonation } from "../ledger/index";
import { makeDirectLoan, recordRepayment, recordWriteOff, reverseRepayment } from "../loans/index";

type Clock = { set(at: string): void };

export async function ensureVillage(deps: Deps, code: string): Promise<void> {
  if (await findArea(deps.db, code)) return;
  await createVillage({ ...deps, actor: SYSTEM_ACTOR }, code.slice(0, 6), {
    villageNo: Number(code.slice(6)),
    nameTh: `บ้านทดสอบ ${code}`,
  });
}

/** A savings group started on 2021-01-01 with a committee in office until 2030 and `cashSatang` donated. */
export async function buildRollupFund(
  deps: Deps,
  clock: Clock,
  options: { villageCode: string; cashSatang: number; cashOn: string; capitalSatang?: number },
): Promise<Fund> {
  const system = { ...deps, actor: SYSTEM_ACTOR };
  clock.set(`${options.cashOn}T03:00:00Z`);
  await ensureVillage(system, options.villageCode);
  const fund = await createFund(system, {
    areaCode: options.villageCode,
    fundType: "savings_group",
    name: `กลุ่มออมทรัพย์ ${options.villageCode}`,
    startedOn: "2021-01-01",
    originalCapitalSatang: options.capitalSatang ?? 0,
    parameters: {},
    isModel: false,
    isLearningCentre: false,
  });
  await createCommitteeSet(system, fund.id, {
    termStart: "2021-01-01",
    termEnd: "2030-12-31",
    members: [
      { name: "ประธาน", position: "chair" },
      { name: "เลขานุการ", position: "secretary" },
      { name: "เหรัญญิก", position: "finance" },
    ],
  });
  await recordDonation(system, fund.id, {
    into: { kind: "cash" },
    amountSatang: options.cashSatang,
    donor: "ทุนตั้งต้น",
    entryDate: options.cashOn,
  });
  return fund;
}

export async function buildHousehold(deps: Deps, villageCode: string, houseNo: string): Promise<string> {
  const created = await createHousehold(
    { ...deps, actor: SYSTEM_ACTOR },
    {
      villageCode,
      houseNo,
      members: [{ relation: "head", title: "นาย", firstName: `ผู้กู้${houseNo}`, lastName: "ทดสอบ" }],
    },
  );
  return created.id;
}

/** An interest-free loan in monthly instalments, paid out from cash on `on`. */
export async function lend(
  deps: Deps,
  clock: Clock,
  fund: Fund,
  p: { loanNo: string; on: string; amountSatang: number; months: number; householdId?: string },
): Promise<string> {
  clock.set(`${p.on}T03:00:00Z`);
  const r = await makeDirectLoan({ ...deps, actor: SYSTEM_ACTOR }, fund.id, {
    ...(p.householdId ? { householdId: p.householdId } : { borrowerName: `ผู้กู้ ${p.loanNo}` }),
    loanNo: p.loanNo,
    amountSatang: p.amountSatang,
    contractedOn: p.on,
    plan: { scheduleType: "equal_instalments", instalmentCount: p.months, frequencyMonths: 1 },
    meetingRef: "มติที่ประชุมกลุ่ม",
    product: { rateBp: 0 },
  });
  return r.loan.id;
}

export async function repay(
  deps: Deps,
  clock: Clock,
  loanId: string,
  on: string,
  amountSatang: number,
): Promise<string> {
  clock.set(`${on}T03:00:00Z`);
  const r = await recordRepayment({ ...deps, actor: SYSTEM_ACTOR }, loanId, {
    amountSatang,
    paidOn: on,
    method: "cash",
  });
  return r.repayment.id;
}

export async function reverse(
  deps: Deps,
  clock: Clock,
  loanId: string,
  repaymentId: string,
  on: string,
): Promise<void> {
  clock.set(`${on}T03:00:00Z`);
  await reverseRepayment({ ...deps, actor: SYSTEM_ACTOR }, loanId, repaymentId, "บันทึกผิด");
}

export async function writeOff(deps: Deps, clock: Clock, loanId: string, on: string): Promise<void> {
  clock.set(`${on}T03:00:00Z`);
  await recordWriteOff({ ...deps, actor: SYSTEM_ACTOR }, loanId, {
    reason: "ผู้กู้เสียชีวิต",
    resolutionRef: "มติที่ประชุมใหญ่ 1/2567",
    writtenOffOn: on,
  });
}
