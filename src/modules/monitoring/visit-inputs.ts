// Checks shared by the visit use cases: the team (users and named others) and follow-up owners and due dates.
import type { z } from "zod";
import type { Deps } from "../../platform/deps";
import { invalidInput } from "../../shared/errors";
import type { FollowUpInput, TeamMemberInput } from "./contracts";
import { findUsers, type MemberRow } from "./monitoring.repository";
import { requireDate } from "./monitoring-dates";
import { monitoringErrors } from "./monitoring-errors";
import { mayOwnFollowUp } from "./monitoring-rules";

/** The team rows of a visit, names and positions of Kaejon users filled in from their accounts. */
export async function buildTeam(deps: Deps, visitId: string, team: TeamMemberInput[]): Promise<MemberRow[]> {
  if (team.length === 0) throw monitoringErrors.teamEmpty();
  const userIds = team.flatMap((m) => (m.userId ? [m.userId] : []));
  const seen = new Set<string>();
  for (const id of userIds) {
    if (seen.has(id)) throw monitoringErrors.teamMemberTwice(id);
    seen.add(id);
  }
  const users = new Map((await findUsers(deps.db, userIds)).map((u) => [u.id, u]));
  return team.map((m, i) => {
    if (m.userId) {
      const user = users.get(m.userId);
      if (!user) throw monitoringErrors.teamMemberUnknown(m.userId);
      return {
        visitId,
        seq: i + 1,
        userId: user.id,
        name: m.name?.trim() || user.displayName,
        position: m.position?.trim() || user.position || "",
      };
    }
    const name = m.name?.trim() ?? "";
    if (name === "") throw monitoringErrors.teamMemberNameless(i);
    return { visitId, seq: i + 1, userId: null, name, position: m.position?.trim() ?? "" };
  });
}

/** Refuses an owner who is not an active officer over the visit's area. */
export async function checkOwner(deps: Deps, ownerId: string, areaCode: string): Promise<void> {
  const [user] = await findUsers(deps.db, [ownerId]);
  if (!user || !mayOwnFollowUp(user, areaCode)) throw monitoringErrors.ownerInvalid(ownerId);
}

/** A due date that is a real date on or after the visit. */
export function checkDueOn(dueOn: string, visitedOn: string, field = "dueOn"): string {
  requireDate(field, dueOn);
  if (dueOn < visitedOn) throw monitoringErrors.dueBeforeVisit(dueOn, visitedOn);
  return dueOn;
}

export async function checkFollowUps(
  deps: Deps,
  followUps: FollowUpInput[],
  areaCode: string,
  visitedOn: string,
): Promise<void> {
  for (const [i, f] of followUps.entries()) {
    checkDueOn(f.dueOn, visitedOn, `followUps.${i}.dueOn`);
    await checkOwner(deps, f.ownerId, areaCode);
  }
}

/** Validates a body given directly to a use case (the routes have already validated theirs). */
export function parseInput<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const fields = [...new Set(result.error.issues.map((i) => i.path.join(".") || "body"))].join(", ");
  throw invalidInput(
    "common.invalid_input",
    { th: `ข้อมูลไม่ถูกต้อง: ${fields}`, en: `Invalid input: ${fields}` },
    { issues: result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) },
  );
}
