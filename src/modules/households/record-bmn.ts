// Records a household's จปฐ. survey for a year, deriving income per person and the income indicator.

import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import type { BmnInput, BmnRecord } from "../../shared/contracts/index";
import { conflict, ruleViolation } from "../../shared/errors";
import { formatBaht, type Satang } from "../../shared/money";
import { recordAudit } from "../audit/index";
import { HOUSEHOLD } from "./household-errors";
import { computeBmnIncome, failedCount, normalizeIndicators } from "./household-rules";
import {
  type BmnRow,
  findBmnRecord,
  findCriterionForYear,
  findHousehold,
  insertBmnRecord,
} from "./households.repository";

export function toBmnRecord(r: BmnRow): BmnRecord {
  return {
    id: r.id,
    surveyYear: r.surveyYear,
    membersCount: r.membersCount,
    incomeMainSatang: r.incomeMainSatang,
    incomeSecondarySatang: r.incomeSecondarySatang,
    incomeOtherSatang: r.incomeOtherSatang,
    incomeOwnProductionSatang: r.incomeOwnProductionSatang,
    incomeTotalSatang: r.incomeTotalSatang,
    incomePerPersonSatang: r.incomePerPersonSatang,
    criterionSatang: r.criterionSatang,
    passesIncomeCriterion: r.passesIncomeCriterion,
    indicators: r.indicators,
    failedIndicatorCount: r.failedIndicatorCount,
  };
}

export async function recordBmn(deps: Deps, householdId: string, input: BmnInput): Promise<BmnRecord> {
  requirePermission(deps.actor, "bmn.write");
  return inTransaction(deps.db, async (tx) => {
    const h = await findHousehold(tx, householdId);
    if (!h) throw outOfScope(HOUSEHOLD);
    assertInScope(deps.actor, h.villageCode, HOUSEHOLD);
    const criterion = await findCriterionForYear(tx, input.surveyYear);
    if (!criterion) {
      throw ruleViolation("bmn.no_criterion", {
        th: `ยังไม่ได้กำหนดเกณฑ์รายได้ จปฐ. สำหรับปี ${input.surveyYear}`,
        en: `No จปฐ. income criterion is set for survey year ${input.surveyYear}`,
      });
    }
    if (await findBmnRecord(tx, householdId, input.surveyYear)) {
      throw conflict("bmn.exists", {
        th: `ครัวเรือนนี้มีข้อมูล จปฐ. ปี ${input.surveyYear} แล้ว`,
        en: `This household already has a จปฐ. record for ${input.surveyYear}`,
      });
    }
    const income = computeBmnIncome(input, criterion.amountSatang);
    const indicators = normalizeIndicators(input.indicators, income.passesIncomeCriterion);
    const row: BmnRow = {
      id: deps.ids.uuid(),
      householdId,
      surveyYear: input.surveyYear,
      membersCount: input.membersCount,
      incomeMainSatang: input.incomeMainSatang,
      incomeSecondarySatang: input.incomeSecondarySatang,
      incomeOtherSatang: input.incomeOtherSatang,
      incomeOwnProductionSatang: input.incomeOwnProductionSatang,
      ...income,
      criterionSatang: criterion.amountSatang,
      indicators,
      failedIndicatorCount: failedCount(indicators),
      recordedAt: deps.clock.now(),
    };
    await insertBmnRecord(tx, row);
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "bmn.recorded",
        entityType: "household",
        entityId: householdId,
        areaCode: h.villageCode,
        after: { ...toBmnRecord(row), incomePerPerson: formatBaht(row.incomePerPersonSatang as Satang) },
      },
    );
    return toBmnRecord(row);
  });
}
