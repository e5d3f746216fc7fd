import { describe, expect, it } from "vitest";
import { isAppError } from "../../shared/errors";
import {
  assertWelfareMove,
  canMoveWelfare,
  personName,
  WELFARE_STATUSES,
  WELFARE_TYPE_NAMES,
  WELFARE_TYPES,
} from "./welfare";

describe("welfare steps", () => {
  it("allows request → approved | rejected and approved → paid only", () => {
    const allowed = WELFARE_STATUSES.flatMap((from) =>
      WELFARE_STATUSES.filter((to) => canMoveWelfare(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed).toEqual(["requested>approved", "requested>rejected", "approved>paid"]);
  });

  it("refuses paying an unapproved benefit with a Thai and English reason", () => {
    const error = (() => {
      try {
        assertWelfareMove("requested", "paid");
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(isAppError(error)).toBe(true);
    if (!isAppError(error)) return;
    expect([error.kind, error.code]).toEqual(["rule_violation", "debt.welfare_not_approved"]);
    expect(error.messageTh).toContain("อนุมัติแล้ว");
    expect(error.message).toContain("must be approved");
    expect(() => assertWelfareMove("paid", "approved")).toThrow(/decided/);
  });

  it("names every type in Thai and English and prints a member's name", () => {
    for (const type of WELFARE_TYPES) {
      expect(WELFARE_TYPE_NAMES[type].th).toMatch(/[ก-๙]/);
      expect(WELFARE_TYPE_NAMES[type].en).toMatch(/[A-Z]/);
    }
    expect(WELFARE_TYPE_NAMES.death.th).toContain("ฌาปนกิจ");
    expect(personName({ title: "นาง", firstName: "สมศรี", lastName: "ใจดี" })).toBe("นางสมศรี ใจดี");
    expect(personName({ title: "", firstName: "บุญ", lastName: "" })).toBe("บุญ");
  });
});
