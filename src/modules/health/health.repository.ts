// SQL of the daily job (set-based loan classification, fund aggregates, fund_health upserts, job_run) and the health reads.
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { jobRun } from "../../../db/schema/index";
import { type Executor, parseTimestamp, rows } from "../../platform/database";
import { LOAN_CLASSES, type LoanClass } from "../loans/index";
import { DEFAULTED_CLASS, emptyClassCounts, type FundAggregate, type FundHealthValues } from "./health-rules";

export type JobRunRow = typeof jobRun.$inferSelect;

/** Class names are constants of the loans module; checked anyway because they are spliced into SQL. */
function classColumn(c: LoanClass, expression: string): SQL {
  if (!/^[a-z0-9_]+$/.test(c)) throw new Error(`bad class name ${c}`);
  return sql.raw(`${expression.replace("$c", `'${c}'`)} AS "c_${c}"`);
}

/** The id `size` loans after `from` (inclusive), in id order: the start of the next batch, or null at the end. */
export async function nextBatchStart(
  db: Executor,
  from: string | null,
  size: number,
): Promise<string | null> {
  const found = await rows<{ id: string }>(
    db,
    sql`SELECT id::text AS id FROM loan ${from ? sql`WHERE id >= ${from}::uuid` : sql``}
        ORDER BY id OFFSET ${size} LIMIT 1`,
  );
  return found[0]?.id ?? null;
}

/**
 * Settings for the job's big statements, for the current transaction only: more work_mem, because the
 * aggregates hash up to a batch of loans at once; no JIT, whose compile time (~0.3 s a statement) costs more
 * than it saves on these plans.
 */
export async function tuneJobTransaction(tx: Executor, workMemMegabytes: number): Promise<void> {
  await tx.execute(sql.raw(`SET LOCAL work_mem = '${Math.trunc(workMemMegabytes)}MB'`));
  await tx.execute(sql.raw("SET LOCAL jit = off"));
}

export interface ClassifyBatch {
  businessDate: string;
  dueSoonDays: number;
  /** Loans with from ≤ id < to; null = unbounded. */
  from: string | null;
  to: string | null;
}

/**
 * Classifies the loans of one id range in one statement, exactly as `classifyLoan` does (the cross-check
 * test holds the two together): the oldest unpaid instalment of the loan's current schedule version gives
 * days past due (after the product's graceDays) and the next due date; a current version above 1 is a
 * rescheduling (ผ่อนผัน). Only rows whose classification, days past due or next due date change are written.
 */
export async function classifyLoanBatch(
  db: Executor,
  b: ClassifyBatch,
): Promise<{ candidates: number; changed: number }> {
  const range = (column: SQL) =>
    sql`${b.from ? sql`AND ${column} >= ${b.from}::uuid` : sql``} ${b.to ? sql`AND ${column} < ${b.to}::uuid` : sql``}`;
  const day = sql`${b.businessDate}::date`;
  const [result] = await rows<{ candidates: number; changed: number }>(
    db,
    sql`
    WITH unpaid AS (
      SELECT i.loan_id, i.version_no, min(i.due_on) AS oldest_due_on
        FROM loan_instalment i
       WHERE (i.principal_satang - i.paid_principal_satang)
           + (i.interest_satang - i.paid_interest_satang - i.waived_interest_satang) > 0
             ${range(sql`i.loan_id`)}
       GROUP BY i.loan_id, i.version_no
    ),
    measured AS (
      SELECT l.id, l.status, l.current_version_no, u.oldest_due_on,
             l.classification AS old_class, l.days_past_due AS old_dpd, l.next_due_on AS old_next_due_on,
             CASE WHEN u.oldest_due_on IS NULL THEN 0
                  ELSE greatest(0, ${day} - (u.oldest_due_on + (
                    SELECT CASE WHEN jsonb_typeof(g) = 'number' THEN floor(g::numeric)::int ELSE 0 END
                      FROM (SELECT l.product -> 'graceDays' AS g) grace)))
             END AS dpd
        FROM loan l
        LEFT JOIN unpaid u
          ON u.loan_id = l.id AND u.version_no = l.current_version_no AND l.status = 'active'
       WHERE l.status IN ('active', 'closed', 'written_off') ${range(sql`l.id`)}
      -- A fence: without it the planner inlines dpd into every branch below and reads the jsonb ten times a row.
      OFFSET 0
    ),
    computed AS (
      SELECT id, old_class, old_dpd, old_next_due_on,
             CASE
               WHEN status = 'written_off' THEN 'written_off'
               WHEN status = 'closed' OR oldest_due_on IS NULL THEN 'closed'
               WHEN dpd > 365 THEN 'overdue_over_365'
               WHEN dpd > 90 THEN 'overdue_91_365'
               WHEN dpd > 30 THEN 'overdue_31_90'
               WHEN dpd > 0 THEN 'overdue_1_30'
               WHEN current_version_no > 1 THEN 'postponed'
               WHEN oldest_due_on - ${day} <= ${b.dueSoonDays}::int THEN 'due_soon'
               ELSE 'current'
             END AS loan_class,
             CASE WHEN status = 'active' AND oldest_due_on IS NOT NULL THEN dpd ELSE 0 END AS dpd,
             CASE WHEN status = 'active' THEN oldest_due_on END AS next_due_on
        FROM measured
    ),
    todo AS (
      SELECT * FROM computed
       WHERE old_class IS DISTINCT FROM loan_class OR old_dpd IS DISTINCT FROM dpd
          OR old_next_due_on IS DISTINCT FROM next_due_on
    ),
    changed AS (
      -- The comparison is repeated on the row itself: if a loans use case changed it meanwhile, PostgreSQL
      -- re-checks it against the newer row before writing.
      UPDATE loan
         SET classification = c.loan_class, days_past_due = c.dpd, next_due_on = c.next_due_on,
             classified_on = ${day}
        FROM todo c
       WHERE loan.id = c.id ${range(sql`loan.id`)}
         AND (loan.classification IS DISTINCT FROM c.loan_class
              OR loan.days_past_due IS DISTINCT FROM c.dpd
              OR loan.next_due_on IS DISTINCT FROM c.next_due_on)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM measured)::int AS candidates, (SELECT count(*) FROM changed)::int AS changed`,
  );
  return result ?? { candidates: 0, changed: 0 };
}

interface AggregateRow {
  fundId: string;
  areaCode: string;
  originalCapitalSatang: number;
  loansActive: number | null;
  outstandingSatang: number | null;
  atRisk30Satang: number | null;
  defaultedSatang: number | null;
  defaultedLoans: number | null;
  fallenDueSatang: number | null;
  collectedSatang: number | null;
  bankSatang: number | null;
  cashSatang: number | null;
  hasCommitteeInOffice: boolean;
  [column: `c_${string}`]: number | null;
}

/**
 * Per fund, as of the business date: active loans and their outstanding principal (all, > 30 days past due,
 * defaulted), class counts, what fell due in the fiscal year so far and what was paid on it, bank and cash
 * balances from the journal (debit-normal: debits − credits up to the date), and whether a committee set's
 * term covers the date. Reads the classification the batches have just written.
 */
export async function selectFundAggregates(
  db: Executor,
  p: { businessDate: string; fiscalYearStart: string },
): Promise<FundAggregate[]> {
  const day = sql`${p.businessDate}::date`;
  const classCounts = sql.join(
    LOAN_CLASSES.map((c) => classColumn(c, "count(*) FILTER (WHERE classification = $c)::int")),
    sql`, `,
  );
  const classPicks = sql.join(
    LOAN_CLASSES.map((c) => sql.raw(`ls."c_${c}"`)),
    sql`, `,
  );
  const found = await rows<AggregateRow>(
    db,
    sql`
    WITH ls AS (
      SELECT fund_id,
             count(*) FILTER (WHERE status = 'active')::int AS loans_active,
             coalesce(sum(outstanding_principal_satang) FILTER (WHERE status = 'active'), 0)::bigint AS outstanding,
             coalesce(sum(outstanding_principal_satang)
               FILTER (WHERE status = 'active' AND days_past_due > 30), 0)::bigint AS at_risk_30,
             coalesce(sum(outstanding_principal_satang)
               FILTER (WHERE status = 'active' AND classification = ${DEFAULTED_CLASS}), 0)::bigint AS defaulted,
             count(*) FILTER (WHERE status = 'active' AND classification = ${DEFAULTED_CLASS})::int AS defaulted_loans,
             ${classCounts}
        FROM loan
       WHERE classification IS NOT NULL OR status = 'active'
       GROUP BY fund_id
    ),
    dues AS (
      -- Joining the instalments to their loans (rather than aggregating per loan first) lets PostgreSQL build
      -- one shared parallel hash.
      SELECT l.fund_id,
             sum(i.principal_satang + i.interest_satang - i.waived_interest_satang)::bigint AS fallen_due,
             sum(i.paid_principal_satang + i.paid_interest_satang)::bigint AS collected
        FROM loan_instalment i
        JOIN loan l ON l.id = i.loan_id AND l.current_version_no = i.version_no
       WHERE i.due_on >= ${p.fiscalYearStart}::date AND i.due_on <= ${day}
         AND l.status IN ('active', 'closed', 'written_off')
       GROUP BY l.fund_id
    ),
    per_account AS (
      -- Every line of all time, summed per account first (cheap to hash), then the entries dated after the
      -- business date taken back out: there are few of those, and this avoids joining every line to its entry.
      SELECT account_id, sum(debit_satang - credit_satang) AS net FROM journal_line GROUP BY account_id
      UNION ALL
      SELECT jl.account_id, -sum(jl.debit_satang - jl.credit_satang)
        FROM journal_entry e JOIN journal_line jl ON jl.entry_id = e.id
       WHERE e.entry_date > ${day}
       GROUP BY jl.account_id
    ),
    money AS (
      SELECT a.fund_id,
             coalesce(sum(t.net) FILTER (WHERE a.role = 'bank'), 0)::bigint AS bank,
             coalesce(sum(t.net) FILTER (WHERE a.role = 'cash'), 0)::bigint AS cash
        FROM per_account t
        JOIN ledger_account a ON a.id = t.account_id
       WHERE a.role IN ('bank', 'cash')
       GROUP BY a.fund_id
    )
    SELECT f.id::text AS "fundId", f.area_code AS "areaCode",
           f.original_capital_satang AS "originalCapitalSatang",
           ls.loans_active AS "loansActive", ls.outstanding AS "outstandingSatang",
           ls.at_risk_30 AS "atRisk30Satang", ls.defaulted AS "defaultedSatang",
           ls.defaulted_loans AS "defaultedLoans",
           dues.fallen_due AS "fallenDueSatang", dues.collected AS "collectedSatang",
           money.bank AS "bankSatang", money.cash AS "cashSatang",
           EXISTS (SELECT 1 FROM committee_set s
                    WHERE s.fund_id = f.id AND s.term_start <= ${day} AND s.term_end >= ${day})
             AS "hasCommitteeInOffice",
           ${classPicks}
      FROM fund f
      LEFT JOIN ls ON ls.fund_id = f.id
      LEFT JOIN dues ON dues.fund_id = f.id
      LEFT JOIN money ON money.fund_id = f.id
     ORDER BY f.id`,
  );
  return found.map((r) => {
    const classCounts = emptyClassCounts();
    for (const c of LOAN_CLASSES) classCounts[c] = r[`c_${c}`] ?? 0;
    return {
      fundId: r.fundId,
      areaCode: r.areaCode,
      originalCapitalSatang: r.originalCapitalSatang,
      loansActive: r.loansActive ?? 0,
      outstandingSatang: r.outstandingSatang ?? 0,
      atRisk30Satang: r.atRisk30Satang ?? 0,
      defaultedSatang: r.defaultedSatang ?? 0,
      defaultedLoans: r.defaultedLoans ?? 0,
      fallenDueSatang: r.fallenDueSatang ?? 0,
      collectedSatang: r.collectedSatang ?? 0,
      bankSatang: r.bankSatang ?? 0,
      cashSatang: r.cashSatang ?? 0,
      hasCommitteeInOffice: r.hasCommitteeInOffice,
      classCounts,
    };
  });
}

/**
 * Writes one fund_health row per fund (insert or replace). A row whose figures are unchanged is left alone,
 * computed_at included, so a second run for the same date changes nothing. Returns how many rows changed.
 */
export async function upsertFundHealth(
  db: Executor,
  values: readonly FundHealthValues[],
  asOf: string,
  computedAt: Date,
): Promise<number> {
  if (values.length === 0) return 0;
  const json = JSON.stringify(
    values.map((v) => ({
      fund_id: v.fundId,
      area_code: v.areaCode,
      loans_active: v.loansActive,
      outstanding_satang: v.outstandingSatang,
      at_risk_30_satang: v.atRisk30Satang,
      par30_bp: v.par30Bp,
      repayment_rate_bp: v.repaymentRateBp,
      bank_satang: v.bankSatang,
      cash_satang: v.cashSatang,
      idle_bp: v.idleBp,
      defaulted_satang: v.defaultedSatang,
      missing_satang: v.missingSatang,
      class_counts: v.classCounts,
      at_risk: v.atRisk,
    })),
  );
  const changed = await rows<{ fund_id: string }>(
    db,
    sql`
    INSERT INTO fund_health (fund_id, area_code, as_of, loans_active, outstanding_satang, at_risk_30_satang,
                             par30_bp, repayment_rate_bp, bank_satang, cash_satang, idle_bp, defaulted_satang,
                             missing_satang, class_counts, at_risk, computed_at)
    SELECT x.fund_id, x.area_code, ${asOf}::date, x.loans_active, x.outstanding_satang, x.at_risk_30_satang,
           x.par30_bp, x.repayment_rate_bp, x.bank_satang, x.cash_satang, x.idle_bp, x.defaulted_satang,
           x.missing_satang, x.class_counts, x.at_risk, ${computedAt.toISOString()}::timestamptz
      FROM jsonb_to_recordset(${json}::jsonb) AS x(
             fund_id uuid, area_code varchar(8), loans_active int, outstanding_satang bigint,
             at_risk_30_satang bigint, par30_bp int, repayment_rate_bp int, bank_satang bigint,
             cash_satang bigint, idle_bp int, defaulted_satang bigint, missing_satang bigint,
             class_counts jsonb, at_risk jsonb)
    ON CONFLICT (fund_id) DO UPDATE SET
           area_code = excluded.area_code, as_of = excluded.as_of, loans_active = excluded.loans_active,
           outstanding_satang = excluded.outstanding_satang, at_risk_30_satang = excluded.at_risk_30_satang,
           par30_bp = excluded.par30_bp, repayment_rate_bp = excluded.repayment_rate_bp,
           bank_satang = excluded.bank_satang, cash_satang = excluded.cash_satang, idle_bp = excluded.idle_bp,
           defaulted_satang = excluded.defaulted_satang, missing_satang = excluded.missing_satang,
           class_counts = excluded.class_counts, at_risk = excluded.at_risk, computed_at = excluded.computed_at
     WHERE (fund_health.area_code, fund_health.as_of, fund_health.loans_active, fund_health.outstanding_satang,
            fund_health.at_risk_30_satang, fund_health.par30_bp, fund_health.repayment_rate_bp,
            fund_health.bank_satang, fund_health.cash_satang, fund_health.idle_bp, fund_health.defaulted_satang,
            fund_health.missing_satang, fund_health.class_counts, fund_health.at_risk)
           IS DISTINCT FROM
           (excluded.area_code, excluded.as_of, excluded.loans_active, excluded.outstanding_satang,
            excluded.at_risk_30_satang, excluded.par30_bp, excluded.repayment_rate_bp,
            excluded.bank_satang, excluded.cash_satang, excluded.idle_bp, excluded.defaulted_satang,
            excluded.missing_satang, excluded.class_counts, excluded.at_risk)
    RETURNING fund_id`,
  );
  return changed.length;
}

// Job runs.

/** Serialises job starts across processes for the rest of the transaction. */
export async function lockJob(tx: Executor, job: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`kaejon.job.${job}`}))`);
}

export async function findRunningRun(db: Executor, job: string): Promise<JobRunRow | undefined> {
  const [row] = await db
    .select()
    .from(jobRun)
    .where(and(eq(jobRun.job, job), eq(jobRun.status, "running")))
    .orderBy(desc(jobRun.startedAt))
    .limit(1);
  return row;
}

export async function insertJobRun(db: Executor, row: typeof jobRun.$inferInsert): Promise<void> {
  await db.insert(jobRun).values(row);
}

export async function finishJobRun(
  db: Executor,
  id: string,
  patch: { status: "succeeded" | "failed"; counts?: Record<string, number> | null; error?: string | null },
  finishedAt: Date,
): Promise<void> {
  await db
    .update(jobRun)
    .set({ status: patch.status, counts: patch.counts ?? null, error: patch.error ?? null, finishedAt })
    .where(eq(jobRun.id, id));
}

export async function hasSucceededRun(db: Executor, job: string, businessDate: string): Promise<boolean> {
  const [row] = await db
    .select({ id: jobRun.id })
    .from(jobRun)
    .where(and(eq(jobRun.job, job), eq(jobRun.businessDate, businessDate), eq(jobRun.status, "succeeded")))
    .limit(1);
  return row !== undefined;
}

export async function findJobRun(db: Executor, id: string): Promise<JobRunRow | undefined> {
  const [row] = await db.select().from(jobRun).where(eq(jobRun.id, id)).limit(1);
  return row;
}

// Reads.

export interface FundHealthRow {
  fundId: string;
  areaCode: string;
  fundName: string;
  fundType: string;
  originalCapitalSatang: number;
  asOf: string;
  loansActive: number;
  outstandingSatang: number;
  atRisk30Satang: number;
  par30Bp: number;
  repaymentRateBp: number | null;
  bankSatang: number;
  cashSatang: number;
  idleBp: number;
  defaultedSatang: number;
  missingSatang: number;
  classCounts: Record<string, number>;
  atRisk: string[];
  computedAt: Date;
}

const HEALTH_COLUMNS = sql`
  h.fund_id::text AS "fundId", h.area_code AS "areaCode", f.name AS "fundName", f.fund_type AS "fundType",
  f.original_capital_satang AS "originalCapitalSatang", h.as_of::text AS "asOf",
  h.loans_active AS "loansActive", h.outstanding_satang AS "outstandingSatang",
  h.at_risk_30_satang AS "atRisk30Satang", h.par30_bp AS "par30Bp", h.repayment_rate_bp AS "repaymentRateBp",
  h.bank_satang AS "bankSatang", h.cash_satang AS "cashSatang", h.idle_bp AS "idleBp",
  h.defaulted_satang AS "defaultedSatang", h.missing_satang AS "missingSatang",
  h.class_counts AS "classCounts", h.at_risk AS "atRisk", h.computed_at::text AS "computedAt"`;

type RawHealthRow = Omit<FundHealthRow, "computedAt"> & { computedAt: string };
const toRow = (r: RawHealthRow): FundHealthRow => ({ ...r, computedAt: parseTimestamp(r.computedAt)! });

export async function findFundHealth(db: Executor, fundId: string): Promise<FundHealthRow | undefined> {
  const found = await rows<RawHealthRow>(
    db,
    sql`SELECT ${HEALTH_COLUMNS} FROM fund_health h JOIN fund f ON f.id = h.fund_id WHERE h.fund_id = ${fundId}::uuid`,
  );
  return found[0] ? toRow(found[0]) : undefined;
}

export interface HealthPageFilter {
  areaPrefix: string;
  atRisk?: boolean | undefined;
  after?: { areaCode: string; fundId: string } | undefined;
  limit: number;
}

/**
 * A keyset page of fund health in an area, in (area code, fund id) order. The ordering and the cursor use the
 * pattern operators (~<~, ~>=~) so that fund_health_area_prefix_idx (varchar_pattern_ops) serves the prefix,
 * the cursor and the order alike; area_code is COLLATE "C", so this is the same byte order as `<`.
 */
export async function selectFundHealthPage(db: Executor, f: HealthPageFilter): Promise<FundHealthRow[]> {
  const conditions: SQL[] = [sql`h.area_code LIKE ${`${f.areaPrefix}%`}`];
  if (f.atRisk === true) conditions.push(sql`jsonb_array_length(h.at_risk) > 0`);
  if (f.atRisk === false) conditions.push(sql`jsonb_array_length(h.at_risk) = 0`);
  if (f.after) {
    conditions.push(
      sql`h.area_code ~>=~ ${f.after.areaCode}`,
      sql`(h.area_code ~>~ ${f.after.areaCode} OR h.fund_id > ${f.after.fundId}::uuid)`,
    );
  }
  const found = await rows<RawHealthRow>(
    db,
    sql`SELECT ${HEALTH_COLUMNS}
          FROM fund_health h JOIN fund f ON f.id = h.fund_id
         WHERE ${sql.join(conditions, sql` AND `)}
         ORDER BY h.area_code USING ~<~, h.fund_id
         LIMIT ${f.limit}`,
  );
  return found.map(toRow);
}

export interface HealthSummaryRow {
  funds: number;
  fundsAtRisk: number;
  capitalSatang: number;
  loansActive: number;
  outstandingSatang: number;
  atRisk30Satang: number;
  defaultedSatang: number;
  missingSatang: number;
  bankSatang: number;
  cashSatang: number;
  oldestAsOf: string | null;
  newestAsOf: string | null;
  classCounts: Record<LoanClass, number>;
  reasonCounts: Record<string, number>;
}

/** Totals over the fund_health rows of an area (never the loans themselves). */
export async function selectHealthSummary(
  db: Executor,
  areaPrefix: string,
  reasons: readonly string[],
): Promise<HealthSummaryRow> {
  const classSums = sql.join(
    LOAN_CLASSES.map((c) => classColumn(c, "coalesce(sum((h.class_counts ->> $c)::bigint), 0)::bigint")),
    sql`, `,
  );
  const reasonCounts = sql.join(
    reasons.map(
      (r, k) =>
        sql`count(*) FILTER (WHERE h.at_risk @> ${JSON.stringify([r])}::jsonb)::int AS ${sql.raw(`"r_${k}"`)}`,
    ),
    sql`, `,
  );
  const [r] = await rows<Record<string, number | string | null>>(
    db,
    sql`SELECT count(*)::int AS funds,
               count(*) FILTER (WHERE jsonb_array_length(h.at_risk) > 0)::int AS "fundsAtRisk",
               coalesce(sum(f.original_capital_satang), 0)::bigint AS "capitalSatang",
               coalesce(sum(h.loans_active), 0)::bigint AS "loansActive",
               coalesce(sum(h.outstanding_satang), 0)::bigint AS "outstandingSatang",
               coalesce(sum(h.at_risk_30_satang), 0)::bigint AS "atRisk30Satang",
               coalesce(sum(h.defaulted_satang), 0)::bigint AS "defaultedSatang",
               coalesce(sum(h.missing_satang), 0)::bigint AS "missingSatang",
               coalesce(sum(h.bank_satang), 0)::bigint AS "bankSatang",
               coalesce(sum(h.cash_satang), 0)::bigint AS "cashSatang",
               min(h.as_of)::text AS "oldestAsOf", max(h.as_of)::text AS "newestAsOf",
               ${classSums}, ${reasonCounts}
          FROM fund_health h JOIN fund f ON f.id = h.fund_id
         WHERE h.area_code LIKE ${`${areaPrefix}%`}`,
  );
  const row = r ?? {};
  const num = (key: string) => Number(row[key] ?? 0);
  const classCounts = emptyClassCounts();
  for (const c of LOAN_CLASSES) classCounts[c] = num(`c_${c}`);
  return {
    funds: num("funds"),
    fundsAtRisk: num("fundsAtRisk"),
    capitalSatang: num("capitalSatang"),
    loansActive: num("loansActive"),
    outstandingSatang: num("outstandingSatang"),
    atRisk30Satang: num("atRisk30Satang"),
    defaultedSatang: num("defaultedSatang"),
    missingSatang: num("missingSatang"),
    bankSatang: num("bankSatang"),
    cashSatang: num("cashSatang"),
    oldestAsOf: (row.oldestAsOf as string | null) ?? null,
    newestAsOf: (row.newestAsOf as string | null) ?? null,
    classCounts,
    reasonCounts: Object.fromEntries(reasons.map((reason, k) => [reason, num(`r_${k}`)])),
  };
}
