// Registers a mentor (official, volunteer leader or model household), with or without a mentor account, and the area they work in.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { isWithin } from "../../shared/area-code";
import { assertInScope, outOfScope } from "../../shared/authorization";
import { conflict, ruleViolation } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { AREA, requireCaseWrite } from "./case-access";
import type { MentorBody, MentorView } from "./case-contracts";
import { toMentor } from "./case-views";
import { findMentorOfUser, findUserRole, insertMentor } from "./cases.repository";

const USER = { th: "บัญชีผู้ใช้", en: "User account" };

export async function createMentor(deps: Deps, body: MentorBody): Promise<MentorView> {
  requireCaseWrite(deps);
  assertInScope(deps.actor, body.areaCode, AREA);
  return inTransaction(deps.db, async (tx) => {
    if (body.userId) {
      const user = await findUserRole(tx, body.userId);
      if (!user) throw outOfScope(USER);
      if (user.role !== "mentor") {
        throw ruleViolation("poverty.not_mentor_account", {
          th: "บัญชีที่ผูกกับพี่เลี้ยงต้องมีบทบาทพี่เลี้ยง",
          en: "A mentor's account must have the mentor role",
        });
      }
      if (!isWithin(body.areaCode, user.scopeCode)) {
        throw ruleViolation("poverty.mentor_account_area", {
          th: `พื้นที่ของพี่เลี้ยง (${body.areaCode}) ต้องอยู่ในพื้นที่ของบัญชี (${user.scopeCode || "ทั้งประเทศ"})`,
          en: `The mentor's area (${body.areaCode}) must lie in the account's area (${user.scopeCode || "nation"})`,
        });
      }
      if (await findMentorOfUser(tx, body.userId)) {
        throw conflict("poverty.mentor_account_taken", {
          th: "บัญชีนี้ผูกกับพี่เลี้ยงคนอื่นแล้ว",
          en: "The account already belongs to a mentor",
        });
      }
    }
    const row = {
      id: deps.ids.uuid(),
      userId: body.userId ?? null,
      name: body.name,
      kind: body.kind,
      phone: body.phone ?? null,
      areaCode: body.areaCode,
      isActive: true,
      createdAt: deps.clock.now(),
    };
    await insertMentor(tx, row);
    const view = toMentor(row);
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "poverty.mentor_created",
        entityType: "pov_mentor",
        entityId: row.id,
        areaCode: row.areaCode,
        after: view,
      },
    );
    return view;
  });
}
