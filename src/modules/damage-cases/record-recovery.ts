// Records money recovered for a damage case: one balanced journal entry in the fund's books (Dr cash or bank, Cr damage recoveries), in the same transaction.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { formatBaht, satang } from "../../shared/money";
import { recordAudit } from "../audit/index";
import { DAMAGE_RECOVERY_ACCOUNT, ensureFundAccounts, findBankAccount } from "../funds/index";
import { fundBooks, postEntry } from "../ledger/index";
import { loadCase } from "./case-access";
import type { CaseDetail, RecoveryBody } from "./contracts";
import { findRecoveryByEntry, insertRecovery, updateCase } from "./damage-cases.repository";
import { damageErrors } from "./damage-errors";
import { getCase } from "./read-cases";

export async function recordRecovery(deps: Deps, caseId: string, body: RecoveryBody): Promise<CaseDetail> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const row = await loadCase(t, caseId, "damage.write", { forUpdate: true, open: true });
    const receivedOn = body.receivedOn ?? deps.clock.today();
    if (receivedOn > deps.clock.today()) throw damageErrors.dateInFuture("receivedOn");
    if (receivedOn < row.discoveredOn) throw damageErrors.dateBeforePrevious("receivedOn", row.discoveredOn);
    const now = deps.clock.now();
    // Funds created before this module have no recovery account: the funds module adds it at the first recovery.
    const accounts = await ensureFundAccounts(t, {
      fundId: row.fundId,
      roles: [DAMAGE_RECOVERY_ACCOUNT.role],
    });
    const account = accounts.get(DAMAGE_RECOVERY_ACCOUNT.role);
    if (!account) throw new Error(`fund ${row.fundId} has no damage_recovery account after ensuring it`);
    let debitAccountId: string;
    let where = "เงินสด";
    if (body.into.kind === "bank") {
      const bank = await findBankAccount(tx, row.fundId, body.into.bankAccountId);
      if (bank?.status !== "active" || !bank.ledgerAccountId) throw damageErrors.bankAccountInvalid();
      debitAccountId = bank.ledgerAccountId;
      where = `บัญชี ${bank.bankName} ${bank.accountNo}`;
    } else {
      debitAccountId = (await fundBooks(tx, row.fundId)).byRole("cash").id;
    }
    const entry = await postEntry(t, {
      fundId: row.fundId,
      entryDate: receivedOn,
      kind: "damage_recovery",
      description: `รับชดใช้ความเสียหายจาก ${body.payer} (${where})`,
      sourceType: "damage_case",
      sourceId: row.id,
      idempotencyKey: body.idempotencyKey ?? null,
      lines: [
        { accountId: debitAccountId, debitSatang: body.amountSatang, memo: body.payer },
        { accountId: account.id, creditSatang: body.amountSatang, memo: row.title },
      ],
    });
    // A retry with the same idempotency key got the entry already posted: answer as the first time did.
    if (await findRecoveryByEntry(tx, entry.id)) return getCase(t, row.id);
    const outstanding = satang(row.amountSatang - row.recoveredSatang);
    if (body.amountSatang > outstanding) {
      throw damageErrors.recoveryAboveOutstanding(satang(body.amountSatang), outstanding);
    }
    const recoveryId = deps.ids.uuid();
    await insertRecovery(tx, {
      id: recoveryId,
      caseId: row.id,
      receivedOn,
      amountSatang: body.amountSatang,
      payer: body.payer,
      method: body.into.kind,
      bankAccountId: body.into.kind === "bank" ? body.into.bankAccountId : null,
      journalEntryId: entry.id,
      note: body.note ?? null,
      createdBy: deps.actor.userId,
      createdAt: now,
    });
    const recovered = row.recoveredSatang + body.amountSatang;
    await updateCase(tx, row.id, { recoveredSatang: recovered, updatedAt: now });
    await recordAudit(t, {
      action: "damage_case.recovery_recorded",
      entityType: "damage_case",
      entityId: row.id,
      areaCode: row.areaCode,
      before: { recoveredSatang: row.recoveredSatang },
      after: { recoveredSatang: recovered, outstandingSatang: row.amountSatang - recovered },
      details: {
        recoveryId,
        journalEntryId: entry.id,
        amount: `${formatBaht(satang(body.amountSatang))} บาท`,
        account: account.created ? `${account.code} added to the chart` : account.code,
      },
    });
    return getCase(t, row.id);
  });
}
