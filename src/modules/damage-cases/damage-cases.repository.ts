// SQL of damage cases: cases, people responsible, steps, documents, repayment instalments, recoveries, and which stored file a document has.
import { and, asc, desc, eq, isNull, like, sql } from "drizzle-orm";
import {
  dmgCase,
  dmgDocument,
  dmgInstalment,
  dmgPerson,
  dmgRecovery,
  dmgStep,
} from "../../../db/schema/complaints";
import { attachment, committeeMember, fund } from "../../../db/schema/index";
import type { Executor } from "../../platform/database";

export type CaseRow = typeof dmgCase.$inferSelect;
export type PersonRow = typeof dmgPerson.$inferSelect;
export type StepRow = typeof dmgStep.$inferSelect;
export type DocumentRow = typeof dmgDocument.$inferSelect;
export type InstalmentRow = typeof dmgInstalment.$inferSelect;
export type RecoveryRow = typeof dmgRecovery.$inferSelect;
export type CaseWithFund = CaseRow & { fundName: string };

export async function insertCase(db: Executor, row: CaseRow): Promise<void> {
  await db.insert(dmgCase).values(row);
}

export async function insertPersons(db: Executor, rows: PersonRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(dmgPerson).values(rows);
}

export async function insertStep(db: Executor, row: StepRow): Promise<void> {
  await db.insert(dmgStep).values(row);
}

export async function insertDocuments(db: Executor, rows: DocumentRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(dmgDocument).values(rows);
}

export async function replaceInstalments(db: Executor, caseId: string, rows: InstalmentRow[]): Promise<void> {
  await db.delete(dmgInstalment).where(eq(dmgInstalment.caseId, caseId));
  if (rows.length > 0) await db.insert(dmgInstalment).values(rows);
}

export async function insertRecovery(db: Executor, row: RecoveryRow): Promise<void> {
  await db.insert(dmgRecovery).values(row);
}

export async function updateCase(
  db: Executor,
  id: string,
  patch: Partial<Omit<CaseRow, "id" | "fundId" | "areaCode">>,
): Promise<void> {
  await db.update(dmgCase).set(patch).where(eq(dmgCase.id, id));
}

export async function findCase(
  db: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CaseRow | undefined> {
  const query = db.select().from(dmgCase).where(eq(dmgCase.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row;
}

export async function findCaseWithFund(db: Executor, id: string): Promise<CaseWithFund | undefined> {
  const [row] = await db
    .select({ c: dmgCase, fundName: fund.name })
    .from(dmgCase)
    .innerJoin(fund, eq(fund.id, dmgCase.fundId))
    .where(eq(dmgCase.id, id))
    .limit(1);
  return row ? { ...row.c, fundName: row.fundName } : undefined;
}

/** Newest discovery first; keyset on (discovered_on, id) descending. */
export async function selectCasePage(
  db: Executor,
  f: {
    areaPrefix: string;
    status?: string | undefined;
    fundId?: string | undefined;
    after?: { discoveredOn: string; id: string } | undefined;
    limit: number;
  },
): Promise<CaseWithFund[]> {
  const conditions = [like(dmgCase.areaCode, `${f.areaPrefix}%`)];
  if (f.status) conditions.push(eq(dmgCase.status, f.status));
  if (f.fundId) conditions.push(eq(dmgCase.fundId, f.fundId));
  if (f.after) {
    conditions.push(sql`(${dmgCase.discoveredOn}, ${dmgCase.id}) < (${f.after.discoveredOn}, ${f.after.id})`);
  }
  const rows = await db
    .select({ c: dmgCase, fundName: fund.name })
    .from(dmgCase)
    .innerJoin(fund, eq(fund.id, dmgCase.fundId))
    .where(and(...conditions))
    .orderBy(desc(dmgCase.discoveredOn), desc(dmgCase.id))
    .limit(f.limit);
  return rows.map((r) => ({ ...r.c, fundName: r.fundName }));
}

export async function selectPersons(db: Executor, caseId: string): Promise<PersonRow[]> {
  return db
    .select()
    .from(dmgPerson)
    .where(eq(dmgPerson.caseId, caseId))
    .orderBy(asc(dmgPerson.createdAt), asc(dmgPerson.id));
}

export async function selectSteps(db: Executor, caseId: string): Promise<StepRow[]> {
  return db
    .select()
    .from(dmgStep)
    .where(eq(dmgStep.caseId, caseId))
    .orderBy(asc(dmgStep.createdAt), asc(dmgStep.id));
}

export interface DocumentFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}
export type DocumentWithFile = DocumentRow & { file: DocumentFile | null };

/** The case's documents with their live file (a file deleted through the attachments API no longer shows). */
export async function selectDocuments(db: Executor, caseId: string): Promise<DocumentWithFile[]> {
  const found = await db
    .select({
      document: dmgDocument,
      fileId: attachment.id,
      fileName: attachment.fileName,
      mediaType: attachment.mediaType,
      sizeBytes: attachment.sizeBytes,
    })
    .from(dmgDocument)
    .leftJoin(attachment, and(eq(attachment.id, dmgDocument.attachmentId), isNull(attachment.deletedAt)))
    .where(eq(dmgDocument.caseId, caseId))
    .orderBy(asc(dmgDocument.docDate), asc(dmgDocument.id));
  return found.map((r) => ({
    ...r.document,
    file:
      r.fileId && r.fileName && r.mediaType && r.sizeBytes !== null
        ? { id: r.fileId, fileName: r.fileName, mediaType: r.mediaType, sizeBytes: r.sizeBytes }
        : null,
  }));
}

/** One document of a case, with its live file; locked when the caller is about to change its file. */
export async function findDocument(
  db: Executor,
  caseId: string,
  documentId: string,
  forUpdate = false,
): Promise<DocumentWithFile | undefined> {
  if (forUpdate) {
    await db
      .select({ id: dmgDocument.id })
      .from(dmgDocument)
      .where(and(eq(dmgDocument.id, documentId), eq(dmgDocument.caseId, caseId)))
      .for("update");
  }
  return (await selectDocuments(db, caseId)).find((d) => d.id === documentId);
}

export async function setDocumentAttachment(
  db: Executor,
  documentId: string,
  attachmentId: string | null,
): Promise<void> {
  await db.update(dmgDocument).set({ attachmentId }).where(eq(dmgDocument.id, documentId));
}

export async function selectInstalments(db: Executor, caseId: string): Promise<InstalmentRow[]> {
  return db
    .select()
    .from(dmgInstalment)
    .where(eq(dmgInstalment.caseId, caseId))
    .orderBy(asc(dmgInstalment.seq));
}

export async function selectRecoveries(db: Executor, caseId: string): Promise<RecoveryRow[]> {
  return db
    .select()
    .from(dmgRecovery)
    .where(eq(dmgRecovery.caseId, caseId))
    .orderBy(asc(dmgRecovery.receivedOn), asc(dmgRecovery.createdAt));
}

export async function findRecoveryByEntry(
  db: Executor,
  journalEntryId: string,
): Promise<RecoveryRow | undefined> {
  const [row] = await db
    .select()
    .from(dmgRecovery)
    .where(eq(dmgRecovery.journalEntryId, journalEntryId))
    .limit(1);
  return row;
}

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

export async function isCommitteeMemberOfFund(
  db: Executor,
  memberId: string,
  fundId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: committeeMember.id })
    .from(committeeMember)
    .where(and(eq(committeeMember.id, memberId), eq(committeeMember.fundId, fundId)))
    .limit(1);
  return row !== undefined;
}
