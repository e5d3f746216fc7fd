// The report maths: the period, each loan as of a date, a fund's position, the missing fund, totals and problem reasons.
import { describe, expect, it } from "vitest";
import {
  borrowerLines,
  checkReportLevel,
  fundFigures,
  isDefaultingAsOf,
  type LoanFacts,
  missingFund,
  problemReasons,
  type ReportPeriod,
  resolvePeriod,
  sumFigures,
} from "./report-rules";

const FY67: ReportPeriod = { fiscalYear: 2567, from: "2023-10-01", asOf: "2024-06-15" };

function loan(over: Partial<LoanFacts> = {}): LoanFacts {
  return {
    loanId: "l1",
    fundId: "f1",
    householdId: "h1",
    borrowerName: "นางสมศรี ใจงาม",
    loanNo: "1/2567",
    borrowRound: 1,
    disbursedOn: "2023-11-01",
    principalSatang: 2_000_000,
    repaidPrincipalSatang: 0,
    receivedInYearSatang: 0,
    writtenOffSatang: 0,
    oldestUnpaidDueOn: "2024-07-01",
    ...over,
  };
}

describe("resolvePeriod", () => {
  const today = "2024-06-15";
  it("defaults to today in the current fiscal year, and to 30 September for a past year", () => {
    expect(resolvePeriod({}, today)).toEqual({ fiscalYear: 2567, from: "2023-10-01", asOf: "2024-06-15" });
    expect(resolvePeriod({ fiscalYear: "2566" }, today)).toEqual({
      fiscalYear: 2566,
      from: "2022-10-01",
      asOf: "2023-09-30",
    });
    expect(resolvePeriod({ fiscalYear: "2567" }, "2024-09-30").asOf).toBe("2024-09-30");
  });
  it("takes the fiscal year of an as-of date, October included", () => {
    expect(resolvePeriod({ asOf: "2023-10-01" }, today)).toEqual({
      fiscalYear: 2567,
      from: "2023-10-01",
      asOf: "2023-10-01",
    });
    expect(resolvePeriod({ asOf: "2023-09-30", fiscalYear: "2566" }, today).fiscalYear).toBe(2566);
  });
  it("refuses bad, future, too early and inconsistent values", () => {
    const code = (input: Parameters<typeof resolvePeriod>[0]) => {
      try {
        resolvePeriod(input, today);
      } catch (e) {
        return (e as { code: string }).code;
      }
      return null;
    };
    expect(code({ fiscalYear: "2568" })).toBe("report.fiscal_year_invalid");
    expect(code({ fiscalYear: "2536" })).toBe("report.fiscal_year_invalid");
    expect(code({ fiscalYear: "๒๕๖๗" })).toBe("report.fiscal_year_invalid");
    expect(code({ asOf: "2024-02-30" })).toBe("report.as_of_invalid");
    expect(code({ asOf: "1990-01-01" })).toBe("report.as_of_invalid");
    expect(code({ asOf: "2024-06-16" })).toBe("report.as_of_in_future");
    expect(code({ asOf: "2024-06-01", fiscalYear: "2566" })).toBe("report.as_of_outside_year");
  });
});

describe("a loan as of a date", () => {
  it("is defaulting from 366 days after its oldest unpaid due date, and only while something is owed", () => {
    const l = loan({ oldestUnpaidDueOn: "2023-06-15" });
    expect(isDefaultingAsOf(l, "2024-06-14")).toBe(false);
    expect(isDefaultingAsOf(l, "2024-06-15")).toBe(true);
    expect(isDefaultingAsOf({ ...l, repaidPrincipalSatang: 2_000_000 }, "2025-01-01")).toBe(false);
    expect(isDefaultingAsOf({ ...l, oldestUnpaidDueOn: null }, "2025-01-01")).toBe(false);
  });

  it("lists loans owed, paid out this year or repaid this year; not a loan cleared in an earlier year", () => {
    const lines = borrowerLines(
      [
        loan({ loanId: "owed", disbursedOn: "2021-01-01", repaidPrincipalSatang: 500_000 }),
        loan({ loanId: "cleared-before", disbursedOn: "2021-01-01", repaidPrincipalSatang: 2_000_000 }),
        loan({
          loanId: "cleared-now",
          disbursedOn: "2021-01-01",
          repaidPrincipalSatang: 2_000_000,
          receivedInYearSatang: 100,
        }),
        loan({ loanId: "written-off", disbursedOn: "2021-01-01", writtenOffSatang: 2_000_000 }),
        loan({ loanId: "new", disbursedOn: "2024-01-05", borrowerName: "ก" }),
      ],
      FY67,
    );
    expect(lines.map((l) => [l.loanId, l.outstandingSatang])).toEqual([
      ["cleared-now", 0],
      ["owed", 1_500_000],
      ["new", 2_000_000],
    ]);
  });
});

describe("fundFigures", () => {
  const balances = {
    bankSatang: 20_000_000,
    cashSatang: 4_000_000,
    otherAssetsSatang: 100_000,
    loansReceivableSatang: 3_500_000,
  };
  const loans = [
    loan({ loanId: "a", householdId: "h1", repaidPrincipalSatang: 500_000, receivedInYearSatang: 500_000 }),
    loan({
      loanId: "b",
      householdId: "h1",
      borrowRound: 2,
      principalSatang: 1_000_000,
      disbursedOn: "2022-01-01",
      oldestUnpaidDueOn: "2022-06-01",
    }),
    loan({
      loanId: "c",
      householdId: null,
      principalSatang: 1_000_000,
      repaidPrincipalSatang: 1_000_000,
      disbursedOn: "2021-01-01",
    }),
  ];

  it("takes money from the journal, debts from the loans, and reconciles them", () => {
    const f = fundFigures(28_000_000, balances, loans, FY67);
    expect(f).toEqual({
      originalCapitalSatang: 28_000_000,
      borrowers: 1,
      loans: 2,
      lentSatang: 3_000_000,
      repaidSatang: 500_000,
      outstandingSatang: 2_500_000,
      bankSatang: 20_000_000,
      cashOtherSatang: 4_100_000,
      totalFundSatang: 27_600_000,
      receivedInYearSatang: 500_000,
      nonDefaultingBorrowers: 1,
      nonDefaultingSatang: 1_500_000,
      defaultingHouseholds: 1,
      defaultingSatang: 1_000_000,
      // 280,000 − (200,000 + (35,000 − 10,000) + 40,000): other assets are not counted (domain §4.8).
      missingSatang: 1_500_000,
      unreconciledSatang: 1_000_000,
    });
    expect(f.totalFundSatang).toBe(f.bankSatang + balances.loansReceivableSatang + f.cashOtherSatang);
  });

  it("never reports a negative missing fund", () => {
    expect(missingFund(28_000_000, 30_000_000, 0, 0)).toBe(0);
    expect(missingFund(28_000_000, 20_000_000, 5_000_000, 2_000_000)).toBe(1_000_000);
  });

  it("sums rows column by column and refuses totals beyond the safe range", () => {
    const f = fundFigures(28_000_000, balances, loans, FY67);
    const total = sumFigures([f, f, f]);
    expect(total.totalFundSatang).toBe(3 * f.totalFundSatang);
    expect(total.borrowers).toBe(3);
    expect(sumFigures([])).toMatchObject({ totalFundSatang: 0, borrowers: 0 });
    expect(() => sumFigures([{ ...f, bankSatang: Number.MAX_SAFE_INTEGER }, f])).toThrow(RangeError);
  });

  it("names the problems: missing money, defaults, no committee in office", () => {
    const f = fundFigures(28_000_000, balances, loans, FY67);
    expect(problemReasons(f, false)).toEqual([
      "missing_fund",
      "defaulted_households",
      "committee_term_expired",
    ]);
    const healthy = fundFigures(28_000_000, { ...balances, bankSatang: 30_000_000 }, [loans[0]!], FY67);
    expect(problemReasons(healthy, true)).toEqual([]);
  });
});

describe("checkReportLevel", () => {
  it("accepts each report's levels and refuses others with a Thai and an English message", () => {
    expect(checkReportLevel("27", "subdistrict", "400709")).toBeNull();
    expect(checkReportLevel("problems", "province", "40")).toBeNull();
    const e = checkReportLevel("26-1-village", "province", "40");
    expect(e?.code).toBe("report.wrong_level");
    expect(e?.messageTh).toContain("หมู่บ้าน");
    expect(e?.message).toContain("village");
    expect(checkReportLevel("26-2-province", null, "123")?.code).toBe("report.wrong_level");
  });
});
