// Sets the responsible agencies (lead first) of one dimension in one province: the working-group table.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { invalidInput } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { getResponsibilityTable } from "./agency-reads";
import { assertProvinceAccess } from "./case-access";
import type { ResponsibilityBody, ResponsibilityTable } from "./case-contracts";
import { replaceResponsibilities, selectAgencies, selectResponsibilities } from "./cases.repository";

export async function setResponsibility(deps: Deps, body: ResponsibilityBody): Promise<ResponsibilityTable> {
  assertProvinceAccess(deps, body.areaCode, "poverty.configure");
  const ids = body.agencyIds;
  if (new Set(ids).size !== ids.length) {
    throw invalidInput(
      "poverty.invalid_responsibility",
      { th: "agencyIds: ระบุหน่วยงานซ้ำ", en: "agencyIds: an agency is listed twice" },
      { field: "agencyIds" },
    );
  }
  return inTransaction(deps.db, async (tx) => {
    const agencies = new Set((await selectAgencies(tx, body.areaCode)).map((a) => a.id));
    const unknown = ids.filter((id) => !agencies.has(id));
    if (unknown.length > 0) {
      throw invalidInput(
        "poverty.invalid_responsibility",
        {
          th: "agencyIds: มีหน่วยงานที่ไม่ใช่หน่วยงานของจังหวัดนี้",
          en: "agencyIds: some agencies are not agencies of this province",
        },
        { field: "agencyIds", unknown },
      );
    }
    const before = (await selectResponsibilities(tx, body.areaCode))
      .filter((r) => r.dimension === body.dimension)
      .map((r) => r.agencyId);
    const now = deps.clock.now();
    await replaceResponsibilities(
      tx,
      body.areaCode,
      body.dimension,
      ids.map((agencyId, k) => ({
        id: deps.ids.uuid(),
        areaCode: body.areaCode,
        dimension: body.dimension,
        agencyId,
        rank: k + 1,
        updatedBy: deps.actor.userId,
        updatedAt: now,
      })),
    );
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "poverty.responsibility_set",
        entityType: "pov_responsibility",
        entityId: `${body.areaCode}:${body.dimension}`,
        areaCode: body.areaCode,
        before: { agencyIds: before },
        after: { agencyIds: ids },
      },
    );
    return getResponsibilityTable({ ...deps, db: tx }, body.areaCode);
  });
}
