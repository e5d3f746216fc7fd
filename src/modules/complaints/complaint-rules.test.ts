import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  CROCKFORD,
  DEFAULT_CATEGORIES,
  defaultOffice,
  dueDate,
  isOverdue,
  isValidOffice,
  mergeCategories,
  newReferenceNo,
  normalizeReferenceNo,
  outcomeFits,
  phoneLast4,
  referenceCheckChar,
  STATUS_MOVES,
} from "./complaint-rules";

const fixedBytes = (values: number[]) => () => Uint8Array.from(values);

describe("reference numbers", () => {
  it("are KJ- + 10 Crockford characters + a check character", () => {
    const ref = newReferenceNo(fixedBytes([0, 1, 2, 3, 4, 5, 6, 7, 8, 31]));
    expect(ref).toBe(`KJ-012345678Z${referenceCheckChar("012345678Z")}`);
    expect(ref).toMatch(/^KJ-[0-9A-HJKMNP-TV-Z]{11}$/);
    expect(referenceCheckChar("012345678Z")).toBe(
      CROCKFORD[(1 * 0 + 3 * 1 + 5 * 2 + 7 * 3 + 9 * 4 + 11 * 5 + 13 * 6 + 15 * 7 + 17 * 8 + 19 * 31) % 32],
    );
  });

  it("are not sequential: a thousand of them are distinct and share no common prefix", () => {
    const refs = Array.from({ length: 1000 }, () => newReferenceNo(randomBytes));
    expect(new Set(refs).size).toBe(1000);
    expect(new Set(refs.map((r) => r.slice(3, 5))).size).toBeGreaterThan(500);
    for (const r of refs) expect(normalizeReferenceNo(r)).toBe(r);
  });

  it("forgive case, spaces, hyphens and look-alike letters", () => {
    const ref = newReferenceNo(fixedBytes([1, 0, 1, 0, 1, 0, 1, 0, 1, 0]));
    expect(ref.slice(3, 13)).toBe("1010101010");
    const typed = ` kj ${ref.slice(3, 13).replace(/1/g, "l").replace(/0/g, "o")}-${ref.slice(13).toLowerCase()} `;
    expect(normalizeReferenceNo(typed)).toBe(ref);
    expect(normalizeReferenceNo(ref.slice(3))).toBe(ref);
  });

  it("refuse a mistyped character, a swap of neighbours and a wrong length", () => {
    const ref = newReferenceNo(fixedBytes([3, 9, 14, 20, 27, 2, 11, 30, 5, 17]));
    const body = ref.slice(3);
    // Every other character in every position, the check character included.
    for (let i = 0; i < body.length; i++) {
      for (const replaced of CROCKFORD) {
        if (replaced === body[i]) continue;
        expect(normalizeReferenceNo(`KJ-${body.slice(0, i)}${replaced}${body.slice(i + 1)}`)).toBeNull();
      }
    }
    for (let i = 0; i < 9; i++) {
      const apart = Math.abs(CROCKFORD.indexOf(body[i]!) - CROCKFORD.indexOf(body[i + 1]!));
      if (apart === 0 || apart === 16) continue;
      const swapped = body.slice(0, i) + body[i + 1] + body[i] + body.slice(i + 2);
      expect(normalizeReferenceNo(`KJ-${swapped}`)).toBeNull();
    }
    expect(normalizeReferenceNo(ref.slice(0, -1))).toBeNull();
    expect(normalizeReferenceNo(`${ref}0`)).toBeNull();
    expect(normalizeReferenceNo("KJ-UUUUUUUUUUU")).toBeNull();
    expect(normalizeReferenceNo("")).toBeNull();
  });
});

describe("categories and due dates", () => {
  it("apply stored overrides and additions to the defaults, in display order", () => {
    const merged = mergeCategories([
      { code: "service_delay", nameTh: "ล่าช้า", nameEn: "Delay", slaDays: 7, isActive: true, sortOrder: 4 },
      {
        code: "bank_issue",
        nameTh: "ปัญหาธนาคาร",
        nameEn: "Bank issue",
        slaDays: 20,
        isActive: true,
        sortOrder: 0,
      },
      { code: "other", nameTh: "อื่น ๆ", nameEn: "Other", slaDays: 30, isActive: false, sortOrder: 5 },
    ]);
    expect(merged.map((c) => c.code)).toEqual([
      "bank_issue",
      "loan_misuse",
      "committee_conduct",
      "missing_fund",
      "service_delay",
      "other",
    ]);
    expect(merged.find((c) => c.code === "service_delay")?.slaDays).toBe(7);
    expect(merged.find((c) => c.code === "other")?.isActive).toBe(false);
    expect(DEFAULT_CATEGORIES).toHaveLength(5);
  });

  it("count the SLA in calendar days across month and year ends", () => {
    expect(dueDate("2024-06-15", 30)).toBe("2024-07-15");
    expect(dueDate("2024-12-20", 15)).toBe("2025-01-04");
  });

  it("call an open complaint overdue after its due date, never a finished one", () => {
    expect(isOverdue({ status: "in_progress", dueOn: "2024-06-14" }, "2024-06-15")).toBe(true);
    expect(isOverdue({ status: "received", dueOn: "2024-06-15" }, "2024-06-15")).toBe(false);
    expect(isOverdue({ status: "closed", dueOn: "2024-01-01" }, "2024-06-15")).toBe(false);
  });
});

describe("offices, statuses and outcomes", () => {
  it("route to the district of the area by default; only a containing province or district is valid", () => {
    expect(defaultOffice("40070921")).toBe("4007");
    expect(defaultOffice("40")).toBe("40");
    expect(isValidOffice("4007", "40070921")).toBe(true);
    expect(isValidOffice("40", "40070921")).toBe(true);
    expect(isValidOffice("4001", "40070921")).toBe(false);
    expect(isValidOffice("400709", "40070921")).toBe(false);
  });

  it("allow only forward moves and none out of a finished complaint", () => {
    expect(STATUS_MOVES.received).toEqual(["in_progress", "closed", "rejected"]);
    expect(STATUS_MOVES.replied).toEqual(["in_progress", "closed"]);
    expect(STATUS_MOVES.closed).toEqual([]);
    expect(STATUS_MOVES.rejected).toEqual([]);
  });

  it("match outcomes to the finishing status", () => {
    expect(outcomeFits("closed", "resolved")).toBe(true);
    expect(outcomeFits("closed", "duplicate")).toBe(false);
    expect(outcomeFits("rejected", "duplicate")).toBe(true);
    expect(outcomeFits("rejected", "unfounded")).toBe(false);
  });

  it("take the last four digits of a phone", () => {
    expect(phoneLast4("081-234-5678")).toBe("5678");
    expect(phoneLast4("12")).toBeNull();
  });
});
