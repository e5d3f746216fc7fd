// Tests for month stepping (clamped to month end) and the actual and 30/360 day counts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../shared/thai-date";
import { addMonths, days360, daysBetween, requireIsoDate, yearFraction } from "./loan-dates";

describe("addMonths", () => {
  it.each([
    ["2024-01-31", 1, "2024-02-29"], // leap year
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-01-31", 2, "2024-03-31"], // from the anchor, not from 29 Feb
    ["2024-03-31", 1, "2024-04-30"],
    ["2024-12-15", 1, "2025-01-15"],
    ["2024-11-30", 3, "2025-02-28"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2024-05-10", 0, "2024-05-10"],
    ["2024-05-10", -5, "2023-12-10"],
  ])("%s + %i months = %s", (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it("always lands on a real date in the right month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 600 }), (offset, months) => {
        const from = addDays("2000-01-01", offset);
        const to = addMonths(from, months);
        expect(requireIsoDate("to", to)).toBe(to);
        const [fy, fm] = from.split("-").map(Number) as [number, number];
        const [ty, tm] = to.split("-").map(Number) as [number, number];
        expect(ty * 12 + tm - (fy * 12 + fm)).toBe(months);
      }),
    );
  });
});

describe("day counts", () => {
  it("counts actual days across leap days", () => {
    expect(daysBetween("2024-01-15", "2025-01-15")).toBe(366);
    expect(daysBetween("2023-01-15", "2024-01-15")).toBe(365);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2024-03-01", "2024-02-28")).toBe(-2);
  });

  it("gives every month-end period exactly 30 days under 30/360", () => {
    expect(days360("2024-01-31", "2024-02-29")).toBe(30);
    expect(days360("2023-01-31", "2023-02-28")).toBe(30);
    expect(days360("2024-02-29", "2024-03-31")).toBe(30);
    expect(days360("2024-01-15", "2025-01-15")).toBe(360);
    expect(days360("2024-01-15", "2024-01-20")).toBe(5);
    expect(yearFraction("30/360", "2024-01-15", "2024-02-15")).toEqual({ days: 30, yearDays: 360 });
    expect(yearFraction("actual/365", "2024-01-15", "2024-02-15")).toEqual({ days: 31, yearDays: 365 });
  });

  it("never gives a negative 30/360 length for dates in order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 1, max: 2_000 }), (offset, gap) => {
        const from = addDays("2000-01-01", offset);
        expect(days360(from, addDays(from, gap))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("refuses impossible dates as invalid input", () => {
    expect(() => requireIsoDate("d", "2023-02-29")).toThrow(
      expect.objectContaining({ code: "loan.invalid_date" }),
    );
    expect(() => requireIsoDate("d", "31/01/2567")).toThrow(
      expect.objectContaining({ kind: "invalid_input" }),
    );
    expect(() => requireIsoDate("d", 20240101)).toThrow(
      expect.objectContaining({ code: "loan.invalid_date" }),
    );
  });
});
