// Tests for the deprivation table: the TPMAP default, its validation and the version lookup.
import { describe, expect, it } from "vitest";
import {
  configForYear,
  DEFAULT_DEPRIVATION_CONFIGS,
  type DeprivationConfig,
  DIMENSIONS,
  parseDeprivationConfigs,
  TPMAP_INDICATORS,
} from "./deprivation-config";
import { caught, issuesOf } from "./poverty-test-fixture";

const clone = (): DeprivationConfig[] => structuredClone(DEFAULT_DEPRIVATION_CONFIGS) as DeprivationConfig[];

describe("the TPMAP default", () => {
  it("uses the 17 จปฐ. indicators of TPMAP's index list, grouped 4/4/4/3/2 into the five dimensions", () => {
    expect(TPMAP_INDICATORS.map((i) => i.bmn)).toEqual([
      1, 4, 5, 7, 8, 9, 10, 11, 15, 16, 17, 19, 20, 21, 22, 27, 28,
    ]);
    const byDimension = Object.fromEntries(
      DIMENSIONS.map((d) => [d, TPMAP_INDICATORS.filter((i) => i.dimension === d).map((i) => i.bmn)]),
    );
    expect(byDimension).toEqual({
      health: [1, 4, 5, 7],
      living: [8, 9, 10, 11],
      education: [15, 16, 17, 19],
      income: [20, 21, 22],
      public_access: [27, 28],
    });
  });

  it("judges income (22) against the record's own dated criterion, never a constant", () => {
    expect(TPMAP_INDICATORS.find((i) => i.bmn === 22)!.rule).toEqual({
      kind: "income_per_person",
      minSatang: null,
    });
    expect(TPMAP_INDICATORS.filter((i) => i.rule.kind === "bmn_pass")).toHaveLength(16);
  });

  it("is itself a valid table and survives validation unchanged", () => {
    expect(parseDeprivationConfigs(clone())).toEqual(clone());
  });

  it("finds the version covering a data year, and refuses a year no version covers", () => {
    expect(configForYear(DEFAULT_DEPRIVATION_CONFIGS, 2560).version).toBe("tpmap-bmn-plan12");
    expect(configForYear(DEFAULT_DEPRIVATION_CONFIGS, 2564).version).toBe("tpmap-bmn-plan12");
    expect(configForYear(DEFAULT_DEPRIVATION_CONFIGS, 2565).version).toBe("tpmap-bmn-2565-assumed");
    expect(configForYear(DEFAULT_DEPRIVATION_CONFIGS, 2590).version).toBe("tpmap-bmn-2565-assumed");
    const err = caught(() => configForYear(DEFAULT_DEPRIVATION_CONFIGS, 2555));
    expect(err.code).toBe("poverty.no_deprivation_config");
    expect(err.messageTh).toContain("2555");
    expect(err.message).toBe("No deprivation table covers data year 2555");
  });
});

describe("validating a custom table", () => {
  it("refuses a dimension without indicators", () => {
    const configs = clone();
    configs[0]!.indicators = configs[0]!.indicators.filter((i) => i.dimension !== "public_access");
    const err = caught(() => parseDeprivationConfigs(configs));
    expect(err.kind).toBe("invalid_input");
    expect(err.code).toBe("poverty.invalid_deprivation_config");
    expect(issuesOf(err)).toEqual([
      {
        path: "configs[0].indicators",
        code: "dimension_empty",
        th: "มิติการเข้าถึงบริการรัฐไม่มีตัวชี้วัด",
        en: "the access to public services dimension has no indicator",
      },
    ]);
    expect(err.messageTh).toContain("ตารางตัวชี้วัดความยากจนไม่ถูกต้อง: configs[0].indicators");
  });

  it("refuses an indicator listed twice and a number outside 1–31", () => {
    const configs = clone();
    configs[1]!.indicators.push({ ...configs[1]!.indicators[0]! });
    configs[1]!.indicators[2]!.bmn = 32;
    const issues = issuesOf(caught(() => parseDeprivationConfigs(configs)));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ["configs[1].indicators[2].bmn", "out_of_range"],
      ["configs[1].indicators[17].bmn", "duplicate"],
    ]);
    expect(issues[1]!.en).toBe("BMN indicator 1 is already listed at indicators[0]");
  });

  it("refuses versions whose data years overlap, and a repeated version name", () => {
    const configs = clone();
    configs[1]!.fromDataYear = 2564;
    const overlap = issuesOf(caught(() => parseDeprivationConfigs(configs)));
    expect(overlap).toHaveLength(1);
    expect(overlap[0]!.path).toBe("configs[1].fromDataYear");
    expect(overlap[0]!.code).toBe("overlap");
    expect(overlap[0]!.en).toContain('"tpmap-bmn-plan12" (2560–2564)');

    const open = clone();
    open[0]!.toDataYear = null;
    expect(issuesOf(caught(() => parseDeprivationConfigs(open)))[0]!.th).toContain("2560–ปัจจุบัน");

    const named = clone();
    named[1]!.version = "tpmap-bmn-plan12";
    expect(issuesOf(caught(() => parseDeprivationConfigs(named))).map((i) => i.code)).toEqual(["duplicate"]);
  });

  it("refuses a reversed year range, a failing count above the dimension's indicators, and a bad income rule", () => {
    const configs = clone();
    configs[0]!.toDataYear = 2559;
    configs[0]!.dimensionFailsAt.public_access = 3;
    configs[0]!.indicators[14]!.rule = { kind: "income_per_person", minSatang: -5 };
    const issues = issuesOf(caught(() => parseDeprivationConfigs(configs)));
    expect(issues.map((i) => i.path)).toEqual([
      "configs[0].toDataYear",
      "configs[0].indicators[14].rule.minSatang",
      "configs[0].dimensionFailsAt.public_access",
    ]);
    expect(issues[2]!.en).toBe("must be a whole number from 1 to 2");
  });

  it("accepts a custom version with a fixed income threshold and two failures needed for living conditions", () => {
    const configs = clone().slice(1);
    configs[0]!.version = "province-2567";
    configs[0]!.indicators[14]!.rule = { kind: "income_per_person", minSatang: 4_000_000 };
    configs[0]!.dimensionFailsAt.living = 2;
    const parsed = parseDeprivationConfigs(configs);
    expect(parsed[0]!.indicators[14]!.rule).toEqual({ kind: "income_per_person", minSatang: 4_000_000 });
    expect(parsed[0]!.dimensionFailsAt.living).toBe(2);
  });

  it("refuses what is not a list", () => {
    expect(issuesOf(caught(() => parseDeprivationConfigs({}))).map((i) => i.code)).toEqual(["not_list"]);
    expect(issuesOf(caught(() => parseDeprivationConfigs([]))).map((i) => i.code)).toEqual(["not_list"]);
    expect(issuesOf(caught(() => parseDeprivationConfigs([42]))).map((i) => i.code)).toEqual(["not_object"]);
  });
});
