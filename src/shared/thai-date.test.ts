import { describe, expect, it } from "vitest";
import {
  addDays,
  ageOn,
  bangkokDate,
  fiscalYearOf,
  fiscalYearRange,
  formatThaiLong,
  formatThaiShort,
  isIsoDate,
  officialDateParts,
  parseThaiDate,
} from "./thai-date";

describe("Thai dates", () => {
  it("validates ISO dates including leap years", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("24-01-01")).toBe(false);
  });

  it("parses what Thai users type", () => {
    expect(parseThaiDate("15/06/2510")).toBe("1967-06-15");
    expect(parseThaiDate("1/1/2567")).toBe("2024-01-01");
    expect(parseThaiDate("15/06/1967")).toBe("1967-06-15");
    expect(parseThaiDate("1967-06-15")).toBe("1967-06-15");
    expect(parseThaiDate("29/02/2566")).toBeNull();
    expect(parseThaiDate("hello")).toBeNull();
  });

  it("shows Buddhist-era dates", () => {
    expect(formatThaiShort("2024-01-31")).toBe("31/01/2567");
    expect(formatThaiLong("2025-10-01")).toBe("1 ตุลาคม 2568");
    expect(formatThaiLong("2025-10-01", { thaiDigits: true })).toBe("๑ ตุลาคม ๒๕๖๘");
    expect(officialDateParts("2024-01-31")).toEqual({ day: 31, monthName: "มกราคม", beYear: 2567 });
  });

  it("names the fiscal year by the B.E. year in which it ends (1 Oct – 30 Sep)", () => {
    expect(fiscalYearOf("2025-09-30")).toBe(2568);
    expect(fiscalYearOf("2025-10-01")).toBe(2569);
    expect(fiscalYearRange(2569)).toEqual({ from: "2025-10-01", to: "2026-09-30" });
  });

  it("takes the business date in Bangkok (UTC+7)", () => {
    expect(bangkokDate(new Date("2024-06-30T16:59:59Z"))).toBe("2024-06-30");
    expect(bangkokDate(new Date("2024-06-30T17:00:00Z"))).toBe("2024-07-01");
  });

  it("adds days and computes ages", () => {
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
    expect(ageOn("2000-06-15", "2024-06-14")).toBe(23);
    expect(ageOn("2000-06-15", "2024-06-15")).toBe(24);
  });
});
