// Test support only (imported by *.test.ts): surveys, debts and member funds with good defaults, overridable per test.
import type { MemberFund } from "./debt-planner";
import type { DebtSurvey, SurveyDebt } from "./debt-survey";

export function buildDebt(overrides: Partial<SurveyDebt> = {}): SurveyDebt {
  return {
    debtId: "d1",
    creditorName: "นายทุนในหมู่บ้าน",
    creditorType: "money_lender",
    originalPrincipalSatang: 2_000_000,
    outstandingSatang: 2_000_000,
    arrearsSatang: 0,
    rateBp: 1_000,
    rateBasis: "per_month",
    instalmentFrequency: "monthly",
    purpose: "ค่าปุ๋ยและเมล็ดพันธุ์",
    startOn: "2025-06-01",
    ...overrides,
  };
}

export function buildSurvey(overrides: Partial<DebtSurvey> = {}): DebtSurvey {
  return {
    householdId: "household-1",
    surveyedOn: "2026-01-10",
    monthlyIncomeSatang: 1_500_000,
    monthlyExpensesSatang: 900_000,
    debts: [buildDebt()],
    ...overrides,
  };
}

export function buildFund(overrides: Partial<MemberFund> = {}): MemberFund {
  return {
    fundId: "f1",
    name: "กองทุนหมู่บ้านเชียงยืน",
    availableCashSatang: 10_000_000,
    maxLoanSatang: 5_000_000,
    maxTermMonths: 60,
    mayRefinance: true,
    ...overrides,
  };
}

/** บ้านบัวชัย-like centre: 27 member funds, about 3,000,000 baht between them (seed article, Nan). */
export function nanCentreFunds(): MemberFund[] {
  return Array.from({ length: 27 }, (_, k) =>
    buildFund({
      fundId: `fund-${String(k + 1).padStart(2, "0")}`,
      name: `กองทุนที่ ${k + 1}`,
      // 27 funds summing to 3,000,000 baht: 111,111.11 baht each, the last one 3 satang more.
      availableCashSatang: k === 26 ? 11_111_114 : 11_111_111,
      maxLoanSatang: 5_000_000,
      maxTermMonths: 60,
      mayRefinance: k % 9 !== 8,
    }),
  );
}

/** Twelve debts of every basis and creditor type, as a heavily indebted household might report. */
export function twelveDebts(): SurveyDebt[] {
  const base = { arrearsSatang: 0, purpose: "ลงทุนทำการเกษตร", startOn: "2025-01-15" };
  return [
    {
      ...base,
      debtId: "d01",
      creditorName: "นายทุน ก",
      creditorType: "money_lender",
      originalPrincipalSatang: 3_000_000,
      outstandingSatang: 3_000_000,
      rateBp: 1_000,
      rateBasis: "per_month",
      instalmentFrequency: "monthly",
    },
    {
      ...base,
      debtId: "d02",
      creditorName: "นายทุน ข",
      creditorType: "money_lender",
      originalPrincipalSatang: 100_000,
      outstandingSatang: 60_000,
      rateBp: 2_000,
      rateBasis: "flat_per_term",
      instalmentSatang: 5_000,
      instalmentFrequency: "daily",
      startOn: "2026-01-01",
      endOn: "2026-01-25",
    },
    {
      ...base,
      debtId: "d03",
      creditorName: "ร้านวัสดุการเกษตร",
      creditorType: "shop",
      originalPrincipalSatang: 1_500_000,
      outstandingSatang: 900_000,
      rateBp: 150,
      rateBasis: "flat_per_month",
      instalmentSatang: 97_500,
      instalmentFrequency: "monthly",
      endOn: "2026-09-15",
    },
    {
      ...base,
      debtId: "d04",
      creditorName: "ญาติ",
      creditorType: "relative",
      originalPrincipalSatang: 1_000_000,
      outstandingSatang: 1_000_000,
      rateBp: 0,
      rateBasis: "per_year",
      instalmentFrequency: "yearly",
    },
    {
      ...base,
      debtId: "d05",
      creditorName: "ธ.ก.ส.",
      creditorType: "baac",
      originalPrincipalSatang: 10_000_000,
      outstandingSatang: 8_000_000,
      rateBp: 700,
      rateBasis: "per_year",
      instalmentSatang: 2_200_000,
      instalmentFrequency: "yearly",
      endOn: "2030-01-15",
    },
    {
      ...base,
      debtId: "d06",
      creditorName: "ธนาคารออมสิน",
      creditorType: "bank",
      originalPrincipalSatang: 5_000_000,
      outstandingSatang: 4_500_000,
      rateBp: 550,
      rateBasis: "per_year",
      instalmentSatang: 120_000,
      instalmentFrequency: "monthly",
      endOn: "2029-06-15",
    },
    {
      ...base,
      debtId: "d07",
      creditorName: "สหกรณ์การเกษตร",
      creditorType: "cooperative",
      originalPrincipalSatang: 3_000_000,
      outstandingSatang: 2_000_000,
      rateBp: 900,
      rateBasis: "per_year",
      instalmentSatang: 100_000,
      instalmentFrequency: "monthly",
      endOn: "2027-12-15",
    },
    {
      ...base,
      debtId: "d08",
      creditorName: "กองทุนหมู่บ้าน",
      creditorType: "community_fund",
      communityFundId: "fund-01",
      originalPrincipalSatang: 2_000_000,
      outstandingSatang: 1_500_000,
      rateBp: 600,
      rateBasis: "per_year",
      instalmentSatang: 500_000,
      instalmentFrequency: "quarterly",
      endOn: "2026-12-15",
    },
    {
      ...base,
      debtId: "d09",
      creditorName: "นายทุน ค",
      creditorType: "money_lender",
      originalPrincipalSatang: 500_000,
      outstandingSatang: 650_000,
      arrearsSatang: 150_000,
      rateBp: 50,
      rateBasis: "per_day",
      instalmentFrequency: "weekly",
    },
    {
      ...base,
      debtId: "d10",
      creditorName: "ร้านทอง",
      creditorType: "shop",
      originalPrincipalSatang: 800_000,
      outstandingSatang: 400_000,
      rateBp: 300,
      rateBasis: "per_month",
      instalmentSatang: 100_000,
      instalmentFrequency: "monthly",
      endOn: "2026-06-15",
    },
    {
      ...base,
      debtId: "d11",
      creditorName: "กลุ่มออมทรัพย์",
      creditorType: "community_fund",
      communityFundId: "fund-02",
      originalPrincipalSatang: 1_000_000,
      outstandingSatang: 800_000,
      rateBp: 100,
      rateBasis: "per_month",
      instalmentSatang: 100_000,
      instalmentFrequency: "monthly",
      endOn: "2026-10-15",
    },
    {
      ...base,
      debtId: "d12",
      creditorName: "ไฟแนนซ์รถ",
      creditorType: "bank",
      originalPrincipalSatang: 4_000_000,
      outstandingSatang: 2_500_000,
      rateBp: 350,
      rateBasis: "flat_per_year",
      instalmentSatang: 128_000,
      instalmentFrequency: "monthly",
      endOn: "2028-01-15",
    },
  ];
}
