// Tests for beneficiary nominations: exactly 100 %, no duplicates, exact split of a benefit.
import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/errors";
import { citizenIdCheckDigit } from "../../shared/thai-id";
import type { FieldIssue } from "../debt-centre/index";
import { checkBeneficiaries, splitBenefit } from "./beneficiaries";

const id = (first12: string) => `${first12}${citizenIdCheckDigit(first12)}`;
const person = (name: string, shareBp: number, citizenId?: string) => ({
  name,
  relationship: "บุตร",
  shareBp,
  citizenId,
});

function issues(input: unknown): { error: AppError; issues: FieldIssue[] } {
  try {
    checkBeneficiaries(input);
  } catch (e) {
    if (e instanceof AppError) return { error: e, issues: (e.details as { issues: FieldIssue[] }).issues };
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("checkBeneficiaries", () => {
  it("accepts shares that sum to exactly 100 % and normalises citizen IDs", () => {
    const a = id("110170000000");
    const list = checkBeneficiaries([
      person(
        " นาง ก ",
        5_000,
        `${a.slice(0, 1)}-${a.slice(1, 5)}-${a.slice(5, 10)}-${a.slice(10, 12)}-${a.slice(12)}`,
      ),
      person("นาย ข", 3_000),
      person("ด.ญ. ค", 2_000),
    ]);
    expect(list[0]).toEqual({ name: "นาง ก", relationship: "บุตร", shareBp: 5_000, citizenId: a });
  });

  it("refuses 99.99 % with the sum in both languages", () => {
    const { error, issues: found } = issues([person("ก", 3_333), person("ข", 3_333), person("ค", 3_333)]);
    expect(error.code).toBe("savings.invalid_beneficiaries");
    expect(found).toEqual([expect.objectContaining({ path: "beneficiaries", code: "not_100_percent" })]);
    expect(error.messageTh).toContain("99.99%");
    expect(error.message).toContain("must be exactly 100%");
  });

  it.each([
    [[person("ก", 5_000), person("  ก ", 5_000)], "beneficiaries[1].name", "duplicate"],
    [
      [person("ก", 5_000, id("110170000000")), person("ข", 5_000, id("110170000000"))],
      "beneficiaries[1].citizenId",
      "duplicate",
    ],
    [[person("ก", 10_000, "1234567890123")], "beneficiaries[0].citizenId", "invalid_citizen_id"],
    [[person("ก", 0), person("ข", 10_000)], "beneficiaries[0].shareBp", "out_of_range"],
    [[person("ก", 10_000.5)], "beneficiaries[0].shareBp", "out_of_range"],
    [[{ ...person("ก", 10_000), relationship: "" }], "beneficiaries[0].relationship", "required"],
    [[], "beneficiaries", "required"],
    ["ก", "beneficiaries", "required"],
  ])("%o → %s (%s)", (input, path, code) => {
    const { error, issues: found } = issues(input);
    expect(found[0]).toMatchObject({ path, code });
    expect(error.messageTh).toContain(path);
  });

  it("allows two people with one name when their citizen IDs differ", () => {
    const list = checkBeneficiaries([
      person("สมชาย", 5_000, id("110170000000")),
      person("สมชาย", 5_000, id("110170000001")),
    ]);
    expect(list).toHaveLength(2);
  });
});

describe("splitBenefit", () => {
  it("splits 100.00 baht three ways exactly: the earlier-named gets the leftover satang", () => {
    const list = checkBeneficiaries([person("ก", 3_334), person("ข", 3_333), person("ค", 3_333)]);
    expect(splitBenefit(10_000, list)).toEqual([3_334, 3_333, 3_333]);
    // 1.00 baht at 33.34/33.33/33.33: 33.34 → 33, 33.33 → 33, 33.33 → 33, 1 satang left → the largest remainder (ก).
    expect(splitBenefit(100, list)).toEqual([34, 33, 33]);
    expect(splitBenefit(0, list)).toEqual([0, 0, 0]);
  });
});
