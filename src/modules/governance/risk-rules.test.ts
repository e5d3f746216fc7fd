// The pure early-warning rules: tiers, bands, months, shares, configuration checks, each factor's sentence.
import { describe, expect, it } from "vitest";
import {
  checkRiskConfig,
  explainFactor,
  factorPoints,
  maxRiskScore,
  monthsBetween,
  percentText,
  RISK_CONFIG,
  type RiskInputs,
  riskBand,
  scoreFund,
  shareBp,
} from "./risk-rules";

const calm: RiskInputs = {
  capitalSatang: 28_000_000,
  missingSatang: 0,
  par30Bp: 0,
  atRisk30Satang: 0,
  outstandingSatang: 20_000_000,
  previousPar30Bp: 0,
  previousAsOf: "2024-05-15",
  lastStatementDate: "2024-05-31",
  idleBp: 2_857,
  bankSatang: 8_000_000,
  cashSatang: 0,
  borrowers: 20,
  topSatang: 3_000_000,
  committeeLoans: 0,
  committeeSatang: 0,
  hasCommitteeInOffice: true,
  lastTermEnd: "2026-12-31",
  meetings: 3,
  complaints: { open: 0, overdue: 0 },
};
const score = (over: Partial<RiskInputs>, asOf = "2024-06-15") =>
  scoreFund({ ...calm, ...over }, asOf, 2567, "2023-10-01");
const pointsOf = (over: Partial<RiskInputs>, key: string, asOf?: string) =>
  score(over, asOf).factors.find((f) => f.key === key)!.points;

describe("tiers and bands", () => {
  it("gives the highest tier reached, the unknown points for null, 0 below the first tier", () => {
    const f = RISK_CONFIG.factors.overdue_level;
    expect([0, 499, 500, 999, 1_000, 2_499, 2_500, 10_000].map((x) => factorPoints(f, x))).toEqual([
      0, 0, 5, 5, 10, 10, 15, 15,
    ]);
    expect(factorPoints(RISK_CONFIG.factors.reconciliation_age, null)).toBe(10);
    expect(factorPoints(RISK_CONFIG.factors.overdue_trend, null)).toBe(0);
  });

  it("adds to 100 at most and bands at 25 and 50", () => {
    expect(maxRiskScore()).toBe(100);
    expect([0, 24, 25, 49, 50, 100].map((s) => riskBand(s))).toEqual([
      "low",
      "low",
      "medium",
      "medium",
      "high",
      "high",
    ]);
  });

  it("scores a calm fund 0, low", () => {
    expect(score({})).toMatchObject({ score: 0, band: "low" });
  });
});

describe("each factor", () => {
  it("missing fund as a share of capital; a fund without capital missing money counts 100 %", () => {
    expect(pointsOf({ missingSatang: 100 }, "missing_fund")).toBe(10);
    expect(pointsOf({ missingSatang: 1_400_000 }, "missing_fund")).toBe(20);
    expect(score({ capitalSatang: 0, missingSatang: 5 }).factors[0]!.input).toBe(10_000);
  });

  it("overdue trend: the rise of PAR30 against a month earlier, nothing without history", () => {
    expect(pointsOf({ par30Bp: 700, previousPar30Bp: 400 }, "overdue_trend")).toBe(5);
    expect(pointsOf({ par30Bp: 900, previousPar30Bp: 300 }, "overdue_trend")).toBe(10);
    expect(pointsOf({ par30Bp: 300, previousPar30Bp: 900 }, "overdue_trend")).toBe(0);
    expect(pointsOf({ par30Bp: 900, previousPar30Bp: null, previousAsOf: null }, "overdue_trend")).toBe(0);
  });

  it("reconciliation age in whole calendar months; never reconciled is the top tier", () => {
    expect(pointsOf({ lastStatementDate: "2024-03-16" }, "reconciliation_age")).toBe(0);
    expect(pointsOf({ lastStatementDate: "2024-03-15" }, "reconciliation_age")).toBe(5);
    expect(pointsOf({ lastStatementDate: "2023-12-15" }, "reconciliation_age")).toBe(10);
    expect(pointsOf({ lastStatementDate: null }, "reconciliation_age")).toBe(10);
  });

  it("concentration only with enough borrowers; committee lending as a share of the outstanding", () => {
    expect(pointsOf({ borrowers: 6, topSatang: 15_000_000 }, "household_concentration")).toBe(5);
    expect(pointsOf({ borrowers: 5, topSatang: 20_000_000 }, "household_concentration")).toBe(0);
    expect(pointsOf({ committeeSatang: 2_000_000 }, "committee_lending")).toBe(5);
    expect(pointsOf({ committeeSatang: 5_000_000 }, "committee_lending")).toBe(10);
    expect(pointsOf({ outstandingSatang: 0, committeeSatang: 0 }, "committee_lending")).toBe(0);
  });

  it("no meeting only after the grace days of the fiscal year", () => {
    expect(pointsOf({ meetings: 0 }, "no_meeting", "2023-12-29")).toBe(0);
    expect(pointsOf({ meetings: 0 }, "no_meeting", "2023-12-30")).toBe(10);
    expect(pointsOf({ meetings: 1 }, "no_meeting")).toBe(0);
  });

  it("complaints: open within due, open past due, no data", () => {
    expect(pointsOf({ complaints: { open: 2, overdue: 0 } }, "open_complaints")).toBe(3);
    expect(pointsOf({ complaints: { open: 2, overdue: 1 } }, "open_complaints")).toBe(5);
    const noData = score({ complaints: null }).factors.find((f) => f.key === "open_complaints")!;
    expect(noData.points).toBe(0);
    expect(explainFactor(noData)).toEqual({ th: "ไม่มีข้อมูลข้อร้องเรียน", en: "No complaint data" });
  });

  it("committee term expired", () => {
    const f = score({ hasCommitteeInOffice: false, lastTermEnd: "2022-12-31" }).factors.find(
      (x) => x.key === "committee_term_expired",
    )!;
    expect(f.points).toBe(10);
    expect(explainFactor(f).th).toBe("คณะกรรมการหมดวาระตั้งแต่ 31 ธันวาคม 2565 และยังไม่มีชุดใหม่");
  });
});

describe("explanations", () => {
  it("says each factor in Thai and English with B.E. dates in Thai", () => {
    const s = score({ meetings: 0, lastStatementDate: "2024-01-31", missingSatang: 1_234_550 });
    const text = Object.fromEntries(s.factors.map((f) => [f.key, explainFactor(f)]));
    expect(text.no_meeting).toEqual({
      th: "ไม่มีการประชุมคณะกรรมการในปีงบประมาณ 2567",
      en: "No committee meeting in fiscal year 2567",
    });
    expect(text.reconciliation_age!.th).toBe("กระทบยอดเงินฝากธนาคารครั้งล่าสุด 31 มกราคม 2567 (4 เดือนที่แล้ว)");
    expect(text.missing_fund!.th).toBe("เงินทุนขาดหายไป 12,345.50 บาท (4.41% ของเงินทุนเดิม)");
  });
});

describe("helpers and configuration", () => {
  it("months, shares and percents", () => {
    expect(monthsBetween("2024-01-31", "2024-02-29")).toBe(0);
    expect(monthsBetween("2024-01-31", "2024-03-01")).toBe(1);
    expect(monthsBetween("2023-06-15", "2024-06-15")).toBe(12);
    expect(shareBp(1, 3)).toBe(3_333);
    expect(shareBp(2, 3)).toBe(6_667);
    expect(shareBp(1, 0)).toBeNull();
    expect(percentText(909)).toBe("9.09%");
    expect(percentText(-250)).toBe("-2.50%");
  });

  it("accepts the defaults and names the first bad setting", () => {
    expect(checkRiskConfig(RISK_CONFIG)).toBeNull();
    const unordered = structuredClone(RISK_CONFIG);
    unordered.factors.idle_cash.tiers = [
      { atLeast: 8_000, points: 5 },
      { atLeast: 5_000, points: 3 },
    ];
    expect(checkRiskConfig(unordered)).toBe("factors.idle_cash.tiers");
    expect(checkRiskConfig({ ...RISK_CONFIG, bands: { mediumFrom: 50, highFrom: 50 } })).toBe("bands");
    expect(checkRiskConfig({ ...RISK_CONFIG, trendDays: 0 })).toBe("trendDays");
    const fractional = structuredClone(RISK_CONFIG);
    fractional.factors.no_meeting.whenUnknown = 1.5;
    expect(checkRiskConfig(fractional)).toBe("factors.no_meeting.whenUnknown");
  });
});
