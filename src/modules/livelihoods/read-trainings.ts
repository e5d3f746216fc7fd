// Trainings of an area, newest first, with their lecturers and participating households.
import type { Deps } from "../../platform/deps";
import type { Page } from "../../shared/contracts/index";
import type { AreaListQuery, Training } from "./contracts";
import { decodeCursor, page, scopedArea } from "./livelihood-inputs";
import {
  selectTrainingLecturers,
  selectTrainingPage,
  selectTrainingParticipants,
  type TrainingRow,
} from "./livelihoods.repository";

export async function trainingsWithPeople(deps: Deps, rows: TrainingRow[]): Promise<Training[]> {
  const ids = rows.map((r) => r.id);
  const lecturers = await selectTrainingLecturers(deps.db, ids);
  const participants = await selectTrainingParticipants(deps.db, ids);
  return rows.map((r) => ({
    id: r.id,
    areaCode: r.areaCode,
    planId: r.planId,
    heldOn: r.heldOn,
    topic: r.topic,
    place: r.place,
    lecturers: lecturers.filter((l) => l.trainingId === r.id).map((l) => ({ id: l.id, name: l.name })),
    participants: participants
      .filter((p) => p.trainingId === r.id)
      .map((p) => ({ householdId: p.householdId, name: p.name, houseNo: p.houseNo })),
  }));
}

export async function listTrainings(deps: Deps, query: AreaListQuery): Promise<Page<Training>> {
  const area = scopedArea(deps, query.area);
  const found = await selectTrainingPage(deps.db, {
    areaPrefix: area,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const full = await trainingsWithPeople(deps, found.slice(0, query.limit));
  const byId = new Map(full.map((t) => [t.id, t]));
  return page(
    found,
    query.limit,
    (r) => byId.get(r.id)!,
    (r) => [r.heldOn, r.id],
  );
}
