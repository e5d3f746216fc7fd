import { describe, expect, it } from "vitest";
import {
  ACCOUNT_ROLES,
  chartAccountOf,
  DAMAGE_RECOVERY_ACCOUNT,
  FUND_TYPE_CHARTS,
  SAVINGS_GROUP_CHART,
  STANDARD_CHART,
} from "./chart-of-accounts";
import { FUND_TYPES } from "./contracts";

describe("the charts by fund type and the accounts added on demand", () => {
  const all = [...STANDARD_CHART, ...SAVINGS_GROUP_CHART, DAMAGE_RECOVERY_ACCOUNT];

  it("defines every role but bank exactly once, with codes that never collide", () => {
    expect(all.map((a) => a.role).sort()).toEqual(ACCOUNT_ROLES.filter((r) => r !== "bank").sort());
    expect(new Set(all.map((a) => a.code)).size).toBe(all.length);
    // Bank accounts take 1111–1199; no role-defined account may sit there.
    expect(all.filter((a) => Number(a.code) >= 1111 && Number(a.code) <= 1199)).toEqual([]);
  });

  it("keeps the savings group's accounts as the rows existing groups already hold", () => {
    expect(SAVINGS_GROUP_CHART.map((a) => [a.code, a.role, a.accountType, a.normalSide, a.nameTh])).toEqual([
      ["2101", "dividend_payable", "liability", "credit", "เงินปันผลค้างจ่าย"],
      ["2102", "patronage_refund_payable", "liability", "credit", "เงินเฉลี่ยคืนค้างจ่าย"],
      ["2103", "committee_payable", "liability", "credit", "ค่าตอบแทนกรรมการค้างจ่าย"],
      ["3301", "member_shares", "equity", "credit", "เงินสัจจะสะสม (ทุนเรือนหุ้น)"],
      ["3401", "reserve", "equity", "credit", "ทุนสำรอง"],
      ["3402", "welfare_fund", "equity", "credit", "ทุนสวัสดิการสมาชิก"],
      ["3403", "public_benefit_fund", "equity", "credit", "ทุนสาธารณประโยชน์"],
      ["3901", "profit_appropriation", "equity", "credit", "จัดสรรกำไรสุทธิประจำปี"],
    ]);
    expect(DAMAGE_RECOVERY_ACCOUNT).toMatchObject({
      code: "4301",
      accountType: "income",
      normalSide: "credit",
      nameTh: "รายได้จากการชดใช้ความเสียหาย",
      nameEn: "Damage recoveries",
    });
  });

  it("gives only savings groups extra accounts at creation", () => {
    for (const type of FUND_TYPES) {
      expect(FUND_TYPE_CHARTS[type]).toEqual(type === "savings_group" ? SAVINGS_GROUP_CHART : []);
    }
  });

  it("finds an account by role, and nothing for bank or an unknown role", () => {
    expect(chartAccountOf("member_shares")?.code).toBe("3301");
    expect(chartAccountOf("cash")?.code).toBe("1101");
    expect(chartAccountOf("damage_recovery")).toBe(DAMAGE_RECOVERY_ACCOUNT);
    expect(chartAccountOf("bank")).toBeNull();
    expect(chartAccountOf("petty_cash")).toBeNull();
    expect(chartAccountOf("toString")).toBeNull();
  });
});
