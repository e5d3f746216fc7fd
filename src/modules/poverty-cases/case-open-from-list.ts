// Opens one case per matched household of a target list for the list's programme year; re-running opens only what is missing.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, inScope, outOfScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { isUuid, requireCaseWrite, TARGET_LIST } from "./case-access";
import type { OpenFromListBody, OpenFromListResult } from "./case-contracts";
import { caseRowFor, latestProfile, openingChange, openingDate } from "./case-open";
import {
  countUnmatchedTargetRows,
  findTargetList,
  insertCasesIgnoringExisting,
  insertStageChanges,
  selectCasesOfHouseholds,
  selectMatchedTargetRows,
} from "./cases.repository";
import { DIMENSIONS } from "./deprivation-config";

const BATCH = 500;

export async function openCasesFromTargetList(
  deps: Deps,
  body: OpenFromListBody,
): Promise<OpenFromListResult> {
  requireCaseWrite(deps);
  const openedOn = openingDate(deps, body.openedOn);
  return inTransaction(deps.db, async (tx) => {
    const list = isUuid(body.listId) ? await findTargetList(tx, body.listId) : undefined;
    if (!list) throw outOfScope(TARGET_LIST);
    assertInScope(deps.actor, list.areaCode, TARGET_LIST);
    const matched = (await selectMatchedTargetRows(tx, list.id)).filter((r) =>
      inScope(deps.actor, r.villageCode),
    );
    const closedHouseholds = matched.filter((r) => r.status !== "active").map((r) => r.householdId!);
    const active = matched.filter((r) => r.status === "active");
    const alreadyOpen: OpenFromListResult["alreadyOpen"] = [];
    const openedCaseIds: string[] = [];
    for (let k = 0; k < active.length; k += BATCH) {
      const batch = active.slice(k, k + BATCH);
      const existing = new Map(
        (
          await selectCasesOfHouseholds(
            tx,
            batch.map((r) => r.householdId!),
            list.programmeYear,
          )
        ).map((c) => [c.householdId, c.id]),
      );
      const toOpen = [];
      for (const r of batch) {
        const caseId = existing.get(r.householdId!);
        if (caseId) {
          alreadyOpen.push({ householdId: r.householdId!, caseId });
          continue;
        }
        const profile = await latestProfile(tx, r.householdId!);
        // Without a จปฐ. record the list's own failing dimensions describe the household.
        const fromList = (r.failingDimensions ?? []).filter((d) =>
          (DIMENSIONS as readonly string[]).includes(d),
        );
        toOpen.push(
          caseRowFor(
            deps,
            { id: r.householdId!, villageCode: r.villageCode },
            list.programmeYear,
            openedOn,
            profile.dataYear === null ? { dataYear: null, failingDimensions: fromList } : profile,
            { kind: "target_list", rowId: r.rowId },
          ),
        );
      }
      const inserted = new Set(await insertCasesIgnoringExisting(tx, toOpen));
      const opened = toOpen.filter((c) => inserted.has(c.id));
      await insertStageChanges(
        tx,
        opened.map((c) => openingChange(deps, c)),
      );
      openedCaseIds.push(...opened.map((c) => c.id));
    }
    const result: OpenFromListResult = {
      listId: list.id,
      programmeYear: list.programmeYear,
      opened: openedCaseIds.length,
      openedCaseIds,
      alreadyOpen,
      closedHouseholds,
      unmatchedRows: await countUnmatchedTargetRows(tx, list.id),
    };
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "poverty.cases_opened_from_list",
        entityType: "pov_target_list",
        entityId: list.id,
        areaCode: list.areaCode,
        details: { ...result, openedCaseIds: undefined },
      },
    );
    return result;
  });
}
