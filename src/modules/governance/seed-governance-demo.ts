// Demo data for governance: a bank reconciliation and a submitted assessment of last fiscal year for the demo fund, then the day's risk scores.
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { fiscalYearOf, fiscalYearRange } from "../../shared/thai-date";
import { createAssessment } from "./create-assessment";
import { bookBankBalance } from "./governance.repository";
import { recomputeRisk } from "./recompute-risk";
import { recordReconciliation } from "./record-reconciliation";
import { submitAssessment } from "./submit-assessment";
import { updateAssessmentItem } from "./update-assessment-item";

/** What the demo seed passes in (its DemoFund and account map, by shape). */
export interface GovernanceDemoFund {
  fund: { id: string };
  today: string;
  at(on: string, seat?: "chair" | "secretary" | "finance" | "system"): Deps;
}

const ASSESSOR_NOTES: Record<string, string> = {
  annual_report_filed: "ส่งรายงานภาวะหนี้สินและฐานะการเงิน (แบบ 26(1)) ต่ออำเภอแล้ว",
  accounts_disclosed: "แจ้งงบการเงินในการประชุมประชาคมหมู่บ้านประจำปี",
  missing_fund_zero: "ตรวจสมุดบัญชีแล้ว ไม่มีเงินทุนขาดหายไป",
  complaints_resolved: "ไม่มีข้อร้องเรียนเกี่ยวกับกองทุน",
  committee_loans_no_vote: "ตรวจรายงานการประชุมแล้ว กรรมการผู้ยืมไม่ร่วมลงมติ",
};

/**
 * Run after the demo's daily job: it needs last year's rollup for the missing-fund item. The finance member
 * reconciles the bank as of last fiscal year's end (statement = books); the district officer assesses that
 * year and submits it; the risk scores of today are recomputed so the reconciliation counts at once.
 */
export async function seedGovernanceDemo(
  deps: Deps,
  demo: GovernanceDemoFund,
  users: ReadonlyMap<string, { id: string; scopeCode: string }>,
): Promise<void> {
  const lastYear = fiscalYearOf(demo.today) - 1;
  const yearEnd = fiscalYearRange(lastYear).to;
  const reconciler = demo.at(yearEnd, "finance");
  await recordReconciliation(reconciler, demo.fund.id, {
    statementDate: yearEnd,
    statementBalanceSatang: await bookBankBalance(deps.db, demo.fund.id, yearEnd),
  });
  const officer = users.get("district.namphong");
  if (!officer) throw new Error("demo account district.namphong is missing");
  const actor: Actor = {
    kind: "user",
    userId: officer.id,
    username: "district.namphong",
    role: "district_officer",
    scopeCode: officer.scopeCode,
    householdId: null,
  };
  const assessor = { ...demo.at(demo.today), actor };
  const draft = await createAssessment(assessor, { fundId: demo.fund.id, fiscalYear: lastYear });
  for (const item of draft.items) {
    if (item.result !== "pending") continue;
    await updateAssessmentItem(assessor, draft.id, item.key, {
      result: "met",
      note: ASSESSOR_NOTES[item.key] ?? "ตรวจเอกสารแล้ว",
    });
  }
  await submitAssessment(assessor, draft.id);
  await recomputeRisk(demo.at(demo.today, "system"), { businessDate: demo.today });
}
