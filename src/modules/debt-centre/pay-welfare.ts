// Pays an approved welfare benefit from the member fund's cash: one entry in that fund's journal (Dr welfare expense, Cr cash).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { hasPermission, outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { fundBooks, fundPosition, postEntry } from "../ledger/index";
import { isUuid, loadCentre, requireCentreSeat } from "./centre-access";
import { toWelfare } from "./centre-views";
import type { WelfarePayBody, WelfareView } from "./contracts";
import { WELFARE, welfareErrors } from "./debt-centre-errors";
import { lockWelfare, updateWelfare } from "./debt-welfare.repository";
import { assertWelfareMove, WELFARE_TYPE_NAMES, type WelfareStatus, type WelfareType } from "./welfare";

/**
 * The centre's chair or finance member (or an officer with funds.write) pays. The cash check here gives the
 * centre's own refusal with both figures; the ledger checks again (cash never negative on any later day).
 */
export async function payWelfare(
  deps: Deps,
  centreId: string,
  welfareId: string,
  body: WelfarePayBody,
): Promise<WelfareView> {
  return inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const centre = await loadCentre(t, centreId);
    const row = isUuid(welfareId) ? await lockWelfare(tx, welfareId) : undefined;
    if (!row || row.centreId !== centre.id) throw outOfScope(WELFARE);
    if (!hasPermission(deps.actor, "funds.write")) await requireCentreSeat(t, centre, ["chair", "finance"]);
    assertWelfareMove(row.status as WelfareStatus, "paid");
    const today = deps.clock.today();
    const paidOn = body.paidOn ?? today;
    const earliest = row.decidedOn ?? row.requestedOn;
    if (paidOn < earliest || paidOn > today) throw welfareErrors.dateOrder("paidOn", paidOn, earliest);
    const cash = (await fundPosition(tx, row.fundId)).cashSatang;
    if (cash < row.amountSatang) throw welfareErrors.overCash(row.amountSatang, cash);
    const books = await fundBooks(tx, row.fundId);
    const type = WELFARE_TYPE_NAMES[row.welfareType as WelfareType].th;
    const entry = await postEntry(t, {
      fundId: row.fundId,
      entryDate: paidOn,
      kind: "welfare_expense",
      description: `จ่ายสวัสดิการ${type} ศจก. ${centre.name} แก่ ${row.beneficiaryName}`,
      sourceType: "debt_welfare",
      sourceId: row.id,
      idempotencyKey: `debt-welfare:${row.id}`,
      lines: [
        { accountId: books.byRole("welfare_expense").id, debitSatang: row.amountSatang },
        { accountId: books.byRole("cash").id, creditSatang: row.amountSatang },
      ],
    });
    const updated = await updateWelfare(tx, row.id, {
      status: "paid",
      paidOn,
      paidBy: deps.actor.userId,
      journalEntryId: entry.id,
      updatedAt: deps.clock.now(),
    });
    await recordAudit(t, {
      action: "debt_welfare.paid",
      entityType: "debt_welfare_payment",
      entityId: row.id,
      areaCode: row.areaCode,
      before: { status: row.status },
      after: {
        status: "paid",
        paidOn,
        journalEntryId: entry.id,
        amountSatang: row.amountSatang,
        fundId: row.fundId,
      },
    });
    return toWelfare(updated);
  });
}
