// SQL of poverty cases: agencies, responsibilities, agency accounts, the menu, stage rules, cases with history, plan items, deliveries, schemes, mentors, pairings, and visits (the progress aggregates are in progress.repository.ts).
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, like, lte, or, sql } from "drizzle-orm";
import { appUser, bmnRecord, household, povTargetList, povTargetListRow } from "../../../db/schema/index";
import {
  povAgency,
  povAgencyUser,
  povCase,
  povDelivery,
  povMentor,
  povMenuItem,
  povPairing,
  povPlanItem,
  povResponsibility,
  povScheme,
  povStageChange,
  povStageRules,
  povVisit,
} from "../../../db/schema/poverty-cases";
import type { Executor } from "../../platform/database";

export type AgencyRow = typeof povAgency.$inferSelect;
export type ResponsibilityRow = typeof povResponsibility.$inferSelect;
export type MenuItemRow = typeof povMenuItem.$inferSelect;
export type CaseRow = typeof povCase.$inferSelect;
export type StageChangeRow = typeof povStageChange.$inferSelect;
export type PlanItemRow = typeof povPlanItem.$inferSelect;
export type DeliveryRow = typeof povDelivery.$inferSelect;
export type SchemeRow = typeof povScheme.$inferSelect;
export type MentorRow = typeof povMentor.$inferSelect;
export type PairingRow = typeof povPairing.$inferSelect;
export type VisitRow = typeof povVisit.$inferSelect;

const inForceOn = (on: string) =>
  and(lte(povPairing.startOn, on), or(isNull(povPairing.endOn), gt(povPairing.endOn, on)));

// Agencies, responsibilities, agency accounts.

export async function insertAgency(db: Executor, row: AgencyRow): Promise<void> {
  await db.insert(povAgency).values(row);
}

export async function findAgency(db: Executor, id: string): Promise<AgencyRow | undefined> {
  const [row] = await db.select().from(povAgency).where(eq(povAgency.id, id)).limit(1);
  return row;
}

export async function findAgencyByCode(
  db: Executor,
  province: string,
  code: string,
): Promise<AgencyRow | undefined> {
  const [row] = await db
    .select()
    .from(povAgency)
    .where(and(eq(povAgency.areaCode, province), eq(povAgency.code, code)))
    .limit(1);
  return row;
}

export async function selectAgencies(db: Executor, province: string): Promise<AgencyRow[]> {
  return db.select().from(povAgency).where(eq(povAgency.areaCode, province)).orderBy(asc(povAgency.code));
}

export async function selectResponsibilities(db: Executor, province: string): Promise<ResponsibilityRow[]> {
  return db
    .select()
    .from(povResponsibility)
    .where(eq(povResponsibility.areaCode, province))
    .orderBy(asc(povResponsibility.dimension), asc(povResponsibility.rank));
}

export async function replaceResponsibilities(
  db: Executor,
  province: string,
  dimension: string,
  rowsToInsert: ResponsibilityRow[],
): Promise<void> {
  await db
    .delete(povResponsibility)
    .where(and(eq(povResponsibility.areaCode, province), eq(povResponsibility.dimension, dimension)));
  if (rowsToInsert.length > 0) await db.insert(povResponsibility).values(rowsToInsert);
}

export async function findUserRole(
  db: Executor,
  userId: string,
): Promise<{ id: string; role: string; scopeCode: string; displayName: string } | undefined> {
  const [row] = await db
    .select({
      id: appUser.id,
      role: appUser.role,
      scopeCode: appUser.scopeCode,
      displayName: appUser.displayName,
    })
    .from(appUser)
    .where(eq(appUser.id, userId))
    .limit(1);
  return row;
}

export async function upsertAgencyUser(
  db: Executor,
  userId: string,
  agencyId: string,
  at: Date,
): Promise<void> {
  await db
    .insert(povAgencyUser)
    .values({ userId, agencyId, createdAt: at })
    .onConflictDoUpdate({ target: povAgencyUser.userId, set: { agencyId, createdAt: at } });
}

export async function findAgencyOfUser(db: Executor, userId: string): Promise<AgencyRow | undefined> {
  const [row] = await db
    .select({ agency: povAgency })
    .from(povAgencyUser)
    .innerJoin(povAgency, eq(povAgency.id, povAgencyUser.agencyId))
    .where(eq(povAgencyUser.userId, userId))
    .limit(1);
  return row?.agency;
}

// Menu and stage rules.

export async function insertMenuItem(db: Executor, row: MenuItemRow): Promise<void> {
  await db.insert(povMenuItem).values(row);
}

export async function updateMenuItem(db: Executor, id: string, patch: Partial<MenuItemRow>): Promise<void> {
  await db.update(povMenuItem).set(patch).where(eq(povMenuItem.id, id));
}

export async function findMenuItem(db: Executor, id: string): Promise<MenuItemRow | undefined> {
  const [row] = await db.select().from(povMenuItem).where(eq(povMenuItem.id, id)).limit(1);
  return row;
}

export async function findMenuItemByCode(
  db: Executor,
  province: string,
  code: string,
): Promise<MenuItemRow | undefined> {
  const [row] = await db
    .select()
    .from(povMenuItem)
    .where(and(eq(povMenuItem.areaCode, province), eq(povMenuItem.code, code)))
    .limit(1);
  return row;
}

export async function selectMenu(db: Executor, province: string): Promise<MenuItemRow[]> {
  return db
    .select()
    .from(povMenuItem)
    .where(eq(povMenuItem.areaCode, province))
    .orderBy(asc(povMenuItem.dimension), asc(povMenuItem.code));
}

export async function findStageRules(
  db: Executor,
  province: string,
): Promise<Record<string, unknown> | null> {
  const [row] = await db.select().from(povStageRules).where(eq(povStageRules.areaCode, province)).limit(1);
  return row?.rules ?? null;
}

export async function upsertStageRules(
  db: Executor,
  province: string,
  rules: Record<string, unknown>,
  by: string | null,
  at: Date,
): Promise<void> {
  await db
    .insert(povStageRules)
    .values({ areaCode: province, rules, updatedBy: by, updatedAt: at })
    .onConflictDoUpdate({ target: povStageRules.areaCode, set: { rules, updatedBy: by, updatedAt: at } });
}

// Households and their evidence.

export interface HouseholdBrief {
  id: string;
  villageCode: string;
  houseNo: string;
  headName: string;
  status: string;
}

export async function findHousehold(db: Executor, id: string): Promise<HouseholdBrief | undefined> {
  const [row] = await db
    .select({
      id: household.id,
      villageCode: household.villageCode,
      houseNo: household.houseNo,
      headName: household.headName,
      status: household.status,
    })
    .from(household)
    .where(eq(household.id, id))
    .limit(1);
  return row;
}

export async function selectBmnRecords(db: Executor, householdId: string) {
  return db
    .select({
      surveyYear: bmnRecord.surveyYear,
      indicators: bmnRecord.indicators,
      incomePerPersonSatang: bmnRecord.incomePerPersonSatang,
      passesIncomeCriterion: bmnRecord.passesIncomeCriterion,
    })
    .from(bmnRecord)
    .where(eq(bmnRecord.householdId, householdId))
    .orderBy(desc(bmnRecord.surveyYear));
}

// Target lists (the target-list tables of this module).

export async function findTargetList(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: povTargetList.id,
      areaCode: povTargetList.areaCode,
      programmeYear: povTargetList.programmeYear,
    })
    .from(povTargetList)
    .where(eq(povTargetList.id, id))
    .limit(1);
  return row;
}

/** The list's matched rows with their household's village and status, one per household (its first line). */
export async function selectMatchedTargetRows(db: Executor, listId: string) {
  return db
    .selectDistinctOn([povTargetListRow.householdId], {
      rowId: povTargetListRow.id,
      lineNo: povTargetListRow.lineNo,
      householdId: povTargetListRow.householdId,
      villageCode: household.villageCode,
      status: household.status,
      failingDimensions: povTargetListRow.failingDimensions,
    })
    .from(povTargetListRow)
    .innerJoin(household, eq(household.id, povTargetListRow.householdId))
    .where(and(eq(povTargetListRow.listId, listId), isNotNull(povTargetListRow.householdId)))
    .orderBy(povTargetListRow.householdId, asc(povTargetListRow.lineNo));
}

export async function countUnmatchedTargetRows(db: Executor, listId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(povTargetListRow)
    .where(and(eq(povTargetListRow.listId, listId), isNull(povTargetListRow.householdId)));
  return row?.n ?? 0;
}

// Cases and stage history.

export async function insertCase(db: Executor, row: CaseRow): Promise<void> {
  await db.insert(povCase).values(row);
}

export async function insertCasesIgnoringExisting(db: Executor, list: CaseRow[]): Promise<string[]> {
  if (list.length === 0) return [];
  const inserted = await db
    .insert(povCase)
    .values(list)
    .onConflictDoNothing({ target: [povCase.householdId, povCase.programmeYear] })
    .returning({ id: povCase.id });
  return inserted.map((r) => r.id);
}

export async function findCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(povCase).where(eq(povCase.id, id)).limit(1);
  return row;
}

export async function lockCase(db: Executor, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(povCase).where(eq(povCase.id, id)).for("update");
  return row;
}

export async function findCaseOfHousehold(
  db: Executor,
  householdId: string,
  programmeYear: number,
): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(povCase)
    .where(and(eq(povCase.householdId, householdId), eq(povCase.programmeYear, programmeYear)))
    .limit(1);
  return row;
}

export async function selectCasesOfHouseholds(db: Executor, householdIds: string[], programmeYear: number) {
  if (householdIds.length === 0) return [];
  return db
    .select({ id: povCase.id, householdId: povCase.householdId })
    .from(povCase)
    .where(and(inArray(povCase.householdId, householdIds), eq(povCase.programmeYear, programmeYear)));
}

export async function updateCase(db: Executor, id: string, patch: Partial<CaseRow>): Promise<void> {
  await db.update(povCase).set(patch).where(eq(povCase.id, id));
}

export async function insertStageChanges(db: Executor, list: StageChangeRow[]): Promise<void> {
  if (list.length > 0) await db.insert(povStageChange).values(list);
}

export async function selectStageChanges(db: Executor, caseId: string): Promise<StageChangeRow[]> {
  return db
    .select()
    .from(povStageChange)
    .where(eq(povStageChange.caseId, caseId))
    .orderBy(asc(povStageChange.seq));
}

export type CaseListRow = CaseRow & { headName: string; houseNo: string };

export interface CasePageFilter {
  areaPrefix: string;
  programmeYear: number | undefined;
  stage: string | undefined;
  status: string | undefined;
  dimension: string | undefined;
  headPrefix: string | undefined;
  /** A mentor account: only households paired with this user's mentor record in force on `on`. */
  mentorUserId: string | undefined;
  /** An agency account: only cases with a plan item of this agency. */
  agencyId: string | undefined;
  on: string;
  after: { areaCode: string; id: string } | undefined;
  limit: number;
}

export async function selectCasePage(db: Executor, f: CasePageFilter): Promise<CaseListRow[]> {
  const conditions = [like(povCase.areaCode, `${f.areaPrefix}%`)];
  if (f.programmeYear !== undefined) conditions.push(eq(povCase.programmeYear, f.programmeYear));
  if (f.stage) conditions.push(eq(povCase.stage, f.stage));
  if (f.status) conditions.push(eq(povCase.status, f.status));
  if (f.dimension)
    conditions.push(sql`${povCase.failingDimensions} @> ${JSON.stringify([f.dimension])}::jsonb`);
  if (f.headPrefix) conditions.push(like(household.headName, `${f.headPrefix.replace(/[\\%_]/g, "\\$&")}%`));
  if (f.mentorUserId) conditions.push(pairedWithUser(f.mentorUserId, f.on));
  if (f.agencyId) conditions.push(hasAgencyItem(f.agencyId));
  if (f.after)
    conditions.push(sql`(${povCase.areaCode}, ${povCase.id}) > (${f.after.areaCode}, ${f.after.id})`);
  const list = await db
    .select({ c: povCase, headName: household.headName, houseNo: household.houseNo })
    .from(povCase)
    .innerJoin(household, eq(household.id, povCase.householdId))
    .where(and(...conditions))
    .orderBy(asc(povCase.areaCode), asc(povCase.id))
    .limit(f.limit);
  return list.map((r) => ({ ...r.c, headName: r.headName, houseNo: r.houseNo }));
}

const pairedWithUser = (userId: string, on: string) =>
  sql`exists (select 1 from ${povPairing} p join ${povMentor} m on m.id = p.mentor_id
    where m.user_id = ${userId} and p.household_id = ${povCase.householdId}
    and p.start_on <= ${on} and (p.end_on is null or p.end_on > ${on}))`;

const hasAgencyItem = (agencyId: string) =>
  sql`exists (select 1 from ${povPlanItem} pi where pi.case_id = ${povCase.id} and pi.agency_id = ${agencyId})`;

export async function isPairedWithUser(
  db: Executor,
  userId: string,
  householdId: string,
  on: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: povPairing.id })
    .from(povPairing)
    .innerJoin(povMentor, eq(povMentor.id, povPairing.mentorId))
    .where(and(eq(povMentor.userId, userId), eq(povPairing.householdId, householdId), inForceOn(on)))
    .limit(1);
  return row !== undefined;
}

// Plan items and deliveries.

export async function insertPlanItem(db: Executor, row: PlanItemRow): Promise<void> {
  await db.insert(povPlanItem).values(row);
}

export type PlanItemWithMenu = PlanItemRow & {
  menuCode: string;
  menuNameTh: string;
  menuNameEn: string | null;
  unit: string;
  unitValueSatang: number;
  agencyCode: string;
  agencyNameTh: string;
};

export async function selectPlanItems(
  db: Executor,
  caseId: string,
  agencyId?: string | undefined,
): Promise<PlanItemWithMenu[]> {
  const conditions = [eq(povPlanItem.caseId, caseId)];
  if (agencyId) conditions.push(eq(povPlanItem.agencyId, agencyId));
  const list = await db
    .select({
      p: povPlanItem,
      menuCode: povMenuItem.code,
      menuNameTh: povMenuItem.nameTh,
      menuNameEn: povMenuItem.nameEn,
      unit: povMenuItem.unit,
      unitValueSatang: povMenuItem.unitValueSatang,
      agencyCode: povAgency.code,
      agencyNameTh: povAgency.nameTh,
    })
    .from(povPlanItem)
    .innerJoin(povMenuItem, eq(povMenuItem.id, povPlanItem.menuItemId))
    .innerJoin(povAgency, eq(povAgency.id, povPlanItem.agencyId))
    .where(and(...conditions))
    .orderBy(asc(povPlanItem.createdAt), asc(povPlanItem.id));
  return list.map(({ p, ...rest }) => ({ ...p, ...rest }));
}

export async function insertDelivery(db: Executor, row: DeliveryRow): Promise<void> {
  await db.insert(povDelivery).values(row);
}

export type DeliveryWithAgency = DeliveryRow & { agencyCode: string; agencyNameTh: string };

export async function selectDeliveries(
  db: Executor,
  caseId: string,
  planItemIds?: string[] | undefined,
): Promise<DeliveryWithAgency[]> {
  const conditions = [eq(povDelivery.caseId, caseId)];
  if (planItemIds) {
    if (planItemIds.length === 0) return [];
    conditions.push(inArray(povDelivery.planItemId, planItemIds));
  }
  const list = await db
    .select({ d: povDelivery, agencyCode: povAgency.code, agencyNameTh: povAgency.nameTh })
    .from(povDelivery)
    .innerJoin(povAgency, eq(povAgency.id, povDelivery.agencyId))
    .where(and(...conditions))
    .orderBy(asc(povDelivery.deliveredOn), asc(povDelivery.id));
  return list.map(({ d, ...rest }) => ({ ...d, ...rest }));
}

// Schemes, mentors, pairings, visits.

export async function insertScheme(db: Executor, row: SchemeRow): Promise<void> {
  await db.insert(povScheme).values(row);
}

export async function updateScheme(db: Executor, id: string, patch: Partial<SchemeRow>): Promise<void> {
  await db.update(povScheme).set(patch).where(eq(povScheme.id, id));
}

export async function findScheme(db: Executor, id: string): Promise<SchemeRow | undefined> {
  const [row] = await db.select().from(povScheme).where(eq(povScheme.id, id)).limit(1);
  return row;
}

export async function findSchemeByCode(db: Executor, code: string): Promise<SchemeRow | undefined> {
  const [row] = await db.select().from(povScheme).where(eq(povScheme.code, code)).limit(1);
  return row;
}

export async function selectSchemes(db: Executor): Promise<SchemeRow[]> {
  return db.select().from(povScheme).orderBy(asc(povScheme.code));
}

export async function insertMentor(db: Executor, row: MentorRow): Promise<void> {
  await db.insert(povMentor).values(row);
}

export async function findMentor(db: Executor, id: string): Promise<MentorRow | undefined> {
  const [row] = await db.select().from(povMentor).where(eq(povMentor.id, id)).limit(1);
  return row;
}

/** Serialises pairings of one mentor, so that two requests never both take the last place. */
export async function lockMentor(db: Executor, id: string): Promise<MentorRow | undefined> {
  const [row] = await db.select().from(povMentor).where(eq(povMentor.id, id)).for("update");
  return row;
}

export async function findMentorOfUser(db: Executor, userId: string): Promise<MentorRow | undefined> {
  const [row] = await db.select().from(povMentor).where(eq(povMentor.userId, userId)).limit(1);
  return row;
}

export async function selectMentorPage(
  db: Executor,
  f: { areaPrefix: string; afterId: string | undefined; limit: number },
): Promise<MentorRow[]> {
  const conditions = [like(povMentor.areaCode, `${f.areaPrefix}%`)];
  if (f.afterId) conditions.push(gt(povMentor.id, f.afterId));
  return db
    .select()
    .from(povMentor)
    .where(and(...conditions))
    .orderBy(asc(povMentor.id))
    .limit(f.limit);
}

/** Pairings of a scheme that involve the mentor or the household (the pure rule picks those in force). */
export async function selectPairingsFor(
  db: Executor,
  schemeId: string,
  mentorId: string,
  householdId: string,
): Promise<PairingRow[]> {
  return db
    .select()
    .from(povPairing)
    .where(
      and(
        eq(povPairing.schemeId, schemeId),
        or(eq(povPairing.mentorId, mentorId), eq(povPairing.householdId, householdId)),
      ),
    );
}

export async function insertPairing(db: Executor, row: PairingRow): Promise<void> {
  await db.insert(povPairing).values(row);
}

export async function findPairing(db: Executor, id: string): Promise<PairingRow | undefined> {
  const [row] = await db.select().from(povPairing).where(eq(povPairing.id, id)).limit(1);
  return row;
}

export async function updatePairingEnd(db: Executor, id: string, endOn: string): Promise<void> {
  await db.update(povPairing).set({ endOn }).where(eq(povPairing.id, id));
}

export type PairingWithHousehold = PairingRow & {
  schemeCode: string;
  schemeNameTh: string;
  schemeNameEn: string;
  mentorName: string;
  visitIntervalDays: number;
  headName: string;
  houseNo: string;
  caseId: string | null;
  stage: string | null;
};

/** Pairings of a mentor (or of the households of an area) in force on `on`, with the household and its open case. */
export async function selectPairingsInForce(
  db: Executor,
  f: {
    mentorId?: string | undefined;
    areaPrefix?: string | undefined;
    householdId?: string | undefined;
    on: string;
  },
): Promise<PairingWithHousehold[]> {
  const conditions = [inForceOn(f.on)];
  if (f.mentorId) conditions.push(eq(povPairing.mentorId, f.mentorId));
  if (f.areaPrefix !== undefined) conditions.push(like(povPairing.areaCode, `${f.areaPrefix}%`));
  if (f.householdId) conditions.push(eq(povPairing.householdId, f.householdId));
  const list = await db
    .select({
      p: povPairing,
      schemeCode: povScheme.code,
      schemeNameTh: povScheme.nameTh,
      schemeNameEn: povScheme.nameEn,
      mentorName: povMentor.name,
      visitIntervalDays: povScheme.visitIntervalDays,
      headName: household.headName,
      houseNo: household.houseNo,
      caseId: sql<
        string | null
      >`(select c.id from ${povCase} c where c.household_id = ${povPairing.householdId} and c.status = 'open' order by c.programme_year desc limit 1)`,
      stage: sql<
        string | null
      >`(select c.stage from ${povCase} c where c.household_id = ${povPairing.householdId} and c.status = 'open' order by c.programme_year desc limit 1)`,
    })
    .from(povPairing)
    .innerJoin(povScheme, eq(povScheme.id, povPairing.schemeId))
    .innerJoin(povMentor, eq(povMentor.id, povPairing.mentorId))
    .innerJoin(household, eq(household.id, povPairing.householdId))
    .where(and(...conditions))
    .orderBy(asc(povPairing.startOn), asc(povPairing.id))
    .limit(1000);
  return list.map(({ p, ...rest }) => ({ ...p, ...rest }));
}

export async function selectLastVisits(
  db: Executor,
  pairingIds: string[],
  on: string,
): Promise<{ pairingId: string; visitedOn: string }[]> {
  if (pairingIds.length === 0) return [];
  return db
    .select({ pairingId: povVisit.pairingId, visitedOn: sql<string>`max(${povVisit.visitedOn})::text` })
    .from(povVisit)
    .where(and(inArray(povVisit.pairingId, pairingIds), lte(povVisit.visitedOn, on)))
    .groupBy(povVisit.pairingId);
}

export async function insertVisit(db: Executor, row: VisitRow): Promise<void> {
  await db.insert(povVisit).values(row);
}

export async function selectVisitsOfHousehold(db: Executor, householdId: string, mentorId?: string) {
  const conditions = [eq(povVisit.householdId, householdId)];
  if (mentorId) conditions.push(eq(povVisit.mentorId, mentorId));
  return db
    .select({ v: povVisit, mentorName: povMentor.name })
    .from(povVisit)
    .innerJoin(povMentor, eq(povMentor.id, povVisit.mentorId))
    .where(and(...conditions))
    .orderBy(desc(povVisit.visitedOn), desc(povVisit.id))
    .limit(100);
}

export async function findVisit(db: Executor, id: string): Promise<VisitRow | undefined> {
  const [row] = await db.select().from(povVisit).where(eq(povVisit.id, id)).limit(1);
  return row;
}

/** The visits of one pairing, newest first (a mentor's list on "my households"). */
export async function selectVisitsOfPairing(db: Executor, pairingId: string) {
  return db
    .select({ v: povVisit, mentorName: povMentor.name })
    .from(povVisit)
    .innerJoin(povMentor, eq(povMentor.id, povVisit.mentorId))
    .where(eq(povVisit.pairingId, pairingId))
    .orderBy(desc(povVisit.visitedOn), desc(povVisit.id))
    .limit(100);
}

export async function findDelivery(db: Executor, id: string): Promise<DeliveryRow | undefined> {
  const [row] = await db.select().from(povDelivery).where(eq(povDelivery.id, id)).limit(1);
  return row;
}
