// The target register in rank order with incomes before and after the first loan, and the village's candidates.
import type { Executor } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import type { Page, PageQuery } from "../../shared/contracts/index";
import type { Candidate, Target } from "./contracts";
import {
  selectBmnIncomes,
  selectCandidatePage,
  selectHouseholdLoans,
  selectTargetPage,
  type TargetListRow,
} from "./kkj.repository";
import { loadKkjFund } from "./kkj-access";
import { cursorInvalid } from "./kkj-errors";
import { beYearOf, decodeCursor, encodeCursor } from "./kkj-rules";
import { UUID } from "./kkj-steps";

/**
 * Income after 1, 2 and 3 years: the per-person income of the จปฐ. records of the survey years 1, 2 and 3
 * after the B.E. year of the household's first contract with the fund; null while that survey is missing.
 * Computed on read, so a จปฐ. record entered later shows at once (the stored columns stay unused).
 */
export async function targetViews(
  db: Executor,
  fundId: string,
  rows: readonly TargetListRow[],
): Promise<Target[]> {
  const householdIds = rows.map((r) => r.householdId);
  const loans = await selectHouseholdLoans(db, fundId, householdIds);
  const incomes = await selectBmnIncomes(db, householdIds);
  return rows.map((r) => {
    const own = loans.filter((l) => l.householdId === r.householdId);
    const first = own.reduce<string | null>(
      (min, l) => (min === null || l.signedOn < min ? l.signedOn : min),
      null,
    );
    const firstLoanYear = first ? beYearOf(first) : null;
    const after = (k: number) =>
      firstLoanYear === null ? null : (incomes.get(r.householdId)?.get(firstLoanYear + k) ?? null);
    return {
      id: r.id,
      householdId: r.householdId,
      registerSeq: r.registerSeq,
      houseNo: r.houseNo,
      headName: r.headName,
      membersCount: r.membersCount,
      bmnYear: r.bmnYear,
      incomePerPersonSatang: r.incomePerPersonSatang,
      firstLoanYear,
      incomeAfter1Satang: after(1),
      incomeAfter2Satang: after(2),
      incomeAfter3Satang: after(3),
      status: r.status,
      registeredOn: r.registeredOn,
      loans: own.map(({ householdId: _h, ...loan }) => loan),
    };
  });
}

export async function targetPage(db: Executor, fundId: string, query: PageQuery): Promise<Page<Target>> {
  let afterSeq: number | undefined;
  if (query.cursor) {
    const parts = decodeCursor(query.cursor, ["number"]);
    if (!parts || !Number.isSafeInteger(parts[0])) throw cursorInvalid();
    afterSeq = parts[0] as number;
  }
  const found = await selectTargetPage(db, fundId, afterSeq, query.limit + 1);
  const page = found.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: await targetViews(db, fundId, page),
    nextCursor: found.length > query.limit && last ? encodeCursor([last.registerSeq]) : null,
  };
}

export async function listTargets(deps: Deps, fundId: string, query: PageQuery): Promise<Page<Target>> {
  const fund = await loadKkjFund(deps, fundId);
  return targetPage(deps.db, fund.id, query);
}

/** Households of the village not yet registered, lowest per-person income first, with their eligibility. */
export async function listCandidates(deps: Deps, fundId: string, query: PageQuery): Promise<Page<Candidate>> {
  const fund = await loadKkjFund(deps, fundId);
  let after: { sortKey: number; id: string } | undefined;
  if (query.cursor) {
    const parts = decodeCursor(query.cursor, ["number", "string"]);
    if (!parts || !Number.isSafeInteger(parts[0]) || !UUID.test(String(parts[1]))) throw cursorInvalid();
    after = { sortKey: parts[0] as number, id: String(parts[1]) };
  }
  const found = await selectCandidatePage(deps.db, fund.id, fund.areaCode, after, query.limit + 1);
  const page = found.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((c) => ({
      householdId: c.householdId,
      houseNo: c.houseNo,
      headName: c.headName,
      memberCount: c.memberCount,
      bmnYear: c.bmnYear,
      incomePerPersonSatang: c.incomePerPersonSatang,
      criterionSatang: c.criterionSatang,
      eligible: c.passes === false,
      reason: c.passes === null ? "no_bmn_record" : c.passes ? "above_criterion" : "eligible",
    })),
    nextCursor: found.length > query.limit && last ? encodeCursor([last.sortKey, last.householdId]) : null,
  };
}
