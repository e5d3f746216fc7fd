// The pure assessment rules: each system item judged from its evidence, assessor items pending, points, score and level.
import { describe, expect, it } from "vitest";
import {
  type AssessmentEvidence,
  evaluateItems,
  evaluationDate,
  pointsFor,
  RUBRIC_CONFIG,
  RUBRIC_ITEMS,
  scoreAssessment,
} from "./assessment-rules";

const good: AssessmentEvidence = {
  asOf: "2024-09-30",
  fiscalYear: 2567,
  committee: { setNo: 3, termStart: "2023-01-01", termEnd: "2026-12-31" },
  lastTermEnd: "2026-12-31",
  meetings: { held: 5, withMinutes: 4 },
  reconciliations: { count: 4, lastStatementDate: "2024-09-30", lastDifferenceSatang: 0 },
  missing: { missingSatang: 0, asOf: "2024-09-30" },
  repayment: { fallenDueSatang: 1_000_000, collectedSatang: 950_000 },
  hasReportNote: true,
  complaints: { received: 1, resolved: 1, open: 0, overdue: 0 },
  committeeLoans: [],
};
const judge = (over: Partial<AssessmentEvidence>) =>
  Object.fromEntries(evaluateItems({ ...good, ...over }).map((i) => [i.key, i]));

describe("rubric", () => {
  it("has nine items worth 100 points, in a fixed order", () => {
    expect(evaluateItems(good).map((i) => i.key)).toEqual([...RUBRIC_ITEMS]);
    expect(Object.values(RUBRIC_CONFIG.points).reduce((n, p) => n + p, 0)).toBe(100);
  });

  it("judges a well-run fund: every system item met, the two assessor items pending", () => {
    const items = evaluateItems(good);
    expect(items.filter((i) => i.source === "system").every((i) => i.result === "met")).toBe(true);
    expect(items.filter((i) => i.result === "pending").map((i) => i.key)).toEqual([
      "annual_report_filed",
      "accounts_disclosed",
    ]);
    expect(scoreAssessment(items)).toEqual({ score: 80, maxScore: 100, percent: 80, level: "good" });
  });

  it("committee term: not met with the end of the last term as evidence", () => {
    const i = judge({ committee: null, lastTermEnd: "2022-12-31" }).committee_term!;
    expect(i).toMatchObject({ result: "not_met", points: 0 });
    expect(i.evidence.text.th).toBe("คณะกรรมการหมดวาระตั้งแต่ 31 ธันวาคม 2565");
  });

  it("meetings: met at the standard, partly with at least one with minutes", () => {
    expect(judge({ meetings: { held: 6, withMinutes: 3 } }).meetings_with_minutes!.result).toBe("partly");
    expect(judge({ meetings: { held: 6, withMinutes: 0 } }).meetings_with_minutes!.result).toBe("not_met");
  });

  it("bank: partly when the last reconciliation shows a difference, not met without one", () => {
    const partly = judge({
      reconciliations: { count: 1, lastStatementDate: "2024-06-30", lastDifferenceSatang: -500 },
    });
    expect(partly.bank_reconciled).toMatchObject({ result: "partly", points: 5 });
    expect(partly.bank_reconciled!.evidence.text.en).toBe(
      "1 reconciliations; the last on 2024-06-30, difference -5.00 baht",
    );
    expect(
      judge({ reconciliations: { count: 0, lastStatementDate: null, lastDifferenceSatang: null } })
        .bank_reconciled!.result,
    ).toBe("not_met");
  });

  it("missing fund: from the year's figures, or an assessor item when there are none", () => {
    expect(judge({ missing: { missingSatang: 10, asOf: "2024-09-30" } }).missing_fund_zero!.result).toBe(
      "not_met",
    );
    expect(judge({ missing: null }).missing_fund_zero).toMatchObject({
      source: "assessor",
      result: "pending",
    });
  });

  it("repayment rate: met from 90 %, partly from 70 %, not applicable when nothing fell due", () => {
    const at = (collected: number) =>
      judge({ repayment: { fallenDueSatang: 1_000_000, collectedSatang: collected } }).repayment_rate!.result;
    expect([900_000, 899_949, 700_000, 699_949].map(at)).toEqual(["met", "partly", "partly", "not_met"]);
    expect(judge({ repayment: { fallenDueSatang: 0, collectedSatang: 0 } }).repayment_rate!.result).toBe(
      "not_applicable",
    );
  });

  it("complaints: met with none past due; an assessor item without complaint data", () => {
    expect(
      judge({ complaints: { received: 3, resolved: 1, open: 2, overdue: 0 } }).complaints_resolved!.result,
    ).toBe("met");
    expect(
      judge({ complaints: { received: 3, resolved: 2, open: 1, overdue: 1 } }).complaints_resolved!.result,
    ).toBe("partly");
    expect(
      judge({ complaints: { received: 2, resolved: 0, open: 2, overdue: 2 } }).complaints_resolved!.result,
    ).toBe("not_met");
    expect(judge({ complaints: null }).complaints_resolved).toMatchObject({
      source: "assessor",
      result: "pending",
    });
  });

  it("loans to committee households go to the assessor with the loans as evidence", () => {
    const loans = [
      {
        loanNo: "ขก 1/2567",
        borrowerName: "นางสมศรี",
        memberName: "นางสมศรี",
        contractedOn: "2024-01-10",
        meetingNo: "2/2567",
        memberAttended: true,
      },
    ];
    const i = judge({ committeeLoans: loans }).committee_loans_no_vote!;
    expect(i).toMatchObject({ source: "assessor", result: "pending" });
    expect(i.evidence.facts.loans).toEqual(loans);
    expect(i.evidence.text.th).toContain("กรรมการเข้าประชุมที่อนุมัติ 1 สัญญา");
  });
});

describe("score and level", () => {
  it("halves points for partly (rounded down) and drops not-applicable items from the maximum", () => {
    expect([
      pointsFor("met", 15),
      pointsFor("partly", 15),
      pointsFor("not_met", 15),
      pointsFor("pending", 15),
    ]).toEqual([15, 7, 0, 0]);
    expect(
      scoreAssessment([
        { result: "met", points: 10, maxPoints: 10 },
        { result: "not_applicable", points: 0, maxPoints: 15 },
        { result: "partly", points: 2, maxPoints: 5 },
      ]),
    ).toEqual({ score: 12, maxScore: 15, percent: 80, level: "good" });
  });

  it("levels at 60 % and 80 %", () => {
    const level = (score: number) =>
      scoreAssessment([{ result: "met", points: score, maxPoints: 100 }]).level;
    expect([59, 60, 79, 80].map(level)).toEqual(["needs_improvement", "fair", "fair", "good"]);
  });

  it("evaluates a running year as of today and a past year as of its last day", () => {
    expect(evaluationDate("2024-09-30", "2024-06-15")).toBe("2024-06-15");
    expect(evaluationDate("2023-09-30", "2024-06-15")).toBe("2023-09-30");
  });
});
