// Pure household rules: one head per household, display names, จปฐ. income arithmetic.
import type { BmnInput, MemberInput } from "../../shared/contracts/index";
import { floorDiv } from "../../shared/money";

export function headOf(members: readonly MemberInput[]): MemberInput | null {
  const heads = members.filter((m) => m.relation === "head");
  return heads.length === 1 ? heads[0]! : null;
}

export function countHeads(members: readonly MemberInput[]): number {
  return members.filter((m) => m.relation === "head").length;
}

/** "สมชาย ใจดี": what lists show and search matches (the title is kept separately). */
export function displayName(m: { firstName: string; lastName: string }): string {
  return `${m.firstName} ${m.lastName}`.trim();
}

export interface BmnIncome {
  incomeTotalSatang: number;
  incomePerPersonSatang: number;
  passesIncomeCriterion: boolean;
}

/**
 * จปฐ. indicator 22: yearly household income = main + secondary + other + own production consumed;
 * per-person income = floor(total ÷ members) [domain §3.1]; passes when per-person ≥ the criterion.
 */
export function computeBmnIncome(input: BmnInput, criterionSatang: number): BmnIncome {
  const total =
    input.incomeMainSatang +
    input.incomeSecondarySatang +
    input.incomeOtherSatang +
    input.incomeOwnProductionSatang;
  if (!Number.isSafeInteger(total)) throw new RangeError("income beyond the safe range");
  const perPerson = floorDiv(total, input.membersCount);
  return {
    incomeTotalSatang: total,
    incomePerPersonSatang: perPerson,
    passesIncomeCriterion: perPerson >= criterionSatang,
  };
}

/** Indicator 22 (income) is derived, never typed: it is overwritten with the computed result. */
export function normalizeIndicators(
  indicators: Record<string, boolean>,
  passesIncome: boolean,
): Record<string, boolean> {
  return { ...indicators, "22": passesIncome };
}

export function failedCount(indicators: Record<string, boolean>): number {
  return Object.values(indicators).filter((v) => !v).length;
}
