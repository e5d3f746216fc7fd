// The ศจก. restructuring planner: which debts to refinance, from which member funds, consolidated or not, on what schedule, and why.
import type { LocalizedText } from "../../shared/errors";
import { allocate, formatBaht, type Satang, satang } from "../../shared/money";
import { formatThaiLong, formatThaiShort, type IsoDate } from "../../shared/thai-date";
import {
  CENTRE_PRODUCT,
  generateSchedule,
  type LoanProduct,
  type LoanSchedule,
  MAX_RATE_BP,
  parseLoanProduct,
} from "../loans/index";
import { type DebtProjection, debtEffectiveRate, projectDebt } from "./debt-projection";
import { centreEffectiveRate, compareRationals, type EffectiveRate } from "./debt-rates";
import {
  CREDITOR_CLASS,
  CREDITOR_CLASS_NAMES,
  type CreditorClass,
  type CreditorType,
  type DebtSurvey,
  parseDebtSurvey,
} from "./debt-survey";
import { IssueList, throwIfIssues } from "./field-issues";

/** Centre parameters (domain.md §5: the uniform rate is from the article only, UNVERIFIED; the rest are design defaults). */
export interface CentreParameters {
  /** The uniform rate of every member fund's restructuring loan, basis points a year (declining balance). */
  rateBp: number;
  /** The longest restructuring loan, in months (one instalment a month). */
  maxTermMonths: number;
  /** The share of net monthly income (income − living expenses) that all debt payments may take. */
  affordabilityBp: number;
  /** Whether a plan consolidates into one household contract unless the committee says otherwise. */
  consolidateByDefault: boolean;
}

export const DEFAULT_CENTRE_PARAMETERS: Readonly<CentreParameters> = Object.freeze({
  rateBp: 600,
  maxTermMonths: 60,
  affordabilityBp: 5_000,
  consolidateByDefault: true,
});

/** A member fund of the centre, as the planner sees it on the planning date. */
export interface MemberFund {
  fundId: string;
  name: string;
  /** Cash the fund can lend now (after its own reserves). */
  availableCashSatang: number;
  /** The bylaw maximum of one loan; applied to everything the fund lends this household in one plan. */
  maxLoanSatang: number;
  /** The bylaw maximum term in months. */
  maxTermMonths: number;
  /** Whether the fund's bylaws allow lending to repay other debts. */
  mayRefinance: boolean;
}

export interface PlanOverrides {
  /** The committee puts a debt with a fund of its choice (the whole outstanding). */
  forceFunds?: { debtId: string; fundId: string }[] | undefined;
  /** Debts the committee leaves with their creditor. */
  excludeDebtIds?: string[] | undefined;
  /** The committee's choice for one contract per household (หนึ่งครัวเรือน หนึ่งสัญญา) or one per debt and fund. */
  consolidate?: boolean | undefined;
}

export interface PlanInput {
  survey: unknown;
  /** The planned disbursement date; the new loans start here. */
  plannedOn: IsoDate;
  centre?: Partial<CentreParameters> | undefined;
  funds: MemberFund[];
  /** The committee's order of preference among funds; unlisted funds follow, most cash first. */
  fundPreference?: string[] | undefined;
  /** A term chosen by the committee; otherwise the shortest affordable term. */
  termMonths?: number | undefined;
  overrides?: PlanOverrides | undefined;
}

export const PLAN_RULES = [
  "fund_cash",
  "affordability",
  "bylaw_max_loan",
  "term_beyond_max",
  "fund_term",
  "fund_not_for_refinancing",
] as const;
export type PlanRule = (typeof PLAN_RULES)[number];

/** A limit a plan breaks: a refusal (hard) or, when an override broke it, a rule the chair may accept. */
export interface RuleBreak {
  rule: PlanRule;
  reason: LocalizedText;
  fundId?: string | undefined;
  debtId?: string | undefined;
}

export type DebtDecisionKind = "refinance" | "keep_low_rate" | "excluded" | "not_funded" | "cleared";

export interface DebtDecision {
  debtId: string;
  creditorName: string;
  creditorType: CreditorType;
  creditorClass: CreditorClass;
  outstandingSatang: number;
  nominalAnnualBp: number;
  effectiveAnnualBp: number;
  decision: DebtDecisionKind;
  /** 1, 2, 3 … in refinancing order for refinanced debts; null otherwise. */
  order: number | null;
  isForced: boolean;
  funding: { fundId: string; amountSatang: number }[];
  /** The debt under its own terms, over the plan's horizon (interest before). */
  projection: DebtProjection;
  reason: LocalizedText;
}

export interface ParticipationInstalment {
  seq: number;
  principalSatang: number;
  interestSatang: number;
  totalSatang: number;
}

export interface Participation {
  fundId: string;
  principalSatang: number;
  /** Share of the contract's principal in basis points (display; the split itself is exact satang). */
  shareBp: number;
  interestSatang: number;
  instalments: ParticipationInstalment[];
}

export interface NewContract {
  contractNo: number;
  /** The fund that signs the contract and collects (the largest participant). */
  leadFundId: string;
  debtIds: string[];
  principalSatang: number;
  schedule: LoanSchedule;
  participations: Participation[];
  reason: LocalizedText;
}

export interface FundUse {
  fundId: string;
  name: string;
  lentSatang: number;
  cashBeforeSatang: number;
  cashAfterSatang: number;
  reason: LocalizedText;
}

export type PlanOutcome = "proposed" | "needs_chair_override" | "refused";

export interface RestructuringPlan {
  outcome: PlanOutcome;
  needsChairOverride: boolean;
  /** Rules broken by the committee's overrides: acceptable only with the chair (and audited). */
  brokenRules: RuleBreak[];
  /** Hard refusals: the plan cannot be carried out as it stands. */
  refusals: RuleBreak[];
  centre: CentreParameters;
  centreEffectiveAnnualBp: number;
  /** Refinanced debts in refinancing order, then the others in survey order. */
  debts: DebtDecision[];
  consolidated: boolean;
  consolidationReason: LocalizedText;
  contracts: NewContract[];
  funds: FundUse[];
  termMonths: number | null;
  termReason: LocalizedText;
  refinancedSatang: number;
  /** The largest month's total of the new contracts. */
  monthlyPaymentSatang: number;
  /** Debts left with their creditors, as monthly amounts. */
  keptDebtsMonthlySatang: number;
  /** Every debt's payment today, as monthly amounts. */
  monthlyBeforeSatang: number;
  netIncomeSatang: number;
  /** affordabilityBp of the net income (floored): the ceiling for all debt payments a month. */
  affordableMonthlySatang: number;
  affordabilityReason: LocalizedText;
  interestBeforeSatang: number;
  interestAfterSatang: number;
  /** Before − after; negative when the new term costs more than the old debts would. */
  interestSavedSatang: number;
  debtFreeOn: IsoDate | null;
  summary: LocalizedText;
}

const PLAN = { th: "ข้อมูลการวางแผนปรับโครงสร้างหนี้", en: "The restructuring plan input" };

const baht = (s: number): string => formatBaht(s as Satang);
const percent = (bp: number): string =>
  `${Math.floor(bp / 100).toLocaleString("en-US")}.${String(bp % 100).padStart(2, "0")}%`;

/** Validates and completes the centre parameters (defaults for what is not given). */
export function parseCentreParameters(input: Partial<CentreParameters> | undefined): CentreParameters {
  const c = { ...DEFAULT_CENTRE_PARAMETERS, ...(input ?? {}) };
  const v = new IssueList();
  v.integer("centre.rateBp", c.rateBp, 0, MAX_RATE_BP);
  v.integer("centre.maxTermMonths", c.maxTermMonths, 1, 600);
  v.integer("centre.affordabilityBp", c.affordabilityBp, 0, 10_000);
  v.boolean("centre.consolidateByDefault", c.consolidateByDefault);
  throwIfIssues("debt.invalid_plan_input", PLAN, v.issues);
  return c;
}

function parseFunds(funds: unknown, v: IssueList): MemberFund[] {
  if (!Array.isArray(funds)) {
    v.add("funds", "not_list", "ต้องเป็นรายการกองทุนสมาชิก", "must be a list of member funds");
    return [];
  }
  const seen = new Set<string>();
  funds.forEach((f: Partial<MemberFund>, k) => {
    const at = `funds[${k}]`;
    if (v.text(`${at}.fundId`, f?.fundId, { max: 64 })) {
      if (seen.has(f.fundId!))
        v.add(`${at}.fundId`, "duplicate", "ซ้ำกับกองทุนก่อนหน้า", "repeats an earlier fund");
      seen.add(f.fundId!);
    }
    v.text(`${at}.name`, f?.name);
    v.satang(`${at}.availableCashSatang`, f?.availableCashSatang);
    v.satang(`${at}.maxLoanSatang`, f?.maxLoanSatang);
    v.integer(`${at}.maxTermMonths`, f?.maxTermMonths, 1, 600);
    v.boolean(`${at}.mayRefinance`, f?.mayRefinance);
  });
  return funds as MemberFund[];
}

function checkOverrides(
  input: PlanInput,
  survey: DebtSurvey,
  funds: MemberFund[],
  v: IssueList,
): { forced: Map<string, string>; excluded: Set<string> } {
  const debtIds = new Set(survey.debts.map((d) => d.debtId));
  const fundIds = new Set(funds.map((f) => f.fundId));
  const forced = new Map<string, string>();
  const excluded = new Set<string>();
  const o = input.overrides ?? {};
  (o.excludeDebtIds ?? []).forEach((id, k) => {
    if (!debtIds.has(id)) {
      v.add(
        `overrides.excludeDebtIds[${k}]`,
        "unknown_debt",
        `ไม่มีหนี้รหัส "${id}" ในแบบสำรวจ`,
        `names no debt of the survey ("${id}")`,
      );
    }
    excluded.add(id);
  });
  (o.forceFunds ?? []).forEach((f, k) => {
    const at = `overrides.forceFunds[${k}]`;
    if (!debtIds.has(f.debtId)) {
      v.add(
        `${at}.debtId`,
        "unknown_debt",
        `ไม่มีหนี้รหัส "${f.debtId}" ในแบบสำรวจ`,
        `names no debt of the survey ("${f.debtId}")`,
      );
    } else if (excluded.has(f.debtId)) {
      v.add(
        `${at}.debtId`,
        "forced_and_excluded",
        "ถูกทั้งยกเว้นและกำหนดกองทุน",
        "is both excluded and forced to a fund",
      );
    } else if (forced.has(f.debtId)) {
      v.add(`${at}.debtId`, "duplicate", "ถูกกำหนดกองทุนซ้ำ", "is forced to a fund twice");
    }
    if (!fundIds.has(f.fundId)) {
      v.add(
        `${at}.fundId`,
        "unknown_fund",
        `ไม่มีกองทุนรหัส "${f.fundId}"`,
        `names no member fund ("${f.fundId}")`,
      );
    }
    forced.set(f.debtId, f.fundId);
  });
  if (o.consolidate !== undefined) v.boolean("overrides.consolidate", o.consolidate);
  (input.fundPreference ?? []).forEach((id, k) => {
    if (!fundIds.has(id)) {
      v.add(`fundPreference[${k}]`, "unknown_fund", `ไม่มีกองทุนรหัส "${id}"`, `names no member fund ("${id}")`);
    }
  });
  return { forced, excluded };
}

interface Candidate {
  index: number;
  debtId: string;
  amount: number;
  creditorClass: CreditorClass;
  rate: EffectiveRate;
  forcedFundId: string | undefined;
}

interface FundState {
  fund: MemberFund;
  preference: number;
  cash: number;
  lent: number;
}

interface Allocation {
  funding: Map<string, { fundId: string; amountSatang: number }[]>;
  notFunded: Map<string, LocalizedText>;
  states: FundState[];
  refusals: RuleBreak[];
  brokenRules: RuleBreak[];
}

/** Informal first, then the highest effective annual cost, then the larger debt, then survey order. */
function refinancingOrder(a: Candidate, b: Candidate): number {
  const informal = Number(b.creditorClass === "informal") - Number(a.creditorClass === "informal");
  if (informal !== 0) return informal;
  const cost = compareRationals(b.rate.effectiveAnnual, a.rate.effectiveAnnual);
  if (cost !== 0) return cost;
  if (a.amount !== b.amount) return b.amount - a.amount;
  return a.index - b.index;
}

function allocateFunds(
  ordered: Candidate[],
  funds: MemberFund[],
  preference: string[],
  eligibleTerm: number | null,
): Allocation {
  const states: FundState[] = funds.map((fund) => {
    const p = preference.indexOf(fund.fundId);
    return { fund, preference: p < 0 ? Number.MAX_SAFE_INTEGER : p, cash: fund.availableCashSatang, lent: 0 };
  });
  const byId = new Map(states.map((s) => [s.fund.fundId, s]));
  const funding = new Map<string, { fundId: string; amountSatang: number }[]>();
  const notFunded = new Map<string, LocalizedText>();
  const refusals: RuleBreak[] = [];
  const brokenRules: RuleBreak[] = [];
  const room = (s: FundState) => Math.max(0, Math.min(s.cash, s.fund.maxLoanSatang - s.lent));

  // Forced debts first, so that the automatic choice cannot use up the cash the committee set aside.
  for (const c of ordered.filter((x) => x.forcedFundId !== undefined)) {
    const s = byId.get(c.forcedFundId!)!;
    const name = s.fund.name;
    if (c.amount > s.cash) {
      refusals.push({
        rule: "fund_cash",
        fundId: s.fund.fundId,
        debtId: c.debtId,
        reason: {
          th: `กองทุน${name} มีเงินให้กู้ได้ ${baht(s.cash)} บาท ไม่พอสำหรับหนี้ ${c.debtId} จำนวน ${baht(c.amount)} บาท (เงินที่ไม่มีอยู่จริงไม่สามารถอนุมัติได้แม้โดยประธาน)`,
          en: `Fund ${name} has ${baht(s.cash)} baht to lend, not enough for debt ${c.debtId} of ${baht(c.amount)} baht (money that is not there cannot be lent, even by the chair)`,
        },
      });
      notFunded.set(c.debtId, {
        th: `คณะกรรมการกำหนดให้กู้จากกองทุน${name} แต่เงินของกองทุนไม่พอ`,
        en: `The committee chose fund ${name}, which does not have the cash`,
      });
      continue;
    }
    if (s.lent + c.amount > s.fund.maxLoanSatang) {
      brokenRules.push({
        rule: "bylaw_max_loan",
        fundId: s.fund.fundId,
        debtId: c.debtId,
        reason: {
          th: `กองทุน${name} จะให้ครัวเรือนนี้กู้รวม ${baht(s.lent + c.amount)} บาท เกินวงเงินกู้สูงสุดตามระเบียบ ${baht(s.fund.maxLoanSatang)} บาท`,
          en: `Fund ${name} would lend this household ${baht(s.lent + c.amount)} baht in all, above its bylaw maximum of ${baht(s.fund.maxLoanSatang)} baht`,
        },
      });
    }
    if (!s.fund.mayRefinance) {
      brokenRules.push({
        rule: "fund_not_for_refinancing",
        fundId: s.fund.fundId,
        debtId: c.debtId,
        reason: {
          th: `ระเบียบของกองทุน${name} ไม่ได้ให้กู้เพื่อชำระหนี้อื่น`,
          en: `The bylaws of fund ${name} do not allow lending to repay other debts`,
        },
      });
    }
    s.cash -= c.amount;
    s.lent += c.amount;
    funding.set(c.debtId, [{ fundId: s.fund.fundId, amountSatang: c.amount }]);
  }

  for (const c of ordered.filter((x) => x.forcedFundId === undefined)) {
    const eligible = states.filter(
      (s) =>
        s.fund.mayRefinance && (eligibleTerm === null || s.fund.maxTermMonths >= eligibleTerm) && room(s) > 0,
    );
    const capacity = eligible.reduce((sum, s) => sum + room(s), 0);
    if (capacity < c.amount) {
      notFunded.set(c.debtId, {
        th: `กองทุนสมาชิกที่ให้กู้เพื่อชำระหนี้ได้ เหลือวงเงินรวม ${baht(capacity)} บาท ไม่พอสำหรับยอด ${baht(c.amount)} บาท จึงยังคงหนี้นี้ไว้กับเจ้าหนี้เดิม (ย้ายทั้งก้อนหรือไม่ย้ายเลย)`,
        en: `Member funds that may refinance have ${baht(capacity)} baht of room left in all, less than the ${baht(c.amount)} baht needed, so the debt stays with its creditor (a debt moves whole or not at all)`,
      });
      continue;
    }
    eligible.sort((a, b) =>
      a.preference !== b.preference
        ? a.preference - b.preference
        : room(b) !== room(a)
          ? room(b) - room(a)
          : a.fund.fundId < b.fund.fundId
            ? -1
            : 1,
    );
    let left = c.amount;
    const parts: { fundId: string; amountSatang: number }[] = [];
    for (const s of eligible) {
      if (left === 0) break;
      const take = Math.min(left, room(s));
      s.cash -= take;
      s.lent += take;
      left -= take;
      parts.push({ fundId: s.fund.fundId, amountSatang: take });
    }
    funding.set(c.debtId, parts);
  }
  return { funding, notFunded, states, refusals, brokenRules };
}

function centreProduct(centre: CentreParameters): LoanProduct {
  return parseLoanProduct({
    ...CENTRE_PRODUCT,
    interestMethod: centre.rateBp === 0 ? "none" : "declining",
    rateBp: centre.rateBp,
    maxTermMonths: centre.maxTermMonths,
    maxInstalments: centre.maxTermMonths,
  });
}

/** Monthly equal instalments from the loan engine; the plan's payment is the largest month of all contracts. */
function schedulesFor(
  product: LoanProduct,
  principals: number[],
  plannedOn: IsoDate,
  termMonths: number,
): { schedules: LoanSchedule[]; payment: number } {
  const schedules = principals.map((principalSatang) =>
    generateSchedule({
      product,
      principalSatang,
      disbursedOn: plannedOn,
      scheduleType: "equal_instalments",
      instalmentCount: termMonths,
    }),
  );
  let payment = 0;
  for (let k = 0; k < termMonths; k++) {
    let month = 0;
    for (const s of schedules) month += s.instalments[k]?.totalSatang ?? 0;
    payment = Math.max(payment, month);
  }
  return { schedules, payment };
}

/** The shortest term in 1..upper whose largest month fits `affordable`, or null. */
function shortestAffordableTerm(
  product: LoanProduct,
  principals: number[],
  plannedOn: IsoDate,
  upper: number,
  affordable: number,
): number | null {
  const fits = (t: number) => schedulesFor(product, principals, plannedOn, t).payment <= affordable;
  if (upper < 1 || !fits(upper)) return null;
  // Many contracts make each probe costly: bisect on one schedule of their total (whose payment is within
  // a few baht of theirs), then step to the true shortest term with the real contracts.
  const total = principals.reduce((a, b) => a + b, 0);
  const probe =
    principals.length === 1
      ? fits
      : (t: number) => schedulesFor(product, [total], plannedOn, t).payment <= affordable;
  let lo = 0;
  let hi = upper;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (probe(mid)) hi = mid;
    else lo = mid;
  }
  if (principals.length === 1) return hi;
  while (hi < upper && !fits(hi)) hi++;
  while (hi > 1 && fits(hi - 1)) hi--;
  return hi;
}

/**
 * Splits a contract's instalments among participating funds exactly: each instalment's principal and
 * interest are divided in proportion to what each fund is still owed (largest remainder, ties to the
 * earlier participant), so no fund is ever repaid more than it lent and the last instalment settles
 * every fund to the satang.
 */
export function splitParticipations(
  schedule: LoanSchedule,
  shares: { fundId: string; principalSatang: number }[],
): Participation[] {
  const remaining = shares.map((s) => s.principalSatang);
  const rows = shares.map(() => [] as ParticipationInstalment[]);
  for (const inst of schedule.instalments) {
    const weights = remaining.slice();
    const total = weights.reduce((a, b) => a + b, 0);
    const principal =
      inst.principalSatang === 0 ? weights.map(() => 0) : allocate(satang(inst.principalSatang), weights);
    const interest =
      inst.interestSatang === 0 || total === 0
        ? weights.map(() => 0)
        : allocate(satang(inst.interestSatang), weights);
    shares.forEach((_, f) => {
      remaining[f] = remaining[f]! - principal[f]!;
      rows[f]!.push({
        seq: inst.seq,
        principalSatang: principal[f]!,
        interestSatang: interest[f]!,
        totalSatang: principal[f]! + interest[f]!,
      });
    });
  }
  const contractPrincipal = shares.reduce((a, s) => a + s.principalSatang, 0);
  const bp = allocate(
    satang(10_000),
    shares.map((s) => s.principalSatang),
  );
  return shares.map((s, f) => ({
    fundId: s.fundId,
    principalSatang: s.principalSatang,
    shareBp: contractPrincipal === 0 ? 0 : bp[f]!,
    interestSatang: rows[f]!.reduce((a, r) => a + r.interestSatang, 0),
    instalments: rows[f]!,
  }));
}

/**
 * Proposes a restructuring plan for one surveyed household (docs/debt-centre.md, "Planner"). Throws
 * invalid_input for a bad survey, bad parameters, funds or overrides (naming the field); every limit a
 * plan breaks comes back as a typed refusal or, when an override broke it, as a rule the chair must accept.
 */
export function planRestructuring(input: PlanInput): RestructuringPlan {
  const survey = parseDebtSurvey(input.survey);
  const centre = parseCentreParameters(input.centre);
  const v = new IssueList();
  v.date("plannedOn", input.plannedOn);
  if (v.issues.length === 0 && input.plannedOn < survey.surveyedOn) {
    v.add("plannedOn", "before_survey", "อยู่ก่อนวันที่สำรวจ", "is before the survey date");
  }
  v.integer("termMonths", input.termMonths, 1, 600, true);
  const funds = parseFunds(input.funds, v);
  const { forced, excluded } =
    v.issues.length === 0
      ? checkOverrides(input, survey, funds, v)
      : { forced: new Map(), excluded: new Set<string>() };
  throwIfIssues("debt.invalid_plan_input", PLAN, v.issues);

  const plannedOn = input.plannedOn;
  const centreRate = centreEffectiveRate(centre.rateBp);
  const product = centreProduct(centre);
  const consolidated = input.overrides?.consolidate ?? centre.consolidateByDefault;
  const fundName = new Map(funds.map((f) => [f.fundId, f.name]));
  const preference = input.fundPreference ?? [];
  const refusals: RuleBreak[] = [];

  const rates = survey.debts.map((d) => debtEffectiveRate(d));
  const candidates: Candidate[] = [];
  const preDecision = new Map<string, { kind: DebtDecisionKind; reason: LocalizedText }>();
  survey.debts.forEach((d, index) => {
    const rate = rates[index]!;
    const cls = CREDITOR_CLASS[d.creditorType];
    const costText = {
      th: `ดอกเบี้ยที่แท้จริง ${percent(rate.effectiveAnnualBp)} ต่อปี`,
      en: `an effective ${percent(rate.effectiveAnnualBp)} a year`,
    };
    if (d.outstandingSatang === 0) {
      preDecision.set(d.debtId, {
        kind: "cleared",
        reason: { th: "ไม่มียอดหนี้คงเหลือ", en: "Nothing is outstanding" },
      });
    } else if (excluded.has(d.debtId)) {
      preDecision.set(d.debtId, {
        kind: "excluded",
        reason: {
          th: `คณะกรรมการให้คงหนี้นี้ไว้กับเจ้าหนี้เดิม (${costText.th})`,
          en: `The committee keeps this debt with its creditor (${costText.en})`,
        },
      });
    } else if (
      !forced.has(d.debtId) &&
      compareRationals(rate.effectiveAnnual, centreRate.effectiveAnnual) <= 0
    ) {
      preDecision.set(d.debtId, {
        kind: "keep_low_rate",
        reason: {
          th: `${costText.th} ไม่สูงกว่าเงินกู้ของศูนย์ (${percent(centreRate.effectiveAnnualBp)}) การย้ายหนี้จึงไม่ช่วยลดภาระ`,
          en: `At ${costText.en} it costs no more than the centre's loan (${percent(centreRate.effectiveAnnualBp)}), so moving it would not help`,
        },
      });
    } else {
      candidates.push({
        index,
        debtId: d.debtId,
        amount: d.outstandingSatang,
        creditorClass: cls,
        rate,
        forcedFundId: forced.get(d.debtId),
      });
    }
  });
  const ordered = candidates.slice().sort(refinancingOrder);

  // Living expenses come first: only a share of what is left may go to debt payments.
  const netIncome = survey.monthlyIncomeSatang - survey.monthlyExpensesSatang;
  const ceiling = netIncome > 0 ? Math.floor((netIncome * centre.affordabilityBp) / 10_000) : 0;

  const requested = input.termMonths;
  if (requested !== undefined && requested > centre.maxTermMonths) {
    refusals.push({
      rule: "term_beyond_max",
      reason: {
        th: `ระยะเวลา ${requested} เดือน เกินระยะเวลาสูงสุดของศูนย์ ${centre.maxTermMonths} เดือน`,
        en: `A term of ${requested} months is beyond the centre's maximum of ${centre.maxTermMonths} months`,
      },
    });
  }

  const attempt = (eligibleTerm: number | null) => {
    const allocation = allocateFunds(ordered, funds, preference, eligibleTerm);
    const refinanced = ordered.filter((c) => allocation.funding.has(c.debtId));
    const kept = survey.debts.filter((d) => d.outstandingSatang > 0 && !allocation.funding.has(d.debtId));
    return { allocation, refinanced, kept };
  };
  const contractPieces = (a: ReturnType<typeof attempt>) => {
    if (a.refinanced.length === 0) return [];
    if (consolidated) {
      const byFund = new Map<string, number>();
      for (const c of a.refinanced)
        for (const part of a.allocation.funding.get(c.debtId)!)
          byFund.set(part.fundId, (byFund.get(part.fundId) ?? 0) + part.amountSatang);
      return [
        {
          debtIds: a.refinanced.map((c) => c.debtId),
          shares: [...byFund].map(([fundId, principalSatang]) => ({ fundId, principalSatang })),
        },
      ];
    }
    return a.refinanced.flatMap((c) =>
      a.allocation.funding.get(c.debtId)!.map((part) => ({
        debtIds: [c.debtId],
        shares: [{ fundId: part.fundId, principalSatang: part.amountSatang }],
      })),
    );
  };
  const fundsOf = (pieces: ReturnType<typeof contractPieces>) =>
    pieces.flatMap((p) => p.shares.map((s) => s.fundId));
  const principalsOf = (pieces: ReturnType<typeof contractPieces>) =>
    pieces.map((p) => p.shares.reduce((a, s) => a + s.principalSatang, 0));

  let current = attempt(requested === undefined ? null : Math.min(requested, centre.maxTermMonths));
  let pieces = contractPieces(current);
  const keptMonthly = (kept: typeof survey.debts) =>
    kept.reduce((a, d) => a + projectDebt(d, plannedOn, centre.maxTermMonths).monthlyEquivalentSatang, 0);
  let keptMonthlySatang = keptMonthly(current.kept);
  let affordable = ceiling - keptMonthlySatang;
  // A fund the committee forced does not bound the term: if the shortest affordable term is beyond its
  // maximum, that is a broken rule for the chair (fund_term), not a reason to refuse the plan.
  const forcedFunds = new Set(forced.values());
  const termUpper = (ps: typeof pieces) => {
    const fundTerms = fundsOf(ps)
      .filter((id) => !forcedFunds.has(id))
      .map((id) => funds.find((f) => f.fundId === id)!.maxTermMonths);
    // A contract of whole-baht instalments needs at least 1 baht of principal per instalment.
    const smallest = Math.min(...principalsOf(ps));
    return Math.max(1, Math.min(centre.maxTermMonths, ...fundTerms, Math.floor(smallest / 100)));
  };
  let term: number | null = requested !== undefined && requested <= centre.maxTermMonths ? requested : null;
  if (requested === undefined && pieces.length > 0) {
    term = shortestAffordableTerm(product, principalsOf(pieces), plannedOn, termUpper(pieces), affordable);
    if (term === null) {
      const longest = Math.max(
        1,
        Math.min(centre.maxTermMonths, Math.floor(Math.min(...principalsOf(pieces)) / 100)),
      );
      const atCentreMax = shortestAffordableTerm(
        product,
        principalsOf(pieces),
        plannedOn,
        longest,
        affordable,
      );
      // A second pass drops the funds whose own maximum term is what makes the plan unaffordable.
      if (atCentreMax !== null) {
        current = attempt(atCentreMax);
        pieces = contractPieces(current);
        keptMonthlySatang = keptMonthly(current.kept);
        affordable = ceiling - keptMonthlySatang;
        if (pieces.length > 0)
          term = shortestAffordableTerm(
            product,
            principalsOf(pieces),
            plannedOn,
            termUpper(pieces),
            affordable,
          );
      }
    }
  }
  const { allocation } = current;
  refusals.push(...allocation.refusals);
  const brokenRules = [...allocation.brokenRules];

  // The term to show when no affordable term exists: the longest the funds allow (lowest payment).
  const shownTerm =
    term ??
    (pieces.length > 0
      ? requested !== undefined
        ? Math.min(requested, centre.maxTermMonths)
        : termUpper(pieces)
      : null);
  const built =
    shownTerm !== null && pieces.length > 0
      ? schedulesFor(product, principalsOf(pieces), plannedOn, shownTerm)
      : { schedules: [], payment: 0 };
  const monthlyPaymentSatang = built.payment;

  if (pieces.length > 0 && shownTerm !== null && monthlyPaymentSatang > affordable) {
    refusals.push({
      rule: "affordability",
      reason: {
        th: `ค่างวดใหม่ ${baht(monthlyPaymentSatang)} บาทต่อเดือน (ระยะ ${shownTerm} เดือน) เกินกำลังชำระ ${baht(Math.max(0, affordable))} บาท (${percent(centre.affordabilityBp)} ของรายได้สุทธิ ${baht(Math.max(0, netIncome))} บาท หักหนี้ที่คงไว้ ${baht(keptMonthlySatang)} บาท)`,
        en: `The new payment of ${baht(monthlyPaymentSatang)} baht a month (${shownTerm} months) is above what the household can pay, ${baht(Math.max(0, affordable))} baht (${percent(centre.affordabilityBp)} of a net income of ${baht(Math.max(0, netIncome))} baht less ${baht(keptMonthlySatang)} baht for debts kept)`,
      },
    });
  }
  // A committee-chosen term (or a forced fund) may exceed a participating fund's own maximum term.
  if (shownTerm !== null) {
    for (const id of new Set(fundsOf(pieces))) {
      const f = funds.find((x) => x.fundId === id)!;
      if (f.maxTermMonths < shownTerm) {
        brokenRules.push({
          rule: "fund_term",
          fundId: id,
          reason: {
            th: `ระยะเวลา ${shownTerm} เดือน เกินระยะเวลากู้สูงสุดตามระเบียบของกองทุน${f.name} (${f.maxTermMonths} เดือน)`,
            en: `A term of ${shownTerm} months is beyond fund ${f.name}'s bylaw maximum of ${f.maxTermMonths} months`,
          },
        });
      }
    }
  }

  const contracts: NewContract[] = pieces.map((piece, k) => {
    const schedule = built.schedules[k]!;
    const lead = piece.shares
      .slice()
      .sort(
        (a, b) =>
          b.principalSatang - a.principalSatang ||
          preferenceRank(preference, a.fundId) - preferenceRank(preference, b.fundId) ||
          (a.fundId < b.fundId ? -1 : 1),
      )[0]!;
    const leadName = fundName.get(lead.fundId)!;
    const reason: LocalizedText =
      piece.shares.length === 1
        ? {
            th: `กองทุน${leadName} ให้กู้ทั้งสัญญา`,
            en: `Fund ${leadName} lends the whole contract`,
          }
        : {
            th: `กองทุน${leadName} เป็นผู้ทำสัญญาและรับชำระ (ร่วมให้กู้มากที่สุด) แล้วแบ่งเงินต้นและดอกเบี้ยแต่ละงวดให้กองทุนร่วม ${piece.shares.length - 1} กองทุนตามยอดที่แต่ละกองทุนยังค้างรับ`,
            en: `Fund ${leadName} signs and collects (it lends the most) and passes each instalment's principal and interest to the ${piece.shares.length - 1} other funds in proportion to what each is still owed`,
          };
    return {
      contractNo: k + 1,
      leadFundId: lead.fundId,
      debtIds: piece.debtIds,
      principalSatang: schedule.totalPrincipalSatang,
      schedule,
      participations: splitParticipations(schedule, piece.shares),
      reason,
    };
  });

  // Before and after cover the same horizon (the new term), so the saving compares like with like.
  const horizon = shownTerm ?? centre.maxTermMonths;
  const projections = survey.debts.map((d) => projectDebt(d, plannedOn, horizon));
  const keptSet = new Set(current.kept.map((d) => d.debtId));
  const interestBeforeSatang = projections.reduce((a, p) => a + p.remainingInterestSatang, 0);
  const interestAfterSatang =
    contracts.reduce((a, c) => a + c.schedule.totalInterestSatang, 0) +
    survey.debts.reduce(
      (a, d, k) => a + (keptSet.has(d.debtId) ? projections[k]!.remainingInterestSatang : 0),
      0,
    );
  const monthlyBeforeSatang = projections.reduce((a, p) => a + p.monthlyEquivalentSatang, 0);
  let debtFreeOn: IsoDate | null = null;
  for (const c of contracts) {
    const last = c.schedule.instalments[c.schedule.instalments.length - 1]!.dueOn;
    if (debtFreeOn === null || last > debtFreeOn) debtFreeOn = last;
  }
  survey.debts.forEach((d, k) => {
    if (!keptSet.has(d.debtId)) return;
    const end = projections[k]!.endsOn;
    if (debtFreeOn === null || end > debtFreeOn) debtFreeOn = end;
  });
  if (debtFreeOn === null) debtFreeOn = plannedOn;

  const orderOf = new Map(current.refinanced.map((c, k) => [c.debtId, k + 1]));
  const decisions: DebtDecision[] = survey.debts.map((d, index) => {
    const rate = rates[index]!;
    const cls = CREDITOR_CLASS[d.creditorType];
    const pre = preDecision.get(d.debtId);
    const funding = allocation.funding.get(d.debtId) ?? [];
    let decision: DebtDecisionKind;
    let reason: LocalizedText;
    if (pre) {
      decision = pre.kind;
      reason = pre.reason;
    } else if (funding.length > 0) {
      decision = "refinance";
      reason = refinanceReason(
        d.debtId,
        orderOf.get(d.debtId)!,
        cls,
        rate,
        centreRate,
        funding,
        fundName,
        forced.has(d.debtId),
      );
    } else {
      decision = "not_funded";
      reason = allocation.notFunded.get(d.debtId)!;
    }
    return {
      debtId: d.debtId,
      creditorName: d.creditorName,
      creditorType: d.creditorType,
      creditorClass: cls,
      outstandingSatang: d.outstandingSatang,
      nominalAnnualBp: rate.nominalAnnualBp,
      effectiveAnnualBp: rate.effectiveAnnualBp,
      decision,
      order: orderOf.get(d.debtId) ?? null,
      isForced: forced.has(d.debtId),
      funding,
      projection: projections[index]!,
      reason,
    };
  });
  decisions.sort((a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER));

  const fundUses: FundUse[] = allocation.states
    .filter((s) => s.lent > 0)
    .map((s) => ({
      fundId: s.fund.fundId,
      name: s.fund.name,
      lentSatang: s.lent,
      cashBeforeSatang: s.fund.availableCashSatang,
      cashAfterSatang: s.cash,
      reason: {
        th: `ให้กู้ ${baht(s.lent)} บาท จากเงินที่ให้กู้ได้ ${baht(s.fund.availableCashSatang)} บาท (วงเงินต่อรายตามระเบียบ ${baht(s.fund.maxLoanSatang)} บาท)${s.preference < Number.MAX_SAFE_INTEGER ? ` ตามลำดับที่คณะกรรมการเลือก (${s.preference + 1})` : " เลือกตามเงินคงเหลือมากที่สุด"}`,
        en: `Lends ${baht(s.lent)} baht of ${baht(s.fund.availableCashSatang)} baht available (bylaw maximum ${baht(s.fund.maxLoanSatang)} baht)${s.preference < Number.MAX_SAFE_INTEGER ? `, the committee's choice no. ${s.preference + 1}` : ", chosen for having the most cash left"}`,
      },
    }));

  const refinancedSatang = current.refinanced.reduce((a, c) => a + c.amount, 0);
  const needsChairOverride = refusals.length === 0 && brokenRules.length > 0;
  const outcome: PlanOutcome =
    refusals.length > 0 ? "refused" : needsChairOverride ? "needs_chair_override" : "proposed";
  const saved = interestBeforeSatang - interestAfterSatang;
  return {
    outcome,
    needsChairOverride,
    brokenRules,
    refusals,
    centre,
    centreEffectiveAnnualBp: centreRate.effectiveAnnualBp,
    debts: decisions,
    consolidated,
    consolidationReason: consolidationReason(consolidated, input.overrides?.consolidate !== undefined),
    contracts,
    funds: fundUses,
    termMonths: shownTerm,
    termReason: termReason(requested, term, shownTerm, centre),
    refinancedSatang,
    monthlyPaymentSatang,
    keptDebtsMonthlySatang: keptMonthlySatang,
    monthlyBeforeSatang,
    netIncomeSatang: netIncome,
    affordableMonthlySatang: ceiling,
    affordabilityReason: {
      th: `รายได้ ${baht(survey.monthlyIncomeSatang)} − ค่าใช้จ่าย ${baht(survey.monthlyExpensesSatang)} = รายได้สุทธิ ${baht(netIncome)} บาทต่อเดือน; ผ่อนหนี้ได้ไม่เกิน ${percent(centre.affordabilityBp)} = ${baht(ceiling)} บาท; หนี้ที่คงไว้ ${baht(keptMonthlySatang)} บาท; ค่างวดใหม่ ${baht(monthlyPaymentSatang)} บาท`,
      en: `Income ${baht(survey.monthlyIncomeSatang)} − expenses ${baht(survey.monthlyExpensesSatang)} = net ${baht(netIncome)} baht a month; debt payments may take ${percent(centre.affordabilityBp)} = ${baht(ceiling)} baht; debts kept ${baht(keptMonthlySatang)} baht; new payment ${baht(monthlyPaymentSatang)} baht`,
    },
    interestBeforeSatang,
    interestAfterSatang,
    interestSavedSatang: saved,
    debtFreeOn,
    summary: {
      th: `ย้ายหนี้ ${current.refinanced.length} รายการ รวม ${baht(refinancedSatang)} บาท; ดอกเบี้ยเดิม ${baht(interestBeforeSatang)} บาท ใหม่ ${baht(interestAfterSatang)} บาท ${saved >= 0 ? `ประหยัด ${baht(saved)}` : `เพิ่มขึ้น ${baht(-saved)}`} บาท; ปลดหนี้ได้ภายใน ${formatThaiLong(debtFreeOn)}`,
      en: `${current.refinanced.length} debts refinanced, ${baht(refinancedSatang)} baht; interest ${baht(interestBeforeSatang)} baht before, ${baht(interestAfterSatang)} after, ${saved >= 0 ? `${baht(saved)} saved` : `${baht(-saved)} more`}; debt-free by ${debtFreeOn} (B.E. ${formatThaiShort(debtFreeOn)})`,
    },
  };
}

function preferenceRank(preference: string[], fundId: string): number {
  const p = preference.indexOf(fundId);
  return p < 0 ? Number.MAX_SAFE_INTEGER : p;
}

function refinanceReason(
  debtId: string,
  order: number,
  cls: CreditorClass,
  rate: EffectiveRate,
  centreRate: EffectiveRate,
  funding: { fundId: string; amountSatang: number }[],
  fundName: Map<string, string>,
  isForced: boolean,
): LocalizedText {
  const from = funding.map((f) => `${fundName.get(f.fundId)} ${baht(f.amountSatang)}`).join(", ");
  const why =
    cls === "informal"
      ? {
          th: `${CREDITOR_CLASS_NAMES.informal.th}ได้ปิดก่อน`,
          en: `${CREDITOR_CLASS_NAMES.informal.en} is repaid first`,
        }
      : {
          th: `ปิดตามลำดับต้นทุน (${CREDITOR_CLASS_NAMES[cls].th})`,
          en: `repaid by cost (${CREDITOR_CLASS_NAMES[cls].en})`,
        };
  return {
    th: `ลำดับที่ ${order}: หนี้ ${debtId} ${why.th} ดอกเบี้ยที่แท้จริง ${percent(rate.effectiveAnnualBp)} ต่อปี สูงกว่าเงินกู้ศูนย์ ${percent(centreRate.effectiveAnnualBp)}${isForced ? " (คณะกรรมการกำหนดกองทุนเอง)" : ""}; กู้จาก ${from} บาท`,
    en: `No. ${order}: debt ${debtId}, ${why.en}; its effective ${percent(rate.effectiveAnnualBp)} a year is above the centre's ${percent(centreRate.effectiveAnnualBp)}${isForced ? " (fund chosen by the committee)" : ""}; lent by ${from} baht`,
  };
}

function consolidationReason(consolidated: boolean, byCommittee: boolean): LocalizedText {
  const who = byCommittee
    ? { th: "คณะกรรมการเลือก", en: "the committee's choice" }
    : { th: "ค่าเริ่มต้นของศูนย์", en: "the centre's default" };
  return consolidated
    ? {
        th: `รวมเป็นสัญญาเดียวต่อครัวเรือน (หนึ่งครัวเรือน หนึ่งสัญญา) ตาม${who.th}: ครัวเรือนผ่อนงวดเดียวต่อเดือนกับกองทุนหลัก`,
        en: `One contract per household (หนึ่งครัวเรือน หนึ่งสัญญา), ${who.en}: the household pays one instalment a month to the lead fund`,
      }
    : {
        th: `แยกสัญญาตามหนี้และกองทุน ตาม${who.th}`,
        en: `One contract per debt and fund, ${who.en}`,
      };
}

function termReason(
  requested: number | undefined,
  term: number | null,
  shown: number | null,
  centre: CentreParameters,
): LocalizedText {
  if (shown === null) return { th: "ไม่มีหนี้ที่ต้องย้าย", en: "No debt is refinanced" };
  if (requested !== undefined) {
    return {
      th: `คณะกรรมการกำหนด ${requested} เดือน`,
      en: `${requested} months, set by the committee`,
    };
  }
  if (term === null) {
    return {
      th: `ไม่มีระยะเวลาใด (ไม่เกิน ${shown} เดือน) ที่ค่างวดอยู่ในกำลังชำระ จึงแสดงที่ ${shown} เดือน`,
      en: `No term up to ${shown} months makes the payment affordable; shown at ${shown} months`,
    };
  }
  return {
    th: `ระยะเวลาสั้นที่สุดที่ค่างวดอยู่ในกำลังชำระ (ไม่เกิน ${centre.maxTermMonths} เดือน) เพื่อให้ดอกเบี้ยรวมน้อยที่สุดและปลดหนี้เร็วที่สุด`,
    en: `The shortest affordable term (at most ${centre.maxTermMonths} months): the least interest and the earliest debt-free date`,
  };
}
