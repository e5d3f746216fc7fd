// SQL of community livelihoods: organisations and members, plans with steps, evidence and households, lecturer
// teams, trainings with lecturers and participants, and households' links to funds outside Kaejon.
import { and, asc, desc, eq, inArray, like, or, type SQL, sql } from "drizzle-orm";
import { area, household } from "../../../db/schema/index";
import {
  lhEvidence,
  lhFundLink,
  lhLecturer,
  lhLecturerTeam,
  lhOrganisation,
  lhOrganisationMember,
  lhPlan,
  lhPlanStep,
  lhTargetHousehold,
  lhTraining,
  lhTrainingLecturer,
  lhTrainingParticipant,
} from "../../../db/schema/livelihoods";
import type { Executor } from "../../platform/database";

export type OrganisationRow = typeof lhOrganisation.$inferSelect;
export type MemberRow = typeof lhOrganisationMember.$inferSelect;
export type PlanRow = typeof lhPlan.$inferSelect;
export type PlanStepRow = typeof lhPlanStep.$inferSelect;
export type EvidenceRow = typeof lhEvidence.$inferSelect;
export type TeamRow = typeof lhLecturerTeam.$inferSelect;
export type LecturerRow = typeof lhLecturer.$inferSelect;
export type TrainingRow = typeof lhTraining.$inferSelect;
export type FundLinkRow = typeof lhFundLink.$inferSelect;

/** Keyset after (a, id) in ascending order. */
function afterKey(key: SQL, id: SQL, after?: { key: string; id: string }): SQL | undefined {
  if (!after) return undefined;
  return sql`(${key} > ${after.key} OR (${key} = ${after.key} AND ${id} > ${after.id}::uuid))`;
}

// Organisations

export async function insertOrganisation(
  db: Executor,
  row: typeof lhOrganisation.$inferInsert,
  members: MemberRow[],
) {
  await db.insert(lhOrganisation).values(row);
  if (members.length > 0) await db.insert(lhOrganisationMember).values(members);
}

export async function insertOrganisationMember(db: Executor, row: MemberRow): Promise<void> {
  await db.insert(lhOrganisationMember).values(row);
}

export async function findOrganisation(db: Executor, id: string): Promise<OrganisationRow | undefined> {
  const [r] = await db.select().from(lhOrganisation).where(eq(lhOrganisation.id, id));
  return r;
}

export async function selectOrganisationPage(
  db: Executor,
  f: { areaPrefix: string; after?: { key: string; id: string } | undefined; limit: number },
): Promise<OrganisationRow[]> {
  return db
    .select()
    .from(lhOrganisation)
    .where(
      and(
        like(lhOrganisation.areaCode, `${f.areaPrefix}%`),
        afterKey(sql`${lhOrganisation.areaCode}`, sql`${lhOrganisation.id}`, f.after),
      ),
    )
    .orderBy(asc(lhOrganisation.areaCode), asc(lhOrganisation.id))
    .limit(f.limit);
}

export async function selectMembers(db: Executor, organisationIds: string[]): Promise<MemberRow[]> {
  if (organisationIds.length === 0) return [];
  return db
    .select()
    .from(lhOrganisationMember)
    .where(inArray(lhOrganisationMember.organisationId, organisationIds))
    .orderBy(lhOrganisationMember.createdAt, lhOrganisationMember.id);
}

// Plans

export async function insertPlan(
  db: Executor,
  row: typeof lhPlan.$inferInsert,
  firstStep: PlanStepRow,
): Promise<void> {
  await db.insert(lhPlan).values(row);
  await db.insert(lhPlanStep).values(firstStep);
}

export async function findPlanByAreaYear(db: Executor, areaCode: string, fiscalYear: number) {
  const [r] = await db
    .select({ id: lhPlan.id })
    .from(lhPlan)
    .where(and(eq(lhPlan.areaCode, areaCode), eq(lhPlan.fiscalYear, fiscalYear)));
  return r;
}

export async function findPlan(db: Executor, id: string, forUpdate = false): Promise<PlanRow | undefined> {
  const q = db.select().from(lhPlan).where(eq(lhPlan.id, id));
  const [r] = forUpdate ? await q.for("update") : await q;
  return r;
}

export async function selectPlanSteps(db: Executor, planId: string): Promise<PlanStepRow[]> {
  return db.select().from(lhPlanStep).where(eq(lhPlanStep.planId, planId));
}

export async function moveStep(
  db: Executor,
  plan: { id: string; step: string },
  to: string,
  on: string,
  at: Date,
): Promise<void> {
  await db
    .update(lhPlanStep)
    .set({ completedOn: on })
    .where(and(eq(lhPlanStep.planId, plan.id), eq(lhPlanStep.step, plan.step)));
  if (to !== "completed")
    await db.insert(lhPlanStep).values({ planId: plan.id, step: to, startedOn: on, completedOn: null });
  await db.update(lhPlan).set({ step: to, updatedAt: at }).where(eq(lhPlan.id, plan.id));
}

export async function insertEvidence(db: Executor, row: typeof lhEvidence.$inferInsert): Promise<void> {
  await db.insert(lhEvidence).values(row);
}

export async function findEvidence(db: Executor, id: string): Promise<EvidenceRow | undefined> {
  const [r] = await db.select().from(lhEvidence).where(eq(lhEvidence.id, id));
  return r;
}

export async function selectEvidence(db: Executor, planId: string): Promise<EvidenceRow[]> {
  return db
    .select()
    .from(lhEvidence)
    .where(eq(lhEvidence.planId, planId))
    .orderBy(lhEvidence.evidenceOn, lhEvidence.id);
}

export async function countEvidence(db: Executor, planId: string, step: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(lhEvidence)
    .where(and(eq(lhEvidence.planId, planId), eq(lhEvidence.step, step)));
  return r?.n ?? 0;
}

export interface PlanPageRow extends PlanRow {
  areaName: string;
  targetHouseholds: number;
  modelHouseholds: number;
}

export async function selectPlanPage(
  db: Executor,
  f: {
    areaPrefix: string;
    fiscalYear?: number | undefined;
    after?: { key: string; id: string } | undefined;
    limit: number;
  },
): Promise<PlanPageRow[]> {
  const conditions: (SQL | undefined)[] = [like(lhPlan.areaCode, `${f.areaPrefix}%`)];
  if (f.fiscalYear !== undefined) conditions.push(eq(lhPlan.fiscalYear, f.fiscalYear));
  conditions.push(afterKey(sql`${lhPlan.areaCode}`, sql`${lhPlan.id}`, f.after));
  const plans = await db
    .select({
      plan: lhPlan,
      areaName: area.nameTh,
    })
    .from(lhPlan)
    .innerJoin(area, eq(area.code, lhPlan.areaCode))
    .where(and(...conditions))
    .orderBy(asc(lhPlan.areaCode), asc(lhPlan.id))
    .limit(f.limit);
  if (plans.length === 0) return [];
  const counts = await db
    .select({
      planId: lhTargetHousehold.planId,
      all: sql<number>`count(*)::int`,
      model: sql<number>`count(*) FILTER (WHERE ${lhTargetHousehold.isModel})::int`,
    })
    .from(lhTargetHousehold)
    .where(
      inArray(
        lhTargetHousehold.planId,
        plans.map((p) => p.plan.id),
      ),
    )
    .groupBy(lhTargetHousehold.planId);
  const byPlan = new Map(counts.map((c) => [c.planId, c]));
  return plans.map((p) => ({
    ...p.plan,
    areaName: p.areaName,
    targetHouseholds: byPlan.get(p.plan.id)?.all ?? 0,
    modelHouseholds: byPlan.get(p.plan.id)?.model ?? 0,
  }));
}

export async function findAreaName(db: Executor, code: string): Promise<string | undefined> {
  const [r] = await db.select({ name: area.nameTh }).from(area).where(eq(area.code, code));
  return r?.name;
}

// Households

export async function findHouseholdRow(db: Executor, id: string) {
  const [r] = await db
    .select({
      id: household.id,
      villageCode: household.villageCode,
      houseNo: household.houseNo,
      headName: household.headName,
    })
    .from(household)
    .where(eq(household.id, id));
  return r;
}

export async function findHouseholdRows(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: household.id,
      villageCode: household.villageCode,
      houseNo: household.houseNo,
      headName: household.headName,
    })
    .from(household)
    .where(inArray(household.id, ids));
}

export async function findTarget(db: Executor, planId: string, householdId: string) {
  const [r] = await db
    .select({ id: lhTargetHousehold.id })
    .from(lhTargetHousehold)
    .where(and(eq(lhTargetHousehold.planId, planId), eq(lhTargetHousehold.householdId, householdId)));
  return r;
}

export async function insertTarget(db: Executor, row: typeof lhTargetHousehold.$inferInsert): Promise<void> {
  await db.insert(lhTargetHousehold).values(row);
}

export async function selectTargets(db: Executor, planId: string) {
  return db
    .select({
      id: lhTargetHousehold.id,
      householdId: lhTargetHousehold.householdId,
      areaCode: lhTargetHousehold.areaCode,
      occupation: lhTargetHousehold.occupation,
      isModel: lhTargetHousehold.isModel,
      houseNo: household.houseNo,
      headName: household.headName,
    })
    .from(lhTargetHousehold)
    .innerJoin(household, eq(household.id, lhTargetHousehold.householdId))
    .where(eq(lhTargetHousehold.planId, planId))
    .orderBy(desc(lhTargetHousehold.isModel), asc(lhTargetHousehold.areaCode), asc(household.houseNo));
}

// Lecturer teams

export async function insertTeam(
  db: Executor,
  row: typeof lhLecturerTeam.$inferInsert,
  lecturers: LecturerRow[],
) {
  await db.insert(lhLecturerTeam).values(row);
  if (lecturers.length > 0) await db.insert(lhLecturer).values(lecturers);
}

export async function selectTeamPage(
  db: Executor,
  f: { areaPrefix: string; after?: { key: string; id: string } | undefined; limit: number },
): Promise<TeamRow[]> {
  return db
    .select()
    .from(lhLecturerTeam)
    .where(
      and(
        like(lhLecturerTeam.areaCode, `${f.areaPrefix}%`),
        afterKey(sql`${lhLecturerTeam.areaCode}`, sql`${lhLecturerTeam.id}`, f.after),
      ),
    )
    .orderBy(asc(lhLecturerTeam.areaCode), asc(lhLecturerTeam.id))
    .limit(f.limit);
}

export async function selectLecturers(db: Executor, teamIds: string[]): Promise<LecturerRow[]> {
  if (teamIds.length === 0) return [];
  return db
    .select()
    .from(lhLecturer)
    .where(inArray(lhLecturer.teamId, teamIds))
    .orderBy(lhLecturer.createdAt, lhLecturer.id);
}

/** Lecturers with their team's village, for checking a training's lecturers. */
export async function findLecturers(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: lhLecturer.id, name: lhLecturer.name, areaCode: lhLecturerTeam.areaCode })
    .from(lhLecturer)
    .innerJoin(lhLecturerTeam, eq(lhLecturerTeam.id, lhLecturer.teamId))
    .where(inArray(lhLecturer.id, ids));
}

// Trainings

export async function insertTraining(
  db: Executor,
  row: typeof lhTraining.$inferInsert,
  lecturerIds: string[],
  participants: { householdId: string; participantName: string }[],
): Promise<void> {
  await db.insert(lhTraining).values(row);
  if (lecturerIds.length > 0) {
    await db
      .insert(lhTrainingLecturer)
      .values(lecturerIds.map((lecturerId) => ({ trainingId: row.id, lecturerId })));
  }
  if (participants.length > 0) {
    await db.insert(lhTrainingParticipant).values(participants.map((p) => ({ trainingId: row.id, ...p })));
  }
}

export async function selectTrainingPage(
  db: Executor,
  f: { areaPrefix: string; after?: { key: string; id: string } | undefined; limit: number },
): Promise<TrainingRow[]> {
  const after = f.after
    ? or(
        sql`${lhTraining.heldOn} < ${f.after.key}`,
        and(sql`${lhTraining.heldOn} = ${f.after.key}`, sql`${lhTraining.id} < ${f.after.id}::uuid`),
      )
    : undefined;
  return db
    .select()
    .from(lhTraining)
    .where(and(like(lhTraining.areaCode, `${f.areaPrefix}%`), after))
    .orderBy(desc(lhTraining.heldOn), desc(lhTraining.id))
    .limit(f.limit);
}

export async function selectTrainingLecturers(db: Executor, trainingIds: string[]) {
  if (trainingIds.length === 0) return [];
  return db
    .select({ trainingId: lhTrainingLecturer.trainingId, id: lhLecturer.id, name: lhLecturer.name })
    .from(lhTrainingLecturer)
    .innerJoin(lhLecturer, eq(lhLecturer.id, lhTrainingLecturer.lecturerId))
    .where(inArray(lhTrainingLecturer.trainingId, trainingIds))
    .orderBy(lhLecturer.name);
}

export async function selectTrainingParticipants(db: Executor, trainingIds: string[]) {
  if (trainingIds.length === 0) return [];
  return db
    .select({
      trainingId: lhTrainingParticipant.trainingId,
      householdId: lhTrainingParticipant.householdId,
      name: lhTrainingParticipant.participantName,
      houseNo: household.houseNo,
    })
    .from(lhTrainingParticipant)
    .innerJoin(household, eq(household.id, lhTrainingParticipant.householdId))
    .where(inArray(lhTrainingParticipant.trainingId, trainingIds))
    .orderBy(household.houseNo, lhTrainingParticipant.participantName);
}

// Fund links

export async function insertFundLink(db: Executor, row: typeof lhFundLink.$inferInsert): Promise<void> {
  await db.insert(lhFundLink).values(row);
}

export async function selectFundLinks(db: Executor, householdId: string): Promise<FundLinkRow[]> {
  return db
    .select()
    .from(lhFundLink)
    .where(eq(lhFundLink.householdId, householdId))
    .orderBy(lhFundLink.since, lhFundLink.id);
}
