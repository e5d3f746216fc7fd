// Adds or changes a mentoring scheme (code, names, area, maximum households per mentor, visit interval).
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import { conflict } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { AREA, isUuid, SCHEME } from "./case-access";
import type { SchemeBody, SchemeView } from "./case-contracts";
import { toScheme } from "./case-views";
import { findScheme, findSchemeByCode, insertScheme, updateScheme } from "./cases.repository";
import { parseScheme } from "./mentor-pairing";

export async function saveScheme(deps: Deps, body: SchemeBody, schemeId?: string): Promise<SchemeView> {
  requirePermission(deps.actor, "poverty.configure");
  assertInScope(deps.actor, body.areaCode, AREA);
  const parsed = parseScheme({
    code: body.code,
    name: { th: body.nameTh, en: body.nameEn },
    maxHouseholdsPerMentor: body.maxHouseholdsPerMentor,
    visitIntervalDays: body.visitIntervalDays,
  });
  return inTransaction(deps.db, async (tx) => {
    const existing = schemeId ? (isUuid(schemeId) ? await findScheme(tx, schemeId) : undefined) : undefined;
    if (schemeId && !existing?.areaCode.startsWith(deps.actor.scopeCode)) throw outOfScope(SCHEME);
    const sameCode = await findSchemeByCode(tx, parsed.code);
    if (sameCode && sameCode.id !== existing?.id) {
      throw conflict(
        "poverty.scheme_exists",
        { th: `code: มีโครงการรหัส ${parsed.code} อยู่แล้ว`, en: `code: a scheme ${parsed.code} exists` },
        { field: "code" },
      );
    }
    const now = deps.clock.now();
    const fields = {
      code: parsed.code,
      nameTh: parsed.name.th,
      nameEn: parsed.name.en,
      areaCode: body.areaCode,
      maxHouseholdsPerMentor: parsed.maxHouseholdsPerMentor,
      visitIntervalDays: parsed.visitIntervalDays,
      updatedAt: now,
    };
    const t = { ...deps, db: tx };
    if (existing) {
      await updateScheme(tx, existing.id, fields);
      const after = toScheme({ ...existing, ...fields });
      await recordAudit(t, {
        action: "poverty.scheme_changed",
        entityType: "pov_scheme",
        entityId: existing.id,
        areaCode: body.areaCode || null,
        before: toScheme(existing),
        after,
      });
      return after;
    }
    const row = { id: deps.ids.uuid(), createdAt: now, ...fields };
    await insertScheme(tx, row);
    const view = toScheme(row);
    await recordAudit(t, {
      action: "poverty.scheme_created",
      entityType: "pov_scheme",
      entityId: row.id,
      areaCode: body.areaCode || null,
      after: view,
    });
    return view;
  });
}
