// Creates an agency of a province (name, kind), refusing a code the province already uses.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { conflict } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { assertProvinceAccess } from "./case-access";
import type { AgencyBody, AgencyView } from "./case-contracts";
import { toAgency } from "./case-views";
import { findAgencyByCode, insertAgency } from "./cases.repository";

export async function createAgency(deps: Deps, body: AgencyBody): Promise<AgencyView> {
  assertProvinceAccess(deps, body.areaCode, "poverty.configure");
  return inTransaction(deps.db, async (tx) => {
    if (await findAgencyByCode(tx, body.areaCode, body.code)) {
      throw conflict(
        "poverty.agency_exists",
        {
          th: `code: จังหวัดนี้มีหน่วยงานรหัส ${body.code} อยู่แล้ว`,
          en: `code: the province already has an agency ${body.code}`,
        },
        { field: "code" },
      );
    }
    const now = deps.clock.now();
    const row = {
      id: deps.ids.uuid(),
      areaCode: body.areaCode,
      code: body.code,
      nameTh: body.nameTh,
      nameEn: body.nameEn ?? null,
      kind: body.kind,
      createdAt: now,
      updatedAt: now,
    };
    await insertAgency(tx, row);
    const view = toAgency(row);
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "poverty.agency_created",
        entityType: "pov_agency",
        entityId: row.id,
        areaCode: row.areaCode,
        after: view,
      },
    );
    return view;
  });
}
