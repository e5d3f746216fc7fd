// Tests for the restructuring planner: order, fund allocation, consolidation, schedule, affordability, refusals, overrides, properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/errors";
import { CENTRE_PRODUCT, generateSchedule } from "../loans/index";
import {
  type PlanInput,
  planRestructuring,
  type RestructuringPlan,
  splitParticipations,
} from "./debt-planner";
import { projectDebt } from "./debt-projection";
import type { SurveyDebt } from "./debt-survey";
import { buildDebt, buildFund, buildSurvey, nanCentreFunds, twelveDebts } from "./debt-test-fixture";
import type { FieldIssue } from "./field-issues";

const plan = (input: Partial<PlanInput> = {}): RestructuringPlan =>
  planRestructuring({ survey: buildSurvey(), plannedOn: "2026-02-01", funds: [buildFund()], ...input });

const debtsOf = (p: RestructuringPlan) => p.debts.map((d) => [d.debtId, d.decision, d.order]);

function invalid(input: Partial<PlanInput>): { error: AppError; issues: FieldIssue[] } {
  try {
    plan(input);
  } catch (e) {
    if (e instanceof AppError) return { error: e, issues: (e.details as { issues: FieldIssue[] }).issues };
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("one money-lender debt refinanced by one fund", () => {
  // 20,000 baht at 10 % a month interest only; income 15,000 − expenses 9,000 = 6,000 net; 50 % → 3,000 a month.
  const p = plan();

  it("is proposed, with one contract from the fund on the shortest affordable term", () => {
    expect(p.outcome).toBe("proposed");
    expect(p.needsChairOverride).toBe(false);
    expect(p.contracts).toHaveLength(1);
    expect(p.affordableMonthlySatang).toBe(300_000);
    expect(p.monthlyPaymentSatang).toBeLessThanOrEqual(300_000);
    // One month shorter would not be affordable: the term is the shortest that fits.
    const shorter = generateSchedule({
      product: CENTRE_PRODUCT,
      principalSatang: 2_000_000,
      disbursedOn: "2026-02-01",
      scheduleType: "equal_instalments",
      instalmentCount: p.termMonths! - 1,
    });
    expect(Math.max(...shorter.instalments.map((i) => i.totalSatang))).toBeGreaterThan(300_000);
    expect(p.termMonths).toBe(7);
  });

  it("takes its schedule from the loan engine unchanged", () => {
    const engine = generateSchedule({
      product: CENTRE_PRODUCT,
      principalSatang: 2_000_000,
      disbursedOn: "2026-02-01",
      scheduleType: "equal_instalments",
      instalmentCount: 7,
    });
    expect(p.contracts[0]!.schedule).toEqual(engine);
    expect(p.debtFreeOn).toBe(engine.instalments[6]!.dueOn);
    expect(p.debtFreeOn).toBe("2026-09-01");
  });

  it("counts interest before (old terms over the same 7 months) and after, and the saving", () => {
    // Before: 2,000 baht a month for 7 months = 14,000 baht.
    expect(p.interestBeforeSatang).toBe(1_400_000);
    expect(p.interestAfterSatang).toBe(p.contracts[0]!.schedule.totalInterestSatang);
    expect(p.interestSavedSatang).toBe(1_400_000 - p.interestAfterSatang);
    expect(p.interestAfterSatang).toBeLessThan(50_000);
    expect(p.monthlyBeforeSatang).toBe(200_000);
  });

  it("explains every choice in Thai and English", () => {
    const d = p.debts[0]!;
    expect(d.decision).toBe("refinance");
    expect(d.reason.th).toContain("213.84%");
    expect(d.reason.th).toContain("หนี้นอกระบบ");
    expect(d.reason.en).toContain("above the centre's 6.17%");
    expect(p.termReason.en).toContain("shortest affordable");
    expect(p.consolidationReason.th).toContain("หนึ่งครัวเรือน หนึ่งสัญญา");
    expect(p.funds[0]!.reason.th).toContain("20,000.00");
    expect(p.summary.en).toContain("debt-free by 2026-09-01 (B.E. 01/09/2569)");
    expect(p.summary.th).toContain("ปลดหนี้ได้ภายใน 1 กันยายน 2569");
  });
});

describe("which debts, in which order", () => {
  const survey = buildSurvey({
    monthlyIncomeSatang: 5_000_000,
    debts: [
      buildDebt({
        debtId: "bank",
        creditorType: "bank",
        rateBp: 1_200,
        rateBasis: "per_year",
        outstandingSatang: 500_000,
      }),
      buildDebt({
        debtId: "coop-low",
        creditorType: "cooperative",
        rateBp: 500,
        rateBasis: "per_year",
        outstandingSatang: 500_000,
      }),
      buildDebt({
        debtId: "relative",
        creditorType: "relative",
        rateBp: 0,
        rateBasis: "per_year",
        outstandingSatang: 500_000,
      }),
      buildDebt({ debtId: "shop", creditorType: "shop", rateBp: 200, outstandingSatang: 500_000 }),
      buildDebt({
        debtId: "lender",
        creditorType: "money_lender",
        rateBp: 1_000,
        outstandingSatang: 500_000,
      }),
      buildDebt({ debtId: "paid", outstandingSatang: 0 }),
      buildDebt({
        debtId: "exactly-centre",
        creditorType: "cooperative",
        rateBp: 600,
        rateBasis: "per_year",
        outstandingSatang: 500_000,
      }),
    ],
  });
  const p = plan({ survey, funds: [buildFund({ availableCashSatang: 100_000_000 })] });

  it("refinances informal debts first, then by effective cost; keeps debts at or below the centre's rate", () => {
    expect(debtsOf(p)).toEqual([
      ["lender", "refinance", 1],
      ["shop", "refinance", 2],
      ["bank", "refinance", 3],
      ["coop-low", "keep_low_rate", null],
      ["relative", "keep_low_rate", null],
      ["paid", "cleared", null],
      ["exactly-centre", "keep_low_rate", null],
    ]);
    const low = p.debts.find((d) => d.debtId === "exactly-centre")!;
    expect(low.reason.th).toContain("ไม่สูงกว่าเงินกู้ของศูนย์");
    expect(low.reason.en).toContain("would not help");
  });

  it("keeps the relative's interest-free loan even though it is informal, and counts its payments as kept", () => {
    expect(p.keptDebtsMonthlySatang).toBe(
      p.debts
        .filter((d) => d.decision === "keep_low_rate")
        .reduce((a, d) => a + d.projection.monthlyEquivalentSatang, 0),
    );
  });

  it("the committee can exclude a debt", () => {
    const q = plan({
      survey,
      funds: [buildFund({ availableCashSatang: 100_000_000 })],
      overrides: { excludeDebtIds: ["shop"] },
    });
    const shop = q.debts.find((d) => d.debtId === "shop")!;
    expect(shop.decision).toBe("excluded");
    expect(shop.reason.en).toContain("committee keeps");
    expect(q.debts.filter((d) => d.decision === "refinance").map((d) => d.debtId)).toEqual([
      "lender",
      "bank",
    ]);
  });
});

describe("fund allocation", () => {
  const survey = buildSurvey({
    monthlyIncomeSatang: 10_000_000,
    debts: [
      buildDebt({ debtId: "a", outstandingSatang: 3_000_000, originalPrincipalSatang: 3_000_000 }),
      buildDebt({ debtId: "b", rateBp: 500, outstandingSatang: 1_000_000 }),
    ],
  });
  const funds = [
    buildFund({ fundId: "small", name: "เล็ก", availableCashSatang: 1_500_000 }),
    buildFund({ fundId: "big", name: "ใหญ่", availableCashSatang: 2_000_000, maxLoanSatang: 1_800_000 }),
    buildFund({ fundId: "closed", name: "ไม่ให้กู้ชำระหนี้", availableCashSatang: 9_000_000, mayRefinance: false }),
  ];

  it("takes the fund with most room first, splits a debt across funds, never above cash or the bylaw maximum", () => {
    const p = plan({ survey, funds });
    const a = p.debts.find((d) => d.debtId === "a")!;
    // big: room = min(2,000,000 cash, 1,800,000 bylaw) = 1,800,000; then small 1,200,000 of its 1,500,000.
    expect(a.funding).toEqual([
      { fundId: "big", amountSatang: 1_800_000 },
      { fundId: "small", amountSatang: 1_200_000 },
    ]);
    // b needs 10,000 baht; only 3,000 baht of room is left (small) and "closed" may not refinance.
    const b = p.debts.find((d) => d.debtId === "b")!;
    expect(b.decision).toBe("not_funded");
    expect(b.reason.en).toContain("3,000.00 baht of room");
    expect(b.reason.th).toContain("ย้ายทั้งก้อนหรือไม่ย้ายเลย");
    expect(p.funds.map((f) => [f.fundId, f.lentSatang, f.cashAfterSatang])).toEqual([
      ["small", 1_200_000, 300_000],
      ["big", 1_800_000, 200_000],
    ]);
  });

  it("follows the committee's preference order", () => {
    const p = plan({ survey, funds, fundPreference: ["small"] });
    expect(p.debts.find((d) => d.debtId === "a")!.funding).toEqual([
      { fundId: "small", amountSatang: 1_500_000 },
      { fundId: "big", amountSatang: 1_500_000 },
    ]);
    expect(p.funds.find((f) => f.fundId === "small")!.reason.en).toContain("choice no. 1");
  });

  it("consolidates into one contract led by the largest participant, split exactly to the satang", () => {
    const p = plan({ survey, funds });
    expect(p.consolidated).toBe(true);
    const c = p.contracts[0]!;
    expect(c.leadFundId).toBe("big");
    expect(c.reason.en).toContain("signs and collects");
    expect(c.participations.map((x) => [x.fundId, x.principalSatang, x.shareBp])).toEqual([
      ["big", 1_800_000, 6_000],
      ["small", 1_200_000, 4_000],
    ]);
    c.schedule.instalments.forEach((inst, k) => {
      expect(c.participations.reduce((s, x) => s + x.instalments[k]!.principalSatang, 0)).toBe(
        inst.principalSatang,
      );
      expect(c.participations.reduce((s, x) => s + x.instalments[k]!.interestSatang, 0)).toBe(
        inst.interestSatang,
      );
    });
    for (const x of c.participations) {
      expect(x.instalments.reduce((s, i) => s + i.principalSatang, 0)).toBe(x.principalSatang);
    }
  });

  it("without consolidation, makes one contract per debt and fund", () => {
    const p = plan({ survey, funds, overrides: { consolidate: false } });
    expect(p.consolidated).toBe(false);
    expect(p.consolidationReason.en).toContain("committee's choice");
    expect(p.contracts.map((c) => [c.leadFundId, c.debtIds, c.principalSatang])).toEqual([
      ["big", ["a"], 1_800_000],
      ["small", ["a"], 1_200_000],
    ]);
    expect(p.contracts.every((c) => c.schedule.instalments.length === p.termMonths)).toBe(true);
  });
});

describe("refusals and overrides", () => {
  it("refuses a plan the household cannot afford even at the longest term", () => {
    const p = plan({ survey: buildSurvey({ monthlyIncomeSatang: 930_000 }) });
    // Net 300 baht, half = 150 baht a month: 20,000 over 60 months is ~387 baht.
    expect(p.outcome).toBe("refused");
    expect(p.refusals.map((r) => r.rule)).toEqual(["affordability"]);
    expect(p.termMonths).toBe(60);
    expect(p.refusals[0]!.reason.th).toContain("เกินกำลังชำระ");
    expect(p.refusals[0]!.reason.en).toContain("150.00 baht");
  });

  it("refuses when expenses exceed income (nothing is affordable)", () => {
    const p = plan({ survey: buildSurvey({ monthlyIncomeSatang: 500_000 }) });
    expect(p.netIncomeSatang).toBe(-400_000);
    expect(p.affordableMonthlySatang).toBe(0);
    expect(p.refusals[0]!.rule).toBe("affordability");
  });

  it("refuses a committee term beyond the centre's maximum", () => {
    const p = plan({ termMonths: 72 });
    expect(p.outcome).toBe("refused");
    expect(p.refusals[0]).toMatchObject({ rule: "term_beyond_max" });
    expect(p.refusals[0]!.reason.en).toContain("maximum of 60 months");
    // The debts are still placed with funds (shown at the centre's maximum), so the committee sees the rest.
    expect(p.debts[0]!.decision).toBe("refinance");
    expect(p.termMonths).toBe(60);
  });

  it("uses a committee term and refuses it when the payment is then too high", () => {
    const p = plan({ termMonths: 3 });
    expect(p.termMonths).toBe(3);
    expect(p.termReason.en).toContain("set by the committee");
    expect(p.refusals.map((r) => r.rule)).toEqual(["affordability"]);
  });

  it("a forced fund without the cash is refused outright, even for the chair", () => {
    const p = plan({
      funds: [buildFund(), buildFund({ fundId: "poor", name: "จน", availableCashSatang: 100_000 })],
      overrides: { forceFunds: [{ debtId: "d1", fundId: "poor" }] },
    });
    expect(p.outcome).toBe("refused");
    expect(p.needsChairOverride).toBe(false);
    expect(p.refusals[0]).toMatchObject({ rule: "fund_cash", fundId: "poor", debtId: "d1" });
    expect(p.refusals[0]!.reason.en).toContain("even by the chair");
    expect(p.debts[0]!.decision).toBe("not_funded");
  });

  it("a forced fund that breaks its bylaws needs the chair, with every broken rule listed", () => {
    const p = plan({
      funds: [
        buildFund(),
        buildFund({
          fundId: "strict",
          name: "เคร่ง",
          maxLoanSatang: 1_000_000,
          mayRefinance: false,
          maxTermMonths: 3,
        }),
      ],
      overrides: { forceFunds: [{ debtId: "d1", fundId: "strict" }] },
    });
    expect(p.outcome).toBe("needs_chair_override");
    expect(p.needsChairOverride).toBe(true);
    // 20,000 in 3 months is ~6,700 a month, above the 3,000 affordable: the shortest affordable term (7)
    // is beyond the forced fund's 3 months, which the chair must accept too.
    expect(p.brokenRules.map((r) => r.rule).sort()).toEqual([
      "bylaw_max_loan",
      "fund_not_for_refinancing",
      "fund_term",
    ]);
    expect(p.termMonths).toBe(7);
    const q = plan({
      survey: buildSurvey({ monthlyIncomeSatang: 5_000_000 }),
      funds: [buildFund({ fundId: "strict", name: "เคร่ง", maxLoanSatang: 1_000_000, maxTermMonths: 3 })],
      overrides: { forceFunds: [{ debtId: "d1", fundId: "strict" }] },
      termMonths: 6,
    });
    expect(q.outcome).toBe("needs_chair_override");
    expect(q.brokenRules.map((r) => r.rule).sort()).toEqual(["bylaw_max_loan", "fund_term"]);
    expect(q.brokenRules.find((r) => r.rule === "fund_term")!.reason.th).toContain("3 เดือน");
    expect(q.debts[0]!.isForced).toBe(true);
    expect(q.debts[0]!.reason.en).toContain("fund chosen by the committee");
  });

  it("a forced debt at a low rate is refinanced because the committee chose it", () => {
    const survey = buildSurvey({ debts: [buildDebt({ rateBp: 300, rateBasis: "per_year" })] });
    expect(plan({ survey }).debts[0]!.decision).toBe("keep_low_rate");
    const p = plan({ survey, overrides: { forceFunds: [{ debtId: "d1", fundId: "f1" }] } });
    expect(p.debts[0]!.decision).toBe("refinance");
    expect(p.outcome).toBe("proposed");
  });

  it("drops a fund whose own maximum term makes the plan unaffordable, when others allow a longer term", () => {
    const survey = buildSurvey({ monthlyIncomeSatang: 1_100_000 }); // net 2,000, 1,000 a month
    const p = plan({
      survey,
      funds: [
        buildFund({ fundId: "short", name: "สั้น", availableCashSatang: 50_000_000, maxTermMonths: 12 }),
        buildFund({ fundId: "long", name: "ยาว", availableCashSatang: 3_000_000, maxTermMonths: 60 }),
      ],
    });
    expect(p.outcome).toBe("proposed");
    expect(p.contracts[0]!.leadFundId).toBe("long");
    expect(p.termMonths).toBeGreaterThan(12);
    expect(p.monthlyPaymentSatang).toBeLessThanOrEqual(100_000);
  });
});

describe("bad input names the field", () => {
  it.each([
    [{ funds: [buildFund({ availableCashSatang: -1 })] }, "funds[0].availableCashSatang"],
    [{ funds: [buildFund(), buildFund()] }, "funds[1].fundId"],
    [{ funds: [buildFund({ mayRefinance: "yes" as never })] }, "funds[0].mayRefinance"],
    [{ plannedOn: "2026-01-01" }, "plannedOn"],
    [{ plannedOn: "01/02/2026" }, "plannedOn"],
    [{ termMonths: 0 }, "termMonths"],
    [{ overrides: { excludeDebtIds: ["nope"] } }, "overrides.excludeDebtIds[0]"],
    [{ overrides: { forceFunds: [{ debtId: "d1", fundId: "nope" }] } }, "overrides.forceFunds[0].fundId"],
    [
      { overrides: { excludeDebtIds: ["d1"], forceFunds: [{ debtId: "d1", fundId: "f1" }] } },
      "overrides.forceFunds[0].debtId",
    ],
    [{ fundPreference: ["f9"] }, "fundPreference[0]"],
    [{ centre: { rateBp: 1_600 } }, "centre.rateBp"],
    [{ centre: { affordabilityBp: 10_001 } }, "centre.affordabilityBp"],
  ])("%o → %s", (input, path) => {
    const { error, issues } = invalid(input as Partial<PlanInput>);
    expect(error.code).toBe("debt.invalid_plan_input");
    expect(issues[0]!.path).toBe(path);
    expect(error.messageTh).toContain(path);
    expect(error.message).toContain(path);
  });

  it("a bad survey is refused by the survey's own rules", () => {
    try {
      plan({ survey: buildSurvey({ monthlyIncomeSatang: -5 }) });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).code).toBe("debt.invalid_survey");
      expect((e as AppError).message).toContain("monthlyIncomeSatang");
    }
  });
});

describe("twelve debts across the 27 member funds of a Nan-like centre", () => {
  const survey = buildSurvey({
    monthlyIncomeSatang: 4_500_000,
    monthlyExpensesSatang: 1_500_000,
    debts: twelveDebts(),
  });
  const p = plan({ survey, funds: nanCentreFunds() });

  it("orders informal debts first by cost, keeps the cheap ones, and funds the rest within every limit", () => {
    const refinanced = p.debts.filter((d) => d.decision === "refinance");
    expect(refinanced.map((d) => d.debtId)).toEqual([
      "d02",
      "d09",
      "d01",
      "d10",
      "d03",
      "d11",
      "d07",
      "d05",
      "d12",
    ]);
    expect(refinanced.map((d) => d.creditorClass).slice(0, 5)).toEqual([
      "informal",
      "informal",
      "informal",
      "informal",
      "informal",
    ]);
    expect(
      p.debts
        .filter((d) => d.decision === "keep_low_rate")
        .map((d) => d.debtId)
        .sort(),
    ).toEqual(["d04", "d06", "d08"]);
    for (const f of p.funds) {
      expect(f.lentSatang).toBeLessThanOrEqual(5_000_000);
      expect(f.cashAfterSatang).toBeGreaterThanOrEqual(0);
    }
    expect(p.funds.some((f) => ["fund-09", "fund-18", "fund-27"].includes(f.fundId))).toBe(false);
    expect(p.outcome).toBe("proposed");
    expect(p.contracts).toHaveLength(1);
    expect(p.contracts[0]!.principalSatang).toBe(p.refinancedSatang);
    expect(p.interestSavedSatang).toBe(p.interestBeforeSatang - p.interestAfterSatang);
    expect(p.interestSavedSatang).toBeGreaterThan(0);
  });

  it("the debt-free date is the later of the new contract's end and the kept debts' ends", () => {
    const kept = p.debts.filter((d) => d.decision !== "refinance").map((d) => d.projection.endsOn);
    const last = p.contracts[0]!.schedule.instalments.at(-1)!.dueOn;
    expect(p.debtFreeOn).toBe([last, ...kept].sort().at(-1));
  });
});

describe("properties", () => {
  const debtArb = fc.record({
    creditorType: fc.constantFrom("bank", "baac", "cooperative", "money_lender", "shop", "relative" as const),
    outstanding: fc.integer({ min: 1_000, max: 5_000_000 }),
    rateBp: fc.integer({ min: 0, max: 1_500 }),
    rateBasis: fc.constantFrom(
      "per_day",
      "per_month",
      "per_year",
      "flat_per_month",
      "flat_per_year",
      "flat_per_term" as const,
    ),
    instalment: fc.option(fc.integer({ min: 100, max: 500_000 }), { nil: undefined }),
    frequency: fc.constantFrom("daily", "weekly", "monthly", "quarterly", "yearly" as const),
    endMonths: fc.option(fc.integer({ min: 1, max: 72 }), { nil: undefined }),
  });
  const fundArb = fc.record({
    cash: fc.integer({ min: 0, max: 8_000_000 }),
    maxLoan: fc.integer({ min: 0, max: 6_000_000 }),
    maxTerm: fc.integer({ min: 1, max: 60 }),
    mayRefinance: fc.boolean(),
  });

  it("funding is whole, within cash and bylaws, and every contract splits exactly", () => {
    fc.assert(
      fc.property(
        fc.array(debtArb, { minLength: 1, maxLength: 12 }),
        fc.array(fundArb, { minLength: 1, maxLength: 27 }),
        fc.integer({ min: 0, max: 20_000_000 }),
        fc.boolean(),
        (ds, fs, income, consolidate) => {
          const debts: SurveyDebt[] = ds.map((d, k) =>
            buildDebt({
              debtId: `d${k}`,
              creditorType: d.creditorType,
              originalPrincipalSatang: d.outstanding,
              outstandingSatang: d.outstanding,
              rateBp: d.rateBp,
              rateBasis: d.rateBasis,
              instalmentSatang: d.instalment,
              instalmentFrequency: d.frequency,
              endOn:
                d.endMonths === undefined && !d.rateBasis.startsWith("flat")
                  ? undefined
                  : `2026-${String(((d.endMonths ?? 3) % 12) + 1).padStart(2, "0")}-15`,
              startOn: "2025-12-01",
            }),
          );
          const funds = fs.map((f, k) =>
            buildFund({
              fundId: `f${k}`,
              availableCashSatang: f.cash,
              maxLoanSatang: f.maxLoan,
              maxTermMonths: f.maxTerm,
              mayRefinance: f.mayRefinance,
            }),
          );
          const p = planRestructuring({
            survey: buildSurvey({ monthlyIncomeSatang: income, monthlyExpensesSatang: 0, debts }),
            plannedOn: "2026-02-01",
            funds,
            overrides: { consolidate },
          });
          const lent = new Map<string, number>();
          for (const d of p.debts) {
            const sum = d.funding.reduce((a, f) => a + f.amountSatang, 0);
            expect(sum).toBe(d.decision === "refinance" ? d.outstandingSatang : 0);
            for (const f of d.funding) lent.set(f.fundId, (lent.get(f.fundId) ?? 0) + f.amountSatang);
          }
          for (const f of funds) {
            const l = lent.get(f.fundId) ?? 0;
            expect(l).toBeLessThanOrEqual(f.availableCashSatang);
            expect(l).toBeLessThanOrEqual(f.maxLoanSatang);
            if (l > 0) expect(f.mayRefinance).toBe(true);
          }
          expect(p.brokenRules).toEqual([]);
          const refinanced = p.debts.filter((d) => d.decision === "refinance");
          expect(p.contracts.reduce((a, c) => a + c.principalSatang, 0)).toBe(p.refinancedSatang);
          expect(refinanced.reduce((a, d) => a + d.outstandingSatang, 0)).toBe(p.refinancedSatang);
          for (const c of p.contracts) {
            for (const part of c.participations) {
              expect(part.instalments.reduce((a, i) => a + i.principalSatang, 0)).toBe(part.principalSatang);
              expect(part.instalments.every((i) => i.principalSatang >= 0 && i.interestSatang >= 0)).toBe(
                true,
              );
            }
          }
          if (p.outcome === "proposed" && p.contracts.length > 0) {
            const affordable = p.affordableMonthlySatang - p.keptDebtsMonthlySatang;
            expect(p.monthlyPaymentSatang).toBeLessThanOrEqual(affordable);
            // The term is the shortest that fits: one month less is above what the household can pay.
            if (p.termMonths! > 1) {
              const shorter = p.contracts.map((c) =>
                generateSchedule({
                  product: CENTRE_PRODUCT,
                  principalSatang: c.principalSatang,
                  disbursedOn: "2026-02-01",
                  scheduleType: "equal_instalments",
                  instalmentCount: p.termMonths! - 1,
                }),
              );
              const month = (k: number) =>
                shorter.reduce((a, s) => a + (s.instalments[k]?.totalSatang ?? 0), 0);
              const worst = Math.max(...Array.from({ length: p.termMonths! - 1 }, (_, k) => month(k)));
              expect(worst).toBeGreaterThan(affordable);
            }
          }
          expect(refinanced.map((d) => d.order)).toEqual(refinanced.map((_, k) => k + 1));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("participations: each instalment splits exactly and no fund is repaid more than it lent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 27 }),
        fc.integer({ min: 1, max: 60 }),
        (shares, n) => {
          const total = shares.reduce((a, b) => a + b, 0);
          fc.pre(total >= n * 100);
          const schedule = generateSchedule({
            product: CENTRE_PRODUCT,
            principalSatang: total,
            disbursedOn: "2026-01-31",
            scheduleType: "equal_instalments",
            instalmentCount: n,
          });
          const parts = splitParticipations(
            schedule,
            shares.map((principalSatang, k) => ({ fundId: `f${k}`, principalSatang })),
          );
          parts.forEach((part, k) => {
            expect(part.instalments.reduce((a, i) => a + i.principalSatang, 0)).toBe(shares[k]);
          });
          schedule.instalments.forEach((inst, k) => {
            expect(parts.reduce((a, x) => a + x.instalments[k]!.totalSatang, 0)).toBe(inst.totalSatang);
          });
          expect(parts.reduce((a, x) => a + x.interestSatang, 0)).toBe(schedule.totalInterestSatang);
          expect(parts.reduce((a, x) => a + x.shareBp, 0)).toBe(10_000);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("interest before uses each old debt's own terms", () => {
  it("equals the projection of every debt over the plan's term", () => {
    const survey = buildSurvey({
      monthlyIncomeSatang: 4_500_000,
      monthlyExpensesSatang: 1_500_000,
      debts: twelveDebts(),
    });
    const p = plan({ survey, funds: nanCentreFunds() });
    const expected = survey.debts.reduce(
      (a, d) => a + projectDebt(d, "2026-02-01", p.termMonths!).remainingInterestSatang,
      0,
    );
    expect(p.interestBeforeSatang).toBe(expected);
  });
});
