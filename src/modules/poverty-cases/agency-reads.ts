// Reads of a province's agencies, its responsibility table (dimension → agencies) and its assistance menu.
import type { Deps } from "../../platform/deps";
import { isWithin } from "../../shared/area-code";
import { outOfScope, requirePermission } from "../../shared/authorization";
import { AREA } from "./case-access";
import type { AgencyView, MenuItemView, ResponsibilityTable } from "./case-contracts";
import { toAgency, toMenuItem } from "./case-views";
import { selectAgencies, selectMenu, selectResponsibilities } from "./cases.repository";
import { DIMENSION_NAMES, DIMENSIONS } from "./deprivation-config";

/** A province is readable when it contains the actor's area or lies inside it. */
function assertProvinceReadable(deps: Deps, province: string): void {
  requirePermission(deps.actor, "poverty.read");
  const scope = deps.actor.scopeCode;
  if (!(isWithin(province, scope) || isWithin(scope, province))) throw outOfScope(AREA);
}

export async function listAgencies(deps: Deps, province: string): Promise<AgencyView[]> {
  assertProvinceReadable(deps, province);
  return (await selectAgencies(deps.db, province)).map(toAgency);
}

export async function getResponsibilityTable(deps: Deps, province: string): Promise<ResponsibilityTable> {
  assertProvinceReadable(deps, province);
  const agencies = new Map((await selectAgencies(deps.db, province)).map((a) => [a.id, toAgency(a)]));
  const rows = await selectResponsibilities(deps.db, province);
  return {
    areaCode: province,
    dimensions: DIMENSIONS.map((dimension) => ({
      dimension,
      name: DIMENSION_NAMES[dimension],
      agencies: rows
        .filter((r) => r.dimension === dimension)
        .map((r) => agencies.get(r.agencyId))
        .filter((a): a is AgencyView => a !== undefined),
    })),
  };
}

export async function listMenu(deps: Deps, province: string): Promise<MenuItemView[]> {
  assertProvinceReadable(deps, province);
  return (await selectMenu(deps.db, province)).map(toMenuItem);
}
