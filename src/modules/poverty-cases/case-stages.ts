// Case stages (survive → sufficient → sustainable): configurable criteria the system evaluates, allowed moves, stage history, closing reasons and the graduation rule.
import { BMN_INDICATOR_COUNT } from "../../shared/contracts/index";
import { conflict, invalidInput, ruleViolation } from "../../shared/errors";
import { formatThaiShort, type IsoDate } from "../../shared/thai-date";
import { IssueList, throwIfIssues } from "../debt-centre/index";
import { LOAN_CLASSES, type LoanClass } from "../loans/index";
import {
  DEFAULT_DEPRIVATION_CONFIGS,
  type DeprivationConfig,
  DIMENSION_NAMES,
  DIMENSIONS,
  type Dimension,
} from "./deprivation-config";
import type { DeprivationProfile } from "./deprivation-profile";

export const STAGES = ["survive", "sufficient", "sustainable"] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_NAMES: Record<Stage, { th: string; en: string }> = {
  survive: { th: "อยู่รอด", en: "survive" },
  sufficient: { th: "พอเพียง", en: "sufficient" },
  sustainable: { th: "ยั่งยืน", en: "sustainable" },
};

const stageIndex = (s: Stage): number => STAGES.indexOf(s);

/**
 * One criterion of a stage. `no_failing_dimensions`: none of these dimensions fails in the latest data
 * year. `indicators_pass`: these จปฐ. indicators pass in the latest year (22 income, 23 savings, 20
 * occupation…). `consecutive_years`: the per-year criteria of `stage` (and the stages before it) hold in
 * each of the last `years` consecutive data years. `loans_current`: every loan of the household is in one
 * of `currentClasses` (loans module delinquency classes).
 */
export type StageCriterion =
  | { kind: "no_failing_dimensions"; dimensions: Dimension[] }
  | { kind: "indicators_pass"; indicators: number[] }
  | { kind: "consecutive_years"; years: number; stage: Stage }
  | { kind: "loans_current"; currentClasses: LoanClass[] };

export const CRITERION_KINDS = [
  "no_failing_dimensions",
  "indicators_pass",
  "consecutive_years",
  "loans_current",
] as const;

export interface StageRules {
  /** What achieves each stage; a stage is achieved when its criteria and every earlier stage's hold. */
  criteria: Record<Stage, StageCriterion[]>;
  graduation: {
    /** Graduation refused while any loan of the household is outside `currentClasses`. */
    requireLoansCurrent: boolean;
    currentClasses: LoanClass[];
  };
}

/**
 * Loan classes that count as "current". Postponed (ผ่อนผัน) is left out: a household under a postponement
 * is still in difficulty. UNVERIFIED design default.
 */
export const DEFAULT_CURRENT_LOAN_CLASSES: readonly LoanClass[] = Object.freeze([
  "current",
  "due_soon",
  "closed",
]);

/**
 * Design defaults, all UNVERIFIED (domain §8 names the stages, not their criteria): survive = no failing
 * health or living-conditions dimension; sufficient = per-person income at least the จปฐ. criterion
 * (indicator 22); sustainable = the sufficient criteria in 2 consecutive data years, the household saves
 * (indicator 23) and its working-age members have an occupation (indicator 20). Graduation does not require
 * current loans unless the province turns the option on.
 */
export const DEFAULT_STAGE_RULES: StageRules = Object.freeze({
  criteria: {
    survive: [{ kind: "no_failing_dimensions", dimensions: ["health", "living"] }],
    sufficient: [{ kind: "indicators_pass", indicators: [22] }],
    sustainable: [
      { kind: "consecutive_years", years: 2, stage: "sufficient" },
      { kind: "indicators_pass", indicators: [23, 20] },
    ],
  },
  graduation: { requireLoansCurrent: false, currentClasses: [...DEFAULT_CURRENT_LOAN_CLASSES] },
}) as StageRules;

const RULES = { th: "เกณฑ์ขั้นการพัฒนา", en: "The stage rules" };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Validates untrusted stage rules, or throws invalid_input `poverty.invalid_stage_rules` naming every bad field. */
export function parseStageRules(input: unknown): StageRules {
  const v = new IssueList();
  if (!isRecord(input) || !isRecord(input.criteria) || !isRecord(input.graduation)) {
    v.add("rules", "not_object", "ต้องมี criteria และ graduation", "must have criteria and graduation");
    throwIfIssues("poverty.invalid_stage_rules", RULES, v.issues);
  }
  const raw = input as { criteria: Record<string, unknown>; graduation: Record<string, unknown> };
  const criteria = { survive: [], sufficient: [], sustainable: [] } as Record<Stage, StageCriterion[]>;
  for (const stage of STAGES) {
    const list = raw.criteria[stage];
    const at = `criteria.${stage}`;
    if (!Array.isArray(list) || list.length === 0) {
      v.add(at, "not_list", "ต้องมีเกณฑ์อย่างน้อย 1 ข้อ", "must list at least one criterion");
      continue;
    }
    list.forEach((c, k) => {
      const parsed = checkCriterion(v, `${at}[${k}]`, c, stage);
      if (parsed) criteria[stage].push(parsed);
    });
  }
  v.boolean("graduation.requireLoansCurrent", raw.graduation.requireLoansCurrent);
  const classes = checkLoanClasses(v, "graduation.currentClasses", raw.graduation.currentClasses);
  throwIfIssues("poverty.invalid_stage_rules", RULES, v.issues);
  return {
    criteria,
    graduation: {
      requireLoansCurrent: raw.graduation.requireLoansCurrent as boolean,
      currentClasses: classes,
    },
  };
}

function checkLoanClasses(v: IssueList, at: string, raw: unknown): LoanClass[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    v.add(at, "not_list", "ต้องระบุประเภทหนี้ที่ถือว่าปกติอย่างน้อย 1 ประเภท", "must list at least one loan class");
    return [];
  }
  const out: LoanClass[] = [];
  raw.forEach((c, k) => {
    if (v.oneOf(`${at}[${k}]`, c, LOAN_CLASSES)) out.push(c as LoanClass);
  });
  return out;
}

function checkCriterion(v: IssueList, at: string, raw: unknown, stage: Stage): StageCriterion | null {
  if (!isRecord(raw) || !v.oneOf(`${at}.kind`, raw.kind, CRITERION_KINDS)) {
    if (!isRecord(raw)) v.add(at, "not_object", "ต้องเป็นเกณฑ์หนึ่งข้อ", "must be one criterion");
    return null;
  }
  const before = v.issues.length;
  switch (raw.kind) {
    case "no_failing_dimensions": {
      const list = Array.isArray(raw.dimensions) ? raw.dimensions : [];
      if (list.length === 0) v.add(`${at}.dimensions`, "not_list", "ต้องระบุมิติ", "must list dimensions");
      list.forEach((d, k) => {
        v.oneOf(`${at}.dimensions[${k}]`, d, DIMENSIONS);
      });
      return v.issues.length > before
        ? null
        : { kind: "no_failing_dimensions", dimensions: list as Dimension[] };
    }
    case "indicators_pass": {
      const list = Array.isArray(raw.indicators) ? raw.indicators : [];
      if (list.length === 0) v.add(`${at}.indicators`, "not_list", "ต้องระบุตัวชี้วัด", "must list indicators");
      list.forEach((n, k) => {
        v.integer(`${at}.indicators[${k}]`, n, 1, BMN_INDICATOR_COUNT);
      });
      return v.issues.length > before ? null : { kind: "indicators_pass", indicators: list as number[] };
    }
    case "consecutive_years": {
      v.integer(`${at}.years`, raw.years, 1, 10);
      if (v.oneOf(`${at}.stage`, raw.stage, STAGES) && stageIndex(raw.stage as Stage) >= stageIndex(stage)) {
        v.add(
          `${at}.stage`,
          "not_earlier",
          "ต้องเป็นขั้นก่อนหน้าขั้นนี้",
          "must be a stage before the one it belongs to",
        );
      }
      return v.issues.length > before
        ? null
        : { kind: "consecutive_years", years: raw.years as number, stage: raw.stage as Stage };
    }
    default: {
      const classes = checkLoanClasses(v, `${at}.currentClasses`, raw.currentClasses);
      return v.issues.length > before ? null : { kind: "loans_current", currentClasses: classes };
    }
  }
}

export interface StageYearEvidence {
  dataYear: number;
  profile: DeprivationProfile;
  /** The จปฐ. record's answers, for indicators outside the deprivation table (23 savings…). */
  indicators?: Readonly<Record<string, boolean>> | undefined;
}

export interface StageEvidence {
  /** The household's profiles, one per data year, any order. */
  years: readonly StageYearEvidence[];
  /** The delinquency class of each of the household's loans (loans module `classifyLoan`). */
  loanClasses: readonly LoanClass[];
}

export interface CriterionResult {
  stage: Stage;
  criterion: StageCriterion;
  met: boolean;
  reason: { th: string; en: string };
}

export interface StageEvaluation {
  stage: Stage;
  /** This stage's criteria and every earlier stage's hold. */
  met: boolean;
  results: CriterionResult[];
}

export interface Evaluation {
  /** The latest data year in the evidence (null without any). */
  dataYear: number | null;
  stages: Record<Stage, StageEvaluation>;
  /** The last stage achieved, or null. */
  highestMet: Stage | null;
}

type Verdict = { met: boolean; reason: { th: string; en: string } };

function indicatorStatus(
  year: StageYearEvidence,
  bmn: number,
  configs: readonly DeprivationConfig[],
): boolean | null {
  const p = year.profile;
  if (DIMENSIONS.some((d) => p.failingIndicators[d].includes(bmn))) return false;
  const answer = year.indicators?.[String(bmn)];
  if (answer !== undefined) return answer;
  const config = configs.find((c) => c.version === p.configVersion);
  if (config?.indicators.some((i) => i.bmn === bmn) && !p.unassessed.includes(bmn)) return true;
  return null;
}

function perYear(
  criterion: Exclude<StageCriterion, { kind: "consecutive_years" | "loans_current" }>,
  year: StageYearEvidence,
  configs: readonly DeprivationConfig[],
): Verdict {
  if (criterion.kind === "no_failing_dimensions") {
    const failing = criterion.dimensions.filter((d) => year.profile.failingDimensions.includes(d));
    const names = (ds: Dimension[], lang: "th" | "en") => ds.map((d) => DIMENSION_NAMES[d][lang]).join(", ");
    return failing.length === 0
      ? {
          met: true,
          reason: {
            th: `ปี ${year.dataYear}: ผ่านมิติ${names(criterion.dimensions, "th")}`,
            en: `${year.dataYear}: no failing ${names(criterion.dimensions, "en")} dimension`,
          },
        }
      : {
          met: false,
          reason: {
            th: `ปี ${year.dataYear}: ไม่ผ่านมิติ${names(failing, "th")}`,
            en: `${year.dataYear}: the ${names(failing, "en")} dimension fails`,
          },
        };
  }
  const failing: number[] = [];
  const unknown: number[] = [];
  for (const n of criterion.indicators) {
    const status = indicatorStatus(year, n, configs);
    if (status === null) unknown.push(n);
    else if (!status) failing.push(n);
  }
  if (failing.length > 0) {
    return {
      met: false,
      reason: {
        th: `ปี ${year.dataYear}: ไม่ผ่าน จปฐ. ข้อ ${failing.join(", ")}`,
        en: `${year.dataYear}: BMN indicator ${failing.join(", ")} fails`,
      },
    };
  }
  if (unknown.length > 0) {
    return {
      met: false,
      reason: {
        th: `ปี ${year.dataYear}: ไม่มีข้อมูล จปฐ. ข้อ ${unknown.join(", ")}`,
        en: `${year.dataYear}: no data for BMN indicator ${unknown.join(", ")}`,
      },
    };
  }
  return {
    met: true,
    reason: {
      th: `ปี ${year.dataYear}: ผ่าน จปฐ. ข้อ ${criterion.indicators.join(", ")}`,
      en: `${year.dataYear}: BMN indicator ${criterion.indicators.join(", ")} passes`,
    },
  };
}

/** The per-year criteria of `stage` and every earlier stage, in one year. */
function yearPasses(
  rules: StageRules,
  stage: Stage,
  year: StageYearEvidence,
  configs: readonly DeprivationConfig[],
): Verdict[] {
  const out: Verdict[] = [];
  for (const s of STAGES.slice(0, stageIndex(stage) + 1)) {
    for (const c of rules.criteria[s]) {
      if (c.kind === "consecutive_years" || c.kind === "loans_current") continue;
      out.push(perYear(c, year, configs));
    }
  }
  return out;
}

/** Whether every loan is in a current class, with the reason. */
export function loansCurrent(
  loanClasses: readonly LoanClass[],
  currentClasses: readonly LoanClass[],
): Verdict {
  const behind = loanClasses.filter((c) => !currentClasses.includes(c));
  return behind.length === 0
    ? {
        met: true,
        reason: {
          th: loanClasses.length === 0 ? "ไม่มีหนี้เงินกู้" : `หนี้เงินกู้ทั้ง ${loanClasses.length} สัญญาเป็นปกติ`,
          en: loanClasses.length === 0 ? "no loans" : `all ${loanClasses.length} loans are current`,
        },
      }
    : {
        met: false,
        reason: {
          th: `มีหนี้เงินกู้ไม่ปกติ ${behind.length} สัญญา (${[...new Set(behind)].join(", ")})`,
          en: `${behind.length} loans are not current (${[...new Set(behind)].join(", ")})`,
        },
      };
}

function evaluateCriterion(
  rules: StageRules,
  criterion: StageCriterion,
  latest: StageYearEvidence | undefined,
  byYear: Map<number, StageYearEvidence>,
  evidence: StageEvidence,
  configs: readonly DeprivationConfig[],
): Verdict {
  if (criterion.kind === "loans_current") return loansCurrent(evidence.loanClasses, criterion.currentClasses);
  if (!latest) {
    return { met: false, reason: { th: "ยังไม่มีข้อมูล จปฐ. ของครัวเรือน", en: "no BMN data for the household" } };
  }
  if (criterion.kind !== "consecutive_years") return perYear(criterion, latest, configs);
  const stageName = STAGE_NAMES[criterion.stage];
  for (let k = 0; k < criterion.years; k++) {
    const year = latest.dataYear - k;
    const e = byYear.get(year);
    if (!e) {
      return {
        met: false,
        reason: {
          th: `ต้องผ่านเกณฑ์ขั้น${stageName.th} ${criterion.years} ปีติดต่อกัน แต่ไม่มีข้อมูลปี ${year}`,
          en: `needs the ${stageName.en} criteria in ${criterion.years} consecutive years, but ${year} has no data`,
        },
      };
    }
    const failed = yearPasses(rules, criterion.stage, e, configs).find((x) => !x.met);
    if (failed) {
      return {
        met: false,
        reason: {
          th: `ต้องผ่านเกณฑ์ขั้น${stageName.th} ${criterion.years} ปีติดต่อกัน: ${failed.reason.th}`,
          en: `needs the ${stageName.en} criteria in ${criterion.years} consecutive years: ${failed.reason.en}`,
        },
      };
    }
  }
  return {
    met: true,
    reason: {
      th: `ผ่านเกณฑ์ขั้น${stageName.th} ${criterion.years} ปีติดต่อกัน (${latest.dataYear - criterion.years + 1}–${latest.dataYear})`,
      en: `the ${stageName.en} criteria hold in ${criterion.years} consecutive years (${latest.dataYear - criterion.years + 1}–${latest.dataYear})`,
    },
  };
}

/**
 * Evaluates every stage on the evidence. A stage is met when its own criteria hold in the latest data year
 * (consecutive-year criteria over the years before it too) and the stage before it is met. The system
 * proposes; a person confirms the move (`assertStageChange`).
 */
export function evaluateStages(
  evidence: StageEvidence,
  rules: StageRules = DEFAULT_STAGE_RULES,
  configs: readonly DeprivationConfig[] = DEFAULT_DEPRIVATION_CONFIGS,
): Evaluation {
  const byYear = new Map(evidence.years.map((y) => [y.dataYear, y]));
  const latestYear = evidence.years.length === 0 ? null : Math.max(...evidence.years.map((y) => y.dataYear));
  const latest = latestYear === null ? undefined : byYear.get(latestYear);
  const stages = {} as Record<Stage, StageEvaluation>;
  let previousMet = true;
  let highestMet: Stage | null = null;
  for (const stage of STAGES) {
    const results: CriterionResult[] = rules.criteria[stage].map((criterion) => ({
      stage,
      criterion,
      ...evaluateCriterion(rules, criterion, latest, byYear, evidence, configs),
    }));
    const met: boolean = previousMet && results.every((r) => r.met);
    stages[stage] = { stage, met, results };
    if (met) highestMet = stage;
    previousMet = met;
  }
  return { dataYear: latestYear, stages, highestMet };
}

/** Why a stage is not met: its own unmet criteria, or the earlier stage that is not met. */
export function unmetReasons(evaluation: Evaluation, stage: Stage): { th: string; en: string }[] {
  const out: { th: string; en: string }[] = [];
  for (const s of STAGES.slice(0, stageIndex(stage) + 1)) {
    for (const r of evaluation.stages[s].results) if (!r.met) out.push(r.reason);
  }
  return out;
}

export interface StageHistoryEntry {
  stage: Stage;
  on: IsoDate;
  kind: "opened" | "forward" | "relapse";
  /** The user who confirmed the move. */
  confirmedBy: string;
  /** Required for a relapse; optional otherwise. */
  reason: string | null;
  /** The data year of the evaluation the move relied on (null when opened or on relapse without data). */
  evaluatedDataYear: number | null;
}

export const currentStage = (history: readonly StageHistoryEntry[]): Stage => {
  const last = history[history.length - 1];
  if (!last) throw new RangeError("a case's stage history is never empty");
  return last.stage;
};

/** A new case starts at the first stage: the household works towards surviving. */
export function openingHistory(on: IsoDate, confirmedBy: string): StageHistoryEntry[] {
  return [{ stage: "survive", on, kind: "opened", confirmedBy, reason: null, evaluatedDataYear: null }];
}

/**
 * Throws unless `from → to` is allowed: forward exactly one stage when the current stage's criteria are met
 * (`poverty.stage_criteria_unmet` lists what is missing), or back to any earlier stage on a relapse with a
 * written reason (`poverty.relapse_reason_required`). Staying or skipping a stage is refused.
 */
export function assertStageChange(
  from: Stage,
  to: Stage,
  context: { evaluation?: Evaluation | undefined; reason?: string | undefined },
): "forward" | "relapse" {
  const f = stageIndex(from);
  const t = stageIndex(to);
  if (t === f) {
    throw ruleViolation(
      "poverty.stage_unchanged",
      { th: `ครัวเรือนอยู่ขั้น${STAGE_NAMES[from].th}อยู่แล้ว`, en: `The case is already at the ${from} stage` },
      { from, to },
    );
  }
  if (t > f + 1) {
    throw ruleViolation(
      "poverty.stage_skip",
      {
        th: `ข้ามขั้นไม่ได้: จากขั้น${STAGE_NAMES[from].th}ต้องไปขั้น${STAGE_NAMES[STAGES[f + 1]!].th}ก่อน`,
        en: `Stages cannot be skipped: from ${from} the next stage is ${STAGES[f + 1]}`,
      },
      { from, to },
    );
  }
  if (t === f + 1) {
    const evaluation = context.evaluation;
    if (!evaluation?.stages[from].met) {
      const reasons = evaluation ? unmetReasons(evaluation, from) : [];
      throw ruleViolation(
        "poverty.stage_criteria_unmet",
        {
          th: `ยังไม่ผ่านเกณฑ์ขั้น${STAGE_NAMES[from].th}${reasons.length > 0 ? `: ${reasons.map((r) => r.th).join("; ")}` : " (ยังไม่ได้ประเมิน)"}`,
          en: `The ${from} criteria are not met${reasons.length > 0 ? `: ${reasons.map((r) => r.en).join("; ")}` : " (not evaluated)"}`,
        },
        { from, to, reasons },
      );
    }
    return "forward";
  }
  if (!context.reason || context.reason.trim().length === 0) {
    throw invalidInput(
      "poverty.relapse_reason_required",
      {
        th: `reason: ต้องระบุเหตุผลที่ถอยจากขั้น${STAGE_NAMES[from].th}เป็นขั้น${STAGE_NAMES[to].th}`,
        en: `reason: a reason is required to move back from ${from} to ${to}`,
      },
      { field: "reason" },
    );
  }
  return "relapse";
}

/** Appends a confirmed stage move to the history (a new array), after checking the move and its date. */
export function recordStageChange(
  history: readonly StageHistoryEntry[],
  change: { to: Stage; on: IsoDate; confirmedBy: string; evaluation?: Evaluation; reason?: string },
): StageHistoryEntry[] {
  const from = currentStage(history);
  const last = history[history.length - 1]!;
  if (change.on < last.on) {
    throw invalidInput(
      "poverty.stage_date_order",
      {
        th: `on: วันที่ ${formatThaiShort(change.on)} อยู่ก่อนการเปลี่ยนขั้นครั้งล่าสุด (${formatThaiShort(last.on)})`,
        en: `on: ${change.on} is before the last stage change (${last.on})`,
      },
      { field: "on" },
    );
  }
  const kind = assertStageChange(from, change.to, change);
  return [
    ...history,
    {
      stage: change.to,
      on: change.on,
      kind,
      confirmedBy: change.confirmedBy,
      reason: change.reason?.trim() || null,
      evaluatedDataYear: kind === "forward" ? (change.evaluation?.dataYear ?? null) : null,
    },
  ];
}

export const CLOSING_REASONS = ["graduated", "moved", "died", "merged", "other"] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];

export const CLOSING_REASON_NAMES: Record<ClosingReason, { th: string; en: string }> = {
  graduated: { th: "พ้นความยากจน (ยั่งยืน)", en: "graduated" },
  moved: { th: "ย้ายออกจากพื้นที่", en: "moved away" },
  died: { th: "เสียชีวิต (ไม่มีสมาชิกเหลือ)", en: "died" },
  merged: { th: "รวมกับครัวเรือนอื่น", en: "merged into another case" },
  other: { th: "อื่น ๆ", en: "other" },
};

export interface CloseCaseInput {
  reason: ClosingReason;
  on: IsoDate;
  note?: string | undefined;
  /** The case this one was merged into (required for `merged`). */
  mergedIntoCaseId?: string | undefined;
}

/**
 * Checks a closing: the date is not before the last stage change; `merged` names the other case; `other`
 * explains itself; `graduated` needs the last stage, its criteria met, and (when the rules say so) every
 * loan current.
 */
export function assertClosing(
  input: CloseCaseInput,
  context: {
    history: readonly StageHistoryEntry[];
    evaluation: Evaluation;
    loanClasses: readonly LoanClass[];
    rules?: StageRules | undefined;
  },
): void {
  const rules = context.rules ?? DEFAULT_STAGE_RULES;
  const v = new IssueList();
  v.oneOf("reason", input.reason, CLOSING_REASONS);
  if (v.date("on", input.on)) {
    const last = context.history[context.history.length - 1];
    if (last && input.on < last.on) {
      v.add(
        "on",
        "before_last_change",
        `อยู่ก่อนการเปลี่ยนขั้นครั้งล่าสุด (${formatThaiShort(last.on)})`,
        `is before the last stage change (${last.on})`,
      );
    }
  }
  v.text("note", input.note, { optional: input.reason !== "other", max: 1000 });
  if (input.reason === "merged") v.text("mergedIntoCaseId", input.mergedIntoCaseId, { max: 64 });
  throwIfIssues("poverty.invalid_closing", { th: "การปิดเคส", en: "The case closing" }, v.issues);
  if (input.reason !== "graduated") return;
  const stage = currentStage(context.history);
  const last = STAGES[STAGES.length - 1]!;
  const refusals: { th: string; en: string }[] = [];
  if (stage !== last) {
    refusals.push({
      th: `ครัวเรือนอยู่ขั้น${STAGE_NAMES[stage].th} ต้องถึงขั้น${STAGE_NAMES[last].th}ก่อน`,
      en: `the case is at the ${stage} stage; it must reach ${last} first`,
    });
  }
  if (!context.evaluation.stages[last].met) refusals.push(...unmetReasons(context.evaluation, last));
  if (rules.graduation.requireLoansCurrent) {
    const loans = loansCurrent(context.loanClasses, rules.graduation.currentClasses);
    if (!loans.met) refusals.push(loans.reason);
  }
  if (refusals.length > 0) {
    throw ruleViolation(
      "poverty.graduation_refused",
      {
        th: `ยังปิดเคสแบบพ้นความยากจนไม่ได้: ${refusals.map((r) => r.th).join("; ")}`,
        en: `The case cannot graduate yet: ${refusals.map((r) => r.en).join("; ")}`,
      },
      { refusals },
    );
  }
}

/**
 * One case per target household per programme year (fiscal year B.E.): throws conflict
 * `poverty.case_exists` when the household already has one.
 */
export function assertOneCasePerYear(
  existing: readonly { caseId: string; householdId: string; programmeYear: number }[],
  householdId: string,
  programmeYear: number,
): void {
  const found = existing.find((c) => c.householdId === householdId && c.programmeYear === programmeYear);
  if (!found) return;
  throw conflict(
    "poverty.case_exists",
    {
      th: `ครัวเรือนนี้มีเคสของปีงบประมาณ ${programmeYear} อยู่แล้ว`,
      en: `The household already has a case for programme year ${programmeYear}`,
    },
    { caseId: found.caseId, programmeYear },
  );
}
