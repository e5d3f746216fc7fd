// Reads of loans: a fund's or a household's loans, one loan with its schedule versions and what it owes, repayments.
import type { Deps } from "../../platform/deps";
import { hasPermission, inScope, outOfScope } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { satang } from "../../shared/money";
import { loadFund } from "../funds/index";
import type {
  LoanDetail,
  LoanListQuery,
  LoanView,
  RepaymentListQuery,
  RepaymentView,
} from "./loan-contracts";
import { instalmentStates, loanStateOf, productOf } from "./loan-records";
import { HOUSEHOLD } from "./loan-refusals";
import { amountDueOn, quotePayoff } from "./loan-state";
import { toInstalmentView, toLoanView, toRepaymentView } from "./loan-views";
import {
  findHouseholdHead,
  findLoan,
  type LoanRow,
  selectAllInstalments,
  selectLoanPage,
  selectRepaymentPage,
  selectVersions,
} from "./loans.repository";
import { canReadLoan, outOfScopeLoan } from "./read-access";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The loan detail shows this many latest repayments; the repayments list pages through all of them. */
const DETAIL_REPAYMENTS = 100;

const badCursor = () => invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });

function encode(parts: string[]): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

function decode(cursor: string, arity: number): string[] {
  try {
    const parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(parts) &&
      parts.length === arity &&
      parts.every((p) => typeof p === "string") &&
      UUID.test(parts[arity - 1] as string) &&
      (arity === 1 || /^\d{4}-\d{2}-\d{2}$/.test(parts[0] as string))
    ) {
      return parts as string[];
    }
  } catch {
    // fall through to the refusal below
  }
  throw badCursor();
}

async function loanPage(
  deps: Deps,
  filter: Omit<Parameters<typeof selectLoanPage>[1], "after" | "limit">,
  query: LoanListQuery,
): Promise<Page<LoanView>> {
  const rows = await selectLoanPage(deps.db, {
    ...filter,
    status: query.status,
    classification: query.classification,
    borrowerPrefix: query.q,
    after: query.cursor ? decode(query.cursor, 1)[0] : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(toLoanView),
    nextCursor: rows.length > query.limit ? encode([page[page.length - 1]!.id]) : null,
  };
}

/** A fund's loans in creation order: officers of the area and the fund's village committee. */
export async function listFundLoans(
  deps: Deps,
  fundId: string,
  query: LoanListQuery,
): Promise<Page<LoanView>> {
  const fund = await loadFund(deps, fundId);
  return loanPage(deps, { fundId: fund.id, areaPrefix: fund.areaCode }, query);
}

/** A household's loans: the household's own members, and officers or committee members of its village. */
export async function listHouseholdLoans(
  deps: Deps,
  householdId: string,
  query: LoanListQuery,
): Promise<Page<LoanView>> {
  const { actor } = deps;
  if (actor.role === "household_member" && actor.kind !== "system") {
    if (actor.householdId === null || actor.householdId !== householdId) throw outOfScope(HOUSEHOLD);
    return loanPage(deps, { householdId, areaPrefix: "" }, query);
  }
  if (!hasPermission(actor, "funds.read")) throw outOfScope(HOUSEHOLD);
  const household = UUID.test(householdId) ? await findHouseholdHead(deps.db, householdId) : undefined;
  if (!household || !inScope(actor, household.villageCode)) throw outOfScope(HOUSEHOLD);
  return loanPage(deps, { householdId, areaPrefix: actor.scopeCode }, query);
}

async function readableLoan(deps: Deps, loanId: string): Promise<LoanRow> {
  const loan = UUID.test(loanId) ? await findLoan(deps.db, loanId) : undefined;
  if (!loan || !canReadLoan(deps.actor, loan)) throw outOfScopeLoan();
  return loan;
}

export async function listLoanRepayments(
  deps: Deps,
  loanId: string,
  query: RepaymentListQuery,
): Promise<Page<RepaymentView>> {
  const loan = await readableLoan(deps, loanId);
  const after = query.cursor ? decode(query.cursor, 2) : undefined;
  const rows = await selectRepaymentPage(deps.db, {
    loanIds: [loan.id],
    after: after ? { paidOn: after[0]!, id: after[1]! } : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toRepaymentView),
    nextCursor: rows.length > query.limit && last ? encode([last.paidOn, last.id]) : null,
  };
}

/** One loan: product, current schedule with paid state, every version, what it owes today and its payoff. */
export async function getLoan(deps: Deps, loanId: string): Promise<LoanDetail> {
  const loan = await readableLoan(deps, loanId);
  const today = deps.clock.today();
  const [versions, instalments, repayments] = await Promise.all([
    selectVersions(deps.db, loan.id),
    selectAllInstalments(deps.db, loan.id),
    selectRepaymentPage(deps.db, { loanIds: [loan.id], limit: DETAIL_REPAYMENTS }),
  ]);
  const product = productOf(loan);
  const current = versions.find((v) => v.versionNo === loan.currentVersionNo)!;
  const currentRows = instalments.filter((i) => i.versionNo === loan.currentVersionNo);
  const state = loanStateOf(loan, current, currentRows);
  const zero = { principalSatang: 0, interestSatang: 0, totalSatang: 0 };
  const isActive = loan.status === "active";
  return {
    loan: toLoanView(loan),
    product: {
      code: product.code,
      name: product.name,
      interestMethod: product.interestMethod,
      rateBp: product.rateBp,
      maxTermMonths: product.maxTermMonths,
      maxInstalments: product.maxInstalments,
      graceDays: product.graceDays,
    },
    schedule: currentRows.map(toInstalmentView),
    versions: versions.map((v) => ({
      versionNo: v.versionNo,
      startsOn: v.startsOn,
      plan: v.plan,
      principalSatang: v.principalSatang,
      interestSatang: v.interestSatang,
      reason: v.reason,
      resolutionRef: v.resolutionRef,
      meetingId: v.meetingId,
      createdAt: v.createdAt.toISOString(),
      instalments: instalments.filter((i) => i.versionNo === v.versionNo).map(toInstalmentView),
    })),
    outstanding: {
      principalSatang: loan.outstandingPrincipalSatang,
      interestSatang: loan.outstandingInterestSatang,
      totalSatang: satang(loan.outstandingPrincipalSatang + loan.outstandingInterestSatang),
    },
    dueToday: isActive ? amountDueOn({ ...state, instalments: instalmentStates(currentRows) }, today) : zero,
    payoff: isActive && today >= state.startsOn ? payoffOf(state, product, today) : null,
    repayments: repayments.map(toRepaymentView),
    asOf: today,
  };
}

function payoffOf(
  state: ReturnType<typeof loanStateOf>,
  product: ReturnType<typeof productOf>,
  today: string,
): LoanDetail["payoff"] {
  const q = quotePayoff({ state, product, paidOn: today });
  return {
    payoffSatang: q.payoffSatang,
    principalSatang: q.principalSatang,
    interestSatang: q.interestSatang,
    waivedInterestSatang: q.waivedInterestSatang,
  };
}
