// Records a village lecturer team (ทีมวิทยากรสัมมาชีพชุมชน) with its lecturers, their roles and expertise.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { type CreateTeamBody, createTeamBodySchema, type LecturerTeam } from "./contracts";
import { AREA, livelihoodErrors } from "./livelihood-errors";
import { parseInput, pastDate } from "./livelihood-inputs";
import { findAreaName, findHouseholdRows, insertTeam, type LecturerRow } from "./livelihoods.repository";
import { toTeam } from "./read-teams";

export async function createLecturerTeam(deps: Deps, body: CreateTeamBody): Promise<LecturerTeam> {
  requirePermission(deps.actor, "livelihoods.write");
  const input = parseInput(createTeamBodySchema, body);
  if (!/^\d{8}$/.test(input.areaCode)) throw livelihoodErrors.teamVillage(input.areaCode);
  assertInScope(deps.actor, input.areaCode, AREA);
  if (!(await findAreaName(deps.db, input.areaCode))) throw outOfScope(AREA);
  const formedOn = pastDate(deps, "formedOn", input.formedOn);
  const householdIds = input.lecturers.flatMap((l) => (l.householdId ? [l.householdId] : []));
  const homes = await findHouseholdRows(deps.db, householdIds);
  for (const id of householdIds) {
    const home = homes.find((h) => h.id === id);
    if (!home || home.villageCode !== input.areaCode) throw livelihoodErrors.householdOutsidePlan(id);
  }
  const id = deps.ids.uuid();
  const now = deps.clock.now();
  const lecturers: LecturerRow[] = input.lecturers.map((l) => ({
    id: deps.ids.uuid(),
    teamId: id,
    name: l.name,
    role: l.role,
    expertise: l.expertise,
    householdId: l.householdId ?? null,
    createdAt: now,
  }));
  const team = {
    id,
    areaCode: input.areaCode,
    name: input.name,
    formedOn,
    createdBy: deps.actor.userId,
    createdAt: now,
  };
  await inTransaction(deps.db, async (tx) => {
    await insertTeam(tx, team, lecturers);
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "livelihood.team_created",
        entityType: "livelihood_team",
        entityId: id,
        areaCode: input.areaCode,
        after: {
          name: input.name,
          formedOn,
          lecturers: lecturers.map((l) => ({ name: l.name, role: l.role })),
        },
      },
    );
  });
  return toTeam(team, lecturers);
}
