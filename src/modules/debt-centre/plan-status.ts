// The status machine of a household's debt plan (surveyed → planned → approved → repaying → debt-free → relapse-watch, and relapse) and the relapse rule.
import { ruleViolation } from "../../shared/errors";
import type { IsoDate } from "../../shared/thai-date";
import { addMonths } from "../loans/index";
import type { CreditorClass } from "./debt-survey";

export const PLAN_STATUSES = [
  "surveyed",
  "planned",
  "approved",
  "repaying",
  "debt_free",
  "relapse_watch",
  "relapse",
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_NAMES: Record<PlanStatus, { th: string; en: string }> = {
  surveyed: { th: "สำรวจหนี้แล้ว", en: "Surveyed" },
  planned: { th: "จัดทำแผนแล้ว", en: "Planned" },
  approved: { th: "คณะกรรมการอนุมัติแผนแล้ว", en: "Approved" },
  repaying: { th: "อยู่ระหว่างผ่อนชำระ", en: "Repaying" },
  debt_free: { th: "ปลดหนี้แล้ว", en: "Debt-free" },
  relapse_watch: { th: "เฝ้าระวังการกลับมาเป็นหนี้", en: "Relapse watch" },
  relapse: { th: "กลับมาเป็นหนี้ซ้ำ", en: "Relapsed" },
};

/**
 * Allowed moves and why each exists (docs/debt-centre.md, "Status machine"). Going back is allowed only
 * where the work can really be redone: a plan discarded for a new survey, an approval withdrawn before
 * any money moved, a repaying plan replaced after hardship; a relapse starts a new survey.
 */
export const PLAN_TRANSITIONS: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  surveyed: ["planned"],
  planned: ["approved", "surveyed"],
  approved: ["repaying", "planned"],
  repaying: ["debt_free", "planned"],
  debt_free: ["relapse_watch"],
  // relapse_watch → debt_free: the watch ended without a relapse; the household stays honoured for good.
  relapse_watch: ["relapse", "surveyed", "debt_free"],
  relapse: ["surveyed"],
};

export const canTransition = (from: PlanStatus, to: PlanStatus): boolean =>
  PLAN_TRANSITIONS[from].includes(to);

/** Throws rule_violation `debt.plan_transition_not_allowed` unless `from → to` is an allowed move. */
export function assertTransition(from: PlanStatus, to: PlanStatus): void {
  if (canTransition(from, to)) return;
  const allowed = PLAN_TRANSITIONS[from];
  throw ruleViolation(
    "debt.plan_transition_not_allowed",
    {
      th: `เปลี่ยนสถานะแผนจาก "${PLAN_STATUS_NAMES[from].th}" เป็น "${PLAN_STATUS_NAMES[to].th}" ไม่ได้ (ทำได้: ${allowed.map((s) => PLAN_STATUS_NAMES[s].th).join(", ")})`,
      en: `A plan cannot go from ${from} to ${to} (allowed: ${allowed.join(", ")})`,
    },
    { from, to, allowed },
  );
}

export interface RelapseParameters {
  /** Months after the debt-free date during which a new debt is a relapse. UNVERIFIED design default: 24. */
  windowMonths: number;
  /**
   * Which kinds of new debt count. Default: every kind, as the brief says "new debt"; a centre that does
   * not count a member-fund loan for a livelihood sets ["formal", "informal"]. UNVERIFIED design default.
   */
  countsClasses: readonly CreditorClass[];
}

export const DEFAULT_RELAPSE_PARAMETERS: Readonly<RelapseParameters> = Object.freeze({
  windowMonths: 24,
  countsClasses: Object.freeze(["formal", "community", "informal"] as CreditorClass[]),
});

/** The last day of the watch: debt-free date + window months (clamped to the month's end). */
export const watchEndsOn = (debtFreeOn: IsoDate, windowMonths: number): IsoDate =>
  addMonths(debtFreeOn, windowMonths);

export interface RelapseCheck {
  isRelapse: boolean;
  watchEndsOn: IsoDate;
  reason: { th: string; en: string };
}

/**
 * Whether a new debt taken on `newDebtOn` is a relapse: a debt of a counted class taken on or after the
 * debt-free date and on or before the end of the watch window (both ends inclusive).
 */
export function checkRelapse(
  debtFreeOn: IsoDate,
  newDebt: { takenOn: IsoDate; creditorClass: CreditorClass },
  parameters: RelapseParameters = DEFAULT_RELAPSE_PARAMETERS,
): RelapseCheck {
  const ends = watchEndsOn(debtFreeOn, parameters.windowMonths);
  const counted = parameters.countsClasses.includes(newDebt.creditorClass);
  if (newDebt.takenOn < debtFreeOn) {
    return {
      isRelapse: false,
      watchEndsOn: ends,
      reason: {
        th: "หนี้นี้เกิดก่อนวันปลดหนี้ จึงเป็นข้อมูลที่ต้องแก้แบบสำรวจ ไม่ใช่การกลับมาเป็นหนี้",
        en: "The debt predates the debt-free date: a survey correction, not a relapse",
      },
    };
  }
  if (newDebt.takenOn > ends) {
    return {
      isRelapse: false,
      watchEndsOn: ends,
      reason: {
        th: `หนี้ใหม่เกิดหลังสิ้นสุดการเฝ้าระวัง (${ends}) จึงเริ่มสำรวจใหม่ตามปกติ`,
        en: `The new debt comes after the watch ended (${ends}): a new survey, not a relapse`,
      },
    };
  }
  if (!counted) {
    return {
      isRelapse: false,
      watchEndsOn: ends,
      reason: {
        th: "หนี้ประเภทนี้ไม่นับเป็นการกลับมาเป็นหนี้ตามเกณฑ์ของศูนย์",
        en: "This kind of debt does not count as a relapse under the centre's rule",
      },
    };
  }
  return {
    isRelapse: true,
    watchEndsOn: ends,
    reason: {
      th: `ก่อหนี้ใหม่ภายในระยะเฝ้าระวัง (ถึง ${ends}) จึงถือว่ากลับมาเป็นหนี้ซ้ำ`,
      en: `A new debt within the watch (until ${ends}) is a relapse`,
    },
  };
}

/** The status a relapse-watch plan moves to when a new debt is recorded (null: stays in the watch). */
export function statusAfterNewDebt(
  status: PlanStatus,
  debtFreeOn: IsoDate,
  newDebt: { takenOn: IsoDate; creditorClass: CreditorClass },
  parameters: RelapseParameters = DEFAULT_RELAPSE_PARAMETERS,
): PlanStatus | null {
  if (status !== "relapse_watch") return null;
  const check = checkRelapse(debtFreeOn, newDebt, parameters);
  if (check.isRelapse) return "relapse";
  return newDebt.takenOn > check.watchEndsOn ? "surveyed" : null;
}
