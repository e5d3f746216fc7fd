// A household's deprivation profile: failing indicators per dimension and failing dimensions, from its จปฐ. record or an imported row.
import type { BmnRecord } from "../../shared/contracts/index";
import { IssueList, throwIfIssues } from "../debt-centre/index";
import {
  configForYear,
  DEFAULT_DEPRIVATION_CONFIGS,
  type DeprivationConfig,
  type DeprivationIndicator,
  DIMENSIONS,
  type Dimension,
  isDimension,
} from "./deprivation-config";

/** The fields of the households module's จปฐ. record that the profile reads. */
export type BmnRecordForProfile = Pick<
  BmnRecord,
  "surveyYear" | "indicators" | "incomePerPersonSatang" | "passesIncomeCriterion"
>;

export interface DeprivationProfile {
  source: "bmn" | "import";
  /** The จปฐ. data year (B.E.) the profile describes. */
  dataYear: number;
  /** The table version used, so that a profile can be explained after the table changes. */
  configVersion: string;
  /** จปฐ. indicator numbers that fail, per dimension, ascending. */
  failingIndicators: Record<Dimension, number[]>;
  /** Dimensions that fail, in the table's dimension order. */
  failingDimensions: Dimension[];
  /** Indicators of the table with no answer (not applicable to the household, or not given). */
  unassessed: number[];
  isDeprived: boolean;
}

const emptyByDimension = (): Record<Dimension, number[]> => ({
  health: [],
  living: [],
  education: [],
  income: [],
  public_access: [],
});

function finish(
  source: DeprivationProfile["source"],
  dataYear: number,
  config: DeprivationConfig,
  failing: Record<Dimension, number[]>,
  unassessed: number[],
  extraDimensions: readonly Dimension[] = [],
): DeprivationProfile {
  for (const d of DIMENSIONS) failing[d].sort((a, b) => a - b);
  const failingDimensions = DIMENSIONS.filter(
    (d) => failing[d].length >= config.dimensionFailsAt[d] || extraDimensions.includes(d),
  );
  return {
    source,
    dataYear,
    configVersion: config.version,
    failingIndicators: failing,
    failingDimensions,
    unassessed: [...unassessed].sort((a, b) => a - b),
    isDeprived: failingDimensions.length > 0,
  };
}

/** Whether one indicator fails on a record: true, false, or null when the record does not answer it. */
export function indicatorFails(indicator: DeprivationIndicator, record: BmnRecordForProfile): boolean | null {
  if (indicator.rule.kind === "income_per_person") {
    return indicator.rule.minSatang === null
      ? !record.passesIncomeCriterion
      : record.incomePerPersonSatang < indicator.rule.minSatang;
  }
  const answer = record.indicators[String(indicator.bmn)];
  return answer === undefined ? null : !answer;
}

/** The profile of a จปฐ. record under the table version that covers its survey year. */
export function profileFromBmn(
  record: BmnRecordForProfile,
  configs: readonly DeprivationConfig[] = DEFAULT_DEPRIVATION_CONFIGS,
): DeprivationProfile {
  const config = configForYear(configs, record.surveyYear);
  const failing = emptyByDimension();
  const unassessed: number[] = [];
  for (const indicator of config.indicators) {
    const fails = indicatorFails(indicator, record);
    if (fails === null) unassessed.push(indicator.bmn);
    else if (fails) failing[indicator.dimension].push(indicator.bmn);
  }
  return finish("bmn", record.surveyYear, config, failing, unassessed);
}

/** A profile given directly by a list (e.g. a TPMAP export): failing indicators and/or failing dimensions. */
export interface ImportedDeprivation {
  dataYear: number;
  /** จปฐ. numbers that fail; when given, every other indicator of the table counts as passing. */
  failingIndicators?: readonly number[] | undefined;
  /** Dimensions the list marks as failing (a list may give dimensions without their indicators). */
  failingDimensions?: readonly string[] | undefined;
}

const IMPORTED = { th: "ข้อมูลมิติความยากจนที่นำเข้า", en: "The imported deprivation data" };

/**
 * The profile of an imported row, or invalid_input `poverty.invalid_imported_profile` naming every bad
 * field (an indicator the table does not use, an unknown dimension, neither indicators nor dimensions).
 * Without indicators, every indicator is unassessed: the list says which dimensions fail, not why.
 */
export function profileFromImport(
  row: ImportedDeprivation,
  configs: readonly DeprivationConfig[] = DEFAULT_DEPRIVATION_CONFIGS,
): DeprivationProfile {
  const v = new IssueList();
  v.integer("dataYear", row.dataYear, 2540, 2700);
  if (row.failingIndicators === undefined && row.failingDimensions === undefined) {
    v.add(
      "failingIndicators",
      "required",
      "ต้องระบุตัวชี้วัดที่ไม่ผ่านหรือมิติที่ไม่ผ่าน (ว่างได้ถ้าผ่านทั้งหมด)",
      "or failingDimensions is required (an empty list when everything passes)",
    );
  }
  throwIfIssues("poverty.invalid_imported_profile", IMPORTED, v.issues);
  const config = configForYear(configs, row.dataYear);
  const byBmn = new Map(config.indicators.map((i) => [i.bmn, i]));
  const failing = emptyByDimension();
  const seen = new Set<number>();
  (row.failingIndicators ?? []).forEach((bmn, k) => {
    const indicator = byBmn.get(bmn);
    if (!indicator) {
      v.add(
        `failingIndicators[${k}]`,
        "not_in_table",
        `ข้อ ${bmn} ไม่อยู่ในตารางตัวชี้วัดฉบับ ${config.version}`,
        `indicator ${bmn} is not in the table version ${config.version}`,
      );
    } else if (!seen.has(bmn)) {
      seen.add(bmn);
      failing[indicator.dimension].push(bmn);
    }
  });
  const dimensions: Dimension[] = [];
  (row.failingDimensions ?? []).forEach((d, k) => {
    if (v.oneOf(`failingDimensions[${k}]`, d, DIMENSIONS) && isDimension(d)) dimensions.push(d);
  });
  throwIfIssues("poverty.invalid_imported_profile", IMPORTED, v.issues);
  const unassessed = row.failingIndicators === undefined ? config.indicators.map((i) => i.bmn) : [];
  return finish("import", row.dataYear, config, failing, unassessed, dimensions);
}

/** Failing indicators of a profile as one ascending list. */
export const allFailingIndicators = (profile: DeprivationProfile): number[] =>
  DIMENSIONS.flatMap((d) => profile.failingIndicators[d]).sort((a, b) => a - b);

/**
 * The profile that describes the household now: the one of the newer data year; on the same year the จปฐ.
 * record wins, since it answers every indicator while a list may give only dimensions.
 */
export function newestProfile(
  fromBmn: DeprivationProfile | null,
  imported: DeprivationProfile | null,
): DeprivationProfile | null {
  if (!fromBmn) return imported;
  if (!imported) return fromBmn;
  return imported.dataYear > fromBmn.dataYear ? imported : fromBmn;
}

/**
 * A profile from a stored list row (indicator numbers as text). Numbers the table version does not use are
 * left out rather than refused: the list was accepted at import, and the bulk counts in SQL ignore them too.
 */
export function profileFromListRow(
  row: {
    dataYear: number;
    failingIndicators: readonly string[] | null;
    failingDimensions: readonly string[] | null;
  },
  configs: readonly DeprivationConfig[] = DEFAULT_DEPRIVATION_CONFIGS,
): DeprivationProfile {
  const config = configForYear(configs, row.dataYear);
  const used = new Set(config.indicators.map((i) => i.bmn));
  return profileFromImport(
    {
      dataYear: row.dataYear,
      failingIndicators: row.failingIndicators?.map(Number).filter((n) => used.has(n)),
      failingDimensions: row.failingDimensions?.filter(isDimension),
    },
    configs,
  );
}
