// Test support only (document tests and the render timing): report models built by hand — an ordinary
// district, and a stress case with every Thai vowel and tone mark, an 80+ character name and 999,999,999.99.
import type {
  DatabaseReport,
  DistrictDebtReport,
  ProblemReport,
  ProvinceDebtReport,
  VillageDebtReport,
} from "./contracts";
import type { AreaRef, ReportHeader } from "./report-data";
import { REPORT_TITLES } from "./report-data";
import { type FundFigures, type ReportKind, sumFigures } from "./report-rules";

export const MARKS_NAME = "ปิ่น ปั้น ปื๊ด ฐู่ ญี่ ฎุ้ ป๋ำ กั๊ก เปี๊ยะ ฟื้น ฝ๋อ ศักดิ์ ฤๅษี";
export const LONG_NAME = "นางสาวปิ่นแก้วมณีรัตน์ ชื่นฉ่ำวงศ์ประเสริฐศักดิ์สิทธิ์ ณ ป้อมเพ็ชร์ศรีสุวรรณภูมิมหานครบวรรัตนโกสินทร์";
export const MAX_AMOUNT = 99_999_999_999;

const PROVINCE: AreaRef = { code: "40", level: "province", nameTh: "ขอนแก่น", nameEn: "Khon Kaen" };
const DISTRICT: AreaRef = { code: "4007", level: "district", nameTh: "น้ำพอง", nameEn: "Nam Phong" };
const SUBDISTRICT: AreaRef = { code: "400709", level: "subdistrict", nameTh: "ทรายมูล", nameEn: null };
const VILLAGE: AreaRef = { code: "40070908", level: "village", nameTh: "บ้านดอกกระเจียว", nameEn: null };

function header(kind: ReportKind, path: AreaRef[]): ReportHeader {
  return {
    report: kind,
    titleTh: REPORT_TITLES[kind].th,
    titleEn: REPORT_TITLES[kind].en,
    area: path[path.length - 1]!,
    areaPath: path,
    fiscalYear: 2567,
    from: "2023-10-01",
    asOf: "2024-09-30",
  };
}

export function figures(seed: number, stress = false): FundFigures {
  const big = (n: number) => (stress ? MAX_AMOUNT : n);
  const bank = 15_000_000 + seed * 137_00;
  const cash = 1_250_050 + seed * 11_00;
  const outstanding = 11_749_950 - seed * 148_00;
  return {
    originalCapitalSatang: 28_000_000,
    borrowers: 8 + (seed % 5),
    loans: 9 + (seed % 5),
    lentSatang: big(14_000_000 + seed * 500_00),
    repaidSatang: big(2_250_050 + seed * 1_00),
    outstandingSatang: big(outstanding),
    bankSatang: big(bank),
    cashOtherSatang: big(cash),
    totalFundSatang: big(bank + cash + outstanding),
    receivedInYearSatang: big(4_500_000 + seed * 99_00),
    nonDefaultingBorrowers: 7,
    nonDefaultingSatang: big(outstanding - 1_500_000),
    defaultingHouseholds: seed % 3 === 0 ? 1 : 0,
    defaultingSatang: big(seed % 3 === 0 ? 1_500_000 : 0),
    missingSatang: big(seed % 3 === 0 ? 1_500_000 + seed * 10_00 : 0),
    unreconciledSatang: 0,
  };
}

const VILLAGE_NAMES = [
  "บ้านดอกกระเจียว",
  "บ้านหนองแสง",
  "บ้านโนนสวรรค์",
  "บ้านหัวนา",
  "บ้านโคกใหญ่",
  "บ้านท่าศาลา",
  "บ้านป่าเป้า",
  "บ้านศรีสุข",
];

function villages(count: number, stress: boolean) {
  return Array.from({ length: count }, (_, i) => ({
    fundId: `00000000-0000-7000-8000-${String(i).padStart(12, "0")}`,
    fundName: `กองทุน กข.คจ. ${VILLAGE_NAMES[i % VILLAGE_NAMES.length]}`,
    villageCode: `400709${String(i + 1).padStart(2, "0")}`,
    villageName:
      stress && i === 1
        ? LONG_NAME
        : stress && i === 2
          ? MARKS_NAME
          : VILLAGE_NAMES[i % VILLAGE_NAMES.length]!,
    subdistrictName: "ทรายมูล",
    figures: figures(i, stress),
  }));
}

export function sampleVillageReport(stress = false): VillageDebtReport {
  const names = ["นางสมศรี ใจงาม", "นายบุญมา ศรีสุข", "นางคำปุน ศรีหาบุตร", "นายทองใบ ใจดี", "นางสาวอรอุมา บุญเรือง"];
  const lines = Array.from({ length: stress ? 40 : 5 }, (_, i) => ({
    loanId: `l${i}`,
    householdId: `h${i}`,
    borrowerName: stress ? (i % 2 === 0 ? MARKS_NAME : LONG_NAME) : names[i]!,
    loanNo: `${i + 1}/2567`,
    borrowRound: 1 + (i % 3),
    receivedOn: `2023-1${i % 3}-0${1 + (i % 9)}`,
    lentSatang: stress ? MAX_AMOUNT : 1_000_000 + i * 500_000,
    repaidSatang: stress ? MAX_AMOUNT : 250_000 * i,
    outstandingSatang: stress ? MAX_AMOUNT : 1_000_000 + i * 250_000,
    isDefaulting: i === 3,
  }));
  return {
    ...header("26-1-village", [PROVINCE, DISTRICT, SUBDISTRICT, VILLAGE]),
    fund: {
      fundId: "f",
      fundName: stress ? `กองทุน กข.คจ. ${LONG_NAME}` : "กองทุน กข.คจ. บ้านดอกกระเจียว",
      villageCode: VILLAGE.code,
      villageName: VILLAGE.nameTh,
      subdistrictName: SUBDISTRICT.nameTh,
    },
    lines,
    figures: figures(0, stress),
    chairName: stress ? LONG_NAME : "นายบุญมี ทองคำ",
    workerName: stress ? MARKS_NAME : "นางสาวมาลี บุญมา",
    workerPosition: "พัฒนากรผู้รับผิดชอบตำบลทรายมูล",
  };
}

export function sampleDistrictReport(count = 8, stress = false): DistrictDebtReport {
  const rows = villages(count, stress);
  return {
    ...header("26-1-district", [PROVINCE, DISTRICT]),
    rows,
    totals: stress ? figures(0, true) : sumFigures(rows.map((r) => r.figures)),
  };
}

export function sampleProvinceReport(stress = false): ProvinceDebtReport {
  const districts = ["เมืองขอนแก่น", "บ้านฝาง", "พระยืน", "หนองเรือ", "ชุมแพ", "น้ำพอง", "อุบลรัตน์"];
  const rows = districts.map((name, i) => ({
    districtCode: `40${String(i + 1).padStart(2, "0")}`,
    districtName: stress && i === 0 ? LONG_NAME : name,
    funds: 10 + i,
    figures: sumFigures([figures(i, stress), figures(i + 1, stress)].slice(0, stress ? 1 : 2)),
  }));
  return {
    ...header("26-2-province", [PROVINCE]),
    funds: rows.reduce((n, r) => n + r.funds, 0),
    rows,
    totals: stress ? figures(0, true) : sumFigures(rows.map((r) => r.figures)),
  };
}

export function sampleDatabaseReport(stress = false): DatabaseReport {
  const rows = villages(8, stress).map((v, i) => ({
    ...v,
    targets: {
      targetHouseholds: 12 + i,
      targetPersons: 45 + i * 3,
      borrowedHouseholds: 9 + i,
      borrowedPersons: 33 + i,
      passingHouseholds: 4 + (i % 4),
      passingPersons: 15 + i,
    },
    developmentLevel: i % 4 === 3 ? null : 1 + (i % 3),
    supportingAgencies: stress && i === 0 ? LONG_NAME : i % 2 === 0 ? "อบต.ทรายมูล, ธ.ก.ส." : null,
  }));
  const targetTotals = {
    targetHouseholds: 0,
    targetPersons: 0,
    borrowedHouseholds: 0,
    borrowedPersons: 0,
    passingHouseholds: 0,
    passingPersons: 0,
  };
  for (const r of rows)
    for (const k of Object.keys(targetTotals) as (keyof typeof targetTotals)[])
      targetTotals[k] += r.targets[k];
  return {
    ...header("27", [PROVINCE, DISTRICT]),
    rows,
    totals: stress ? figures(0, true) : sumFigures(rows.map((r) => r.figures)),
    targetTotals,
  };
}

export function sampleProblemReport(stress = false): ProblemReport {
  const rows = villages(3, stress).map((v, i) => ({
    ...v,
    reasons: [
      { reason: "missing_fund" as const, nameTh: "เงินทุนขาดหาย", nameEn: "Missing fund" },
      ...(i === 1
        ? [
            {
              reason: "committee_term_expired" as const,
              nameTh: "ไม่มีคณะกรรมการที่อยู่ในวาระ",
              nameEn: "No committee in office",
            },
          ]
        : []),
    ],
    problemCause:
      i === 0
        ? "ผู้ยืมย้ายไปทำงานต่างจังหวัด ไม่สามารถติดต่อได้ และคณะกรรมการไม่ได้ติดตามทวงถามตามกำหนด"
        : stress
          ? LONG_NAME
          : null,
    problemRemedy: i === 0 ? "ติดตามทวงถาม ทำบันทึกรับสภาพหนี้ และประชุมคณะกรรมการทุกเดือน" : null,
  }));
  return {
    ...header("problems", [PROVINCE]),
    funds: 25,
    rows,
    totals: stress ? figures(0, true) : sumFigures(rows.map((r) => r.figures)),
    provinceName: PROVINCE.nameTh,
  };
}

export const emptyOf = {
  village: (): VillageDebtReport => ({ ...sampleVillageReport(), fund: null, lines: [], figures: null }),
  district: (): DistrictDebtReport => ({ ...sampleDistrictReport(0) }),
  problems: (): ProblemReport => ({ ...sampleProblemReport(), rows: [] }),
};
