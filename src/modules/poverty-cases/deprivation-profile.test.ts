// Tests for deprivation profiles from จปฐ. records and from imported rows.
import { describe, expect, it } from "vitest";
import { DEFAULT_DEPRIVATION_CONFIGS, type DeprivationConfig } from "./deprivation-config";
import {
  allFailingIndicators,
  newestProfile,
  profileFromBmn,
  profileFromImport,
  profileFromListRow,
} from "./deprivation-profile";
import { bmnRecord, caught, issuesOf } from "./poverty-test-fixture";

describe("profile from a จปฐ. record", () => {
  it("lists failing indicators per dimension and the failing dimensions, with the version used", () => {
    const profile = profileFromBmn(bmnRecord(2563, { failing: [8, 22, 10] }));
    expect(profile).toEqual({
      source: "bmn",
      dataYear: 2563,
      configVersion: "tpmap-bmn-plan12",
      failingIndicators: { health: [], living: [8, 10], education: [], income: [22], public_access: [] },
      failingDimensions: ["living", "income"],
      unassessed: [],
      isDeprived: true,
    });
    expect(allFailingIndicators(profile)).toEqual([8, 10, 22]);
  });

  it("ignores indicators outside the table (23 savings, 31 warm family)", () => {
    const profile = profileFromBmn(bmnRecord(2566, { failing: [23, 31] }));
    expect(profile.configVersion).toBe("tpmap-bmn-2565-assumed");
    expect(profile.failingDimensions).toEqual([]);
    expect(profile.isDeprived).toBe(false);
  });

  it("reports indicators the record does not answer as unassessed, not as passing or failing", () => {
    const profile = profileFromBmn(bmnRecord(2563, { missing: [15, 1], failing: [27] }));
    expect(profile.unassessed).toEqual([1, 15]);
    expect(profile.failingDimensions).toEqual(["public_access"]);
  });

  it("takes income from the record's criterion result, or from a fixed threshold when the table sets one", () => {
    const record = bmnRecord(2566, { passesIncome: true, incomePerPersonSatang: 3_900_000 });
    expect(profileFromBmn(record).failingIndicators.income).toEqual([]);
    const configs = structuredClone(DEFAULT_DEPRIVATION_CONFIGS) as DeprivationConfig[];
    configs[1]!.indicators.find((i) => i.bmn === 22)!.rule = {
      kind: "income_per_person",
      minSatang: 4_000_000,
    };
    expect(profileFromBmn(record, configs).failingIndicators.income).toEqual([22]);
    expect(
      profileFromBmn({ ...record, incomePerPersonSatang: 4_000_000 }, configs).failingIndicators.income,
    ).toEqual([]);
  });

  it("needs as many failures in a dimension as the table says", () => {
    const configs = structuredClone(DEFAULT_DEPRIVATION_CONFIGS) as DeprivationConfig[];
    configs[0]!.dimensionFailsAt.living = 2;
    expect(profileFromBmn(bmnRecord(2562, { failing: [9] }), configs).failingDimensions).toEqual([]);
    expect(profileFromBmn(bmnRecord(2562, { failing: [9, 11] }), configs).failingDimensions).toEqual([
      "living",
    ]);
  });

  it("refuses a survey year no version covers", () => {
    expect(caught(() => profileFromBmn(bmnRecord(2550))).code).toBe("poverty.no_deprivation_config");
  });
});

describe("profile imported directly", () => {
  it("from failing indicators: the others of the table pass", () => {
    const profile = profileFromImport({ dataYear: 2566, failingIndicators: [28, 8, 8] });
    expect(profile.source).toBe("import");
    expect(profile.failingIndicators.living).toEqual([8]);
    expect(profile.failingIndicators.public_access).toEqual([28]);
    expect(profile.failingDimensions).toEqual(["living", "public_access"]);
    expect(profile.unassessed).toEqual([]);
  });

  it("from failing dimensions only: the dimension fails and every indicator is unassessed", () => {
    const profile = profileFromImport({ dataYear: 2567, failingDimensions: ["income", "health"] });
    expect(profile.failingDimensions).toEqual(["health", "income"]);
    expect(profile.failingIndicators.income).toEqual([]);
    expect(profile.unassessed).toHaveLength(17);
  });

  it("an empty list means nothing fails", () => {
    const profile = profileFromImport({ dataYear: 2567, failingIndicators: [] });
    expect(profile.isDeprived).toBe(false);
  });

  it("refuses an indicator the table does not use, an unknown dimension, and a row with neither", () => {
    const err = caught(() =>
      profileFromImport({ dataYear: 2566, failingIndicators: [8, 23], failingDimensions: ["wealth"] }),
    );
    expect(err.code).toBe("poverty.invalid_imported_profile");
    expect(issuesOf(err).map((i) => [i.path, i.code])).toEqual([
      ["failingIndicators[1]", "not_in_table"],
      ["failingDimensions[0]", "unknown_value"],
    ]);
    expect(issuesOf(err)[0]!.th).toBe("ข้อ 23 ไม่อยู่ในตารางตัวชี้วัดฉบับ tpmap-bmn-2565-assumed");
    const none = caught(() => profileFromImport({ dataYear: 2566 }));
    expect(issuesOf(none).map((i) => i.path)).toEqual(["failingIndicators"]);
    expect(issuesOf(caught(() => profileFromImport({ dataYear: 66, failingIndicators: [] })))[0]!.path).toBe(
      "dataYear",
    );
  });
});

describe("the profile that describes a household now", () => {
  const bmn2566 = profileFromBmn(bmnRecord(2566, { failing: [8] }));
  const listed = (dataYear: number) =>
    profileFromListRow({ dataYear, failingIndicators: ["22"], failingDimensions: null });

  it("takes the newer data year of the record and the list; the record wins on the same year", () => {
    expect(newestProfile(bmn2566, listed(2567))).toMatchObject({ source: "import", dataYear: 2567 });
    expect(newestProfile(bmn2566, listed(2565))).toMatchObject({ source: "bmn", dataYear: 2566 });
    expect(newestProfile(bmn2566, listed(2566))).toMatchObject({
      source: "bmn",
      failingDimensions: ["living"],
    });
    expect(newestProfile(null, listed(2566))?.failingDimensions).toEqual(["income"]);
    expect(newestProfile(bmn2566, null)).toBe(bmn2566);
    expect(newestProfile(null, null)).toBeNull();
  });

  it("reads a stored list row: numbers as text, numbers outside the table and unknown dimensions left out", () => {
    const p = profileFromListRow({
      dataYear: 2567,
      failingIndicators: ["9", "23", "22"],
      failingDimensions: ["education", "happiness"],
    });
    expect(p.failingIndicators).toEqual({
      health: [],
      living: [9],
      education: [],
      income: [22],
      public_access: [],
    });
    expect(p.failingDimensions).toEqual(["living", "education", "income"]);
    const dimensionsOnly = profileFromListRow({
      dataYear: 2567,
      failingIndicators: null,
      failingDimensions: ["health"],
    });
    expect(dimensionsOnly.failingDimensions).toEqual(["health"]);
    expect(dimensionsOnly.unassessed).toHaveLength(17);
  });
});
