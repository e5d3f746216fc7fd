// Records a livelihood training: date, topic, place, lecturers from the area's teams and participating households.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import { recordAudit } from "../audit/index";
import { type CreateTrainingBody, createTrainingBodySchema, type Training } from "./contracts";
import { AREA, livelihoodErrors } from "./livelihood-errors";
import { parseInput, pastDate } from "./livelihood-inputs";
import { findAreaName, findHouseholdRows, findLecturers, insertTraining } from "./livelihoods.repository";
import { loadPlan } from "./read-plans";
import { trainingsWithPeople } from "./read-trainings";

export async function recordTraining(deps: Deps, body: CreateTrainingBody): Promise<Training> {
  requirePermission(deps.actor, "livelihoods.write");
  const input = parseInput(createTrainingBodySchema, body);
  assertInScope(deps.actor, input.areaCode, AREA);
  if (!(await findAreaName(deps.db, input.areaCode))) throw outOfScope(AREA);
  const heldOn = pastDate(deps, "heldOn", input.heldOn);
  if (input.planId) {
    const plan = await loadPlan(deps, input.planId, "livelihoods.read");
    if (!input.areaCode.startsWith(plan.areaCode)) throw livelihoodErrors.planOutsideTraining();
  }
  const lecturerIds = [...new Set(input.lecturerIds)];
  const lecturers = await findLecturers(deps.db, lecturerIds);
  for (const id of lecturerIds) {
    const l = lecturers.find((x) => x.id === id);
    // A team of a village serves its own village and the trainings of the areas around it.
    if (!l || !(l.areaCode.startsWith(input.areaCode) || input.areaCode.startsWith(l.areaCode))) {
      throw livelihoodErrors.lecturerOutside(id);
    }
  }
  const homes = await findHouseholdRows(deps.db, [...new Set(input.participants.map((p) => p.householdId))]);
  for (const p of input.participants) {
    const home = homes.find((h) => h.id === p.householdId);
    if (!home?.villageCode.startsWith(input.areaCode))
      throw livelihoodErrors.householdOutsidePlan(p.householdId);
  }
  const seen = new Set<string>();
  const participants = input.participants
    .map((p) => ({ householdId: p.householdId, participantName: p.name }))
    .filter((p) => {
      const key = `${p.householdId}|${p.participantName}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const row = {
    id: deps.ids.uuid(),
    areaCode: input.areaCode,
    planId: input.planId ?? null,
    heldOn,
    topic: input.topic,
    place: input.place,
    createdBy: deps.actor.userId,
    createdAt: deps.clock.now(),
  };
  await inTransaction(deps.db, async (tx) => {
    await insertTraining(tx, row, lecturerIds, participants);
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "livelihood.training_recorded",
        entityType: "livelihood_training",
        entityId: row.id,
        areaCode: row.areaCode,
        after: {
          heldOn,
          topic: input.topic,
          lecturers: lecturerIds.length,
          participants: participants.length,
        },
      },
    );
  });
  const [training] = await trainingsWithPeople(deps, [row]);
  return training!;
}
