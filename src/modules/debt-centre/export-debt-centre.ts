// Streams the debt centre's lists for CSV/XLSX export: centres with their counts, surveys (a row per debt), plans, debt-free households, welfare and the area counts.
import type { Deps } from "../../platform/deps";
import { columnsOf, pagedList, rowPerChild } from "../../platform/export-tables";
import { type ExportColumn, type ExportLanguage, inLanguage, yesNo } from "../../platform/tabular-export";
import type {
  Centre,
  CentreListQuery,
  DebtFreeHousehold,
  PlanView,
  SurveyView,
  WelfareView,
} from "./contracts";
import type { RestructuringPlan } from "./debt-planner";
import { CREDITOR_TYPE_NAMES } from "./debt-survey";
import { PLAN_STATUS_NAMES, type PlanStatus } from "./plan-status";
import { areaCounts, listCentres, listPlans, listSurveys } from "./read-centres";
import { listDebtFree, listWelfare } from "./read-welfare";
import { WELFARE_STATUS_NAMES, WELFARE_TYPE_NAMES } from "./welfare";

type Counts = {
  surveyedHouseholds: number;
  plannedHouseholds: number;
  repayingHouseholds: number;
  debtFreeHouseholds: number;
  relapsedHouseholds: number;
};
export type CentreExportRow = Centre & Counts;

/** Centres of the area (list scope and pages) with each one's households surveyed, debt-free and relapsed. */
export async function* exportCentres(
  deps: Deps,
  filters: Omit<CentreListQuery, "limit" | "cursor">,
): AsyncGenerator<CentreExportRow> {
  const counts = new Map(
    (await areaCounts(deps, filters.area)).byCentre.map((c) => [c.centreId, c] as const),
  );
  for await (const c of pagedList((page) => listCentres(deps, { ...filters, ...page }))) {
    const n = counts.get(c.id);
    yield {
      ...c,
      surveyedHouseholds: n?.surveyedHouseholds ?? 0,
      plannedHouseholds: n?.plannedHouseholds ?? 0,
      repayingHouseholds: n?.repayingHouseholds ?? 0,
      debtFreeHouseholds: n?.debtFreeHouseholds ?? 0,
      relapsedHouseholds: n?.relapsedHouseholds ?? 0,
    };
  }
}

const COUNT_HEADERS: [keyof Counts, string, string][] = [
  ["surveyedHouseholds", "ครัวเรือนที่สำรวจ", "Households surveyed"],
  ["plannedHouseholds", "ครัวเรือนที่มีแผน", "Households planned"],
  ["repayingHouseholds", "ครัวเรือนระหว่างผ่อนชำระ", "Households repaying"],
  ["debtFreeHouseholds", "ครัวเรือนปลดหนี้", "Households debt-free"],
  ["relapsedHouseholds", "ครัวเรือนกลับมาเป็นหนี้", "Households relapsed"],
];
/** The five household counts of a centre, as columns. */
const countColumns = (): ExportColumn<Counts>[] => {
  const col = columnsOf<Counts>();
  return COUNT_HEADERS.map(([key, th, en]) => col.int(key, th, en, (r) => r[key]));
};

export function centreExportColumns(language?: ExportLanguage): ExportColumn<CentreExportRow>[] {
  const col = columnsOf<CentreExportRow>();
  return [
    col.text("areaCode", "รหัสหมู่บ้าน", "Village code", (c) => c.areaCode),
    col.text("name", "ชื่อศูนย์", "Centre", (c) => c.name),
    col.bp("rate", "อัตราดอกเบี้ยต่อปี", "Interest rate per year", (c) => c.rateBp),
    col.int("maxTerm", "ระยะเวลาผ่อนสูงสุด (เดือน)", "Maximum term (months)", (c) => c.maxTermMonths),
    col.bp(
      "affordability",
      "สัดส่วนผ่อนได้ของรายได้สุทธิ",
      "Affordable share of net income",
      (c) => c.affordabilityBp,
    ),
    col.text("consolidate", "รวมหนี้เป็นสัญญาเดียว", "Consolidate by default", (c) =>
      yesNo(language, c.consolidateByDefault),
    ),
    col.int("relapseWindow", "เฝ้าระวังหนี้ซ้ำ (เดือน)", "Relapse watch (months)", (c) => c.relapseWindowMonths),
    ...countColumns(),
    col.text("id", "รหัสอ้างอิงศูนย์", "Centre ID", (c) => c.id),
  ];
}

/** The area counts by centre (the district report), one row per centre. */
export async function* exportAreaCounts(deps: Deps, area: string | undefined): AsyncGenerator<AreaCountRow> {
  yield* (await areaCounts(deps, area)).byCentre;
}

type AreaCountRow = { areaCode: string; name: string; centreId: string } & Counts;

export function areaCountColumns(): ExportColumn<AreaCountRow>[] {
  const col = columnsOf<AreaCountRow>();
  return [
    col.text("areaCode", "รหัสหมู่บ้าน", "Village code", (c) => c.areaCode),
    col.text("name", "ชื่อศูนย์", "Centre", (c) => c.name),
    ...countColumns(),
    col.text("centreId", "รหัสอ้างอิงศูนย์", "Centre ID", (c) => c.centreId),
  ];
}

/** One row per surveyed debt; a survey without debts is one row with the debt columns empty. */
export type SurveyExportRow = { survey: SurveyView; debt: SurveyView["debts"][number] | null };

export function exportSurveys(deps: Deps, centreId: string): AsyncIterable<SurveyExportRow> {
  return rowPerChild(
    pagedList((page) => listSurveys(deps, centreId, page)),
    (survey) => survey.debts,
    (survey, debt) => ({ survey, debt }),
  );
}

export function surveyExportColumns(language?: ExportLanguage): ExportColumn<SurveyExportRow>[] {
  const col = columnsOf<SurveyExportRow>();
  return [
    col.date("surveyedOn", "วันที่สำรวจ", "Surveyed on", (r) => r.survey.surveyedOn),
    col.text("householdId", "รหัสครัวเรือน", "Household ID", (r) => r.survey.householdId),
    col.money("income", "รายได้ต่อเดือน (บาท)", "Monthly income (baht)", (r) => r.survey.monthlyIncomeSatang),
    col.text("incomeSource", "ที่มาของรายได้", "Income source", (r) =>
      r.survey.incomeSource === "bmn"
        ? inLanguage(language, { th: `จปฐ. ${r.survey.bmnYear}`, en: `BMN ${r.survey.bmnYear}` })
        : inLanguage(language, { th: "สอบถาม", en: "Asked" }),
    ),
    col.money(
      "expenses",
      "ค่าใช้จ่ายต่อเดือน (บาท)",
      "Monthly expenses (baht)",
      (r) => r.survey.monthlyExpensesSatang,
    ),
    col.text("debtId", "รหัสหนี้", "Debt ID", (r) => r.debt?.debtId),
    col.text("creditor", "เจ้าหนี้", "Creditor", (r) => r.debt?.creditorName),
    col.text("creditorType", "ประเภทเจ้าหนี้", "Creditor type", (r) => {
      const names = r.debt ? CREDITOR_TYPE_NAMES[r.debt.creditorType] : undefined;
      return names ? inLanguage(language, names) : r.debt?.creditorType;
    }),
    col.money(
      "principal",
      "เงินต้นเดิม (บาท)",
      "Original principal (baht)",
      (r) => r.debt?.originalPrincipalSatang,
    ),
    col.money("outstanding", "หนี้คงค้าง (บาท)", "Outstanding (baht)", (r) => r.debt?.outstandingSatang),
    col.money("arrears", "ค้างชำระ (บาท)", "Arrears (baht)", (r) => r.debt?.arrearsSatang),
    col.bp("rate", "อัตราดอกเบี้ย", "Interest rate", (r) => r.debt?.rateBp),
    col.text("rateBasis", "ฐานดอกเบี้ย", "Rate basis", (r) => r.debt?.rateBasis),
    col.money("instalment", "ค่างวด (บาท)", "Instalment (baht)", (r) => r.debt?.instalmentSatang),
    col.text("frequency", "ความถี่การผ่อน", "Instalment frequency", (r) => r.debt?.instalmentFrequency),
    col.text("collateral", "หลักประกัน", "Collateral", (r) => r.debt?.collateral),
    col.text("guarantor", "ผู้ค้ำประกัน", "Guarantor", (r) => r.debt?.guarantor),
    col.text("purpose", "วัตถุประสงค์", "Purpose", (r) => r.debt?.purpose),
    col.date("startOn", "วันเริ่มกู้", "Start date", (r) => r.debt?.startOn),
    col.date("endOn", "วันครบกำหนด", "End date", (r) => r.debt?.endOn),
    col.int("relapseFlags", "สัญญาณหนี้ซ้ำ", "Relapse flags", (r) => r.survey.relapseFlags),
    col.text("surveyId", "รหัสแบบสำรวจ", "Survey ID", (r) => r.survey.id),
  ];
}

export function exportPlans(
  deps: Deps,
  centreId: string,
  status: PlanStatus | undefined,
): AsyncIterable<PlanView> {
  return pagedList((page) => listPlans(deps, centreId, { ...page, status }));
}

const planned = (p: PlanView) => p.plan as unknown as RestructuringPlan;

export function planExportColumns(language?: ExportLanguage): ExportColumn<PlanView>[] {
  const col = columnsOf<PlanView>();
  return [
    col.date("plannedOn", "วันที่วางแผน", "Planned on", (p) => p.plannedOn),
    col.text("householdId", "รหัสครัวเรือน", "Household ID", (p) => p.householdId),
    col.text("status", "สถานะ", "Status", (p) => inLanguage(language, PLAN_STATUS_NAMES[p.status])),
    col.money("refinanced", "ยอดรีไฟแนนซ์ (บาท)", "Refinanced (baht)", (p) => planned(p).refinancedSatang),
    col.int("term", "ระยะผ่อน (เดือน)", "Term (months)", (p) => planned(p).termMonths),
    col.money(
      "monthly",
      "ค่างวดต่อเดือน (บาท)",
      "Monthly payment (baht)",
      (p) => planned(p).monthlyPaymentSatang,
    ),
    col.money(
      "affordable",
      "ผ่อนได้ไม่เกินต่อเดือน (บาท)",
      "Affordable a month (baht)",
      (p) => planned(p).affordableMonthlySatang,
    ),
    col.money(
      "interestBefore",
      "ดอกเบี้ยก่อนปรับ (บาท)",
      "Interest before (baht)",
      (p) => planned(p).interestBeforeSatang,
    ),
    col.money(
      "interestAfter",
      "ดอกเบี้ยหลังปรับ (บาท)",
      "Interest after (baht)",
      (p) => planned(p).interestAfterSatang,
    ),
    col.money(
      "interestSaved",
      "ดอกเบี้ยที่ประหยัดได้ (บาท)",
      "Interest saved (baht)",
      (p) => planned(p).interestSavedSatang,
    ),
    col.date("plannedDebtFreeOn", "วันปลดหนี้ตามแผน", "Planned debt-free date", (p) => planned(p).debtFreeOn),
    col.text("chairOverride", "อนุมัติโดยประธานเกินระเบียบ", "Approved with chair override", (p) =>
      yesNo(language, p.approvedWithChairOverride),
    ),
    col.date("executedOn", "วันที่จ่ายเงินกู้", "Executed on", (p) => p.executedOn),
    col.date("debtFreeOn", "วันที่ปลดหนี้", "Debt-free on", (p) => p.debtFreeOn),
    col.int("relapseFlags", "สัญญาณหนี้ซ้ำ", "Relapse flags", (p) => p.relapseFlags.length),
    col.text("id", "รหัสแผน", "Plan ID", (p) => p.id),
  ];
}

export function exportDebtFree(deps: Deps, centreId: string): AsyncIterable<DebtFreeHousehold> {
  return pagedList((page) => listDebtFree(deps, centreId, page));
}

export function debtFreeExportColumns(language?: ExportLanguage): ExportColumn<DebtFreeHousehold>[] {
  const col = columnsOf<DebtFreeHousehold>();
  return [
    col.text("houseNo", "บ้านเลขที่", "House no.", (r) => r.houseNo),
    col.text("headName", "หัวหน้าครัวเรือน", "Household head", (r) => r.headName),
    col.date("debtFreeOn", "วันที่ปลดหนี้", "Debt-free on", (r) => r.debtFreeOn),
    col.date("watchEndsOn", "เฝ้าระวังถึง", "Watch ends on", (r) => r.watchEndsOn),
    col.text("status", "สถานะ", "Status", (r) => inLanguage(language, PLAN_STATUS_NAMES[r.status])),
    col.int("relapseFlags", "สัญญาณหนี้ซ้ำ", "Relapse flags", (r) => r.relapseFlags),
    col.text("planId", "รหัสแผน", "Plan ID", (r) => r.planId),
  ];
}

export function exportWelfare(deps: Deps, centreId: string): AsyncIterable<WelfareView> {
  return pagedList((page) => listWelfare(deps, centreId, page));
}

export function welfareExportColumns(language?: ExportLanguage): ExportColumn<WelfareView>[] {
  const col = columnsOf<WelfareView>();
  return [
    col.date("requestedOn", "วันที่ยื่นคำขอ", "Requested on", (w) => w.requestedOn),
    col.text("type", "ประเภทสวัสดิการ", "Welfare type", (w) =>
      inLanguage(language, WELFARE_TYPE_NAMES[w.welfareType]),
    ),
    col.text("beneficiary", "ผู้รับสวัสดิการ", "Beneficiary", (w) => w.beneficiaryName),
    col.money("amount", "จำนวนเงิน (บาท)", "Amount (baht)", (w) => w.amountSatang),
    col.text("reason", "เหตุผล", "Reason", (w) => w.reason),
    col.text("status", "สถานะ", "Status", (w) => inLanguage(language, WELFARE_STATUS_NAMES[w.status])),
    col.date("decidedOn", "วันที่พิจารณา", "Decided on", (w) => w.decidedOn),
    col.date("paidOn", "วันที่จ่าย", "Paid on", (w) => w.paidOn),
    col.text("fundId", "รหัสกองทุนที่จ่าย", "Paying fund ID", (w) => w.fundId),
    col.text("journalEntryId", "รหัสรายการบัญชี", "Journal entry ID", (w) => w.journalEntryId),
    col.text("id", "รหัสสวัสดิการ", "Welfare ID", (w) => w.id),
  ];
}
