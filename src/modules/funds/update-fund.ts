// Changes a fund's name, status, flags or bylaws (officers in the fund's area).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { recordAudit } from "../audit/index";
import type { Fund, FundType, UpdateFundBody } from "./contracts";
import { loadFund } from "./fund-access";
import { fundErrors } from "./fund-errors";
import { checkParameters, effectiveParameters } from "./fund-rules";
import { fundAuditView, toFund } from "./fund-views";
import { areaNames, type FundRow, findOpenKkjFund, lockFund, updateFundRow } from "./funds.repository";

export async function updateFund(deps: Deps, fundId: string, body: UpdateFundBody): Promise<Fund> {
  return inTransaction(deps.db, async (tx) => {
    const txDeps = { ...deps, db: tx };
    const before = await loadFund(txDeps, fundId, "funds.write");
    await lockFund(tx, before.id);
    const after: FundRow = {
      ...before,
      name: body.name ?? before.name,
      status: body.status ?? before.status,
      parameters: body.parameters ?? before.parameters,
      isModel: body.isModel ?? before.isModel,
      modelYear: body.modelYear !== undefined ? body.modelYear : before.modelYear,
      isLearningCentre: body.isLearningCentre ?? before.isLearningCentre,
      updatedAt: deps.clock.now(),
    };
    if (!after.isModel && after.modelYear !== null) throw fundErrors.modelYearWithoutModel();
    const problem = checkParameters(effectiveParameters(after.fundType as FundType, after.parameters));
    if (problem) throw problem;
    if (after.fundType === "kkj" && before.status === "closed" && after.status !== "closed") {
      if (await findOpenKkjFund(tx, after.areaCode)) throw fundErrors.kkjExists(after.areaCode);
    }
    await updateFundRow(tx, before.id, {
      name: after.name,
      status: after.status,
      parameters: after.parameters,
      isModel: after.isModel,
      modelYear: after.modelYear,
      isLearningCentre: after.isLearningCentre,
      updatedAt: after.updatedAt,
    });
    await recordAudit(txDeps, {
      action: "fund.updated",
      entityType: "fund",
      entityId: before.id,
      areaCode: before.areaCode,
      before: fundAuditView(before),
      after: fundAuditView(after),
    });
    const names = await areaNames(tx, [after.areaCode]);
    return toFund(after, names.get(after.areaCode) ?? "");
  });
}
