// Pins every risk factor's input, points, facts and sentence for fixed inputs, so a refactoring of the rules cannot move a score.
import { describe, expect, it } from "vitest";
import { explainFactor, RISK_CONFIG, RISK_FACTORS, type RiskInputs, scoreFund } from "./risk-rules";

const stressed: RiskInputs = {
  capitalSatang: 28_000_000,
  missingSatang: 1_500_000,
  par30Bp: 1_800,
  atRisk30Satang: 3_600_000,
  outstandingSatang: 20_000_000,
  previousPar30Bp: 1_200,
  previousAsOf: "2024-05-16",
  lastStatementDate: "2024-01-20",
  idleBp: 8_100,
  bankSatang: 9_000_000,
  cashSatang: 500_000,
  borrowers: 8,
  topSatang: 11_000_000,
  committeeLoans: 2,
  committeeSatang: 3_000_000,
  hasCommitteeInOffice: false,
  lastTermEnd: "2024-03-31",
  meetings: 0,
  complaints: { open: 2, overdue: 1 },
};

const unknown: RiskInputs = {
  ...stressed,
  missingSatang: 0,
  previousPar30Bp: null,
  previousAsOf: null,
  lastStatementDate: null,
  borrowers: 3,
  outstandingSatang: 0,
  hasCommitteeInOffice: true,
  meetings: 2,
  complaints: null,
};

describe("pinned factor outputs", () => {
  it("keeps the tiers and the points when unknown of every factor", () => {
    const table = Object.fromEntries(
      RISK_FACTORS.map((key) => {
        const f = RISK_CONFIG.factors[key];
        return [key, [f.tiers.map((t) => [t.atLeast, t.points]), f.whenUnknown]];
      }),
    );
    expect(table).toEqual({
      missing_fund: [
        [
          [1, 10],
          [500, 20],
        ],
        0,
      ],
      overdue_level: [
        [
          [500, 5],
          [1000, 10],
          [2500, 15],
        ],
        0,
      ],
      overdue_trend: [
        [
          [200, 5],
          [500, 10],
        ],
        0,
      ],
      reconciliation_age: [
        [
          [3, 5],
          [6, 10],
        ],
        10,
      ],
      idle_cash: [
        [
          [5000, 3],
          [8000, 5],
        ],
        0,
      ],
      household_concentration: [
        [
          [5000, 3],
          [7500, 5],
        ],
        0,
      ],
      committee_lending: [
        [
          [1000, 5],
          [2500, 10],
        ],
        0,
      ],
      committee_term_expired: [[[1, 10]], 0],
      no_meeting: [[[1, 10]], 0],
      open_complaints: [
        [
          [1, 3],
          [2, 5],
        ],
        0,
      ],
    });
  });

  it("scores a stressed fund factor by factor, with its facts and sentences", () => {
    const result = scoreFund(stressed, "2024-06-15", 2567, "2023-10-01");
    expect(result.factors.map((f) => [f.key, f.input, f.points, f.facts, explainFactor(f)])).toEqual([
      [
        "missing_fund",
        536,
        20,
        { missingSatang: 1_500_000, capitalSatang: 28_000_000 },
        {
          th: "เงินทุนขาดหายไป 15,000.00 บาท (5.36% ของเงินทุนเดิม)",
          en: "15,000.00 baht of the fund is missing (5.36% of the original capital)",
        },
      ],
      [
        "overdue_level",
        1800,
        10,
        { par30Bp: 1800, atRisk30Satang: 3_600_000, outstandingSatang: 20_000_000 },
        {
          th: "เงินยืมค้างชำระเกิน 30 วัน 36,000.00 บาท คิดเป็น 18.00% ของเงินต้นคงค้าง",
          en: "36,000.00 baht more than 30 days past due: 18.00% of the outstanding principal",
        },
      ],
      [
        "overdue_trend",
        600,
        10,
        { par30Bp: 1800, previousPar30Bp: 1200, previousAsOf: "2024-05-16" },
        {
          th: "สัดส่วนค้างชำระเกิน 30 วันเพิ่มขึ้นจาก 12.00% (16 พฤษภาคม 2567) เป็น 18.00%",
          en: "The share more than 30 days past due rose from 12.00% (2024-05-16) to 18.00%",
        },
      ],
      [
        "reconciliation_age",
        4,
        5,
        { lastStatementDate: "2024-01-20" },
        {
          th: "กระทบยอดเงินฝากธนาคารครั้งล่าสุด 20 มกราคม 2567 (4 เดือนที่แล้ว)",
          en: "Last bank reconciliation on 2024-01-20 (4 months ago)",
        },
      ],
      [
        "idle_cash",
        8100,
        5,
        { idleBp: 8100, bankSatang: 9_000_000, cashSatang: 500_000 },
        {
          th: "เงินฝากธนาคารและเงินสดที่ไม่ได้ให้ยืม 81.00% ของเงินทุนหมุนเวียน",
          en: "81.00% of the working money sits in the bank or in cash, not lent out",
        },
      ],
      [
        "household_concentration",
        5500,
        3,
        { borrowers: 8, top: 3, topSatang: 11_000_000 },
        {
          th: "3 ครัวเรือนที่ยืมมากที่สุดถือเงินต้นคงค้าง 55.00% (จาก 8 ครัวเรือน)",
          en: "The 3 largest borrowing households hold 55.00% of the outstanding (of 8 households)",
        },
      ],
      [
        "committee_lending",
        1500,
        5,
        { committeeLoans: 2, committeeSatang: 3_000_000 },
        {
          th: "เงินยืมแก่ครัวเรือนของกรรมการชุดปัจจุบัน 2 สัญญา 30,000.00 บาท (15.00% ของเงินต้นคงค้าง)",
          en: "2 loans, 30,000.00 baht, to households of the committee in office (15.00% of the outstanding)",
        },
      ],
      [
        "committee_term_expired",
        1,
        10,
        { lastTermEnd: "2024-03-31" },
        {
          th: "คณะกรรมการหมดวาระตั้งแต่ 31 มีนาคม 2567 และยังไม่มีชุดใหม่",
          en: "The committee's term ended on 2024-03-31 and no new set is recorded",
        },
      ],
      [
        "no_meeting",
        1,
        10,
        { meetings: 0, fiscalYear: 2567 },
        { th: "ไม่มีการประชุมคณะกรรมการในปีงบประมาณ 2567", en: "No committee meeting in fiscal year 2567" },
      ],
      [
        "open_complaints",
        2,
        5,
        { open: 2, overdue: 1 },
        { th: "มีข้อร้องเรียนที่ยังไม่ยุติ 2 เรื่อง เกินกำหนด 1 เรื่อง", en: "2 open complaints, 1 past their due date" },
      ],
    ]);
    expect([result.score, result.band]).toEqual([83, "high"]);
  });

  it("scores the unknown inputs with each factor's points when unknown", () => {
    const result = scoreFund(unknown, "2024-06-15", 2567, "2023-10-01");
    expect(result.factors.map((f) => [f.key, f.input, f.points])).toEqual([
      ["missing_fund", 0, 0],
      ["overdue_level", 1800, 10],
      ["overdue_trend", null, 0],
      ["reconciliation_age", null, 10],
      ["idle_cash", 8100, 5],
      ["household_concentration", null, 0],
      ["committee_lending", null, 0],
      ["committee_term_expired", 0, 0],
      ["no_meeting", 0, 0],
      ["open_complaints", null, 0],
    ]);
    expect(result.factors.find((f) => f.key === "open_complaints")!.facts).toEqual({ noData: true });
    expect(result.score).toBe(25);
  });
});
