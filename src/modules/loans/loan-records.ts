// Stored loan rows ↔ the engine's LoanState, and the ledger account money moves through (cash or a bank account).
import type { Deps } from "../../platform/deps";
import { type Satang, satang } from "../../shared/money";
import type { IsoDate } from "../../shared/thai-date";
import { findBankAccount } from "../funds/index";
import { fundBooks } from "../ledger/index";
import type { LoanProduct } from "./loan-product";
import { loanRefusals } from "./loan-refusals";
import type { InstalmentState, LoanState, LoanStatus } from "./loan-state";
import type { InstalmentRow, LoanRow, LoanVersionRow } from "./loans.repository";

/** The product frozen on the loan. It was parsed (parseLoanProduct) before it was stored, so it is trusted. */
export function productOf(loan: Pick<LoanRow, "product">): LoanProduct {
  return loan.product as unknown as LoanProduct;
}

export function instalmentStates(rows: readonly InstalmentRow[]): InstalmentState[] {
  return rows.map((r) => ({
    seq: r.seq,
    dueOn: r.dueOn,
    principalSatang: satang(r.principalSatang),
    interestSatang: satang(r.interestSatang),
    totalSatang: satang(r.principalSatang + r.interestSatang),
    paidPrincipalSatang: satang(r.paidPrincipalSatang),
    paidInterestSatang: satang(r.paidInterestSatang),
    waivedInterestSatang: satang(r.waivedInterestSatang),
  }));
}

/** The engine's view of the loan's current version. Only active, closed or written-off loans have one. */
export function loanStateOf(
  loan: Pick<LoanRow, "status">,
  version: Pick<LoanVersionRow, "versionNo" | "startsOn" | "reason" | "resolutionRef">,
  rows: readonly InstalmentRow[],
): LoanState {
  const status: LoanStatus =
    loan.status === "closed" || loan.status === "written_off" ? loan.status : "active";
  return {
    versionNo: version.versionNo,
    startsOn: version.startsOn,
    status,
    postponement:
      version.versionNo > 1
        ? {
            reason: version.reason ?? "",
            resolutionRef: version.resolutionRef ?? "",
            rescheduledOn: version.startsOn,
            previousVersionNo: version.versionNo - 1,
          }
        : null,
    instalments: instalmentStates(rows),
  };
}

/** The first due date with anything still unpaid, or null once the schedule is settled. */
export function nextDueOf(state: Pick<LoanState, "instalments">): IsoDate | null {
  const open = state.instalments.find(
    (i) =>
      i.principalSatang -
        i.paidPrincipalSatang +
        i.interestSatang -
        i.paidInterestSatang -
        i.waivedInterestSatang >
      0,
  );
  return open?.dueOn ?? null;
}

export type MoneyPlace = "cash" | { bankAccountId: string };

/** The ledger account behind cash on hand or one of the fund's active bank accounts. */
export async function moneyAccountId(t: Deps, fundId: string, place: MoneyPlace): Promise<string> {
  if (place === "cash") return (await fundBooks(t.db, fundId)).byRole("cash").id;
  const bank = await findBankAccount(t.db, fundId, place.bankAccountId);
  if (!bank) throw loanRefusals.bankAccountUnknown(place.bankAccountId);
  if (bank.status !== "active" || !bank.ledgerAccountId) {
    throw loanRefusals.bankAccountNotActive(place.bankAccountId);
  }
  return bank.ledgerAccountId;
}

export const sumSatang = (values: readonly number[]): Satang => satang(values.reduce((a, b) => a + b, 0));
