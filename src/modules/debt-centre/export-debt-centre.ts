// Streams the debt centre's lists for CSV/XLSX export: centres with their counts, surveys (a row per debt), plans, debt-free households, welfare and the area counts.
import type { Deps } from "../../platform/deps";
import {
  EXPORT_BATCH,
  type ExportColumn,
  type ExportLanguage,
  inLanguage,
  pagedRows,
  yesNo,
} from "../../platform/tabular-export";
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
  for await (const c of pagedRows((cursor) =>
    listCentres(deps, { ...filters, limit: EXPORT_BATCH, cursor }),
  )) {
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

const count = (key: keyof Counts, th: string, en: string): ExportColumn<Counts> => ({
  key,
  th,
  en,
  kind: "int",
  value: (r) => r[key],
});

export function centreExportColumns(language?: ExportLanguage): ExportColumn<CentreExportRow>[] {
  return [
    { key: "areaCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (c) => c.areaCode },
    { key: "name", th: "ชื่อศูนย์", en: "Centre", kind: "text", value: (c) => c.name },
    { key: "rate", th: "อัตราดอกเบี้ยต่อปี", en: "Interest rate per year", kind: "bp", value: (c) => c.rateBp },
    {
      key: "maxTerm",
      th: "ระยะเวลาผ่อนสูงสุด (เดือน)",
      en: "Maximum term (months)",
      kind: "int",
      value: (c) => c.maxTermMonths,
    },
    {
      key: "affordability",
      th: "สัดส่วนผ่อนได้ของรายได้สุทธิ",
      en: "Affordable share of net income",
      kind: "bp",
      value: (c) => c.affordabilityBp,
    },
    {
      key: "consolidate",
      th: "รวมหนี้เป็นสัญญาเดียว",
      en: "Consolidate by default",
      kind: "text",
      value: (c) => yesNo(language, c.consolidateByDefault),
    },
    {
      key: "relapseWindow",
      th: "เฝ้าระวังหนี้ซ้ำ (เดือน)",
      en: "Relapse watch (months)",
      kind: "int",
      value: (c) => c.relapseWindowMonths,
    },
    count("surveyedHouseholds", "ครัวเรือนที่สำรวจ", "Households surveyed"),
    count("plannedHouseholds", "ครัวเรือนที่มีแผน", "Households planned"),
    count("repayingHouseholds", "ครัวเรือนระหว่างผ่อนชำระ", "Households repaying"),
    count("debtFreeHouseholds", "ครัวเรือนปลดหนี้", "Households debt-free"),
    count("relapsedHouseholds", "ครัวเรือนกลับมาเป็นหนี้", "Households relapsed"),
    { key: "id", th: "รหัสอ้างอิงศูนย์", en: "Centre ID", kind: "text", value: (c) => c.id },
  ];
}

/** The area counts by centre (the district report), one row per centre. */
export async function* exportAreaCounts(
  deps: Deps,
  area: string | undefined,
): AsyncGenerator<{ areaCode: string; name: string; centreId: string } & Counts> {
  yield* (await areaCounts(deps, area)).byCentre;
}

export function areaCountColumns(): ExportColumn<
  { areaCode: string; name: string; centreId: string } & Counts
>[] {
  return [
    { key: "areaCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (c) => c.areaCode },
    { key: "name", th: "ชื่อศูนย์", en: "Centre", kind: "text", value: (c) => c.name },
    count("surveyedHouseholds", "ครัวเรือนที่สำรวจ", "Households surveyed"),
    count("plannedHouseholds", "ครัวเรือนที่มีแผน", "Households planned"),
    count("repayingHouseholds", "ครัวเรือนระหว่างผ่อนชำระ", "Households repaying"),
    count("debtFreeHouseholds", "ครัวเรือนปลดหนี้", "Households debt-free"),
    count("relapsedHouseholds", "ครัวเรือนกลับมาเป็นหนี้", "Households relapsed"),
    { key: "centreId", th: "รหัสอ้างอิงศูนย์", en: "Centre ID", kind: "text", value: (c) => c.centreId },
  ];
}

/** One row per surveyed debt; a survey without debts is one row with the debt columns empty. */
export type SurveyExportRow = { survey: SurveyView; debt: SurveyView["debts"][number] | null };

export async function* exportSurveys(deps: Deps, centreId: string): AsyncGenerator<SurveyExportRow> {
  for await (const survey of pagedRows((cursor) =>
    listSurveys(deps, centreId, { limit: EXPORT_BATCH, cursor }),
  )) {
    if (survey.debts.length === 0) yield { survey, debt: null };
    for (const debt of survey.debts) yield { survey, debt };
  }
}

export function surveyExportColumns(language?: ExportLanguage): ExportColumn<SurveyExportRow>[] {
  return [
    { key: "surveyedOn", th: "วันที่สำรวจ", en: "Surveyed on", kind: "date", value: (r) => r.survey.surveyedOn },
    {
      key: "householdId",
      th: "รหัสครัวเรือน",
      en: "Household ID",
      kind: "text",
      value: (r) => r.survey.householdId,
    },
    {
      key: "income",
      th: "รายได้ต่อเดือน (บาท)",
      en: "Monthly income (baht)",
      kind: "money",
      value: (r) => r.survey.monthlyIncomeSatang,
    },
    {
      key: "incomeSource",
      th: "ที่มาของรายได้",
      en: "Income source",
      kind: "text",
      value: (r) =>
        r.survey.incomeSource === "bmn"
          ? inLanguage(language, { th: `จปฐ. ${r.survey.bmnYear}`, en: `BMN ${r.survey.bmnYear}` })
          : inLanguage(language, { th: "สอบถาม", en: "Asked" }),
    },
    {
      key: "expenses",
      th: "ค่าใช้จ่ายต่อเดือน (บาท)",
      en: "Monthly expenses (baht)",
      kind: "money",
      value: (r) => r.survey.monthlyExpensesSatang,
    },
    { key: "debtId", th: "รหัสหนี้", en: "Debt ID", kind: "text", value: (r) => r.debt?.debtId },
    { key: "creditor", th: "เจ้าหนี้", en: "Creditor", kind: "text", value: (r) => r.debt?.creditorName },
    {
      key: "creditorType",
      th: "ประเภทเจ้าหนี้",
      en: "Creditor type",
      kind: "text",
      value: (r) => {
        const names = r.debt ? CREDITOR_TYPE_NAMES[r.debt.creditorType] : undefined;
        return names ? inLanguage(language, names) : r.debt?.creditorType;
      },
    },
    {
      key: "principal",
      th: "เงินต้นเดิม (บาท)",
      en: "Original principal (baht)",
      kind: "money",
      value: (r) => r.debt?.originalPrincipalSatang,
    },
    {
      key: "outstanding",
      th: "หนี้คงค้าง (บาท)",
      en: "Outstanding (baht)",
      kind: "money",
      value: (r) => r.debt?.outstandingSatang,
    },
    {
      key: "arrears",
      th: "ค้างชำระ (บาท)",
      en: "Arrears (baht)",
      kind: "money",
      value: (r) => r.debt?.arrearsSatang,
    },
    { key: "rate", th: "อัตราดอกเบี้ย", en: "Interest rate", kind: "bp", value: (r) => r.debt?.rateBp },
    { key: "rateBasis", th: "ฐานดอกเบี้ย", en: "Rate basis", kind: "text", value: (r) => r.debt?.rateBasis },
    {
      key: "instalment",
      th: "ค่างวด (บาท)",
      en: "Instalment (baht)",
      kind: "money",
      value: (r) => r.debt?.instalmentSatang,
    },
    {
      key: "frequency",
      th: "ความถี่การผ่อน",
      en: "Instalment frequency",
      kind: "text",
      value: (r) => r.debt?.instalmentFrequency,
    },
    { key: "collateral", th: "หลักประกัน", en: "Collateral", kind: "text", value: (r) => r.debt?.collateral },
    { key: "guarantor", th: "ผู้ค้ำประกัน", en: "Guarantor", kind: "text", value: (r) => r.debt?.guarantor },
    { key: "purpose", th: "วัตถุประสงค์", en: "Purpose", kind: "text", value: (r) => r.debt?.purpose },
    { key: "startOn", th: "วันเริ่มกู้", en: "Start date", kind: "date", value: (r) => r.debt?.startOn },
    { key: "endOn", th: "วันครบกำหนด", en: "End date", kind: "date", value: (r) => r.debt?.endOn },
    {
      key: "relapseFlags",
      th: "สัญญาณหนี้ซ้ำ",
      en: "Relapse flags",
      kind: "int",
      value: (r) => r.survey.relapseFlags,
    },
    { key: "surveyId", th: "รหัสแบบสำรวจ", en: "Survey ID", kind: "text", value: (r) => r.survey.id },
  ];
}

export function exportPlans(
  deps: Deps,
  centreId: string,
  status: PlanStatus | undefined,
): AsyncIterable<PlanView> {
  return pagedRows((cursor) => listPlans(deps, centreId, { limit: EXPORT_BATCH, cursor, status }));
}

const planned = (p: PlanView) => p.plan as unknown as RestructuringPlan;

export function planExportColumns(language?: ExportLanguage): ExportColumn<PlanView>[] {
  return [
    { key: "plannedOn", th: "วันที่วางแผน", en: "Planned on", kind: "date", value: (p) => p.plannedOn },
    { key: "householdId", th: "รหัสครัวเรือน", en: "Household ID", kind: "text", value: (p) => p.householdId },
    {
      key: "status",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (p) => inLanguage(language, PLAN_STATUS_NAMES[p.status]),
    },
    {
      key: "refinanced",
      th: "ยอดรีไฟแนนซ์ (บาท)",
      en: "Refinanced (baht)",
      kind: "money",
      value: (p) => planned(p).refinancedSatang,
    },
    {
      key: "term",
      th: "ระยะผ่อน (เดือน)",
      en: "Term (months)",
      kind: "int",
      value: (p) => planned(p).termMonths,
    },
    {
      key: "monthly",
      th: "ค่างวดต่อเดือน (บาท)",
      en: "Monthly payment (baht)",
      kind: "money",
      value: (p) => planned(p).monthlyPaymentSatang,
    },
    {
      key: "affordable",
      th: "ผ่อนได้ไม่เกินต่อเดือน (บาท)",
      en: "Affordable a month (baht)",
      kind: "money",
      value: (p) => planned(p).affordableMonthlySatang,
    },
    {
      key: "interestBefore",
      th: "ดอกเบี้ยก่อนปรับ (บาท)",
      en: "Interest before (baht)",
      kind: "money",
      value: (p) => planned(p).interestBeforeSatang,
    },
    {
      key: "interestAfter",
      th: "ดอกเบี้ยหลังปรับ (บาท)",
      en: "Interest after (baht)",
      kind: "money",
      value: (p) => planned(p).interestAfterSatang,
    },
    {
      key: "interestSaved",
      th: "ดอกเบี้ยที่ประหยัดได้ (บาท)",
      en: "Interest saved (baht)",
      kind: "money",
      value: (p) => planned(p).interestSavedSatang,
    },
    {
      key: "plannedDebtFreeOn",
      th: "วันปลดหนี้ตามแผน",
      en: "Planned debt-free date",
      kind: "date",
      value: (p) => planned(p).debtFreeOn,
    },
    {
      key: "chairOverride",
      th: "อนุมัติโดยประธานเกินระเบียบ",
      en: "Approved with chair override",
      kind: "text",
      value: (p) => yesNo(language, p.approvedWithChairOverride),
    },
    { key: "executedOn", th: "วันที่จ่ายเงินกู้", en: "Executed on", kind: "date", value: (p) => p.executedOn },
    { key: "debtFreeOn", th: "วันที่ปลดหนี้", en: "Debt-free on", kind: "date", value: (p) => p.debtFreeOn },
    {
      key: "relapseFlags",
      th: "สัญญาณหนี้ซ้ำ",
      en: "Relapse flags",
      kind: "int",
      value: (p) => p.relapseFlags.length,
    },
    { key: "id", th: "รหัสแผน", en: "Plan ID", kind: "text", value: (p) => p.id },
  ];
}

export function exportDebtFree(deps: Deps, centreId: string): AsyncIterable<DebtFreeHousehold> {
  return pagedRows((cursor) => listDebtFree(deps, centreId, { limit: EXPORT_BATCH, cursor }));
}

export function debtFreeExportColumns(language?: ExportLanguage): ExportColumn<DebtFreeHousehold>[] {
  return [
    { key: "houseNo", th: "บ้านเลขที่", en: "House no.", kind: "text", value: (r) => r.houseNo },
    { key: "headName", th: "หัวหน้าครัวเรือน", en: "Household head", kind: "text", value: (r) => r.headName },
    { key: "debtFreeOn", th: "วันที่ปลดหนี้", en: "Debt-free on", kind: "date", value: (r) => r.debtFreeOn },
    { key: "watchEndsOn", th: "เฝ้าระวังถึง", en: "Watch ends on", kind: "date", value: (r) => r.watchEndsOn },
    {
      key: "status",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (r) => inLanguage(language, PLAN_STATUS_NAMES[r.status]),
    },
    { key: "relapseFlags", th: "สัญญาณหนี้ซ้ำ", en: "Relapse flags", kind: "int", value: (r) => r.relapseFlags },
    { key: "planId", th: "รหัสแผน", en: "Plan ID", kind: "text", value: (r) => r.planId },
  ];
}

export function exportWelfare(deps: Deps, centreId: string): AsyncIterable<WelfareView> {
  return pagedRows((cursor) => listWelfare(deps, centreId, { limit: EXPORT_BATCH, cursor }));
}

export function welfareExportColumns(language?: ExportLanguage): ExportColumn<WelfareView>[] {
  return [
    { key: "requestedOn", th: "วันที่ยื่นคำขอ", en: "Requested on", kind: "date", value: (w) => w.requestedOn },
    {
      key: "type",
      th: "ประเภทสวัสดิการ",
      en: "Welfare type",
      kind: "text",
      value: (w) => inLanguage(language, WELFARE_TYPE_NAMES[w.welfareType]),
    },
    {
      key: "beneficiary",
      th: "ผู้รับสวัสดิการ",
      en: "Beneficiary",
      kind: "text",
      value: (w) => w.beneficiaryName,
    },
    { key: "amount", th: "จำนวนเงิน (บาท)", en: "Amount (baht)", kind: "money", value: (w) => w.amountSatang },
    { key: "reason", th: "เหตุผล", en: "Reason", kind: "text", value: (w) => w.reason },
    {
      key: "status",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (w) => inLanguage(language, WELFARE_STATUS_NAMES[w.status]),
    },
    { key: "decidedOn", th: "วันที่พิจารณา", en: "Decided on", kind: "date", value: (w) => w.decidedOn },
    { key: "paidOn", th: "วันที่จ่าย", en: "Paid on", kind: "date", value: (w) => w.paidOn },
    { key: "fundId", th: "รหัสกองทุนที่จ่าย", en: "Paying fund ID", kind: "text", value: (w) => w.fundId },
    {
      key: "journalEntryId",
      th: "รหัสรายการบัญชี",
      en: "Journal entry ID",
      kind: "text",
      value: (w) => w.journalEntryId,
    },
    { key: "id", th: "รหัสสวัสดิการ", en: "Welfare ID", kind: "text", value: (w) => w.id },
  ];
}
