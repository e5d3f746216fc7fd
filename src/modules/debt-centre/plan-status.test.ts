// Tests for the plan status machine and the relapse rule.
import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/errors";
import {
  assertTransition,
  canTransition,
  checkRelapse,
  PLAN_STATUSES,
  PLAN_TRANSITIONS,
  statusAfterNewDebt,
  watchEndsOn,
} from "./plan-status";

describe("transitions", () => {
  it("walks the happy path surveyed → planned → approved → repaying → debt_free → relapse_watch", () => {
    const path = ["surveyed", "planned", "approved", "repaying", "debt_free", "relapse_watch"] as const;
    for (let k = 1; k < path.length; k++) expect(canTransition(path[k - 1]!, path[k]!)).toBe(true);
  });

  it("allows exactly the listed moves and nothing else", () => {
    const allowed = PLAN_STATUSES.flatMap((from) => PLAN_TRANSITIONS[from].map((to) => `${from}>${to}`));
    expect(allowed).toEqual([
      "surveyed>planned",
      "planned>approved",
      "planned>surveyed",
      "approved>repaying",
      "approved>planned",
      "repaying>debt_free",
      "repaying>planned",
      "debt_free>relapse_watch",
      "relapse_watch>relapse",
      "relapse_watch>surveyed",
      "relapse_watch>debt_free",
      "relapse>surveyed",
    ]);
    for (const from of PLAN_STATUSES) expect(canTransition(from, from)).toBe(false);
  });

  it("refuses a skipped step with both languages and the allowed moves", () => {
    try {
      assertTransition("surveyed", "approved");
      expect.unreachable();
    } catch (e) {
      const err = e as AppError;
      expect(err).toBeInstanceOf(AppError);
      expect(err.code).toBe("debt.plan_transition_not_allowed");
      expect(err.kind).toBe("rule_violation");
      expect(err.messageTh).toContain("สำรวจหนี้แล้ว");
      expect(err.message).toContain("allowed: planned");
    }
    expect(() => assertTransition("planned", "approved")).not.toThrow();
  });
});

describe("relapse", () => {
  const freeOn = "2026-03-31";

  it("the watch ends 24 months after the debt-free date, clamped to the month's end", () => {
    expect(watchEndsOn(freeOn, 24)).toBe("2028-03-31");
    expect(watchEndsOn("2024-02-29", 12)).toBe("2025-02-28");
  });

  it.each([
    ["2026-03-31", "informal", true], // the debt-free day itself counts
    ["2027-06-01", "informal", true],
    ["2028-03-31", "community", true], // last day of the window, inclusive
    ["2028-04-01", "informal", false], // after the window: a new case, not a relapse
    ["2026-03-30", "informal", false], // before debt-free: a survey correction
  ] as const)("a %s debt (%s) → relapse %s", (takenOn, creditorClass, isRelapse) => {
    expect(checkRelapse(freeOn, { takenOn, creditorClass }).isRelapse).toBe(isRelapse);
  });

  it("the window and the counted kinds are parameters", () => {
    const rule = { windowMonths: 6, countsClasses: ["informal"] as const };
    expect(checkRelapse(freeOn, { takenOn: "2026-09-30", creditorClass: "informal" }, rule).isRelapse).toBe(
      true,
    );
    expect(checkRelapse(freeOn, { takenOn: "2026-10-01", creditorClass: "informal" }, rule).isRelapse).toBe(
      false,
    );
    const fundLoan = checkRelapse(freeOn, { takenOn: "2026-05-01", creditorClass: "community" }, rule);
    expect(fundLoan.isRelapse).toBe(false);
    expect(fundLoan.reason.en).toContain("does not count");
  });

  it("moves a watched plan to relapse within the window, to a new survey after it, and leaves others alone", () => {
    const debt = { takenOn: "2027-01-10", creditorClass: "informal" } as const;
    expect(statusAfterNewDebt("relapse_watch", freeOn, debt)).toBe("relapse");
    expect(statusAfterNewDebt("relapse_watch", freeOn, { ...debt, takenOn: "2029-01-01" })).toBe("surveyed");
    expect(statusAfterNewDebt("repaying", freeOn, debt)).toBeNull();
    expect(checkRelapse(freeOn, debt).reason.th).toContain("กลับมาเป็นหนี้ซ้ำ");
  });
});
