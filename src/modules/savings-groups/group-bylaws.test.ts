// Tests for savings-group bylaws: defaults, and every bad field refused by name.
import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/errors";
import type { FieldIssue } from "../debt-centre/index";
import { DEFAULT_GROUP_BYLAWS, type GroupBylaws, parseGroupBylaws } from "./group-bylaws";

function issuesOf(input: Partial<GroupBylaws>): { error: AppError; issues: FieldIssue[] } {
  try {
    parseGroupBylaws(input);
  } catch (e) {
    if (e instanceof AppError) return { error: e, issues: (e.details as { issues: FieldIssue[] }).issues };
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("parseGroupBylaws", () => {
  it("the defaults follow the อทผ-01 form: 50 baht a share, 1–20 shares, entry fee 20 baht", () => {
    const b = parseGroupBylaws();
    expect(b).toEqual({
      ...DEFAULT_GROUP_BYLAWS,
      profitAllocationBp: { ...DEFAULT_GROUP_BYLAWS.profitAllocationBp },
    });
    expect([b.shareValueSatang, b.minSharesPerMonth, b.maxSharesPerMonth, b.entryFeeSatang]).toEqual([
      5_000, 1, 20, 2_000,
    ]);
    expect(Object.values(b.profitAllocationBp).reduce((a, x) => a + x, 0)).toBe(10_000);
  });

  it("a group changes what it needs and keeps the rest", () => {
    const b = parseGroupBylaws({ shareValueSatang: 10_000, maxSharesPerMonth: 50 });
    expect(b.shareValueSatang).toBe(10_000);
    expect(b.maxSharesPerMonth).toBe(50);
    expect(b.entryFeeSatang).toBe(2_000);
  });

  it("refuses a profit split that is not exactly 100 %", () => {
    const { error, issues } = issuesOf({
      profitAllocationBp: {
        dividend: 4_000,
        patronageRefund: 2_000,
        reserve: 1_500,
        welfare: 1_000,
        committee: 1_000,
        publicBenefit: 499,
      },
    });
    expect(error.code).toBe("savings.invalid_bylaws");
    expect(issues).toEqual([
      expect.objectContaining({ path: "profitAllocationBp", code: "not_100_percent" }),
    ]);
    expect(error.messageTh).toContain("99.99%");
    expect(error.message).toContain("exactly 100%");
  });

  it.each([
    [
      { profitAllocationBp: { ...DEFAULT_GROUP_BYLAWS.profitAllocationBp, reserve: -1 } },
      "profitAllocationBp.reserve",
    ],
    [
      { profitAllocationBp: { ...DEFAULT_GROUP_BYLAWS.profitAllocationBp, welfare: 10.5 } },
      "profitAllocationBp.welfare",
    ],
    [
      { profitAllocationBp: { ...DEFAULT_GROUP_BYLAWS.profitAllocationBp, bonus: 0 } as never },
      "profitAllocationBp.bonus",
    ],
    [{ minSharesPerMonth: 5, maxSharesPerMonth: 4 }, "maxSharesPerMonth"],
    [{ shareValueSatang: 0 }, "shareValueSatang"],
    [{ entryFeeSatang: -2_000 }, "entryFeeSatang"],
    [{ interestBp: 1_501 }, "interestBp"],
    [{ dividendBasis: "per_head" as never }, "dividendBasis"],
    [{ maxGuaranteesPerMember: -1 }, "maxGuaranteesPerMember"],
  ])("%o → %s", (input, path) => {
    const { error, issues } = issuesOf(input as Partial<GroupBylaws>);
    expect(issues[0]!.path).toBe(path);
    expect(error.messageTh).toContain(path);
    expect(error.message).toContain(path);
  });
});
