// Report queries and the report-note calls: the JSON of each official report, and the officer's note per fund and year.
import { queryOptions } from "@tanstack/react-query";
import { api, request } from "../../lib/api";
import { currentBuddhistYear, todayIso } from "../../lib/format";

/** The current fiscal year (B.E.): October starts the next one. */
export function currentFiscalYear(): number {
  return currentBuddhistYear() + (Number(todayIso().slice(5, 7)) >= 10 ? 1 : 0);
}

export const REPORT_KINDS = ["26-1-village", "26-1-district", "26-2-province", "27", "problems"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Which area levels each report is made for (the server refuses others with 400). */
export const REPORT_LEVELS: Record<ReportKind, readonly string[]> = {
  "26-1-village": ["village"],
  "26-1-district": ["district"],
  "26-2-province": ["province"],
  "27": ["district", "subdistrict"],
  problems: ["province", "district"],
};

const PATHS: Record<ReportKind, string> = {
  "26-1-village": "/api/reports/26-1/village",
  "26-1-district": "/api/reports/26-1/district",
  "26-2-province": "/api/reports/26-2/province",
  "27": "/api/reports/27",
  problems: "/api/reports/problems",
};

export const reportPath = (kind: ReportKind, areaCode: string) =>
  `${PATHS[kind]}/${encodeURIComponent(areaCode)}`;

export interface Figures {
  originalCapitalSatang: number;
  borrowers: number;
  loans: number;
  lentSatang: number;
  repaidSatang: number;
  outstandingSatang: number;
  bankSatang: number;
  cashOtherSatang: number;
  totalFundSatang: number;
  receivedInYearSatang: number;
  nonDefaultingBorrowers: number;
  nonDefaultingSatang: number;
  defaultingHouseholds: number;
  defaultingSatang: number;
  missingSatang: number;
  unreconciledSatang: number;
}

interface AreaRef {
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

export interface FundRef {
  fundId: string;
  fundName: string;
  villageCode: string;
  villageName: string;
  subdistrictName: string;
}

export interface BorrowerLine {
  loanId: string;
  borrowerName: string;
  loanNo: string;
  borrowRound: number;
  receivedOn: string;
  lentSatang: number;
  repaidSatang: number;
  outstandingSatang: number;
  isDefaulting: boolean;
}

export interface TargetFigures {
  targetHouseholds: number;
  targetPersons: number;
  borrowedHouseholds: number;
  borrowedPersons: number;
  passingHouseholds: number;
  passingPersons: number;
}

export type VillageReport = ReportHeader & {
  report: "26-1-village";
  fund: FundRef | null;
  lines: BorrowerLine[];
  figures: Figures | null;
  chairName: string | null;
  workerName: string | null;
};
export type DistrictReport = ReportHeader & {
  report: "26-1-district";
  rows: Array<FundRef & { figures: Figures }>;
  totals: Figures;
};
export type ProvinceReport = ReportHeader & {
  report: "26-2-province";
  funds: number;
  rows: Array<{ districtCode: string; districtName: string; funds: number; figures: Figures }>;
  totals: Figures;
};
export type DatabaseReport = ReportHeader & {
  report: "27";
  rows: Array<
    FundRef & {
      figures: Figures;
      targets: TargetFigures;
      developmentLevel: number | null;
      supportingAgencies: string | null;
    }
  >;
  totals: Figures;
  targetTotals: TargetFigures;
};
export type ProblemReport = ReportHeader & {
  report: "problems";
  funds: number;
  rows: Array<
    FundRef & {
      figures: Figures;
      reasons: Array<{ reason: string; nameTh: string; nameEn: string }>;
      problemCause: string | null;
      problemRemedy: string | null;
    }
  >;
  totals: Figures;
};
export type AnyReport = VillageReport | DistrictReport | ProvinceReport | DatabaseReport | ProblemReport;

export const reportKeys = {
  all: ["reports"] as const,
  report: (kind: ReportKind, area: string, fiscalYear: number) =>
    [...reportKeys.all, kind, area, fiscalYear] as const,
  note: (fundId: string, fiscalYear: number) => [...reportKeys.all, "note", fundId, fiscalYear] as const,
};

export const reportQuery = (kind: ReportKind, area: string, fiscalYear: number) =>
  queryOptions({
    queryKey: reportKeys.report(kind, area, fiscalYear),
    queryFn: ({ signal }) => api.get<AnyReport>(reportPath(kind, area), { fiscalYear }, signal),
    enabled: area !== "",
    retry: false,
  });

export interface ReportNote {
  fundId: string;
  fiscalYear: number;
  developmentLevel: number | null;
  supportingAgencies: string | null;
  problemCause: string | null;
  problemRemedy: string | null;
  updatedAt: string | null;
}

const notePath = (fundId: string, fiscalYear: number) =>
  `/api/funds/${encodeURIComponent(fundId)}/report-notes/${fiscalYear}`;

export const reportNoteQuery = (fundId: string, fiscalYear: number) =>
  queryOptions({
    queryKey: reportKeys.note(fundId, fiscalYear),
    queryFn: ({ signal }) => api.get<ReportNote>(notePath(fundId, fiscalYear), undefined, signal),
  });

export type ReportNoteBody = Omit<ReportNote, "fundId" | "fiscalYear" | "updatedAt">;

export function saveReportNote(
  fundId: string,
  fiscalYear: number,
  body: ReportNoteBody,
): Promise<ReportNote> {
  return request<ReportNote>(notePath(fundId, fiscalYear), { method: "PUT", body });
}
