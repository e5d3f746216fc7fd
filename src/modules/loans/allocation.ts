// Repayment allocation: splits a payment over instalments (oldest first) and components (product order), including an early close.
import { type Satang, satang } from "../../shared/money";
import type { IsoDate } from "../../shared/thai-date";
import { daysBetween, requireIsoDate } from "./loan-dates";
import { loanErrors, requireSatang } from "./loan-errors";
import type { AllocationComponent, FlatPrepaymentRebate, LoanProduct } from "./loan-product";
import {
  assertConsistentState,
  type InstalmentState,
  type LoanState,
  outstandingOf,
  quotePayoff,
  unpaidInterest,
  unpaidPrincipal,
} from "./loan-state";

export interface AllocationLine {
  seq: number;
  dueOn: IsoDate;
  principalSatang: Satang;
  interestSatang: Satang;
  /** Always 0 until a fund charges penalties or fees; present so the order and the books already carry them. */
  penaltySatang: Satang;
  feesSatang: Satang;
  totalSatang: Satang;
}

export interface AllocateRepaymentInput {
  state: LoanState;
  amountSatang: number;
  paidOn: IsoDate;
  product: LoanProduct;
  /**
   * Close the loan with this payment (prepayment). The amount must then equal the payoff on `paidOn`
   * (see quotePayoff): unearned interest is cancelled instead of being collected.
   */
  closeLoan?: boolean | undefined;
  /** Overrides the product's committee policy for closing a flat-interest loan early. */
  flatPrepaymentRebate?: FlatPrepaymentRebate | undefined;
}

export interface RepaymentAllocation {
  /** The instalments this payment touched, oldest first; their totals sum to the amount exactly. */
  lines: AllocationLine[];
  principalSatang: Satang;
  interestSatang: Satang;
  penaltySatang: Satang;
  feesSatang: Satang;
  /** Interest cancelled by an early close (0 otherwise); never collected, never income. */
  waivedInterestSatang: Satang;
  /** The state after the payment; status "closed" once nothing is outstanding. */
  state: LoanState;
  outstandingPrincipalSatang: Satang;
  outstandingInterestSatang: Satang;
  isClosed: boolean;
}

/**
 * Allocates one repayment. Refuses (4xx) an amount that is not a positive whole number of satang, a
 * date before the loan started, a loan that is not active, and more than the outstanding balance
 * (`loan.exceeds_outstanding`). Money goes to the oldest instalment first and, inside it, to the
 * components in the product's allocation order; a payment larger than what is due pays the next
 * instalments ahead of their dates.
 */
export function allocateRepayment(input: AllocateRepaymentInput): RepaymentAllocation {
  const { state, product } = input;
  const amount = requireSatang("amountSatang", input.amountSatang, 1);
  const paidOn = requireIsoDate("paidOn", input.paidOn);
  assertConsistentState(state);
  if (state.status !== "active") throw loanErrors.notActive(state.status);
  if (daysBetween(state.startsOn, paidOn) < 0)
    throw loanErrors.dateBeforeStart("paidOn", paidOn, state.startsOn);

  let instalments: InstalmentState[] = state.instalments.map((i) => ({ ...i }));
  let waived = 0;
  if (input.closeLoan === true) {
    const quote = quotePayoff({ state, product, paidOn, flatPrepaymentRebate: input.flatPrepaymentRebate });
    if (amount > quote.payoffSatang) throw loanErrors.exceedsOutstanding(amount, quote.payoffSatang);
    if (amount !== quote.payoffSatang) throw loanErrors.payoffMismatch(amount, quote.payoffSatang);
    // Cancel first, so that the ordinary allocation below collects exactly the payoff and closes the loan.
    instalments = instalments.map((inst, k) => {
      const w = quote.lines[k]!.waivedInterestSatang;
      return w === 0 ? inst : { ...inst, waivedInterestSatang: satang(inst.waivedInterestSatang + w) };
    });
    waived = quote.waivedInterestSatang;
  } else {
    const outstanding = outstandingOf(state).totalSatang;
    if (amount > outstanding) throw loanErrors.exceedsOutstanding(amount, outstanding);
  }

  let remaining: number = amount;
  const lines: AllocationLine[] = [];
  const totals = { principal: 0, interest: 0, penalty: 0, fees: 0 };
  for (let k = 0; k < instalments.length && remaining > 0; k++) {
    const inst = instalments[k]!;
    const taken = { principal: 0, interest: 0, penalty: 0, fees: 0 };
    for (const component of product.allocationOrder) {
      const take = Math.min(remaining, unpaidComponent(inst, component));
      taken[component] += take;
      remaining -= take;
    }
    const total = taken.principal + taken.interest + taken.penalty + taken.fees;
    if (total === 0) continue;
    instalments[k] = {
      ...inst,
      paidPrincipalSatang: satang(inst.paidPrincipalSatang + taken.principal),
      paidInterestSatang: satang(inst.paidInterestSatang + taken.interest),
    };
    totals.principal += taken.principal;
    totals.interest += taken.interest;
    totals.penalty += taken.penalty;
    totals.fees += taken.fees;
    lines.push({
      seq: inst.seq,
      dueOn: inst.dueOn,
      principalSatang: satang(taken.principal),
      interestSatang: satang(taken.interest),
      penaltySatang: satang(taken.penalty),
      feesSatang: satang(taken.fees),
      totalSatang: satang(total),
    });
  }
  // The outstanding check above makes this unreachable; it stays because a lost satang must never pass silently.
  if (remaining !== 0) throw loanErrors.exceedsOutstanding(amount, amount - remaining);

  const after = outstandingOf({ ...state, instalments });
  const isClosed = after.totalSatang === 0;
  return {
    lines,
    principalSatang: satang(totals.principal),
    interestSatang: satang(totals.interest),
    penaltySatang: satang(totals.penalty),
    feesSatang: satang(totals.fees),
    waivedInterestSatang: satang(waived),
    state: { ...state, instalments, status: isClosed ? "closed" : "active" },
    outstandingPrincipalSatang: after.principalSatang,
    outstandingInterestSatang: after.interestSatang,
    isClosed,
  };
}

function unpaidComponent(inst: InstalmentState, component: AllocationComponent): number {
  switch (component) {
    case "principal":
      return unpaidPrincipal(inst);
    case "interest":
      return unpaidInterest(inst);
    // Penalties and fees are not charged yet: nothing of them is ever outstanding.
    case "penalty":
    case "fees":
      return 0;
  }
}
