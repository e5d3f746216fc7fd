import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkEntryDate,
  checkLines,
  lowestBalanceFrom,
  mirrorLines,
  netChange,
  sameLines,
} from "./entry-rules";

const accounts = ["a", "b", "c", "d"];
const amount = fc.integer({ min: 1, max: 1e12 });

/** A balanced entry: random debits, and the same total split over random credit lines. */
const balanced = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...accounts), amount), { minLength: 1, maxLength: 6 }),
    fc.integer({ min: 1, max: 5 }),
  )
  .map(([debits, parts]) => {
    const total = debits.reduce((n, [, x]) => n + x, 0);
    const share = Math.floor(total / parts);
    const credits = Array.from({ length: parts }, (_, i) =>
      i === parts - 1 ? total - share * (parts - 1) : share,
    ).filter((x) => x > 0);
    return [
      ...debits.map(([accountId, debitSatang]) => ({ accountId, debitSatang })),
      ...credits.map((creditSatang, i) => ({ accountId: accounts[i % accounts.length]!, creditSatang })),
    ];
  });

describe("double-entry line rules", () => {
  it("accepts every balanced entry and refuses it once one amount changes (property)", () => {
    fc.assert(
      fc.property(balanced, fc.nat(), fc.integer({ min: 1, max: 1000 }), (lines, pick, delta) => {
        const ok = checkLines(lines);
        expect("lines" in ok).toBe(true);
        const i = pick % lines.length;
        const broken = lines.map((l, j) =>
          j !== i
            ? l
            : "debitSatang" in l
              ? { ...l, debitSatang: l.debitSatang! + delta }
              : { ...l, creditSatang: l.creditSatang! + delta },
        );
        const result = checkLines(broken);
        expect("error" in result && result.error.code).toBe("ledger.unbalanced");
      }),
    );
  });

  it("refuses single lines, two-sided, zero, negative, fractional and unsafe amounts", () => {
    const code = (lines: Parameters<typeof checkLines>[0]) => {
      const r = checkLines(lines);
      return "error" in r ? r.error.code : "ok";
    };
    expect(code([{ accountId: "a", debitSatang: 1 }])).toBe("ledger.too_few_lines");
    expect(
      code([
        { accountId: "a", debitSatang: 1, creditSatang: 1 },
        { accountId: "b", creditSatang: 0 },
      ]),
    ).toBe("ledger.line_amount_invalid");
    expect(code([{ accountId: "a" }, { accountId: "b" }])).toBe("ledger.line_amount_invalid");
    expect(
      code([
        { accountId: "a", debitSatang: -5 },
        { accountId: "b", creditSatang: -5 },
      ]),
    ).toBe("ledger.line_amount_invalid");
    expect(
      code([
        { accountId: "a", debitSatang: 0.5 },
        { accountId: "b", creditSatang: 0.5 },
      ]),
    ).toBe("ledger.line_amount_invalid");
    expect(
      code([
        { accountId: "a", debitSatang: Number.MAX_SAFE_INTEGER },
        { accountId: "a", debitSatang: 2 },
        { accountId: "b", creditSatang: 1 },
      ]),
    ).toBe("ledger.line_amount_invalid");
    expect(
      code([
        { accountId: "a", debitSatang: 100 },
        { accountId: "b", creditSatang: 99 },
      ]),
    ).toBe("ledger.unbalanced");
  });

  it("mirrors an entry so that the two together move no account (property)", () => {
    fc.assert(
      fc.property(balanced, (input) => {
        const r = checkLines(input);
        if (!("lines" in r)) throw r.error;
        const mirror = mirrorLines(r.lines);
        expect("lines" in checkLines(mirror)).toBe(true);
        for (const a of accounts) expect(netChange([...r.lines, ...mirror], a)).toBe(0);
        expect(sameLines(r.lines, r.lines)).toBe(true);
        expect(sameLines(r.lines, mirror)).toBe(false);
      }),
    );
  });
});

describe("dating window", () => {
  const window = { backdateDays: 30, forwardDays: 0 };
  it("accepts 30 days back to today and refuses outside, and impossible dates", () => {
    expect(checkEntryDate("2024-06-15", "2024-06-15", window)).toBeNull();
    expect(checkEntryDate("2024-05-16", "2024-06-15", window)).toBeNull();
    expect(checkEntryDate("2024-05-15", "2024-06-15", window)?.code).toBe("ledger.entry_date_outside_window");
    expect(checkEntryDate("2024-06-16", "2024-06-15", window)?.code).toBe("ledger.entry_date_outside_window");
    expect(checkEntryDate("2024-06-16", "2024-06-15", { backdateDays: 0, forwardDays: 1 })).toBeNull();
    expect(checkEntryDate("2023-02-29", "2023-03-01", window)?.code).toBe("ledger.entry_date_invalid");
  });
});

describe("running balance", () => {
  it("finds the lowest end-of-day balance from the entry's date on, like replaying every day (property)", () => {
    const day = fc.integer({ min: 1, max: 20 }).map((d) => `2024-06-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.record({ entryDate: day, net: fc.integer({ min: -5_000, max: 5_000 }) }), {
          maxLength: 15,
        }),
        day,
        fc.integer({ min: -10_000, max: 0 }),
        (opening, days, entryDate, delta) => {
          const lowest = lowestBalanceFrom(opening, days, entryDate, delta);
          let replayMin = Number.POSITIVE_INFINITY;
          for (let d = Number(entryDate.slice(8)); d <= 20; d++) {
            const date = `2024-06-${String(d).padStart(2, "0")}`;
            const balance =
              opening +
              delta +
              days
                .filter((x) => x.entryDate >= entryDate && x.entryDate <= date)
                .reduce((n, x) => n + x.net, 0);
            replayMin = Math.min(replayMin, balance);
          }
          expect(lowest.balance).toBe(replayMin);
        },
      ),
    );
  });
});
