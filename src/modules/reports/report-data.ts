// What every report shares: the area (scope, level, names from the province down), the period, and the
// figures of each กข.คจ. fund in the area as of the period's date.
import type { Deps } from "../../platform/deps";
import { ancestry, levelOfCode } from "../../shared/area-code";
import { assertInScope, requirePermission } from "../../shared/authorization";
import { findAreas } from "../geography/index";
import { AREA, reportErrors } from "./report-errors";
import {
  checkReportLevel,
  type FundFigures,
  fundFigures,
  type LoanFacts,
  NO_BALANCES,
  type ReportKind,
  type ReportPeriod,
  resolvePeriod,
} from "./report-rules";
import {
  type ReportFundRow,
  selectFundBalances,
  selectLoanFacts,
  selectReportFunds,
} from "./reports.repository";

export const REPORT_TITLES: Record<ReportKind, { th: string; en: string }> = {
  "26-1-village": {
    th: "แบบรายงานภาวะหนี้สินและฐานะการเงิน กข.คจ. ระดับหมู่บ้าน (แบบ 26(1))",
    en: "กข.คจ. debt and financial position, village (form 26(1))",
  },
  "26-1-district": {
    th: "แบบรายงานภาวะหนี้สินและฐานะการเงิน กข.คจ. สรุประดับอำเภอ (แบบ 26(1))",
    en: "กข.คจ. debt and financial position, district summary (form 26(1))",
  },
  "26-2-province": {
    th: "แบบรายงานภาวะหนี้สินและฐานะการเงิน กข.คจ. สรุประดับจังหวัด (แบบ 26(2))",
    en: "กข.คจ. debt and financial position, province summary (form 26(2))",
  },
  "27": {
    th: "แบบรายงานฐานข้อมูลหมู่บ้านและครัวเรือนเป้าหมาย (ข้อ 27)",
    en: "Village and target household database (ข้อ 27)",
  },
  problems: {
    th: "รายงานสภาพปัญหาการบริหารเงินทุน กข.คจ.",
    en: "กข.คจ. fund management problems",
  },
};

export interface AreaRef {
  code: string;
  level: string;
  nameTh: string;
  nameEn: string | null;
}

export interface ReportHeader {
  report: ReportKind;
  titleTh: string;
  titleEn: string;
  area: AreaRef;
  areaPath: AreaRef[];
  fiscalYear: number;
  from: string;
  asOf: string;
}

export interface ReportInput {
  areaCode: string;
  fiscalYear?: string | undefined;
  asOf?: string | undefined;
}

/**
 * Permission, scope (an area outside the actor's is "not found"), the report's level (400), the area itself
 * (404 when no such code) and the period (400 for a bad or future date).
 */
export async function loadReportHeader(
  deps: Deps,
  kind: ReportKind,
  input: ReportInput,
): Promise<ReportHeader> {
  requirePermission(deps.actor, "ledger.read");
  assertInScope(deps.actor, input.areaCode, AREA);
  const problem = checkReportLevel(kind, levelOfCode(input.areaCode), input.areaCode);
  if (problem) throw problem;
  const found = await findAreas(deps.db, ancestry(input.areaCode));
  const byCode = new Map(found.map((a) => [a.code, a]));
  const self = byCode.get(input.areaCode);
  if (!self) throw reportErrors.areaNotFound();
  const period = resolvePeriod(input, deps.clock.today());
  const ref = (a: (typeof found)[number]): AreaRef => ({
    code: a.code,
    level: a.level,
    nameTh: a.nameTh,
    nameEn: a.nameEn,
  });
  return {
    report: kind,
    titleTh: REPORT_TITLES[kind].th,
    titleEn: REPORT_TITLES[kind].en,
    area: ref(self),
    areaPath: ancestry(input.areaCode)
      .map((c) => byCode.get(c))
      .filter((a) => a !== undefined)
      .map(ref),
    fiscalYear: period.fiscalYear,
    from: period.from,
    asOf: period.asOf,
  };
}

export const periodOf = (h: ReportHeader): ReportPeriod => ({
  fiscalYear: h.fiscalYear,
  from: h.from,
  asOf: h.asOf,
});

export interface AreaFund {
  fund: ReportFundRow;
  loans: LoanFacts[];
  figures: FundFigures;
}

/** Each กข.คจ. fund of the area with its loans and figures as of the period's date, in village-code order. */
export async function loadAreaFunds(deps: Deps, prefix: string, period: ReportPeriod): Promise<AreaFund[]> {
  // One statement at a time: inside a transaction the queries share one connection.
  const funds = await selectReportFunds(deps.db, prefix, period.asOf);
  if (funds.length === 0) return [];
  const balances = await selectFundBalances(deps.db, prefix, period.asOf);
  const loans = await selectLoanFacts(deps.db, prefix, period);
  const loansByFund = new Map<string, LoanFacts[]>();
  for (const loan of loans) {
    const list = loansByFund.get(loan.fundId);
    if (list) list.push(loan);
    else loansByFund.set(loan.fundId, [loan]);
  }
  return funds.map((fund) => {
    const fundLoans = loansByFund.get(fund.fundId) ?? [];
    return {
      fund,
      loans: fundLoans,
      figures: fundFigures(
        fund.originalCapitalSatang,
        balances.get(fund.fundId) ?? NO_BALANCES,
        fundLoans,
        period,
      ),
    };
  });
}

export const fundRef = (f: ReportFundRow) => ({
  fundId: f.fundId,
  fundName: f.fundName,
  villageCode: f.villageCode,
  villageName: f.villageName,
  subdistrictName: f.subdistrictName,
});
