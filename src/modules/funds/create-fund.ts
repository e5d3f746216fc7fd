// Creates a community fund in a village, with its chart of accounts (the standard chart and its type's accounts), in one transaction.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { inScope } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { findArea } from "../geography/index";
import { FUND_TYPE_CHARTS, STANDARD_CHART } from "./chart-of-accounts";
import type { CreateFundBody, Fund } from "./contracts";
import { requireFundPermission } from "./fund-access";
import { fundErrors } from "./fund-errors";
import { checkParameters, defaultOriginalCapital, effectiveParameters } from "./fund-rules";
import { fundAuditView, toFund } from "./fund-views";
import { type FundRow, findOpenKkjFund, insertFund, insertLedgerAccounts } from "./funds.repository";

export async function createFund(deps: Deps, body: CreateFundBody): Promise<Fund> {
  requireFundPermission(deps.actor, "funds.write");
  if (body.modelYear != null && !body.isModel) throw fundErrors.modelYearWithoutModel();
  const problem = checkParameters(effectiveParameters(body.fundType, body.parameters));
  if (problem) throw problem;
  return inTransaction(deps.db, async (tx) => {
    const village = await findArea(tx, body.areaCode);
    // A village outside the actor's area is reported exactly like a village that does not exist.
    if (village?.level !== "village" || !inScope(deps.actor, body.areaCode)) {
      throw fundErrors.villageUnknown(body.areaCode);
    }
    if (body.fundType === "kkj" && (await findOpenKkjFund(tx, body.areaCode))) {
      throw fundErrors.kkjExists(body.areaCode);
    }
    const now = deps.clock.now();
    const row: FundRow = {
      id: deps.ids.uuid(),
      areaCode: body.areaCode,
      fundType: body.fundType,
      name: body.name,
      startedOn: body.startedOn,
      originalCapitalSatang: body.originalCapitalSatang ?? defaultOriginalCapital(body.fundType),
      parameters: body.parameters,
      status: "active",
      isModel: body.isModel,
      modelYear: body.modelYear ?? null,
      isLearningCentre: body.isLearningCentre,
      createdBy: deps.actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    await insertFund(tx, row);
    const chart = [...STANDARD_CHART, ...FUND_TYPE_CHARTS[body.fundType]];
    await insertLedgerAccounts(
      tx,
      chart.map((a) => ({ ...a, id: deps.ids.uuid(), fundId: row.id, createdAt: now })),
    );
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "fund.created",
        entityType: "fund",
        entityId: row.id,
        areaCode: row.areaCode,
        after: fundAuditView(row),
        details: { chart: chart.map((a) => a.code) },
      },
    );
    return toFund(row, village.nameTh);
  });
}
