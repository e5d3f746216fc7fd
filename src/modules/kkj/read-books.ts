// The four books of a กข.คจ. fund as read models: purple (register), green (bank), yellow (debtors), brown (status).
import type { Deps } from "../../platform/deps";
import { outOfScope } from "../../shared/authorization";
import type { PageQuery } from "../../shared/contracts/index";
import type { CommitteePosition } from "../../shared/roles";
import { BE_OFFSET } from "../../shared/thai-date";
import { accountBalances } from "../ledger/index";
import type { BrownBook, GreenBook, PurpleBook, YellowBook } from "./contracts";
import {
  type AccountLineRow,
  accountBalanceThrough,
  findAccountIdByRole,
  findCurrentSet,
  selectAccountLines,
  selectAreas,
  selectBankLedgerAccounts,
  selectCommitteeSets,
  selectDebtorPage,
  selectEntryDocuments,
  selectHandoverPage,
  selectKkjFundPage,
  selectLoanEntryIds,
  selectSetMembers,
  selectWorkersOf,
} from "./kkj.repository";
import { loadKkjFund } from "./kkj-access";
import { cursorInvalid, LOAN } from "./kkj-errors";
import { decodeCursor, encodeCursor } from "./kkj-rules";
import { afterIdOf, UUID } from "./kkj-steps";
import { toHandover } from "./kkj-views";
import { targetPage } from "./read-targets";
import { computeVillageStatus } from "./village-status";

const BANK_ACCOUNT = { th: "บัญชีธนาคาร", en: "Bank account" };

/** Purple: the ranked register with loans per household, the committee sets with members, the พัฒนากร. */
export async function getPurpleBook(deps: Deps, fundId: string, query: PageQuery): Promise<PurpleBook> {
  const fund = await loadKkjFund(deps, fundId);
  const targets = await targetPage(deps.db, fund.id, query);
  const sets = await selectCommitteeSets(deps.db, fund.id);
  const members = await selectSetMembers(
    deps.db,
    sets.map((s) => s.id),
  );
  const current = await findCurrentSet(deps.db, fund.id, deps.clock.today());
  const villageName = (await selectAreas(deps.db, [fund.areaCode])).get(fund.areaCode)?.nameTh ?? "";
  return {
    fund: { id: fund.id, name: fund.name, villageCode: fund.areaCode, villageName },
    targets,
    committeeSets: sets.map((s) => ({
      setNo: s.setNo,
      termStart: s.termStart,
      termEnd: s.termEnd,
      isCurrent: s.id === current?.id,
      members: members
        .filter((m) => m.setId === s.id)
        .map((m) => ({ name: m.name, position: m.position as CommitteePosition })),
    })),
    workers: await selectWorkersOf(deps.db, fund.areaCode),
  };
}

function bookCursor(cursor: string | undefined): { entryDate: string; id: string } | undefined {
  if (!cursor) return undefined;
  const parts = decodeCursor(cursor, ["string", "string"]);
  if (!parts || !/^\d{4}-\d{2}-\d{2}$/.test(String(parts[0])) || !UUID.test(String(parts[1]))) {
    throw cursorInvalid();
  }
  return { entryDate: String(parts[0]), id: String(parts[1]) };
}

const nextBookCursor = (found: readonly AccountLineRow[], limit: number) => {
  const last = found[limit - 1];
  return found.length > limit && last ? encodeCursor([last.entryDate, last.entryId]) : null;
};

/**
 * Green: one bank account's movements in book order from its ledger account's journal lines — deposits are
 * debits, withdrawals credits — with the running balance carried across pages, and the document number of
 * each line (payment voucher, receipt, or none for other entries).
 */
export async function getGreenBook(
  deps: Deps,
  fundId: string,
  query: PageQuery & { bankAccountId?: string | undefined },
): Promise<GreenBook> {
  const fund = await loadKkjFund(deps, fundId, "ledger.read");
  const accounts = await selectBankLedgerAccounts(deps.db, fund.id);
  const balances = new Map(
    (await accountBalances(deps.db, fund.id)).map((b) => [b.accountId, b.balanceSatang]),
  );
  const chosen = query.bankAccountId
    ? accounts.find((a) => a.bankAccountId === query.bankAccountId)
    : accounts[0];
  if (query.bankAccountId && !chosen) throw outOfScope(BANK_ACCOUNT);
  const bankAccounts = accounts.map((a) => ({
    bankAccountId: a.bankAccountId,
    bankName: a.bankName,
    accountNo: a.accountNo,
    accountName: a.accountName,
    balanceSatang: balances.get(a.ledgerAccountId) ?? 0,
  }));
  if (!chosen)
    return { bankAccounts, bankAccountId: null, openingBalanceSatang: 0, items: [], nextCursor: null };
  const after = bookCursor(query.cursor);
  const opening = await accountBalanceThrough(deps.db, chosen.ledgerAccountId, after);
  const found = await selectAccountLines(deps.db, chosen.ledgerAccountId, after, query.limit + 1);
  const page = found.slice(0, query.limit);
  const docs = await selectEntryDocuments(
    deps.db,
    page.map((l) => l.entryId),
  );
  let balance = opening;
  const items = page.map((l) => {
    balance += l.debitSatang - l.creditSatang;
    const doc = docs.get(l.entryId);
    return {
      entryId: l.entryId,
      entryDate: l.entryDate,
      docNo: doc?.docNo ?? null,
      docType: doc?.docType ?? ("entry" as const),
      kind: l.kind,
      description: l.description,
      depositSatang: l.debitSatang,
      withdrawalSatang: l.creditSatang,
      balanceSatang: balance,
    };
  });
  return {
    bankAccounts,
    bankAccountId: chosen.bankAccountId,
    openingBalanceSatang: opening,
    items,
    nextCursor: nextBookCursor(found, query.limit),
  };
}

/**
 * Yellow: without a loan, one debtor account per กข.คจ. loan (lent, repaid, written off, outstanding, all
 * summed from the journal lines on loans receivable of the loan's own entries). With a loan, its movements
 * — disbursement, receipts, cancelled receipts, write-off — with the running balance.
 */
export async function getYellowBook(
  deps: Deps,
  fundId: string,
  query: PageQuery & { loanId?: string | undefined },
): Promise<YellowBook> {
  const fund = await loadKkjFund(deps, fundId, "ledger.read");
  const receivableId = (await findAccountIdByRole(deps.db, fund.id, "loans_receivable"))!;
  if (!query.loanId) {
    const found = await selectDebtorPage(deps.db, fund.id, receivableId, {
      afterId: afterIdOf(query.cursor),
      limit: query.limit + 1,
    });
    const page = found.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      loan: null,
      debtors: page,
      entries: [],
      nextCursor: found.length > query.limit && last ? encodeCursor([last.loanId]) : null,
    };
  }
  const [debtor] = await selectDebtorPage(deps.db, fund.id, receivableId, { loanId: query.loanId, limit: 1 });
  if (!debtor) throw outOfScope(LOAN);
  const movements = await selectLoanEntryIds(deps.db, fund.id, debtor.loanId);
  const entryIds = [...movements.keys()];
  const after = bookCursor(query.cursor);
  const opening = await accountBalanceThrough(deps.db, receivableId, after, entryIds);
  const found = entryIds.length
    ? await selectAccountLines(deps.db, receivableId, after, query.limit + 1, entryIds)
    : [];
  const page = found.slice(0, query.limit);
  const docs = await selectEntryDocuments(
    deps.db,
    page.map((l) => l.entryId),
  );
  let balance = opening;
  return {
    loan: debtor,
    debtors: [],
    entries: page.map((l) => {
      balance += l.debitSatang - l.creditSatang;
      return {
        entryId: l.entryId,
        entryDate: l.entryDate,
        docNo: docs.get(l.entryId)?.docNo ?? null,
        movement: (movements.get(l.entryId) ?? "other") as YellowBook["entries"][number]["movement"],
        description: l.description,
        debitSatang: l.debitSatang,
        creditSatang: l.creditSatang,
        balanceSatang: balance,
      };
    }),
    nextCursor: nextBookCursor(found, query.limit),
  };
}

/**
 * Brown: part 1 the district's กข.คจ. villages (year funded, amount) within the reader's area; part 2 the
 * fund's handovers, newest first (the latest 50); part 3 the village status now.
 */
export async function getBrownBook(deps: Deps, fundId: string, query: PageQuery): Promise<BrownBook> {
  const fund = await loadKkjFund(deps, fundId, "ledger.read");
  const districtCode = fund.areaCode.slice(0, 4);
  const scope = deps.actor.scopeCode;
  const prefix = scope.length > districtCode.length ? scope : districtCode;
  let after: { code: string; id: string } | undefined;
  if (query.cursor) {
    const parts = decodeCursor(query.cursor, ["string", "string"]);
    if (!parts || !/^\d{8}$/.test(String(parts[0])) || !UUID.test(String(parts[1]))) throw cursorInvalid();
    after = { code: String(parts[0]), id: String(parts[1]) };
  }
  const found = await selectKkjFundPage(deps.db, prefix, after, query.limit + 1);
  const page = found.slice(0, query.limit);
  const last = page[page.length - 1];
  const districtName = (await selectAreas(deps.db, [districtCode])).get(districtCode)?.nameTh ?? "";
  const handovers = await selectHandoverPage(deps.db, fund.id, undefined, 50);
  return {
    part1: {
      districtCode,
      districtName,
      items: page.map((f) => ({ ...f, yearFunded: Number(f.startedOn.slice(0, 4)) + BE_OFFSET })),
      nextCursor: found.length > query.limit && last ? encodeCursor([last.villageCode, last.fundId]) : null,
    },
    part2: handovers.map(toHandover),
    part3: await computeVillageStatus(deps.db, fund, deps.clock.today()),
  };
}
