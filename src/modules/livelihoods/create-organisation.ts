// Records a supporting organisation (one of the four of article 5, or another) with its members and their roles.

import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { type CreateOrganisationBody, createOrganisationBodySchema, type Organisation } from "./contracts";
import { AREA } from "./livelihood-errors";
import { parseInput } from "./livelihood-inputs";
import { findAreaName, insertOrganisation, type MemberRow } from "./livelihoods.repository";
import { getOrganisation } from "./read-organisations";

/** Records a supporting organisation of an area in the actor's scope, with its members and their roles. */
export async function createOrganisation(deps: Deps, body: CreateOrganisationBody): Promise<Organisation> {
  requirePermission(deps.actor, "livelihoods.write");
  const input = parseInput(createOrganisationBodySchema, body);
  assertInScope(deps.actor, input.areaCode, AREA);
  if (!(await findAreaName(deps.db, input.areaCode))) throw outOfScope(AREA);
  const id = deps.ids.uuid();
  const now = deps.clock.now();
  const members: MemberRow[] = input.members.map((m) => ({
    id: deps.ids.uuid(),
    organisationId: id,
    name: m.name,
    role: m.role,
    phone: m.phone ?? null,
    createdAt: now,
  }));
  await inTransaction(deps.db, async (tx) => {
    await insertOrganisation(
      tx,
      {
        id,
        areaCode: input.areaCode,
        kind: input.kind,
        name: input.name,
        mission: input.mission,
        createdBy: deps.actor.userId,
        createdAt: now,
        updatedAt: now,
      },
      members,
    );
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "livelihood.organisation_created",
        entityType: "livelihood_org",
        entityId: id,
        areaCode: input.areaCode,
        after: {
          kind: input.kind,
          name: input.name,
          members: members.map((m) => ({ name: m.name, role: m.role })),
        },
      },
    );
  });
  return getOrganisation(deps, id);
}
