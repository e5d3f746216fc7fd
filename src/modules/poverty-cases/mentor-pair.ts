// Pairs a mentor with a household under a scheme: refused beyond the scheme's maximum, outside the mentor's area or the scheme's, or when the household already has a mentor in the scheme.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { isWithin } from "../../shared/area-code";
import { assertInScope, inScope, outOfScope } from "../../shared/authorization";
import { ruleViolation } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { HOUSEHOLD, isUuid, MENTOR, requireCaseWrite, SCHEME } from "./case-access";
import type { PairingBody, PairingView } from "./case-contracts";
import { openingDate } from "./case-open";
import { toPairing } from "./case-views";
import { findHousehold, findScheme, insertPairing, lockMentor, selectPairingsFor } from "./cases.repository";
import { assertPairing } from "./mentor-pairing";

export async function pairMentor(deps: Deps, mentorId: string, body: PairingBody): Promise<PairingView> {
  requireCaseWrite(deps);
  const startOn = openingDate(deps, body.startOn);
  return inTransaction(deps.db, async (tx) => {
    const mentor = isUuid(mentorId) ? await lockMentor(tx, mentorId) : undefined;
    const actorScope = deps.actor.scopeCode;
    if (!mentor || !(inScope(deps.actor, mentor.areaCode) || isWithin(actorScope, mentor.areaCode))) {
      throw outOfScope(MENTOR);
    }
    const scheme = isUuid(body.schemeId) ? await findScheme(tx, body.schemeId) : undefined;
    if (!scheme) throw outOfScope(SCHEME);
    const h = isUuid(body.householdId) ? await findHousehold(tx, body.householdId) : undefined;
    if (!h) throw outOfScope(HOUSEHOLD);
    assertInScope(deps.actor, h.villageCode, HOUSEHOLD);
    if (!mentor.isActive || h.status !== "active") {
      throw ruleViolation("poverty.pairing_inactive", {
        th: "พี่เลี้ยงหรือครัวเรือนไม่อยู่ในสถานะใช้งาน",
        en: "The mentor or the household is not active",
      });
    }
    if (!isWithin(h.villageCode, scheme.areaCode)) {
      throw ruleViolation("poverty.outside_scheme_area", {
        th: `หมู่บ้าน ${h.villageCode} ไม่อยู่ในพื้นที่ของ${scheme.nameTh} (${scheme.areaCode})`,
        en: `Village ${h.villageCode} is outside the area of ${scheme.nameEn} (${scheme.areaCode})`,
      });
    }
    const existing = (await selectPairingsFor(tx, scheme.id, mentor.id, h.id)).map((p) => ({
      pairingId: p.id,
      scheme: scheme.code,
      mentorId: p.mentorId,
      householdId: p.householdId,
      villageCode: p.areaCode,
      startOn: p.startOn,
      endOn: p.endOn,
    }));
    assertPairing(
      {
        scheme: {
          code: scheme.code,
          name: { th: scheme.nameTh, en: scheme.nameEn },
          maxHouseholdsPerMentor: scheme.maxHouseholdsPerMentor,
          visitIntervalDays: scheme.visitIntervalDays,
        },
        mentor: { mentorId: mentor.id, areaCode: mentor.areaCode },
        household: { householdId: h.id, villageCode: h.villageCode },
        startOn,
      },
      existing,
    );
    const row = {
      id: deps.ids.uuid(),
      schemeId: scheme.id,
      mentorId: mentor.id,
      householdId: h.id,
      areaCode: h.villageCode,
      startOn,
      endOn: null,
      createdBy: deps.actor.userId,
      createdAt: deps.clock.now(),
    };
    await insertPairing(tx, row);
    const view = toPairing(row);
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "poverty.mentor_paired",
        entityType: "pov_pairing",
        entityId: row.id,
        areaCode: row.areaCode,
        after: view,
      },
    );
    return view;
  });
}
