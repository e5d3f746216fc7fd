import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import type { AreaListQuery, Organisation } from "./contracts";
import { ORGANISATION } from "./livelihood-errors";
import { decodeCursor, isUuid, page, scopedArea } from "./livelihood-inputs";
import type { MemberRole, OrganisationKind } from "./livelihood-rules";
import {
  findOrganisation,
  type MemberRow,
  type OrganisationRow,
  selectMembers,
  selectOrganisationPage,
} from "./livelihoods.repository";

function toOrganisation(row: OrganisationRow, members: MemberRow[]): Organisation {
  return {
    id: row.id,
    areaCode: row.areaCode,
    kind: row.kind as OrganisationKind,
    name: row.name,
    mission: row.mission,
    members: members
      .filter((m) => m.organisationId === row.id)
      .map((m) => ({ id: m.id, name: m.name, role: m.role as MemberRole, phone: m.phone })),
  };
}

/** The organisation, when the actor may see it; outside the actor's area it is "not found". */
export async function loadOrganisation(
  deps: Deps,
  id: string,
  permission: "livelihoods.read" | "livelihoods.write",
) {
  requirePermission(deps.actor, permission);
  const row = isUuid(id) ? await findOrganisation(deps.db, id) : undefined;
  if (!row) throw outOfScope(ORGANISATION);
  assertInScope(deps.actor, row.areaCode, ORGANISATION);
  return row;
}

export async function getOrganisation(deps: Deps, id: string): Promise<Organisation> {
  const row = await loadOrganisation(deps, id, "livelihoods.read");
  return toOrganisation(row, await selectMembers(deps.db, [row.id]));
}

/** Organisations in an area of the actor's scope, in area-code order. */
export async function listOrganisations(deps: Deps, query: AreaListQuery): Promise<Page<Organisation>> {
  const area = scopedArea(deps, query.area);
  const found = await selectOrganisationPage(deps.db, {
    areaPrefix: area,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const members = await selectMembers(
    deps.db,
    found.slice(0, query.limit).map((o) => o.id),
  );
  return page(
    found,
    query.limit,
    (o) => toOrganisation(o, members),
    (o) => [o.areaCode, o.id],
  );
}
