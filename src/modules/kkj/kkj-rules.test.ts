import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  availableToLend,
  budgetLines,
  checkMeeting,
  checkStepDate,
  checkWitnesses,
  decodeCursor,
  defaultWrittenAt,
  documentNo,
  encodeCursor,
  isDefaulting,
  isOpenRound,
  missingFund,
  rankBatch,
} from "./kkj-rules";

describe("budget lines", () => {
  it("numbers the lines 2.1, 2.2, … and sums them exactly", () => {
    const { lines, totalSatang } = budgetLines([
      { description: "พันธุ์ไก่", amountSatang: 1_200_000 },
      { description: "อาหารไก่", amountSatang: 800_050 },
    ]);
    expect(lines.map((l) => l.no)).toEqual(["2.1", "2.2"]);
    expect(totalSatang).toBe(2_000_050);
  });

  it("the total is always the sum of the lines", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10 ** 10 }), { minLength: 1, maxLength: 30 }),
        (amounts) => {
          const { lines, totalSatang } = budgetLines(
            amounts.map((a) => ({ description: "x", amountSatang: a })),
          );
          expect(totalSatang).toBe(lines.reduce((s, l) => s + l.amountSatang, 0));
        },
      ),
    );
  });
});

describe("register ranks", () => {
  it("ranks a batch by per-person income, lowest first, after the existing register; ties by house number", () => {
    const ranked = rankBatch(
      [
        { householdId: "c", houseNo: "12", incomePerPersonSatang: 3_000_000 },
        { householdId: "a", houseNo: "10", incomePerPersonSatang: 2_000_000 },
        { householdId: "b", houseNo: "9", incomePerPersonSatang: 2_000_000 },
      ],
      4,
    );
    expect(ranked.map((r) => [r.householdId, r.registerSeq])).toEqual([
      ["b", 5],
      ["a", 6],
      ["c", 7],
    ]);
  });
});

describe("steps", () => {
  it("refuses a date in the future or before the previous step", () => {
    expect(checkStepDate("d", "2024-06-16", "2024-06-15")?.code).toBe("kkj.date_in_future");
    expect(
      checkStepDate("d", "2024-06-01", "2024-06-15", { date: "2024-06-02", what: { th: "ก", en: "a" } })
        ?.code,
    ).toBe("kkj.date_before_previous_step");
    expect(
      checkStepDate("d", "2024-06-15", "2024-06-15", { date: "2024-06-15", what: { th: "", en: "" } }),
    ).toBe(null);
  });

  it("a decision cites a meeting of the same fund held on or before its date", () => {
    expect(checkMeeting(undefined, "f", "2024-06-15")?.code).toBe("kkj.meeting_unknown");
    expect(checkMeeting({ fundId: "g", heldOn: "2024-06-01" }, "f", "2024-06-15")?.code).toBe(
      "kkj.meeting_unknown",
    );
    expect(checkMeeting({ fundId: "f", heldOn: "2024-06-16" }, "f", "2024-06-15")?.code).toBe(
      "kkj.meeting_after_decision",
    );
    expect(checkMeeting({ fundId: "f", heldOn: "2024-06-15" }, "f", "2024-06-15")).toBe(null);
  });

  it("needs two different witnesses, neither the borrower nor the lender", () => {
    expect(checkWitnesses("นายก ข", " นายก  ข ", "นางค ง", "นายจ ฉ")?.code).toBe("kkj.witnesses_identical");
    expect(checkWitnesses("นางค ง", "นายก ข", "นางค ง", "นายจ ฉ")?.code).toBe("kkj.witnesses_identical");
    expect(checkWitnesses("นายก ข", "นายจ ฉ", "นางค ง", "นายจ ฉ")?.code).toBe("kkj.witnesses_identical");
    expect(checkWitnesses("นายก ข", "นายช ซ", "นางค ง", "นายจ ฉ")).toBe(null);
  });

  it("open rounds are every status but rejected, withdrawn and closed", () => {
    expect(["submitted", "approved", "requested", "contracted", "disbursed"].every(isOpenRound)).toBe(true);
    expect(["rejected", "withdrawn", "closed"].some(isOpenRound)).toBe(false);
  });

  it("numbers documents per fiscal year and writes the contract's place", () => {
    expect(documentNo(3, 2567)).toBe("3/2567");
    expect(defaultWrittenAt("บ้านดอกกระเจียว")).toBe("ที่ทำการกองทุน กข.คจ. บ้านดอกกระเจียว");
    expect(defaultWrittenAt("ดอกกระเจียว")).toBe("ที่ทำการกองทุน กข.คจ. บ้านดอกกระเจียว");
  });
});

describe("money rules", () => {
  it("defaults after a year unpaid or when written off", () => {
    const active = { status: "active", classification: null };
    expect(isDefaulting(active, "2022-06-14", "2023-06-14")).toBe(false);
    expect(isDefaulting(active, "2022-06-14", "2023-06-15")).toBe(true);
    expect(isDefaulting(active, null, "2030-01-01")).toBe(false);
    expect(isDefaulting({ status: "written_off", classification: null }, null, "2024-01-01")).toBe(true);
    expect(isDefaulting({ status: "active", classification: "overdue_over_365" }, null, "2024-01-01")).toBe(
      true,
    );
    expect(isDefaulting({ status: "closed", classification: null }, "2020-01-01", "2024-01-01")).toBe(false);
  });

  it("missing fund is capital less bank, non-defaulted loans and cash, never below zero", () => {
    expect(missingFund(28_000_000, 20_000_000, 5_000_000, 1_000_000)).toBe(2_000_000);
    expect(missingFund(28_000_000, 25_000_000, 5_000_000, 0)).toBe(0);
    expect(availableToLend(100, 200, 50)).toBe(250);
  });
});

describe("cursors", () => {
  it("round-trips and refuses a foreign shape", () => {
    expect(decodeCursor(encodeCursor(["2024-06-15", "x"]), ["string", "string"])).toEqual([
      "2024-06-15",
      "x",
    ]);
    expect(decodeCursor(encodeCursor([1]), ["string"])).toBe(null);
    expect(decodeCursor("not base64 json", ["string"])).toBe(null);
  });
});
