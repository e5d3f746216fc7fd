// Tests for projecting an old debt under its own terms: periods, monthly equivalents and remaining interest, worked by hand.
import { describe, expect, it } from "vitest";
import { debtEffectiveRate, monthlyEquivalent, periodsBetween, projectDebt } from "./debt-projection";
import { buildDebt } from "./debt-test-fixture";

describe("periodsBetween", () => {
  it.each([
    ["2026-01-31", "2026-03-31", "monthly", 2],
    ["2026-01-31", "2026-04-01", "monthly", 3], // a partial last month counts
    ["2026-01-31", "2026-01-31", "monthly", 0],
    ["2026-01-01", "2026-01-25", "daily", 24],
    ["2026-01-01", "2026-01-11", "weekly", 2],
    ["2025-01-15", "2030-01-15", "yearly", 5],
    ["2025-01-15", "2026-01-15", "quarterly", 4],
    ["2026-03-01", "2026-02-01", "daily", 0],
  ] as const)("%s → %s %s = %i", (from, to, frequency, n) => {
    expect(periodsBetween(from, to, frequency)).toBe(n);
  });
});

describe("monthlyEquivalent", () => {
  it.each([
    // 50 baht a day × 365 ÷ 12 = 1,520.8333 → 1,520.83 baht.
    [5_000, "daily", 152_083],
    // 1,000 baht a week × 52 ÷ 12 = 4,333.33.
    [100_000, "weekly", 433_333],
    [100_000, "monthly", 100_000],
    // 5,000 a quarter ÷ 3 = 1,666.666… → 1,666.67 (half up).
    [500_000, "quarterly", 166_667],
    [2_200_000, "yearly", 183_333],
  ] as const)("%i satang %s = %i a month", (amount, frequency, monthly) => {
    expect(monthlyEquivalent(amount, frequency)).toBe(monthly);
  });
});

describe("projectDebt, balance bases", () => {
  it("interest only at 10 % a month with no end: 2,000 baht a month over the plan's 6 months", () => {
    // 20,000 × 10 % = 2,000 a month; 6 months = 12,000 baht of interest, then the principal.
    const p = projectDebt(buildDebt(), "2026-02-01", 6);
    expect(p).toEqual({
      remainingInterestSatang: 1_200_000,
      remainingPaymentsSatang: 3_200_000,
      periods: 6,
      endsOn: "2026-08-01",
      horizon: "plan_term",
      monthlyEquivalentSatang: 200_000,
    });
  });

  it("a declining loan at 2 % a month repaid 3,000 a month clears in 4 months with 459.50 baht interest", () => {
    // 10,000: int 200.00 → 7,200; int 144.00 → 4,344; int 86.88 → 1,430.88; int 28.6176 → 28.62, the
    // last payment 1,459.50 clears it. Interest 200 + 144 + 86.88 + 28.62 = 459.50.
    const debt = buildDebt({
      originalPrincipalSatang: 1_000_000,
      outstandingSatang: 1_000_000,
      rateBp: 200,
      instalmentSatang: 300_000,
      endOn: "2027-02-01",
    });
    const p = projectDebt(debt, "2026-02-01", 60);
    expect(p.remainingInterestSatang).toBe(45_950);
    expect(p.periods).toBe(4);
    expect(p.endsOn).toBe("2026-06-01");
    expect(p.horizon).toBe("own_end");
  });

  it("an instalment below the interest lets the balance grow, as a money-lender adds it", () => {
    // 10,000 at 10 %: int 1,000, pay 500 → 10,500; int 1,050, pay 500 → 11,050; int 1,105, pay 12,155.
    const debt = buildDebt({
      originalPrincipalSatang: 1_000_000,
      outstandingSatang: 1_000_000,
      instalmentSatang: 50_000,
      endOn: "2026-05-01",
    });
    const p = projectDebt(debt, "2026-02-01", 60);
    expect(p.remainingInterestSatang).toBe(315_500);
    expect(p.remainingPaymentsSatang).toBe(1_315_500);
    expect(p.periods).toBe(3);
  });

  it("a yearly BAAC loan at 7 % charges 7 % of the balance each year", () => {
    // 80,000: int 5,600, pay 22,000 → 63,600; int 4,452 → 46,052; int 3,223.64 → 27,275.64;
    // int 1,909.29 (1,909.2948) → last payment clears. Total 15,184.93 baht.
    const debt = buildDebt({
      creditorType: "baac",
      originalPrincipalSatang: 10_000_000,
      outstandingSatang: 8_000_000,
      rateBp: 700,
      rateBasis: "per_year",
      instalmentSatang: 2_200_000,
      instalmentFrequency: "yearly",
      endOn: "2030-01-15",
    });
    const p = projectDebt(debt, "2026-01-15", 60);
    expect(p.remainingInterestSatang).toBe(560_000 + 445_200 + 322_364 + 190_929);
    expect(p.periods).toBe(4);
    expect(p.monthlyEquivalentSatang).toBe(183_333);
  });

  it("a cleared debt costs nothing", () => {
    const p = projectDebt(buildDebt({ outstandingSatang: 0 }), "2026-02-01", 12);
    expect(p.remainingInterestSatang).toBe(0);
    expect(p.horizon).toBe("cleared");
  });
});

describe("projectDebt, flat bases", () => {
  const shop = buildDebt({
    creditorType: "shop",
    originalPrincipalSatang: 1_500_000,
    outstandingSatang: 750_000,
    rateBp: 150,
    rateBasis: "flat_per_month",
    instalmentSatang: 147_500,
    startOn: "2025-07-01",
    endOn: "2026-07-01",
  });

  it("charges the add-on on the original principal for each remaining period", () => {
    // 15,000 × 1.5 % = 225 baht a month whatever has been repaid; 2026-02-01 → 2026-07-01 = 5 months
    // → 1,125 baht of add-on still to pay.
    const p = projectDebt(shop, "2026-02-01", 60);
    expect(p.remainingInterestSatang).toBe(112_500);
    expect(p.periods).toBe(5);
    expect(p.endsOn).toBe("2026-07-01");
    expect(p.monthlyEquivalentSatang).toBe(147_500);
  });

  it("a flat debt past its end has no add-on left", () => {
    const p = projectDebt(shop, "2026-08-01", 60);
    expect(p.remainingInterestSatang).toBe(0);
    expect(p.horizon).toBe("matured_flat");
  });

  it("the effective rate of a flat debt uses its whole term (12 months here)", () => {
    // 1.5 % a month flat over 12 months: the same equation as the 1 % example with 18 % add-on → 36.76 %.
    expect(debtEffectiveRate(shop).effectiveAnnualBp).toBe(3_676);
  });

  it("เงินกู้รายวัน: 20 % for 24 days, 600 baht left on 2026-01-10 → 15 days of 8.33 baht add-on", () => {
    const daily = buildDebt({
      originalPrincipalSatang: 100_000,
      outstandingSatang: 60_000,
      rateBp: 2_000,
      rateBasis: "flat_per_term",
      instalmentSatang: 5_000,
      instalmentFrequency: "daily",
      startOn: "2026-01-01",
      endOn: "2026-01-25",
    });
    // 1,000 × 20 % = 200 over 24 days; 15 days remain → 200 × 15 / 24 = 125 baht.
    expect(projectDebt(daily, "2026-01-10", 60).remainingInterestSatang).toBe(12_500);
    expect(debtEffectiveRate(daily).effectiveAnnualBp).toBe(2_391_810);
  });
});
