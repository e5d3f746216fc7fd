// Tests for the debt survey: a good survey passes; every inconsistent field is refused by name, in Thai and English.
import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/errors";
import { incomeFromBmn, parseDebtSurvey } from "./debt-survey";
import { buildDebt, buildSurvey, twelveDebts } from "./debt-test-fixture";
import type { FieldIssue } from "./field-issues";

function refusal(input: unknown): { error: AppError; issues: FieldIssue[] } {
  try {
    parseDebtSurvey(input);
  } catch (e) {
    if (e instanceof AppError) return { error: e, issues: (e.details as { issues: FieldIssue[] }).issues };
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("parseDebtSurvey", () => {
  it("accepts a survey of twelve debts of every kind and returns it typed and trimmed", () => {
    const survey = parseDebtSurvey(
      buildSurvey({
        householdId: "  h-7  ",
        debts: [...twelveDebts(), buildDebt({ debtId: "d13", collateral: "  โฉนด  " })],
      }),
    );
    expect(survey.householdId).toBe("h-7");
    expect(survey.debts).toHaveLength(13);
    expect(survey.debts[12]!.collateral).toBe("โฉนด");
    expect(survey.debts[7]!.communityFundId).toBe("fund-01");
  });

  it("accepts a household without debts", () => {
    expect(parseDebtSurvey(buildSurvey({ debts: [] })).debts).toEqual([]);
  });

  it("defaults missing arrears to 0", () => {
    const { arrearsSatang: _, ...debt } = buildDebt();
    expect(parseDebtSurvey(buildSurvey({ debts: [debt as never] })).debts[0]!.arrearsSatang).toBe(0);
  });

  it.each([
    ["negative income", { monthlyIncomeSatang: -100 }, "monthlyIncomeSatang", "negative", "ต้องไม่ติดลบ"],
    ["fractional expenses", { monthlyExpensesSatang: 10.5 }, "monthlyExpensesSatang", "not_satang", "สตางค์"],
    ["a bad survey date", { surveyedOn: "2026-02-30" }, "surveyedOn", "invalid_date", "ปปปป-ดด-วว"],
    ["no household", { householdId: " " }, "householdId", "required", "ต้องระบุ"],
    ["debts not a list", { debts: "many" }, "debts", "not_list", "รายการหนี้"],
  ])("refuses %s, naming the field", (_, change, path, code, th) => {
    const { error, issues } = refusal({ ...buildSurvey(), ...change });
    expect(error.code).toBe("debt.invalid_survey");
    expect(error.kind).toBe("invalid_input");
    expect(issues[0]).toMatchObject({ path, code });
    expect(error.messageTh).toContain(path);
    expect(error.messageTh).toContain(th);
    expect(error.message).toContain(path);
  });

  it.each([
    [
      "outstanding above original without arrears",
      { originalPrincipalSatang: 1_000_000, outstandingSatang: 1_200_000, arrearsSatang: 0 },
      "outstandingSatang",
      "outstanding_above_original",
    ],
    ["an unknown rate basis", { rateBasis: "per_fortnight" }, "rateBasis", "unknown_value"],
    ["an unknown creditor type", { creditorType: "loan_shark" }, "creditorType", "unknown_value"],
    ["an unknown frequency", { instalmentFrequency: "sometimes" }, "instalmentFrequency", "unknown_value"],
    [
      "arrears above outstanding",
      { outstandingSatang: 100, arrearsSatang: 200 },
      "arrearsSatang",
      "arrears_above_outstanding",
    ],
    ["a zero original principal", { originalPrincipalSatang: 0 }, "originalPrincipalSatang", "not_positive"],
    ["a negative rate", { rateBp: -5 }, "rateBp", "out_of_range"],
    ["an end before the start", { startOn: "2025-06-01", endOn: "2025-05-01" }, "endOn", "not_after_start"],
    ["a start after the survey", { startOn: "2026-03-01" }, "startOn", "after_survey"],
    [
      "a flat rate without an end",
      { rateBasis: "flat_per_month", endOn: undefined },
      "endOn",
      "required_for_flat",
    ],
    [
      "a community-fund debt without its fund",
      { creditorType: "community_fund" },
      "communityFundId",
      "required",
    ],
    [
      "a fund id on a bank debt",
      { creditorType: "bank", communityFundId: "f" },
      "communityFundId",
      "not_community",
    ],
    ["no purpose", { purpose: "" }, "purpose", "required"],
  ])("refuses %s in debts[3], naming debts[3].field", (_, change, field, code) => {
    const debts = [
      buildDebt({ debtId: "a" }),
      buildDebt({ debtId: "b" }),
      buildDebt({ debtId: "c" }),
      { ...buildDebt({ debtId: "d" }), ...change },
    ];
    const { error, issues } = refusal(buildSurvey({ debts: debts as never }));
    expect(issues).toContainEqual(expect.objectContaining({ path: `debts[3].${field}`, code }));
    expect(error.messageTh).toContain(`debts[3].${field}`);
    expect(error.message).toContain(`debts[3].${field}`);
  });

  it("accepts outstanding above the original when arrears explain it", () => {
    const debt = buildDebt({
      originalPrincipalSatang: 1_000_000,
      outstandingSatang: 1_200_000,
      arrearsSatang: 200_000,
    });
    expect(parseDebtSurvey(buildSurvey({ debts: [debt] })).debts[0]!.outstandingSatang).toBe(1_200_000);
  });

  it("lists every issue and counts the rest in the message", () => {
    const { error, issues } = refusal(
      buildSurvey({
        monthlyIncomeSatang: -1,
        debts: [buildDebt({ debtId: "x" }), buildDebt({ debtId: "x", rateBasis: "weird" as never })],
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(["monthlyIncomeSatang", "debts[1].rateBasis"]);
    expect(error.messageTh).toContain("และอีก 1 รายการ");
    expect(error.message).toContain("and 1 more");
  });

  it("refuses a repeated debt id", () => {
    const { issues } = refusal(
      buildSurvey({ debts: [buildDebt({ debtId: "x" }), buildDebt({ debtId: "x" })] }),
    );
    expect(issues).toEqual([expect.objectContaining({ path: "debts[1].debtId", code: "duplicate" })]);
  });

  it("refuses something that is not a survey at all", () => {
    expect(refusal(null).issues[0]!.path).toBe("survey");
    expect(refusal([1]).issues[0]!.path).toBe("survey");
  });
});

describe("incomeFromBmn", () => {
  it("divides the annual จปฐ. income by 12, rounding down to the satang", () => {
    // 100,000.00 baht a year = 10,000,000 satang ÷ 12 = 833,333.33… → 833,333 satang.
    const r = incomeFromBmn({ surveyYear: 2568, incomeTotalSatang: 10_000_000 });
    expect(r.monthlyIncomeSatang).toBe(833_333);
    expect(r.source.th).toContain("2568");
  });
});
