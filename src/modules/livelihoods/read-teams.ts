// Village lecturer teams (ทีมวิทยากรสัมมาชีพชุมชน) of an area with their lecturers, a keyset page at a time.
import type { Deps } from "../../platform/deps";
import type { Page } from "../../shared/contracts/index";
import type { AreaListQuery, LecturerTeam } from "./contracts";
import { decodeCursor, page, scopedArea } from "./livelihood-inputs";
import type { LecturerRole } from "./livelihood-rules";
import { type LecturerRow, selectLecturers, selectTeamPage, type TeamRow } from "./livelihoods.repository";

export function toTeam(row: TeamRow, lecturers: LecturerRow[]): LecturerTeam {
  return {
    id: row.id,
    areaCode: row.areaCode,
    name: row.name,
    formedOn: row.formedOn,
    lecturers: lecturers
      .filter((l) => l.teamId === row.id)
      .map((l) => ({
        id: l.id,
        name: l.name,
        role: l.role as LecturerRole,
        expertise: l.expertise,
        householdId: l.householdId,
      })),
  };
}

export async function listTeams(deps: Deps, query: AreaListQuery): Promise<Page<LecturerTeam>> {
  const area = scopedArea(deps, query.area);
  const found = await selectTeamPage(deps.db, {
    areaPrefix: area,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const lecturers = await selectLecturers(
    deps.db,
    found.slice(0, query.limit).map((t) => t.id),
  );
  return page(
    found,
    query.limit,
    (t) => toTeam(t, lecturers),
    (t) => [t.areaCode, t.id],
  );
}
