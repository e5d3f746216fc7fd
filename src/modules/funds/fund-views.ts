// Maps fund, committee and bank account rows to their API shapes.
import type { Executor } from "../../platform/database";
import type { CommitteePosition } from "../../shared/roles";
import type {
  BankAccount,
  CommitteeSet,
  Fund,
  FundParameters,
  FundStatus,
  FundType,
  WithdrawalRule,
} from "./contracts";
import {
  type BankAccountRow,
  bankLedgerAccountIds,
  type CommitteeMemberRow,
  type CommitteeSetRow,
  type FundRow,
  selectBankApprovals,
  selectSignatories,
} from "./funds.repository";

export function toFund(row: FundRow, areaName: string): Fund {
  return {
    id: row.id,
    areaCode: row.areaCode,
    areaName,
    fundType: row.fundType as FundType,
    name: row.name,
    startedOn: row.startedOn,
    originalCapitalSatang: row.originalCapitalSatang,
    parameters: row.parameters as FundParameters,
    status: row.status as FundStatus,
    isModel: row.isModel,
    modelYear: row.modelYear,
    isLearningCentre: row.isLearningCentre,
  };
}

/** The audit view of a fund: every stored field but timestamps. */
export function fundAuditView(row: FundRow) {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}

export function toCommitteeSet(
  set: CommitteeSetRow,
  members: readonly CommitteeMemberRow[],
  currentSetId: string | null,
): CommitteeSet {
  return {
    id: set.id,
    fundId: set.fundId,
    setNo: set.setNo,
    termStart: set.termStart,
    termEnd: set.termEnd,
    isCurrent: set.id === currentSetId,
    members: members
      .filter((m) => m.committeeSetId === set.id)
      .map((m) => ({
        id: m.id,
        name: m.name,
        position: m.position as CommitteePosition,
        userId: m.userId,
        householdMemberId: m.householdMemberId,
      })),
  };
}

export async function toBankAccounts(db: Executor, rows: readonly BankAccountRow[]): Promise<BankAccount[]> {
  const ids = rows.map((r) => r.id);
  // One query at a time: inside a transaction the queries share one connection.
  const signatories = await selectSignatories(db, ids);
  const approvals = await selectBankApprovals(db, ids);
  const ledgerIds = await bankLedgerAccountIds(db, ids);
  return rows.map((r) => ({
    id: r.id,
    fundId: r.fundId,
    bankName: r.bankName,
    branch: r.branch,
    accountNo: r.accountNo,
    accountName: r.accountName,
    status: r.status as BankAccount["status"],
    withdrawalRule: r.withdrawalRule as WithdrawalRule,
    signatories: signatories
      .filter((s) => s.bankAccountId === r.id)
      .map((s) => ({ memberId: s.memberId, name: s.name, position: s.position })),
    approvals: approvals
      .filter((a) => a.bankAccountId === r.id)
      .map((a) => ({ position: a.position, userId: a.userId, approvedAt: a.approvedAt.toISOString() })),
    ledgerAccountId: ledgerIds.get(r.id) ?? null,
  }));
}
