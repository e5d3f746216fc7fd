// Pure fund rules: defaults by fund type, committee terms and composition, the withdrawal rule.
import type { AppError } from "../../shared/errors";
import type { CommitteePosition } from "../../shared/roles";
import { addDays, type IsoDate, isIsoDate } from "../../shared/thai-date";
import type { FundParameters, FundType, WithdrawalRule } from "./contracts";
import { fundErrors } from "./fund-errors";

/**
 * System-wide defaults. A fund overrides any of them in its parameters (bylaws); the กข.คจ. capital is the
 * 280,000 baht every village received under the 2536/2540 cabinet resolutions (domain §4.1).
 */
export const FUND_DEFAULTS = {
  kkjOriginalCapitalSatang: 28_000_000,
  /** วาระคราวละ 4 ปี (domain §4.2). */
  committeeTermYears: 4,
  backdateDays: 30,
  forwardDays: 0,
  /** Domain §4.6: any 2 signatories, the chair always one of them. */
  withdrawalRule: { required: 2, mustInclude: ["chair"] } as WithdrawalRule,
} as const;

export type EffectiveParameters = FundParameters &
  Required<
    Pick<
      FundParameters,
      | "committeeTermYears"
      | "committeeMinSize"
      | "committeeMaxSize"
      | "backdateDays"
      | "forwardDays"
      | "interestRateBp"
    >
  >;

/** กข.คจ. committees have 7 to 9 persons and lend interest-free (domain §4.2, §4.4). */
const TYPE_DEFAULTS: Record<
  FundType,
  { committeeMinSize: number; committeeMaxSize: number; interestRateBp: number }
> = {
  kkj: { committeeMinSize: 7, committeeMaxSize: 9, interestRateBp: 0 },
  savings_group: { committeeMinSize: 3, committeeMaxSize: 30, interestRateBp: 0 },
  village_fund: { committeeMinSize: 3, committeeMaxSize: 30, interestRateBp: 0 },
  womens_fund: { committeeMinSize: 3, committeeMaxSize: 30, interestRateBp: 0 },
  occupation_group: { committeeMinSize: 3, committeeMaxSize: 30, interestRateBp: 0 },
  welfare_fund: { committeeMinSize: 3, committeeMaxSize: 30, interestRateBp: 0 },
  other: { committeeMinSize: 3, committeeMaxSize: 30, interestRateBp: 0 },
};

export function effectiveParameters(fundType: FundType, parameters: FundParameters): EffectiveParameters {
  return {
    committeeTermYears: FUND_DEFAULTS.committeeTermYears,
    backdateDays: FUND_DEFAULTS.backdateDays,
    forwardDays: FUND_DEFAULTS.forwardDays,
    ...TYPE_DEFAULTS[fundType],
    ...parameters,
  };
}

export function defaultOriginalCapital(fundType: FundType): number {
  return fundType === "kkj" ? FUND_DEFAULTS.kkjOriginalCapitalSatang : 0;
}

export function checkParameters(p: EffectiveParameters): AppError | null {
  return p.committeeMinSize > p.committeeMaxSize ? fundErrors.committeeSizeRange() : null;
}

/** The last day of a term of `years` starting on `start` (a term from 29 Feb ends on 28 Feb). */
export function termEndFor(start: IsoDate, years: number): IsoDate {
  const [y, m, d] = start.split("-") as [string, string, string];
  const sameDay = `${String(Number(y) + years).padStart(4, "0")}-${m}-${d}`;
  const anniversary = isIsoDate(sameDay) ? sameDay : `${String(Number(y) + years).padStart(4, "0")}-03-01`;
  return addDays(anniversary, -1);
}

export interface MemberDraft {
  position: CommitteePosition;
  userId?: string | undefined;
  householdMemberId?: string | undefined;
}

/**
 * A committee needs exactly one chair and one finance member (the two who approve bank accounts), at most
 * one secretary, a size within the fund's bylaws, and no person twice.
 */
export function checkCommitteeComposition(
  members: readonly MemberDraft[],
  p: Pick<EffectiveParameters, "committeeMinSize" | "committeeMaxSize">,
): AppError | null {
  const count = (position: CommitteePosition) => members.filter((m) => m.position === position).length;
  if (count("chair") !== 1) return fundErrors.positionCount("chair", count("chair"));
  if (count("finance") !== 1) return fundErrors.positionCount("finance", count("finance"));
  if (count("secretary") > 1) return fundErrors.positionCount("secretary", count("secretary"));
  if (members.length < p.committeeMinSize || members.length > p.committeeMaxSize) {
    return fundErrors.committeeSize(members.length, p.committeeMinSize, p.committeeMaxSize);
  }
  const users = members.flatMap((m) => (m.userId ? [m.userId] : []));
  if (new Set(users).size !== users.length) return fundErrors.memberRepeated();
  const people = members.flatMap((m) => (m.householdMemberId ? [m.householdMemberId] : []));
  if (new Set(people).size !== people.length) return fundErrors.memberRepeated();
  return null;
}

/** Positions added to an existing set must keep its composition valid (one chair, one finance, …). */
export function checkAddedMember(
  existing: readonly MemberDraft[],
  added: MemberDraft,
  p: Pick<EffectiveParameters, "committeeMaxSize">,
): AppError | null {
  if (added.position !== "member" && existing.some((m) => m.position === added.position)) {
    return fundErrors.positionCount(added.position, 2);
  }
  if (existing.length + 1 > p.committeeMaxSize) {
    return fundErrors.committeeSize(existing.length + 1, 0, p.committeeMaxSize);
  }
  if (added.userId && existing.some((m) => m.userId === added.userId)) return fundErrors.memberRepeated();
  if (added.householdMemberId && existing.some((m) => m.householdMemberId === added.householdMemberId)) {
    return fundErrors.memberRepeated();
  }
  return null;
}

/** The signatories must be able to satisfy their own rule, or no withdrawal could ever be approved. */
export function checkSignatories(
  rule: WithdrawalRule,
  signatories: ReadonlyArray<{ position: CommitteePosition }>,
): AppError | null {
  if (signatories.length < rule.required) return fundErrors.tooFewSignatories(rule.required);
  for (const position of rule.mustInclude) {
    if (!signatories.some((s) => s.position === position)) return fundErrors.signatoryMissing(position);
  }
  return null;
}

export interface RuleEvaluation {
  satisfied: boolean;
  /** Distinct approving users so far. */
  approvals: number;
  missingCount: number;
  missingPositions: CommitteePosition[];
}

/** Counts distinct users; a required position counts only when a signatory holding it approved. */
export function evaluateWithdrawalRule(
  rule: WithdrawalRule,
  approvals: ReadonlyArray<{ userId: string; position: CommitteePosition }>,
): RuleEvaluation {
  const users = new Set(approvals.map((a) => a.userId)).size;
  const missingPositions = rule.mustInclude.filter((p) => !approvals.some((a) => a.position === p));
  const missingCount = Math.max(0, rule.required - users);
  return {
    satisfied: missingCount === 0 && missingPositions.length === 0,
    approvals: users,
    missingCount,
    missingPositions,
  };
}
