// SQL of complaints: complaints and their complainants, events, replies, categories, and the fund and area names they show.
import { and, asc, eq, inArray, like, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { cmpCategory, cmpComplainant, cmpComplaint, cmpEvent, cmpReply } from "../../../db/schema/complaints";
import { area, fund } from "../../../db/schema/index";
import type { Executor } from "../../platform/database";
import type { IsoDate } from "../../shared/thai-date";

export type ComplaintRow = typeof cmpComplaint.$inferSelect;
export type ComplainantRow = typeof cmpComplainant.$inferSelect;
export type EventRow = typeof cmpEvent.$inferSelect;
export type ReplyRow = typeof cmpReply.$inferSelect;
export type CategoryRow = typeof cmpCategory.$inferSelect;

export type ComplaintListRow = ComplaintRow & {
  fundName: string | null;
  areaName: string | null;
  officeName: string | null;
};

export async function insertComplaint(db: Executor, row: ComplaintRow): Promise<void> {
  await db.insert(cmpComplaint).values(row);
}

export async function insertComplainant(db: Executor, row: ComplainantRow): Promise<void> {
  await db.insert(cmpComplainant).values(row);
}

export async function insertEvent(db: Executor, row: EventRow): Promise<void> {
  await db.insert(cmpEvent).values(row);
}

export async function insertReply(db: Executor, row: ReplyRow): Promise<void> {
  await db.insert(cmpReply).values(row);
}

export async function referenceTaken(db: Executor, referenceNo: string): Promise<boolean> {
  const [row] = await db
    .select({ id: cmpComplaint.id })
    .from(cmpComplaint)
    .where(eq(cmpComplaint.referenceNo, referenceNo))
    .limit(1);
  return row !== undefined;
}

export async function findComplaint(
  db: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ComplaintRow | undefined> {
  const query = db.select().from(cmpComplaint).where(eq(cmpComplaint.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
}

export async function findByReference(
  db: Executor,
  referenceNo: string,
): Promise<{ complaint: ComplaintRow; phone: string | null } | undefined> {
  const [row] = await db
    .select({ complaint: cmpComplaint, phone: cmpComplainant.phone })
    .from(cmpComplaint)
    .leftJoin(cmpComplainant, eq(cmpComplainant.complaintId, cmpComplaint.id))
    .where(eq(cmpComplaint.referenceNo, referenceNo))
    .limit(1);
  return row;
}

export async function updateComplaint(
  db: Executor,
  id: string,
  patch: Partial<Omit<ComplaintRow, "id" | "referenceNo" | "anonymous">>,
): Promise<void> {
  await db.update(cmpComplaint).set(patch).where(eq(cmpComplaint.id, id));
}

const officeArea = alias(area, "office_area");

export interface ComplaintFilter {
  areaPrefix: string;
  status?: string | undefined;
  category?: string | undefined;
  fundId?: string | undefined;
  overdueOn?: IsoDate | undefined;
  notOverdueOn?: IsoDate | undefined;
  /** Keyset: (finished, due_on, id) after these values. */
  after?: { finished: number; dueOn: string; id: string } | undefined;
  limit: number;
}

const OPEN = ["received", "in_progress", "replied"];
const finishedRank = sql<number>`(case when ${cmpComplaint.status} in ('closed', 'rejected') then 1 else 0 end)`;

/**
 * Open complaints first, by due date (so the most overdue lead), then finished ones by due date; `id` breaks
 * ties for a stable keyset.
 */
export async function selectComplaintPage(db: Executor, f: ComplaintFilter): Promise<ComplaintListRow[]> {
  const conditions = [like(cmpComplaint.areaCode, `${f.areaPrefix}%`)];
  if (f.status === "open") conditions.push(inArray(cmpComplaint.status, OPEN));
  else if (f.status) conditions.push(eq(cmpComplaint.status, f.status));
  if (f.category) conditions.push(eq(cmpComplaint.category, f.category));
  if (f.fundId) conditions.push(eq(cmpComplaint.fundId, f.fundId));
  if (f.overdueOn) {
    conditions.push(inArray(cmpComplaint.status, OPEN), sql`${cmpComplaint.dueOn} < ${f.overdueOn}`);
  }
  if (f.notOverdueOn) {
    conditions.push(
      sql`(${cmpComplaint.status} not in ('received', 'in_progress', 'replied') or ${cmpComplaint.dueOn} >= ${f.notOverdueOn})`,
    );
  }
  if (f.after) {
    conditions.push(
      sql`(${finishedRank}, ${cmpComplaint.dueOn}, ${cmpComplaint.id}) > (${f.after.finished}, ${f.after.dueOn}, ${f.after.id})`,
    );
  }
  const rows = await db
    .select({
      complaint: cmpComplaint,
      fundName: fund.name,
      areaName: area.nameTh,
      officeName: officeArea.nameTh,
    })
    .from(cmpComplaint)
    .leftJoin(fund, eq(fund.id, cmpComplaint.fundId))
    .leftJoin(area, eq(area.code, cmpComplaint.areaCode))
    .leftJoin(officeArea, eq(officeArea.code, cmpComplaint.officeCode))
    .where(and(...conditions))
    .orderBy(finishedRank, asc(cmpComplaint.dueOn), asc(cmpComplaint.id))
    .limit(f.limit);
  return rows.map((r) => ({
    ...r.complaint,
    fundName: r.fundName,
    areaName: r.areaName,
    officeName: r.officeName,
  }));
}

export async function findComplaintWithNames(
  db: Executor,
  id: string,
): Promise<ComplaintListRow | undefined> {
  const [r] = await db
    .select({
      complaint: cmpComplaint,
      fundName: fund.name,
      areaName: area.nameTh,
      officeName: officeArea.nameTh,
    })
    .from(cmpComplaint)
    .leftJoin(fund, eq(fund.id, cmpComplaint.fundId))
    .leftJoin(area, eq(area.code, cmpComplaint.areaCode))
    .leftJoin(officeArea, eq(officeArea.code, cmpComplaint.officeCode))
    .where(eq(cmpComplaint.id, id))
    .limit(1);
  return r
    ? { ...r.complaint, fundName: r.fundName, areaName: r.areaName, officeName: r.officeName }
    : undefined;
}

/** Complainants of named complaints only: an anonymous complaint has no row to return. */
export async function selectComplainants(db: Executor, ids: readonly string[]): Promise<ComplainantRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(cmpComplainant)
    .innerJoin(cmpComplaint, eq(cmpComplaint.id, cmpComplainant.complaintId))
    .where(and(inArray(cmpComplainant.complaintId, [...ids]), eq(cmpComplaint.anonymous, false)))
    .then((rows) => rows.map((r) => r.cmp_complainant));
}

export async function selectEvents(db: Executor, complaintId: string): Promise<EventRow[]> {
  return db
    .select()
    .from(cmpEvent)
    .where(eq(cmpEvent.complaintId, complaintId))
    .orderBy(asc(cmpEvent.createdAt), asc(cmpEvent.id));
}

export async function selectReplies(
  db: Executor,
  complaintId: string,
  options: { publicOnly?: boolean } = {},
): Promise<ReplyRow[]> {
  const conditions = [eq(cmpReply.complaintId, complaintId)];
  if (options.publicOnly) conditions.push(eq(cmpReply.visibility, "public"));
  return db
    .select()
    .from(cmpReply)
    .where(and(...conditions))
    .orderBy(asc(cmpReply.createdAt), asc(cmpReply.id));
}

export async function selectStoredCategories(db: Executor): Promise<CategoryRow[]> {
  return db.select().from(cmpCategory).orderBy(asc(cmpCategory.sortOrder), asc(cmpCategory.code));
}

export async function findStoredCategory(db: Executor, code: string): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(cmpCategory).where(eq(cmpCategory.code, code)).limit(1);
  return row;
}

export async function upsertCategory(db: Executor, row: CategoryRow): Promise<void> {
  const { code: _code, ...rest } = row;
  await db.insert(cmpCategory).values(row).onConflictDoUpdate({ target: cmpCategory.code, set: rest });
}

/** The fund's village and name, for intake by anyone (households have no funds.read). */
export async function findFundBrief(
  db: Executor,
  fundId: string,
): Promise<{ id: string; areaCode: string; name: string; status: string } | undefined> {
  const [row] = await db
    .select({ id: fund.id, areaCode: fund.areaCode, name: fund.name, status: fund.status })
    .from(fund)
    .where(eq(fund.id, fundId))
    .limit(1);
  return row;
}

export async function areaExists(db: Executor, code: string): Promise<boolean> {
  const [row] = await db.select({ code: area.code }).from(area).where(eq(area.code, code)).limit(1);
  return row !== undefined;
}

/** Named complaints filed by this household account, newest first. */
export async function selectComplaintsFiledBy(db: Executor, userId: string): Promise<ComplaintRow[]> {
  return db
    .select({ complaint: cmpComplaint })
    .from(cmpComplaint)
    .innerJoin(cmpComplainant, eq(cmpComplainant.complaintId, cmpComplaint.id))
    .where(eq(cmpComplainant.userId, userId))
    .orderBy(sql`${cmpComplaint.receivedOn} desc`, sql`${cmpComplaint.id} desc`)
    .limit(100)
    .then((rows) => rows.map((r) => r.complaint));
}
