// Fund lists (cursor pages in an area), the fund page, its committee sets and its bank accounts.
import type { Deps } from "../../platform/deps";
import { assertInScope } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import type { CommitteePosition } from "../../shared/roles";
import type { BankAccount, CommitteeSet, Fund, FundDetail, FundListQuery } from "./contracts";
import { loadFund, requireFundPermission } from "./fund-access";
import { toBankAccounts, toCommitteeSet, toFund } from "./fund-views";
import {
  areaNames,
  findBankAccountRow,
  findCurrentSet,
  selectBankAccountRows,
  selectCommitteeSets,
  selectCurrentSeats,
  selectFundPage,
  selectMembersOfSets,
} from "./funds.repository";

function encodeCursor(row: { areaCode: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.areaCode, row.id])).toString("base64url");
}

function decodeCursor(cursor: string): { areaCode: string; id: string } {
  try {
    const [areaCode, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof areaCode === "string" && typeof id === "string") return { areaCode, id };
  } catch {
    // fall through to the error below
  }
  throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
}

export async function listFunds(deps: Deps, input: FundListQuery): Promise<Page<Fund>> {
  requireFundPermission(deps.actor, "funds.read");
  const area = input.area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, area, { th: "พื้นที่", en: "Area" });
  const rows = await selectFundPage(deps.db, {
    areaPrefix: area,
    fundType: input.fundType,
    status: input.status,
    after: input.cursor ? decodeCursor(input.cursor) : undefined,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((r) => toFund(r, r.areaName)),
    nextCursor: rows.length > input.limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}

export async function listCommitteeSets(deps: Deps, fundId: string): Promise<{ items: CommitteeSet[] }> {
  const fund = await loadFund(deps, fundId);
  const sets = await selectCommitteeSets(deps.db, fund.id);
  const members = await selectMembersOfSets(
    deps.db,
    sets.map((s) => s.id),
  );
  const current = await findCurrentSet(deps.db, fund.id, deps.clock.today());
  return { items: sets.map((s) => toCommitteeSet(s, members, current?.id ?? null)) };
}

export async function listBankAccounts(deps: Deps, fundId: string): Promise<{ items: BankAccount[] }> {
  const fund = await loadFund(deps, fundId);
  return { items: await toBankAccounts(deps.db, await selectBankAccountRows(deps.db, fund.id)) };
}

export async function getFund(deps: Deps, fundId: string): Promise<FundDetail> {
  const fund = await loadFund(deps, fundId);
  const today = deps.clock.today();
  const current = await findCurrentSet(deps.db, fund.id, today);
  const members = current ? await selectMembersOfSets(deps.db, [current.id]) : [];
  const mine =
    deps.actor.userId && deps.actor.role === "committee_member"
      ? await selectCurrentSeats(deps.db, fund.id, deps.actor.userId, today)
      : [];
  const names = await areaNames(deps.db, [fund.areaCode]);
  return {
    fund: toFund(fund, names.get(fund.areaCode) ?? ""),
    currentCommitteeSet: current ? toCommitteeSet(current, members, current.id) : null,
    myPositions: mine.map((s) => s.position as CommitteePosition),
    bankAccounts: await toBankAccounts(deps.db, await selectBankAccountRows(deps.db, fund.id)),
  };
}

/** A bank account of the fund with its signatories, rule and ledger account, or undefined (for the ledger). */
export async function findBankAccount(
  db: Deps["db"],
  fundId: string,
  bankAccountId: string,
): Promise<BankAccount | undefined> {
  const row = /^[0-9a-f-]{36}$/i.test(bankAccountId)
    ? await findBankAccountRow(db, bankAccountId)
    : undefined;
  if (!row || row.fundId !== fundId) return undefined;
  const [view] = await toBankAccounts(db, [row]);
  return view;
}
