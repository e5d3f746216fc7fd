// Rescheduling (ผ่อนผัน) of the outstanding debt into a new schedule version, and write-off amounts; both need a reason and a committee resolution.
import { type Satang, satang } from "../../shared/money";
import type { IsoDate } from "../../shared/thai-date";
import { daysBetween, requireIsoDate } from "./loan-dates";
import { loanErrors } from "./loan-errors";
import type { LoanProduct } from "./loan-product";
import {
  assertConsistentState,
  type LoanState,
  openLoanState,
  outstandingOf,
  quotePayoff,
} from "./loan-state";
import { buildSchedule, type LoanSchedule, type SchedulePlan } from "./schedule";

const MAX_TEXT = 1000;

/** The committee's decision behind a rescheduling or write-off: a reason and the meeting resolution. */
export interface CommitteeDecision {
  /** Thai free text, e.g. "น้ำท่วมนาข้าวเสียหายทั้งหมด". */
  reason: string;
  /** The meeting resolution, e.g. "มติที่ประชุมคณะกรรมการ ครั้งที่ 3/2567". */
  resolutionRef: string;
}

function requireDecision(decision: CommitteeDecision): CommitteeDecision {
  const reason = typeof decision.reason === "string" ? decision.reason.trim() : "";
  const resolutionRef = typeof decision.resolutionRef === "string" ? decision.resolutionRef.trim() : "";
  if (reason.length === 0 || reason.length > MAX_TEXT)
    throw loanErrors.textRequired("reason", "loan.reason_required");
  if (resolutionRef.length === 0 || resolutionRef.length > MAX_TEXT) {
    throw loanErrors.textRequired("resolutionRef", "loan.resolution_required");
  }
  return { reason, resolutionRef };
}

export interface RescheduleInput extends CommitteeDecision {
  state: LoanState;
  product: LoanProduct;
  /** The date the new plan starts from (usually the committee meeting date). */
  rescheduledOn: IsoDate;
  plan: SchedulePlan;
}

export interface Rescheduling extends CommitteeDecision {
  versionNo: number;
  previousVersionNo: number;
  rescheduledOn: IsoDate;
  /** Carried into the new version unchanged: the old version's unpaid principal and unpaid interest. */
  principalSatang: Satang;
  interestSatang: Satang;
  schedule: LoanSchedule;
  /** The new version's state (nothing paid on it yet); the caller stores it beside the old version. */
  state: LoanState;
}

/**
 * Re-dates everything outstanding into a new schedule version. Totals are preserved exactly: the new
 * schedule's principal is the old unpaid principal and its interest the old unpaid interest (spread like
 * flat interest), so a postponement neither creates nor forgives money; forgiving is a write-off.
 * The new plan must fit the product's limits, counted from the rescheduling date.
 */
export function rescheduleLoan(input: RescheduleInput): Rescheduling {
  const { state, product } = input;
  const decision = requireDecision(input);
  assertConsistentState(state);
  const rescheduledOn = requireIsoDate("rescheduledOn", input.rescheduledOn);
  if (state.status !== "active") throw loanErrors.notActive(state.status);
  if (daysBetween(state.startsOn, rescheduledOn) < 0) {
    throw loanErrors.dateBeforeStart("rescheduledOn", rescheduledOn, state.startsOn);
  }
  const outstanding = outstandingOf(state);
  if (outstanding.totalSatang === 0) throw loanErrors.nothingOutstanding();

  const schedule = buildSchedule({
    product,
    principalSatang: outstanding.principalSatang,
    startsOn: rescheduledOn,
    plan: input.plan,
    fixedInterestSatang: outstanding.interestSatang,
  });
  const versionNo = state.versionNo + 1;
  return {
    ...decision,
    versionNo,
    previousVersionNo: state.versionNo,
    rescheduledOn,
    principalSatang: outstanding.principalSatang,
    interestSatang: outstanding.interestSatang,
    schedule,
    state: openLoanState(schedule, versionNo, {
      ...decision,
      rescheduledOn,
      previousVersionNo: state.versionNo,
    }),
  };
}

export interface WriteOffInput extends CommitteeDecision {
  state: LoanState;
  product: LoanProduct;
  writtenOffOn: IsoDate;
}

export interface WriteOff extends CommitteeDecision {
  writtenOffOn: IsoDate;
  /** Written off: the unpaid principal and the interest earned but unpaid by `writtenOffOn`. */
  principalSatang: Satang;
  interestSatang: Satang;
  totalSatang: Satang;
  /** Scheduled interest not yet earned, cancelled rather than written off (it was never income). */
  cancelledInterestSatang: Satang;
  /** Status "written_off"; its outstanding equals exactly the amounts written off, for later recovery. */
  state: LoanState;
}

/**
 * Computes a write-off. written off + cancelled = outstanding before, to the satang. The interest earned
 * follows the same rule as an early close (the product's flat-rebate policy included).
 */
export function writeOffLoan(input: WriteOffInput): WriteOff {
  const decision = requireDecision(input);
  const writtenOffOn = requireIsoDate("writtenOffOn", input.writtenOffOn);
  const quote = quotePayoff({ state: input.state, product: input.product, paidOn: writtenOffOn });
  if (quote.payoffSatang === 0) throw loanErrors.nothingOutstanding();
  const instalments = input.state.instalments.map((inst, k) => {
    const w = quote.lines[k]!.waivedInterestSatang;
    return w === 0 ? inst : { ...inst, waivedInterestSatang: satang(inst.waivedInterestSatang + w) };
  });
  return {
    ...decision,
    writtenOffOn,
    principalSatang: quote.principalSatang,
    interestSatang: quote.interestSatang,
    totalSatang: quote.payoffSatang,
    cancelledInterestSatang: quote.waivedInterestSatang,
    state: { ...input.state, status: "written_off", instalments },
  };
}
