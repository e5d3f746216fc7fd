// Opens the case of one household for a programme year (fiscal year B.E.) at the first stage, with the household's deprivation profile.

import type { Executor } from "../../platform/database";
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope } from "../../shared/authorization";
import { invalidInput, ruleViolation } from "../../shared/errors";
import { fiscalYearOf, formatThaiShort, type IsoDate } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { HOUSEHOLD, isUuid, requireCaseWrite } from "./case-access";
import type { CaseView, OpenCaseBody } from "./case-contracts";
import { assertOneCasePerYear, openingHistory } from "./case-stages";
import { toCase } from "./case-views";
import {
  type CaseRow,
  findCaseOfHousehold,
  findHousehold,
  type HouseholdBrief,
  insertCasesIgnoringExisting,
  insertStageChanges,
  type StageChangeRow,
  selectBmnRecords,
} from "./cases.repository";
import { selectImportedProfileRows } from "./deprivation.repository";
import {
  type DeprivationProfile,
  newestProfile,
  profileFromBmn,
  profileFromListRow,
} from "./deprivation-profile";
import { loadDeprivationConfigs } from "./deprivation-table";

/** The opening date: today unless given, never in the future. */
export function openingDate(deps: Deps, openedOn: IsoDate | undefined): IsoDate {
  const today = deps.clock.today();
  const on = openedOn ?? today;
  if (on > today) {
    throw invalidInput(
      "poverty.invalid_case",
      { th: `openedOn: วันที่ ${formatThaiShort(on)} เป็นวันในอนาคต`, en: `openedOn: ${on} is in the future` },
      { field: "openedOn" },
    );
  }
  return on;
}

/**
 * The household's profile now: its latest จปฐ. record or the newest matched list row that profiles it,
 * whichever has the newer data year (the record on the same year); none without either.
 */
export async function latestProfile(
  db: Executor,
  householdId: string,
): Promise<{ dataYear: number | null; failingDimensions: string[] }> {
  const { configs } = await loadDeprivationConfigs(db);
  let fromBmn: DeprivationProfile | null = null;
  for (const r of await selectBmnRecords(db, householdId)) {
    try {
      fromBmn = profileFromBmn(r, configs);
      break;
    } catch {
      // A survey year outside the deprivation table: try the year before.
    }
  }
  let imported: DeprivationProfile | null = null;
  for (const r of await selectImportedProfileRows(db, householdId)) {
    try {
      imported = profileFromListRow(r, configs);
      break;
    } catch {
      // As above, for a list's data year.
    }
  }
  const p = newestProfile(fromBmn, imported);
  return p
    ? { dataYear: p.dataYear, failingDimensions: p.failingDimensions }
    : { dataYear: null, failingDimensions: [] };
}

export function caseRowFor(
  deps: Deps,
  h: Pick<HouseholdBrief, "id" | "villageCode">,
  programmeYear: number,
  openedOn: IsoDate,
  profile: { dataYear: number | null; failingDimensions: string[] },
  source: { kind: "manual" | "target_list"; rowId: string | null },
): CaseRow {
  const now = deps.clock.now();
  return {
    id: deps.ids.uuid(),
    householdId: h.id,
    areaCode: h.villageCode,
    programmeYear,
    stage: "survive",
    status: "open",
    openedOn,
    source: source.kind,
    targetListRowId: source.rowId,
    dataYear: profile.dataYear,
    failingDimensions: profile.failingDimensions,
    closedOn: null,
    closingReason: null,
    closingNote: null,
    mergedIntoCaseId: null,
    createdBy: deps.actor.userId,
    createdAt: now,
    updatedAt: now,
  };
}

export function openingChange(deps: Deps, row: CaseRow): StageChangeRow {
  const [entry] = openingHistory(row.openedOn, deps.actor.username);
  return {
    id: deps.ids.uuid(),
    caseId: row.id,
    seq: 1,
    stage: entry!.stage,
    on: entry!.on,
    kind: entry!.kind,
    confirmedBy: deps.actor.userId,
    confirmedByName: deps.actor.username,
    reason: null,
    evaluatedDataYear: null,
    evaluation: null,
    createdAt: deps.clock.now(),
  };
}

export async function openCase(deps: Deps, body: OpenCaseBody): Promise<CaseView> {
  requireCaseWrite(deps);
  const openedOn = openingDate(deps, body.openedOn);
  const programmeYear = body.programmeYear ?? fiscalYearOf(openedOn);
  return inTransaction(deps.db, async (tx) => {
    const h = isUuid(body.householdId) ? await findHousehold(tx, body.householdId) : undefined;
    if (!h) throw outOfScope(HOUSEHOLD);
    assertInScope(deps.actor, h.villageCode, HOUSEHOLD);
    if (h.status !== "active") {
      throw ruleViolation("poverty.household_closed", {
        th: "ครัวเรือนนี้ปิดทะเบียนแล้ว เปิดเคสไม่ได้",
        en: "The household is closed; a case cannot be opened",
      });
    }
    const existing = await findCaseOfHousehold(tx, h.id, programmeYear);
    assertOneCasePerYear(
      existing ? [{ caseId: existing.id, householdId: h.id, programmeYear }] : [],
      h.id,
      programmeYear,
    );
    const row = caseRowFor(deps, h, programmeYear, openedOn, await latestProfile(tx, h.id), {
      kind: "manual",
      rowId: null,
    });
    const inserted = await insertCasesIgnoringExisting(tx, [row]);
    if (inserted.length === 0) {
      // Another request opened the same case between the check and the insert.
      const raced = await findCaseOfHousehold(tx, h.id, programmeYear);
      assertOneCasePerYear(
        [{ caseId: raced?.id ?? "", householdId: h.id, programmeYear }],
        h.id,
        programmeYear,
      );
    }
    await insertStageChanges(tx, [openingChange(deps, row)]);
    const view = toCase({ ...row, headName: h.headName, houseNo: h.houseNo });
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "poverty.case_opened",
        entityType: "pov_case",
        entityId: row.id,
        areaCode: row.areaCode,
        after: view,
      },
    );
    return view;
  });
}
