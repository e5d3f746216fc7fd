// The deprivation table (TPMAP's 5 dimensions, their จปฐ. indicators and thresholds, versioned by data year) and the validation of a custom table.
import { BMN_INDICATOR_COUNT } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { IssueList, throwIfIssues } from "../debt-centre/index";

/** TPMAP's five dimensions (domain §3.3). */
export const DIMENSIONS = ["health", "living", "education", "income", "public_access"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_NAMES: Record<Dimension, { th: string; en: string }> = {
  health: { th: "สุขภาพ", en: "health" },
  living: { th: "ความเป็นอยู่", en: "living conditions" },
  education: { th: "การศึกษา", en: "education" },
  income: { th: "รายได้", en: "income" },
  public_access: { th: "การเข้าถึงบริการรัฐ", en: "access to public services" },
};

export const isDimension = (value: unknown): value is Dimension =>
  typeof value === "string" && (DIMENSIONS as readonly string[]).includes(value);

/**
 * When an indicator fails. `bmn_pass`: the จปฐ. record marks it failed (the questionnaire's own pass mark,
 * described in `threshold`). `income_per_person`: per-person yearly income below `minSatang`, or below the
 * record's own dated จปฐ. criterion when `minSatang` is null (domain §3.1: never hard-code the criterion).
 */
export type IndicatorRule = { kind: "bmn_pass" } | { kind: "income_per_person"; minSatang: number | null };

export interface DeprivationIndicator {
  /** The จปฐ. indicator number (1–31, Plan 12 numbering used by the households module). */
  bmn: number;
  dimension: Dimension;
  name: { th: string; en: string };
  /** What passing means, in words (the questionnaire's pass mark). */
  threshold: { th: string; en: string };
  rule: IndicatorRule;
}

export interface DeprivationConfig {
  /** A name unique in the table, e.g. "tpmap-2561". */
  version: string;
  /** First and last จปฐ. data year (B.E.) this version applies to; `toDataYear` null = open-ended. */
  fromDataYear: number;
  toDataYear: number | null;
  source: string;
  indicators: DeprivationIndicator[];
  /**
   * How many failing indicators make a dimension fail. TPMAP counts a dimension as failing when at least
   * one of its indicators fails: UNVERIFIED (inferred), hence a parameter.
   */
  dimensionFailsAt: Record<Dimension, number>;
}

const bmnPass: IndicatorRule = { kind: "bmn_pass" };

/**
 * The 17 จปฐ. indicators TPMAP's MPI uses (index list verified, domain §3.3 [S11b]); their grouping into
 * dimensions is UNVERIFIED (inferred from the indicator topics, domain §3.3). Topics and the pass marks of
 * 1, 9, 10 and 22 are in domain §3.1; the Thai wording and the other pass marks are UNVERIFIED paraphrases
 * of the Plan 12 questionnaire.
 */
export const TPMAP_INDICATORS: readonly DeprivationIndicator[] = Object.freeze([
  {
    bmn: 1,
    dimension: "health",
    name: { th: "เด็กแรกเกิดมีน้ำหนักตั้งแต่ 2,500 กรัมขึ้นไป", en: "Newborns weigh at least 2,500 g" },
    threshold: { th: "น้ำหนักแรกเกิด ≥ 2,500 กรัม", en: "birth weight ≥ 2,500 g" },
    rule: bmnPass,
  },
  {
    bmn: 4,
    dimension: "health",
    name: { th: "ครัวเรือนกินอาหารถูกสุขลักษณะ ปลอดภัย", en: "The household eats hygienic, safe food" },
    threshold: { th: "ผ่านเกณฑ์ จปฐ. ข้อ 4", en: "passes BMN indicator 4" },
    rule: bmnPass,
  },
  {
    bmn: 5,
    dimension: "health",
    name: { th: "ครัวเรือนใช้ยาบำบัดอาการเจ็บป่วยเบื้องต้นอย่างเหมาะสม", en: "Appropriate use of medicine" },
    threshold: { th: "ผ่านเกณฑ์ จปฐ. ข้อ 5", en: "passes BMN indicator 5" },
    rule: bmnPass,
  },
  {
    bmn: 7,
    dimension: "health",
    name: { th: "คนอายุ 6 ปีขึ้นไปออกกำลังกายสม่ำเสมอ", en: "People aged 6+ exercise regularly" },
    threshold: { th: "อย่างน้อยสัปดาห์ละ 3 วัน วันละ 30 นาที", en: "at least 3 days a week, 30 minutes a day" },
    rule: bmnPass,
  },
  {
    bmn: 8,
    dimension: "living",
    name: { th: "ครัวเรือนมีความมั่นคงในที่อยู่อาศัย บ้านคงทนถาวร", en: "Secure, durable housing" },
    threshold: { th: "ผ่านเกณฑ์ จปฐ. ข้อ 8", en: "passes BMN indicator 8" },
    rule: bmnPass,
  },
  {
    bmn: 9,
    dimension: "living",
    name: { th: "มีน้ำสะอาดสำหรับดื่มและบริโภคเพียงพอ", en: "Enough clean drinking water" },
    threshold: { th: "อย่างน้อยคนละ 5 ลิตรต่อวัน ตลอดปี", en: "at least 5 L per person per day all year" },
    rule: bmnPass,
  },
  {
    bmn: 10,
    dimension: "living",
    name: { th: "มีน้ำใช้เพียงพอ", en: "Enough water for use" },
    threshold: { th: "อย่างน้อยคนละ 45 ลิตรต่อวัน ตลอดปี", en: "at least 45 L per person per day all year" },
    rule: bmnPass,
  },
  {
    bmn: 11,
    dimension: "living",
    name: { th: "บ้านเป็นระเบียบ สะอาด ถูกสุขลักษณะ", en: "A tidy, clean, hygienic home" },
    threshold: { th: "ผ่านเกณฑ์ จปฐ. ข้อ 11", en: "passes BMN indicator 11" },
    rule: bmnPass,
  },
  {
    bmn: 15,
    dimension: "education",
    name: { th: "เด็กอายุ 3–5 ปีได้รับบริการก่อนวัยเรียน", en: "Children aged 3–5 in pre-school care" },
    threshold: { th: "ผ่านเกณฑ์ จปฐ. ข้อ 15", en: "passes BMN indicator 15" },
    rule: bmnPass,
  },
  {
    bmn: 16,
    dimension: "education",
    name: {
      th: "เด็กอายุ 6–14 ปีได้รับการศึกษาภาคบังคับ 9 ปี",
      en: "Children aged 6–14 in 9-year compulsory education",
    },
    threshold: { th: "ผ่านเกณฑ์ จปฐ. ข้อ 16", en: "passes BMN indicator 16" },
    rule: bmnPass,
  },
  {
    bmn: 17,
    dimension: "education",
    name: {
      th: "เด็กจบ ม.3 ได้เรียนต่อ ม.4 หรือเทียบเท่า",
      en: "Children finishing M.3 go on to M.4 or equivalent",
    },
    threshold: { th: "ผ่านเกณฑ์ จปฐ. ข้อ 17", en: "passes BMN indicator 17" },
    rule: bmnPass,
  },
  {
    bmn: 19,
    dimension: "education",
    name: {
      th: "คนอายุ 15–59 ปีอ่าน เขียนภาษาไทย และคิดเลขอย่างง่ายได้",
      en: "People aged 15–59 read, write and count",
    },
    threshold: { th: "ผ่านเกณฑ์ จปฐ. ข้อ 19", en: "passes BMN indicator 19" },
    rule: bmnPass,
  },
  {
    bmn: 20,
    dimension: "income",
    name: { th: "คนอายุ 15–59 ปีมีอาชีพและรายได้", en: "People aged 15–59 have an occupation and income" },
    threshold: { th: "ผ่านเกณฑ์ จปฐ. ข้อ 20", en: "passes BMN indicator 20" },
    rule: bmnPass,
  },
  {
    bmn: 21,
    dimension: "income",
    name: { th: "คนอายุ 60 ปีขึ้นไปมีอาชีพและรายได้", en: "People aged 60+ have an occupation and income" },
    threshold: { th: "ผ่านเกณฑ์ จปฐ. ข้อ 21", en: "passes BMN indicator 21" },
    rule: bmnPass,
  },
  {
    bmn: 22,
    dimension: "income",
    name: { th: "รายได้เฉลี่ยของคนในครัวเรือนต่อปี", en: "Average yearly income per person" },
    threshold: {
      th: "รายได้ต่อคนต่อปีไม่ต่ำกว่าเกณฑ์ จปฐ. ของปีที่สำรวจ",
      en: "per-person yearly income at least the BMN criterion of the survey year",
    },
    rule: { kind: "income_per_person", minSatang: null },
  },
  {
    bmn: 27,
    dimension: "public_access",
    name: { th: "ผู้สูงอายุได้รับการดูแล", en: "Elderly people are cared for" },
    threshold: { th: "ผ่านเกณฑ์ จปฐ. ข้อ 27", en: "passes BMN indicator 27" },
    rule: bmnPass,
  },
  {
    bmn: 28,
    dimension: "public_access",
    name: { th: "ผู้พิการได้รับการดูแล", en: "Disabled people are cared for" },
    threshold: { th: "ผ่านเกณฑ์ จปฐ. ข้อ 28", en: "passes BMN indicator 28" },
    rule: bmnPass,
  },
] satisfies DeprivationIndicator[]);

const copyIndicators = (): DeprivationIndicator[] =>
  TPMAP_INDICATORS.map((i) => ({
    ...i,
    name: { ...i.name },
    threshold: { ...i.threshold },
    rule: { ...i.rule },
  }));

const ONE_PER_DIMENSION: Record<Dimension, number> = {
  health: 1,
  living: 1,
  education: 1,
  income: 1,
  public_access: 1,
};

/**
 * The default table. 2560–2564: Plan 12 จปฐ. (31 indicators), the numbering TPMAP's index list refers to.
 * From 2565 the Plan 13 questionnaire changed (domain §3.1: count and numbering UNVERIFIED); the second
 * version keeps the Plan 12 mapping until the new one is confirmed, so that it can be replaced alone.
 */
export const DEFAULT_DEPRIVATION_CONFIGS: readonly DeprivationConfig[] = Object.freeze([
  {
    version: "tpmap-bmn-plan12",
    fromDataYear: 2560,
    toDataYear: 2564,
    source: "domain §3.3 [S11b] index list; dimension grouping UNVERIFIED",
    indicators: copyIndicators(),
    dimensionFailsAt: { ...ONE_PER_DIMENSION },
  },
  {
    version: "tpmap-bmn-2565-assumed",
    fromDataYear: 2565,
    toDataYear: null,
    source: "UNVERIFIED: Plan 12 mapping assumed for Plan 13 data years until confirmed",
    indicators: copyIndicators(),
    dimensionFailsAt: { ...ONE_PER_DIMENSION },
  },
]);

const TABLE = { th: "ตารางตัวชี้วัดความยากจน", en: "The deprivation table" };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Validates an untrusted table (a list of versions) and returns it typed, or throws invalid_input
 * `poverty.invalid_deprivation_config` naming every bad field: each version needs a unique name, a year
 * range that overlaps no other version, indicators 1–31 each listed once, at least one indicator in every
 * dimension, and a failing count per dimension between 1 and the number of its indicators.
 */
export function parseDeprivationConfigs(input: unknown): DeprivationConfig[] {
  const v = new IssueList();
  if (!Array.isArray(input) || input.length === 0) {
    v.add("configs", "not_list", "ต้องเป็นรายการฉบับอย่างน้อย 1 ฉบับ", "must be a list of at least one version");
    throwIfIssues("poverty.invalid_deprivation_config", TABLE, v.issues);
  }
  const configs: DeprivationConfig[] = [];
  const versions = new Map<string, number>();
  (input as unknown[]).forEach((raw, k) => {
    const at = `configs[${k}]`;
    const config = checkConfig(v, at, raw);
    if (!config) return;
    const earlier = versions.get(config.version);
    if (earlier !== undefined) {
      v.add(
        `${at}.version`,
        "duplicate",
        `ชื่อฉบับ "${config.version}" ซ้ำกับ configs[${earlier}]`,
        `repeats the version name "${config.version}" of configs[${earlier}]`,
      );
    }
    versions.set(config.version, k);
    configs.push(config);
  });
  const ordered = configs
    .map((c, k) => ({ c, k }))
    .sort((a, b) => a.c.fromDataYear - b.c.fromDataYear || a.k - b.k);
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]!;
    const next = ordered[i]!;
    const prevEnd = prev.c.toDataYear ?? Number.POSITIVE_INFINITY;
    if (next.c.fromDataYear <= prevEnd) {
      v.add(
        `configs[${next.k}].fromDataYear`,
        "overlap",
        `ปีข้อมูลซ้อนกับฉบับ "${prev.c.version}" (${prev.c.fromDataYear}–${prev.c.toDataYear ?? "ปัจจุบัน"})`,
        `overlaps the data years of "${prev.c.version}" (${prev.c.fromDataYear}–${prev.c.toDataYear ?? "open"})`,
      );
    }
  }
  throwIfIssues("poverty.invalid_deprivation_config", TABLE, v.issues);
  return configs;
}

function checkConfig(v: IssueList, at: string, raw: unknown): DeprivationConfig | null {
  if (!isRecord(raw)) {
    v.add(at, "not_object", "ต้องเป็นข้อมูลฉบับหนึ่งฉบับ", "must be one version");
    return null;
  }
  const before = v.issues.length;
  v.text(`${at}.version`, raw.version, { max: 64 });
  const fromOk = v.integer(`${at}.fromDataYear`, raw.fromDataYear, 2540, 2700);
  const toOk = raw.toDataYear === null || v.integer(`${at}.toDataYear`, raw.toDataYear, 2540, 2700);
  if (
    fromOk &&
    toOk &&
    raw.toDataYear !== null &&
    (raw.toDataYear as number) < (raw.fromDataYear as number)
  ) {
    v.add(`${at}.toDataYear`, "before_start", "ต้องไม่น้อยกว่าปีเริ่มต้น", "must not precede fromDataYear");
  }
  v.text(`${at}.source`, raw.source, { max: 300 });
  const indicators: DeprivationIndicator[] = [];
  if (!Array.isArray(raw.indicators) || raw.indicators.length === 0) {
    v.add(`${at}.indicators`, "not_list", "ต้องมีตัวชี้วัดอย่างน้อย 1 ตัว", "must list at least one indicator");
  } else {
    const seen = new Map<number, number>();
    raw.indicators.forEach((item, j) => {
      const indicator = checkIndicator(v, `${at}.indicators[${j}]`, item);
      if (!indicator) return;
      const earlier = seen.get(indicator.bmn);
      if (earlier !== undefined) {
        v.add(
          `${at}.indicators[${j}].bmn`,
          "duplicate",
          `ตัวชี้วัด จปฐ. ข้อ ${indicator.bmn} ซ้ำกับ indicators[${earlier}]`,
          `BMN indicator ${indicator.bmn} is already listed at indicators[${earlier}]`,
        );
      }
      seen.set(indicator.bmn, j);
      indicators.push(indicator);
    });
    if (v.issues.length === before) {
      for (const d of DIMENSIONS) {
        if (!indicators.some((i) => i.dimension === d)) {
          v.add(
            `${at}.indicators`,
            "dimension_empty",
            `มิติ${DIMENSION_NAMES[d].th}ไม่มีตัวชี้วัด`,
            `the ${DIMENSION_NAMES[d].en} dimension has no indicator`,
          );
        }
      }
    }
  }
  const failsAt = {} as Record<Dimension, number>;
  if (!isRecord(raw.dimensionFailsAt)) {
    v.add(`${at}.dimensionFailsAt`, "not_object", "ต้องระบุทุกมิติ", "must give a count for every dimension");
  } else {
    for (const d of DIMENSIONS) {
      const count = indicators.filter((i) => i.dimension === d).length;
      if (v.integer(`${at}.dimensionFailsAt.${d}`, raw.dimensionFailsAt[d], 1, Math.max(1, count))) {
        failsAt[d] = raw.dimensionFailsAt[d] as number;
      }
    }
  }
  if (v.issues.length > before) return null;
  return {
    version: (raw.version as string).trim(),
    fromDataYear: raw.fromDataYear as number,
    toDataYear: raw.toDataYear as number | null,
    source: (raw.source as string).trim(),
    indicators,
    dimensionFailsAt: failsAt,
  };
}

function checkIndicator(v: IssueList, at: string, raw: unknown): DeprivationIndicator | null {
  if (!isRecord(raw)) {
    v.add(at, "not_object", "ต้องเป็นตัวชี้วัดหนึ่งตัว", "must be one indicator");
    return null;
  }
  const before = v.issues.length;
  v.integer(`${at}.bmn`, raw.bmn, 1, BMN_INDICATOR_COUNT);
  v.oneOf(`${at}.dimension`, raw.dimension, DIMENSIONS);
  for (const part of ["name", "threshold"] as const) {
    const text = raw[part];
    if (!isRecord(text)) {
      v.add(`${at}.${part}`, "required", "ต้องระบุทั้งภาษาไทยและอังกฤษ", "needs Thai and English text");
    } else {
      v.text(`${at}.${part}.th`, text.th);
      v.text(`${at}.${part}.en`, text.en);
    }
  }
  const rule = raw.rule;
  let parsedRule: IndicatorRule = bmnPass;
  if (!isRecord(rule)) {
    v.add(`${at}.rule`, "required", "ต้องระบุเกณฑ์", "needs a rule");
  } else if (
    v.oneOf(`${at}.rule.kind`, rule.kind, ["bmn_pass", "income_per_person"] as const) &&
    rule.kind === "income_per_person"
  ) {
    if (rule.minSatang === null || v.satang(`${at}.rule.minSatang`, rule.minSatang, { min: 1 })) {
      parsedRule = { kind: "income_per_person", minSatang: rule.minSatang as number | null };
    }
  }
  if (v.issues.length > before) return null;
  const name = raw.name as { th: string; en: string };
  const threshold = raw.threshold as { th: string; en: string };
  return {
    bmn: raw.bmn as number,
    dimension: raw.dimension as Dimension,
    name: { th: name.th.trim(), en: name.en.trim() },
    threshold: { th: threshold.th.trim(), en: threshold.en.trim() },
    rule: parsedRule,
  };
}

/** The version that covers a data year, or throws invalid_input `poverty.no_deprivation_config`. */
export function configForYear(configs: readonly DeprivationConfig[], dataYear: number): DeprivationConfig {
  const found = configs.find((c) => c.fromDataYear <= dataYear && (c.toDataYear ?? 9999) >= dataYear);
  if (found) return found;
  throw invalidInput(
    "poverty.no_deprivation_config",
    {
      th: `ไม่มีตารางตัวชี้วัดสำหรับข้อมูลปี ${dataYear}`,
      en: `No deprivation table covers data year ${dataYear}`,
    },
    { dataYear },
  );
}
