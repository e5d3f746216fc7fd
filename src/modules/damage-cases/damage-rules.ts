// Pure damage-case rules: case types, the procedure as a state machine, closing conditions, repayment plans and their instalments.
import type { IsoDate } from "../../shared/thai-date";

export const CASE_TYPES = ["borrower_default", "committee_misuse", "missing_documents", "other"] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/**
 * The procedure (domain §4.8, sequence UNVERIFIED): discovered → report to the district → district
 * fact-finding committee → debt acknowledgement with a repayment plan, civil action or criminal complaint →
 * recovery; closing is a separate act with its own conditions.
 */
export const STAGES = [
  "discovered",
  "reported_to_district",
  "fact_finding",
  "debt_acknowledgement",
  "civil_action",
  "criminal_complaint",
  "recovery",
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_MOVES: Record<Stage, readonly Stage[]> = {
  discovered: ["reported_to_district"],
  reported_to_district: ["fact_finding"],
  fact_finding: ["debt_acknowledgement", "civil_action", "criminal_complaint"],
  debt_acknowledgement: ["recovery", "civil_action", "criminal_complaint"],
  civil_action: ["recovery", "criminal_complaint"],
  criminal_complaint: ["recovery", "civil_action"],
  // A debtor who stops paying is sued, reported, or signs a new acknowledgement.
  recovery: ["debt_acknowledgement", "civil_action", "criminal_complaint"],
};

export const CLOSURES = ["fully_recovered", "written_off", "legal_outcome"] as const;
export type Closure = (typeof CLOSURES)[number];

export const PERSON_RELATIONS = ["committee_member", "borrower", "other"] as const;

export type ClosingRefusal =
  | "not_fully_recovered"
  | "approval_required"
  | "approval_reference_required"
  | "facts_not_established"
  | "no_legal_action";

/** Why a case may not close this way, or null when it may. */
export function closingRefusal(
  closure: Closure,
  c: {
    outstandingSatang: number;
    visited: readonly Stage[];
    mayApprove: boolean;
    approvalRef: string | undefined;
  },
): ClosingRefusal | null {
  switch (closure) {
    case "fully_recovered":
      return c.outstandingSatang === 0 ? null : "not_fully_recovered";
    case "written_off":
      if (!c.visited.includes("fact_finding")) return "facts_not_established";
      if (!c.mayApprove) return "approval_required";
      return c.approvalRef?.trim() ? null : "approval_reference_required";
    case "legal_outcome":
      return c.visited.includes("civil_action") || c.visited.includes("criminal_complaint")
        ? null
        : "no_legal_action";
  }
}

/** A repayment plan may be set once the debt is acknowledged. */
export const PLAN_STAGES: readonly Stage[] = [
  "debt_acknowledgement",
  "recovery",
  "civil_action",
  "criminal_complaint",
];

export interface InstalmentInput {
  dueOn: IsoDate;
  amountSatang: number;
}

export type PlanRefusal = "dates_not_increasing" | "total_mismatch" | "before_acknowledgement";

/** Due dates strictly increasing, none before the acknowledgement, and the total equal to what is outstanding. */
export function planRefusal(
  instalments: readonly InstalmentInput[],
  outstandingSatang: number,
  acknowledgedOn: IsoDate,
): PlanRefusal | null {
  for (let i = 1; i < instalments.length; i++) {
    if (instalments[i]!.dueOn <= instalments[i - 1]!.dueOn) return "dates_not_increasing";
  }
  if (instalments[0] && instalments[0].dueOn < acknowledgedOn) return "before_acknowledgement";
  const total = instalments.reduce((s, i) => s + i.amountSatang, 0);
  return total === outstandingSatang ? null : "total_mismatch";
}

export type InstalmentState = "paid" | "partly_paid" | "due" | "overdue";

/**
 * Recoveries made after the plan was agreed pay its instalments oldest first (the plan covers only what
 * was outstanding when it was set).
 */
export function instalmentStates(
  instalments: readonly InstalmentInput[],
  paidTowardsPlanSatang: number,
  today: IsoDate,
): Array<InstalmentInput & { paidSatang: number; state: InstalmentState }> {
  let left = paidTowardsPlanSatang;
  return instalments.map((i) => {
    const paid = Math.min(left, i.amountSatang);
    left -= paid;
    const state: InstalmentState =
      paid === i.amountSatang ? "paid" : i.dueOn < today ? "overdue" : paid > 0 ? "partly_paid" : "due";
    return { ...i, paidSatang: paid, state };
  });
}
