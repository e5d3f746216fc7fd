// Demo data: a damage case against the demo fund walked to a debt acknowledgement with a repayment plan and two recoveries in its books.
import { fixedClock } from "../../platform/clock";
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { addDays, type IsoDate } from "../../shared/thai-date";
import { openCase } from "./open-case";
import { recordRecovery } from "./record-recovery";
import { recordStep } from "./record-step";
import { setRepaymentPlan } from "./set-repayment-plan";

export type DemoUserIds = ReadonlyMap<string, { id: string; scopeCode: string }>;

export async function seedDemoDamageCases(deps: Deps, users: DemoUserIds, fundId: string): Promise<void> {
  const user = users.get("district.namphong");
  if (!user) throw new Error("demo user district.namphong missing");
  const district: Actor = {
    kind: "user",
    userId: user.id,
    username: "district.namphong",
    role: "district_officer",
    scopeCode: user.scopeCode,
    householdId: null,
  };
  const today = deps.clock.today();
  const day = (n: number): IsoDate => addDays(today, -n);
  const at = (on: IsoDate): Deps => ({ ...deps, clock: fixedClock(`${on}T05:00:00Z`), actor: district });

  const opened = await openCase(at(day(118)), {
    fundId,
    caseType: "committee_misuse",
    title: "เหรัญญิกชุดเดิมไม่ส่งมอบเงินสดตามบัญชี",
    description:
      "การส่งมอบงานระหว่างคณะกรรมการชุดที่ 2 และชุดที่ 3 พบเงินสดขาดจากสมุดบัญชีเงินสด 25,000 บาท เหรัญญิกชุดเดิมยอมรับว่านำไปใช้ส่วนตัว",
    amountSatang: 2_500_000,
    discoveredOn: day(120),
    persons: [{ name: "นายสมหมาย ใจกว้าง (เหรัญญิกชุดที่ 2)", relation: "committee_member" }],
    documents: [{ docNo: "บันทึก 1/2568", docDate: day(120), title: "บันทึกการส่งมอบงานและเงินสด" }],
  });
  const id = opened.case.id;
  await recordStep(at(day(115)), id, {
    stage: "reported_to_district",
    stepOn: day(115),
    note: "พัฒนากรรายงานอำเภอน้ำพอง",
    documents: [{ docNo: "ขก 0017.3/412", docDate: day(115), title: "หนังสือรายงานความเสียหาย" }],
  });
  await recordStep(at(day(100)), id, {
    stage: "fact_finding",
    stepOn: day(100),
    documents: [{ docNo: "คำสั่งอำเภอ 88/2568", docDate: day(100), title: "คำสั่งแต่งตั้งคณะกรรมการสอบข้อเท็จจริง" }],
  });
  await recordStep(at(day(80)), id, {
    stage: "debt_acknowledgement",
    stepOn: day(80),
    note: "ผู้รับผิดยินยอมชดใช้เป็นรายเดือน 5 งวด",
    documents: [{ docNo: "รส 1/2568", docDate: day(80), title: "หนังสือรับสภาพหนี้และแผนการชดใช้" }],
  });
  await setRepaymentPlan(at(day(80)), id, {
    instalments: [1, 2, 3, 4, 5].map((n) => ({ dueOn: addDays(day(80), 30 * n), amountSatang: 500_000 })),
  });
  await recordStep(at(day(60)), id, { stage: "recovery", stepOn: day(60) });
  for (const n of [52, 22]) {
    await recordRecovery(at(day(n)), id, {
      amountSatang: 500_000,
      payer: "นายสมหมาย ใจกว้าง",
      into: { kind: "cash" },
      receivedOn: day(n),
      note: "ชำระตามแผนชดใช้",
    });
  }
}
