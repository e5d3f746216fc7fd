// Test support only (imported by *.test.ts): writes loans, their schedule versions and instalments straight into the tables.
import { inArray, sql } from "drizzle-orm";
import { loan, loanInstalment, loanVersion } from "../../../db/schema/index";
import { type Executor, rows } from "../../platform/database";
import type { LoanState } from "../loans/index";

export interface FixtureLoan {
  id: string;
  fundId: string;
  areaCode: string;
  loanNo: string;
  /** The current schedule version with what has been paid; older versions get a decoy instalment. */
  state: LoanState;
  /** The product snapshot (graceDays is read from it). */
  product: Record<string, unknown>;
  householdId?: string | null;
}

/** A decoy in every superseded version: long overdue and unpaid, so reading an old version shows. */
const DECOY_DUE_ON = "2000-01-31";

export async function insertFixtureLoans(
  db: Executor,
  loans: readonly FixtureLoan[],
  at: Date,
): Promise<void> {
  if (loans.length === 0) return;
  const loanRows: Array<typeof loan.$inferInsert> = [];
  const versionRows: Array<typeof loanVersion.$inferInsert> = [];
  const instalmentRows: Array<typeof loanInstalment.$inferInsert> = [];
  for (const f of loans) {
    const s = f.state;
    const principal = s.instalments.reduce((n, i) => n + i.principalSatang, 0);
    const interest = s.instalments.reduce((n, i) => n + i.interestSatang, 0);
    const unpaidPrincipal = s.instalments.reduce((n, i) => n + i.principalSatang - i.paidPrincipalSatang, 0);
    const unpaidInterest = s.instalments.reduce(
      (n, i) => n + i.interestSatang - i.paidInterestSatang - i.waivedInterestSatang,
      0,
    );
    const open = s.status === "active";
    loanRows.push({
      id: f.id,
      fundId: f.fundId,
      areaCode: f.areaCode,
      householdId: f.householdId ?? null,
      borrowerName: `ผู้ยืม ${f.loanNo}`,
      loanNo: f.loanNo,
      sourceType: "manual",
      product: f.product,
      principalSatang: Math.max(1, principal),
      status: s.status,
      contractedOn: s.startsOn,
      disbursedOn: s.startsOn,
      currentVersionNo: s.versionNo,
      outstandingPrincipalSatang: open ? unpaidPrincipal : 0,
      outstandingInterestSatang: open ? unpaidInterest : 0,
      writtenOffOn: s.status === "written_off" ? s.startsOn : null,
      writeOffSatang: s.status === "written_off" ? unpaidPrincipal : null,
      createdAt: at,
      updatedAt: at,
    });
    for (let v = 1; v < s.versionNo; v++) {
      versionRows.push({
        loanId: f.id,
        versionNo: v,
        startsOn: "2000-01-01",
        plan: { decoy: true },
        principalSatang: 100,
        interestSatang: 0,
        createdAt: at,
      });
      instalmentRows.push({
        loanId: f.id,
        versionNo: v,
        seq: 1,
        dueOn: DECOY_DUE_ON,
        principalSatang: 100,
        interestSatang: 0,
      });
    }
    versionRows.push({
      loanId: f.id,
      versionNo: s.versionNo,
      startsOn: s.startsOn,
      plan: { fixture: true },
      principalSatang: principal,
      interestSatang: interest,
      reason: s.postponement?.reason ?? null,
      resolutionRef: s.postponement?.resolutionRef ?? null,
      createdAt: at,
    });
    for (const i of s.instalments) {
      instalmentRows.push({
        loanId: f.id,
        versionNo: s.versionNo,
        seq: i.seq,
        dueOn: i.dueOn,
        principalSatang: i.principalSatang,
        interestSatang: i.interestSatang,
        paidPrincipalSatang: i.paidPrincipalSatang,
        paidInterestSatang: i.paidInterestSatang,
        waivedInterestSatang: i.waivedInterestSatang,
      });
    }
  }
  await db.insert(loan).values(loanRows);
  await db.insert(loanVersion).values(versionRows);
  for (let k = 0; k < instalmentRows.length; k += 1_000)
    await db.insert(loanInstalment).values(instalmentRows.slice(k, k + 1_000));
}

export interface StoredClassification {
  id: string;
  classification: string | null;
  daysPastDue: number;
  nextDueOn: string | null;
  classifiedOn: string | null;
}

export async function selectClassifications(
  db: Executor,
  ids: readonly string[],
): Promise<StoredClassification[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: loan.id,
      classification: loan.classification,
      daysPastDue: loan.daysPastDue,
      nextDueOn: loan.nextDueOn,
      classifiedOn: loan.classifiedOn,
    })
    .from(loan)
    .where(inArray(loan.id, [...ids]));
}

/** Count of rows in a table matching a condition: for "nothing was written" checks. */
export async function countRows(db: Executor, table: string, where = "true"): Promise<number> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`bad table ${table}`);
  const [r] = await rows<{ n: number }>(
    db,
    sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`),
  );
  return r?.n ?? 0;
}

/** Sets a loan's repayment state by hand (what a repayment use case would have done), for day-to-day tests. */
export async function markInstalmentPaid(
  db: Executor,
  loanId: string,
  versionNo: number,
  seq: number,
): Promise<void> {
  await db.execute(sql`
    UPDATE loan_instalment SET paid_principal_satang = principal_satang,
           paid_interest_satang = interest_satang - waived_interest_satang
     WHERE loan_id = ${loanId}::uuid AND version_no = ${versionNo} AND seq = ${seq}`);
  await db.execute(sql`
    UPDATE loan SET outstanding_principal_satang = (
      SELECT coalesce(sum(principal_satang - paid_principal_satang), 0) FROM loan_instalment
       WHERE loan_id = ${loanId}::uuid AND version_no = ${versionNo})
     WHERE id = ${loanId}::uuid`);
}
