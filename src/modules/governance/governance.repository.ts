// SQL of governance: bank reconciliations, the set-based daily risk recomputation and its reads, assessments and the evidence their system items read.
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { govAssessment, govAssessmentItem, govBankReconciliation } from "../../../db/schema/governance";
import { type Executor, rows } from "../../platform/database";
import type { AssessmentEvidence } from "./assessment-rules";
import { RISK_FACTORS, type RiskConfig, type RiskFactorConfig, type RiskFactorValue } from "./risk-rules";

export type ReconciliationRow = typeof govBankReconciliation.$inferSelect;
export type AssessmentRow = typeof govAssessment.$inferSelect;
export type AssessmentItemRow = typeof govAssessmentItem.$inferSelect;

// Bank reconciliations.

/** Σ of the fund's bank-role ledger accounts (debits − credits) over entries dated on or before `onDate`. */
export async function bookBankBalance(db: Executor, fundId: string, onDate: string): Promise<number> {
  const [r] = await rows<{ balance: number }>(
    db,
    sql`SELECT coalesce(sum(jl.debit_satang - jl.credit_satang), 0)::bigint AS balance
          FROM journal_line jl
          JOIN journal_entry e ON e.id = jl.entry_id
          JOIN ledger_account a ON a.id = jl.account_id
         WHERE a.fund_id = ${fundId}::uuid AND a.role = 'bank' AND e.fund_id = ${fundId}::uuid
           AND e.entry_date <= ${onDate}::date`,
  );
  return Number(r?.balance ?? 0);
}

export async function hasBankAccount(db: Executor, fundId: string): Promise<boolean> {
  const found = await rows<{ one: number }>(
    db,
    sql`SELECT 1 AS one FROM ledger_account WHERE fund_id = ${fundId}::uuid AND role = 'bank' LIMIT 1`,
  );
  return found.length > 0;
}

export async function findReconciliation(
  db: Executor,
  fundId: string,
  statementDate: string,
): Promise<ReconciliationRow | undefined> {
  const [row] = await db
    .select()
    .from(govBankReconciliation)
    .where(
      and(eq(govBankReconciliation.fundId, fundId), eq(govBankReconciliation.statementDate, statementDate)),
    )
    .limit(1);
  return row;
}

export async function insertReconciliation(db: Executor, row: ReconciliationRow): Promise<void> {
  await db.insert(govBankReconciliation).values(row);
}

/** A fund's reconciliations, newest statement first. */
export async function selectReconciliations(
  db: Executor,
  fundId: string,
  limit: number,
): Promise<ReconciliationRow[]> {
  return db
    .select()
    .from(govBankReconciliation)
    .where(eq(govBankReconciliation.fundId, fundId))
    .orderBy(desc(govBankReconciliation.statementDate))
    .limit(limit);
}

// The daily risk recomputation.

/**
 * For the recomputation's transaction only: no JIT (its compile time on this wide statement costs more than it
 * saves) and more work_mem for the per-household hash. The daily job's transaction sets the same already.
 */
export async function tuneRiskTransaction(tx: Executor): Promise<void> {
  await tx.execute(sql.raw("SET LOCAL work_mem = '128MB'"));
  await tx.execute(sql.raw("SET LOCAL jit = off"));
}

/** Config values are checked safe integers (checkRiskConfig) before they are spliced into SQL. */
function int(n: number): SQL {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return sql.raw(String(n));
}

/** The tiers of a factor as a CASE over its input column. */
function pointsCase(input: SQL, f: RiskFactorConfig): SQL {
  const branches = [...f.tiers]
    .reverse()
    .map((t) => sql`WHEN ${input} >= ${int(t.atLeast)} THEN ${int(t.points)}`);
  return sql`(CASE WHEN ${input} IS NULL THEN ${int(f.whenUnknown)} ${sql.join(branches, sql` `)} ELSE 0 END)`;
}

/** part ÷ whole in basis points rounded half up, in integer arithmetic (as shareBp); null when whole ≤ 0. */
const shareSql = (part: SQL, whole: SQL) =>
  sql`(CASE WHEN ${whole} > 0 THEN ((${part})::bigint * 20000 + (${whole})::bigint) / (2 * (${whole})::bigint) END)`;

export interface RecomputeRisk {
  businessDate: string;
  fiscalYear: number;
  fiscalYearStart: string;
  config: RiskConfig;
  computedAt: Date;
}

/**
 * Scores every fund that is not closed as of the business date in one INSERT … SELECT (replacing that date's
 * rows on a rerun). Inputs: the day's fund_health row (missing fund, PAR30, idle share), the score about
 * `trendDays` earlier, the last bank reconciliation, the outstanding per borrowing household and per household
 * of the committee in office, committee terms, meetings in the fiscal year and open complaints. The same
 * definitions as `scoreFund` (a test holds the two together).
 */
export async function recomputeRiskScores(
  db: Executor,
  p: RecomputeRisk,
): Promise<{ funds: number; medium: number; high: number }> {
  const c = p.config;
  const day = sql`${p.businessDate}::date`;
  const f = c.factors;
  const inputs = {
    missing_fund: sql`missing_bp`,
    overdue_level: sql`par30_bp`,
    overdue_trend: sql`trend_bp`,
    reconciliation_age: sql`rec_months`,
    idle_cash: sql`idle_bp`,
    household_concentration: sql`concentration_bp`,
    committee_lending: sql`committee_bp`,
    committee_term_expired: sql`term_expired`,
    no_meeting: sql`no_meeting`,
    open_complaints: sql`complaint_level`,
  } as const;
  const facts = {
    missing_fund: sql`jsonb_build_object('missingSatang', missing, 'capitalSatang', capital)`,
    overdue_level: sql`jsonb_build_object('par30Bp', par30_bp, 'atRisk30Satang', at_risk_30, 'outstandingSatang', outstanding)`,
    overdue_trend: sql`jsonb_build_object('par30Bp', par30_bp, 'previousPar30Bp', prev_par30, 'previousAsOf', prev_as_of::text)`,
    reconciliation_age: sql`jsonb_build_object('lastStatementDate', rec_date::text)`,
    idle_cash: sql`jsonb_build_object('idleBp', idle_bp, 'bankSatang', bank, 'cashSatang', cash)`,
    household_concentration: sql`jsonb_build_object('borrowers', borrowers, 'top', ${int(c.topHouseholds)}, 'topSatang', top_satang)`,
    committee_lending: sql`jsonb_build_object('committeeLoans', committee_loans, 'committeeSatang', committee_satang)`,
    committee_term_expired: sql`jsonb_build_object('lastTermEnd', last_term_end::text)`,
    no_meeting: sql`jsonb_build_object('meetings', meetings, 'fiscalYear', ${int(p.fiscalYear)})`,
    open_complaints: sql`jsonb_build_object('open', open_complaints, 'overdue', overdue_complaints)`,
  } as const;
  const pointColumns = sql.join(
    RISK_FACTORS.map((k) => sql`${pointsCase(inputs[k], f[k])} AS ${sql.raw(`"p_${k}"`)}`),
    sql`, `,
  );
  const factorArray = sql.join(
    RISK_FACTORS.map(
      (k) =>
        sql`jsonb_build_object('key', ${k}::text, 'input', ${inputs[k]}, 'points', ${sql.raw(`"p_${k}"`)}, 'facts', ${facts[k]})`,
    ),
    sql`, `,
  );
  const total = sql.join(
    RISK_FACTORS.map((k) => sql.raw(`"p_${k}"`)),
    sql` + `,
  );
  const [result] = await rows<{ funds: number; medium: number; high: number }>(
    db,
    sql`
    WITH funds AS (
      SELECT f.id, f.area_code, f.original_capital_satang AS capital FROM fund f WHERE f.status <> 'closed'
    ),
    prev AS (
      SELECT DISTINCT ON (r.fund_id) r.fund_id, r.par30_bp, r.as_of
        FROM fund_risk_score r
       WHERE r.as_of BETWEEN ${day} - ${int(c.trendDays + c.trendWindowDays)} AND ${day} - ${int(c.trendDays)}
       ORDER BY r.fund_id, r.as_of DESC
    ),
    rec AS (
      SELECT fund_id, max(statement_date) AS rec_date
        FROM gov_bank_reconciliation WHERE statement_date <= ${day} GROUP BY fund_id
    ),
    per_household AS (
      SELECT fund_id, sum(outstanding_principal_satang) AS amount,
             row_number() OVER (PARTITION BY fund_id ORDER BY sum(outstanding_principal_satang) DESC) AS rank
        FROM loan
       WHERE status = 'active' AND outstanding_principal_satang > 0
       GROUP BY fund_id, coalesce(household_id, id)
    ),
    concentration AS (
      SELECT fund_id, count(*)::int AS borrowers,
             coalesce(sum(amount) FILTER (WHERE rank <= ${int(c.topHouseholds)}), 0)::bigint AS top_satang
        FROM per_household GROUP BY fund_id
    ),
    committee_households AS (
      SELECT DISTINCT s.fund_id, hm.household_id
        FROM committee_set s
        JOIN committee_member m ON m.committee_set_id = s.id
        JOIN household_member hm ON hm.id = m.household_member_id
       WHERE s.term_start <= ${day} AND s.term_end >= ${day}
    ),
    committee_lending AS (
      SELECT l.fund_id, count(*)::int AS loans, sum(l.outstanding_principal_satang)::bigint AS amount
        FROM loan l
        JOIN committee_households ch ON ch.fund_id = l.fund_id AND ch.household_id = l.household_id
       WHERE l.status = 'active' AND l.outstanding_principal_satang > 0
       GROUP BY l.fund_id
    ),
    terms AS (
      SELECT fund_id, bool_or(term_end >= ${day}) AS in_office, max(term_end) AS last_term_end
        FROM committee_set WHERE term_start <= ${day} GROUP BY fund_id
    ),
    meetings AS (
      SELECT fund_id, count(*)::int AS n
        FROM committee_meeting
       WHERE held_on >= ${p.fiscalYearStart}::date AND held_on <= ${day}
       GROUP BY fund_id
    ),
    complaints AS (
      SELECT fund_id, count(*)::int AS open_n, count(*) FILTER (WHERE due_on < ${day})::int AS overdue_n
        FROM cmp_complaint
       WHERE fund_id IS NOT NULL AND received_on <= ${day} AND status NOT IN ('closed', 'rejected')
       GROUP BY fund_id
    ),
    raw AS (
      SELECT fu.id AS fund_id, fu.area_code, fu.capital,
             coalesce(h.missing_satang, 0) AS missing, coalesce(h.par30_bp, 0) AS par30_bp,
             coalesce(h.at_risk_30_satang, 0) AS at_risk_30, coalesce(h.outstanding_satang, 0) AS outstanding,
             coalesce(h.idle_bp, 0) AS idle_bp, coalesce(h.bank_satang, 0) AS bank,
             coalesce(h.cash_satang, 0) AS cash,
             prev.par30_bp AS prev_par30, prev.as_of AS prev_as_of,
             rec.rec_date,
             coalesce(co.borrowers, 0) AS borrowers, coalesce(co.top_satang, 0) AS top_satang,
             coalesce(cl.loans, 0) AS committee_loans, coalesce(cl.amount, 0) AS committee_satang,
             coalesce(t.in_office, false) AS in_office, t.last_term_end,
             coalesce(mt.n, 0) AS meetings,
             coalesce(cp.open_n, 0) AS open_complaints, coalesce(cp.overdue_n, 0) AS overdue_complaints
        FROM funds fu
        LEFT JOIN fund_health h ON h.fund_id = fu.id
        LEFT JOIN prev ON prev.fund_id = fu.id
        LEFT JOIN rec ON rec.fund_id = fu.id
        LEFT JOIN concentration co ON co.fund_id = fu.id
        LEFT JOIN committee_lending cl ON cl.fund_id = fu.id
        LEFT JOIN terms t ON t.fund_id = fu.id
        LEFT JOIN meetings mt ON mt.fund_id = fu.id
        LEFT JOIN complaints cp ON cp.fund_id = fu.id
    ),
    i AS (
      SELECT raw.*,
             CASE WHEN missing <= 0 THEN 0 ELSE greatest(1, coalesce(${shareSql(sql`missing`, sql`capital`)}, 10000)) END
               AS missing_bp,
             par30_bp - prev_par30 AS trend_bp,
             CASE WHEN rec_date IS NOT NULL THEN
               ((extract(year FROM ${day}) - extract(year FROM rec_date)) * 12
                + extract(month FROM ${day}) - extract(month FROM rec_date)
                - CASE WHEN extract(day FROM ${day}) < extract(day FROM rec_date) THEN 1 ELSE 0 END)::int
             END AS rec_months,
             CASE WHEN borrowers >= ${int(c.minBorrowers)} THEN ${shareSql(sql`top_satang`, sql`outstanding`)} END
               AS concentration_bp,
             ${shareSql(sql`committee_satang`, sql`outstanding`)} AS committee_bp,
             CASE WHEN in_office THEN 0 ELSE 1 END AS term_expired,
             CASE WHEN meetings = 0 AND ${day} - ${p.fiscalYearStart}::date >= ${int(c.meetingGraceDays)}
                  THEN 1 ELSE 0 END AS no_meeting,
             CASE WHEN overdue_complaints > 0 THEN 2 WHEN open_complaints > 0 THEN 1 ELSE 0 END AS complaint_level
        FROM raw
    ),
    s AS (
      SELECT i.*, ${pointColumns} FROM i
    ),
    written AS (
      INSERT INTO fund_risk_score (fund_id, as_of, area_code, score, band, par30_bp, factors, config_version,
                                   computed_at)
      SELECT fund_id, ${day}, area_code, t.score,
             CASE WHEN t.score >= ${int(c.bands.highFrom)} THEN 'high'
                  WHEN t.score >= ${int(c.bands.mediumFrom)} THEN 'medium' ELSE 'low' END,
             par30_bp, jsonb_build_array(${factorArray}), ${int(c.version)},
             ${p.computedAt.toISOString()}::timestamptz
        FROM s, LATERAL (SELECT (${total})::int AS score) t
      ON CONFLICT (fund_id, as_of) DO UPDATE SET
             area_code = excluded.area_code, score = excluded.score, band = excluded.band,
             par30_bp = excluded.par30_bp, factors = excluded.factors, config_version = excluded.config_version,
             computed_at = excluded.computed_at
      RETURNING band
    )
    SELECT count(*)::int AS funds, count(*) FILTER (WHERE band = 'medium')::int AS medium,
           count(*) FILTER (WHERE band = 'high')::int AS high
      FROM written`,
  );
  return result ?? { funds: 0, medium: 0, high: 0 };
}

/**
 * Keeps every day of the last `historyDays` and, before that, only each fund's last scored day of each month
 * (enough for the monthly history chart and the trend). Only rows up to a year older than the cut-off are
 * looked at, so a nightly run touches about one day of rows.
 */
export async function pruneRiskHistory(
  db: Executor,
  p: { businessDate: string; historyDays: number },
): Promise<number> {
  const deleted = await rows<{ one: number }>(
    db,
    sql`DELETE FROM fund_risk_score r
         WHERE r.as_of < ${p.businessDate}::date - ${int(p.historyDays)}
           AND r.as_of >= ${p.businessDate}::date - ${int(p.historyDays + 366)}
           AND EXISTS (SELECT 1 FROM fund_risk_score n
                        WHERE n.fund_id = r.fund_id AND n.as_of > r.as_of
                          AND date_trunc('month', n.as_of) = date_trunc('month', r.as_of))
        RETURNING 1 AS one`,
  );
  return deleted.length;
}

export interface RiskRow {
  fundId: string;
  fundName: string;
  fundType: string;
  areaCode: string;
  asOf: string;
  score: number;
  band: string;
  par30Bp: number;
  factors: RiskFactorValue[];
  configVersion: number;
  computedAt: string;
}

const RISK_COLUMNS = sql`
  r.fund_id::text AS "fundId", f.name AS "fundName", f.fund_type AS "fundType", r.area_code AS "areaCode",
  r.as_of::text AS "asOf", r.score, r.band, r.par30_bp AS "par30Bp", r.factors,
  r.config_version AS "configVersion", r.computed_at::text AS "computedAt"`;

/** A fund's scores, newest first. */
export async function selectFundRiskHistory(db: Executor, fundId: string, limit: number): Promise<RiskRow[]> {
  return rows<RiskRow>(
    db,
    sql`SELECT ${RISK_COLUMNS} FROM fund_risk_score r JOIN fund f ON f.id = r.fund_id
         WHERE r.fund_id = ${fundId}::uuid ORDER BY r.as_of DESC LIMIT ${limit}`,
  );
}

/** The newest business date scored (the list shows that day). */
export async function latestRiskDate(db: Executor): Promise<string | null> {
  const [r] = await rows<{ asOf: string | null }>(
    db,
    sql`SELECT max(as_of)::text AS "asOf" FROM fund_risk_score`,
  );
  return r?.asOf ?? null;
}

export interface RiskPageFilter {
  asOf: string;
  areaPrefix: string;
  bands?: readonly string[] | undefined;
  after?: { score: number; fundId: string } | undefined;
  limit: number;
}

/** A keyset page of a day's scores in an area, highest score first (ties by fund id). */
export async function selectRiskPage(db: Executor, p: RiskPageFilter): Promise<RiskRow[]> {
  const conditions: SQL[] = [sql`r.as_of = ${p.asOf}::date`, sql`r.area_code LIKE ${`${p.areaPrefix}%`}`];
  if (p.bands && p.bands.length > 0)
    conditions.push(
      sql`r.band IN (${sql.join(
        p.bands.map((b) => sql`${b}`),
        sql`, `,
      )})`,
    );
  if (p.after)
    conditions.push(
      sql`(r.score < ${p.after.score}::int OR (r.score = ${p.after.score}::int AND r.fund_id > ${p.after.fundId}::uuid))`,
    );
  return rows<RiskRow>(
    db,
    sql`SELECT ${RISK_COLUMNS} FROM fund_risk_score r JOIN fund f ON f.id = r.fund_id
         WHERE ${sql.join(conditions, sql` AND `)}
         ORDER BY r.score DESC, r.fund_id
         LIMIT ${p.limit}`,
  );
}

// Assessments.

export async function findAssessment(db: Executor, id: string): Promise<AssessmentRow | undefined> {
  const [row] = await db.select().from(govAssessment).where(eq(govAssessment.id, id)).limit(1);
  return row;
}

export async function findAssessmentFor(
  db: Executor,
  fundId: string,
  fiscalYear: number,
): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select()
    .from(govAssessment)
    .where(and(eq(govAssessment.fundId, fundId), eq(govAssessment.fiscalYear, fiscalYear)))
    .limit(1);
  return row;
}

/** The assessment row, locked for the rest of the transaction (item edits and submission serialise on it). */
export async function lockAssessment(db: Executor, id: string): Promise<AssessmentRow | undefined> {
  const [row] = await db.select().from(govAssessment).where(eq(govAssessment.id, id)).for("update").limit(1);
  return row;
}

export async function insertAssessment(
  db: Executor,
  row: AssessmentRow,
  items: readonly AssessmentItemRow[],
): Promise<void> {
  await db.insert(govAssessment).values(row);
  if (items.length > 0) await db.insert(govAssessmentItem).values([...items]);
}

export async function selectItems(db: Executor, assessmentId: string): Promise<AssessmentItemRow[]> {
  return db.select().from(govAssessmentItem).where(eq(govAssessmentItem.assessmentId, assessmentId));
}

export async function updateItem(
  db: Executor,
  assessmentId: string,
  itemKey: string,
  patch: Partial<
    Pick<AssessmentItemRow, "source" | "result" | "points" | "maxPoints" | "evidence" | "note">
  > & {
    updatedBy: string | null;
    updatedAt: Date;
  },
): Promise<void> {
  await db
    .update(govAssessmentItem)
    .set(patch)
    .where(and(eq(govAssessmentItem.assessmentId, assessmentId), eq(govAssessmentItem.itemKey, itemKey)));
}

export async function updateAssessment(
  db: Executor,
  id: string,
  patch: Partial<
    Omit<AssessmentRow, "id" | "fundId" | "areaCode" | "fiscalYear" | "createdAt" | "createdBy">
  >,
): Promise<void> {
  await db.update(govAssessment).set(patch).where(eq(govAssessment.id, id));
}

export interface AssessmentListRow extends AssessmentRow {
  fundName: string;
}

/** A keyset page of assessments of a fiscal year in an area, in (area code, id) order. */
export async function selectAssessmentPage(
  db: Executor,
  p: {
    fiscalYear: number;
    areaPrefix: string;
    status?: string | undefined;
    fundId?: string | undefined;
    after?: { areaCode: string; id: string } | undefined;
    limit: number;
  },
): Promise<AssessmentListRow[]> {
  const conditions: SQL[] = [
    sql`a.fiscal_year = ${p.fiscalYear}::smallint`,
    sql`a.area_code LIKE ${`${p.areaPrefix}%`}`,
  ];
  if (p.status) conditions.push(sql`a.status = ${p.status}`);
  if (p.fundId) conditions.push(sql`a.fund_id = ${p.fundId}::uuid`);
  if (p.after)
    conditions.push(
      sql`a.area_code ~>=~ ${p.after.areaCode}`,
      sql`(a.area_code ~>~ ${p.after.areaCode} OR a.id > ${p.after.id}::uuid)`,
    );
  const found = await rows<Record<string, unknown>>(
    db,
    sql`SELECT a.id::text AS id, a.fund_id::text AS "fundId", a.area_code AS "areaCode",
               a.fiscal_year AS "fiscalYear", a.evaluated_as_of::text AS "evaluatedAsOf", a.status, a.score,
               a.max_score AS "maxScore", a.level, a.config_version AS "configVersion",
               a.created_by::text AS "createdBy", a.created_at::text AS "createdAt",
               a.updated_at::text AS "updatedAt", a.submitted_by::text AS "submittedBy",
               a.submitted_by_name AS "submittedByName", a.submitted_at::text AS "submittedAt",
               f.name AS "fundName"
          FROM gov_assessment a JOIN fund f ON f.id = a.fund_id
         WHERE ${sql.join(conditions, sql` AND `)}
         ORDER BY a.area_code USING ~<~, a.id
         LIMIT ${p.limit}`,
  );
  return found.map((r) => ({
    ...(r as unknown as AssessmentListRow),
    createdAt: new Date(
      String(r.createdAt)
        .replace(" ", "T")
        .replace(/([+-]\d\d)$/, "$1:00"),
    ),
    updatedAt: new Date(
      String(r.updatedAt)
        .replace(" ", "T")
        .replace(/([+-]\d\d)$/, "$1:00"),
    ),
    submittedAt: r.submittedAt
      ? new Date(
          String(r.submittedAt)
            .replace(" ", "T")
            .replace(/([+-]\d\d)$/, "$1:00"),
        )
      : null,
  }));
}

/**
 * What the system items of an assessment read, for one fund, fiscal year `from`–`to` and evaluation date
 * `asOf` (≤ to): committee set in office, meetings and minutes, reconciliations, missing fund (the year's
 * rollup), repayments on instalments due in the year, the officers' report note, complaints, and loans to
 * households of committee members with their approving meeting.
 */
export async function selectAssessmentEvidence(
  db: Executor,
  p: { fundId: string; fiscalYear: number; from: string; asOf: string },
): Promise<AssessmentEvidence> {
  const fund = sql`${p.fundId}::uuid`;
  const day = sql`${p.asOf}::date`;
  const from = sql`${p.from}::date`;
  const [committee] = await rows<{ setNo: number; termStart: string; termEnd: string }>(
    db,
    sql`SELECT set_no AS "setNo", term_start::text AS "termStart", term_end::text AS "termEnd"
          FROM committee_set WHERE fund_id = ${fund} AND term_start <= ${day} AND term_end >= ${day}
         ORDER BY set_no DESC LIMIT 1`,
  );
  const [term] = await rows<{ lastTermEnd: string | null }>(
    db,
    sql`SELECT max(term_end)::text AS "lastTermEnd" FROM committee_set WHERE fund_id = ${fund} AND term_start <= ${day}`,
  );
  const [meetings] = await rows<{ held: number; withMinutes: number }>(
    db,
    sql`SELECT count(*)::int AS held,
               count(*) FILTER (WHERE coalesce(btrim(minutes), '') <> '')::int AS "withMinutes"
          FROM committee_meeting WHERE fund_id = ${fund} AND held_on >= ${from} AND held_on <= ${day}`,
  );
  const [rec] = await rows<{
    count: number;
    lastStatementDate: string | null;
    lastDifferenceSatang: number | null;
  }>(
    db,
    sql`SELECT count(*)::int AS count, max(statement_date)::text AS "lastStatementDate",
               (SELECT difference_satang FROM gov_bank_reconciliation
                 WHERE fund_id = ${fund} AND statement_date >= ${from} AND statement_date <= ${day}
                 ORDER BY statement_date DESC LIMIT 1) AS "lastDifferenceSatang"
          FROM gov_bank_reconciliation
         WHERE fund_id = ${fund} AND statement_date >= ${from} AND statement_date <= ${day}`,
  );
  const [missing] = await rows<{ missingSatang: number; asOf: string }>(
    db,
    sql`SELECT missing_satang AS "missingSatang", as_of::text AS "asOf"
          FROM fund_year_stats WHERE fund_id = ${fund} AND fiscal_year = ${p.fiscalYear}::smallint`,
  );
  const [repayment] = await rows<{ fallenDueSatang: number; collectedSatang: number }>(
    db,
    sql`SELECT coalesce(sum(i.principal_satang + i.interest_satang - i.waived_interest_satang), 0)::bigint
                 AS "fallenDueSatang",
               coalesce(sum(i.paid_principal_satang + i.paid_interest_satang), 0)::bigint AS "collectedSatang"
          FROM loan_instalment i
          JOIN loan l ON l.id = i.loan_id AND l.current_version_no = i.version_no
         WHERE l.fund_id = ${fund} AND l.status IN ('active', 'closed', 'written_off')
           AND i.due_on >= ${from} AND i.due_on <= ${day}`,
  );
  const note = await rows<{ one: number }>(
    db,
    sql`SELECT 1 AS one FROM fund_report_note WHERE fund_id = ${fund} AND fiscal_year = ${p.fiscalYear}::smallint`,
  );
  const [complaints] = await rows<{ received: number; resolved: number; open: number; overdue: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE received_on >= ${from})::int AS received,
               count(*) FILTER (WHERE received_on >= ${from} AND status IN ('closed', 'rejected'))::int AS resolved,
               count(*) FILTER (WHERE status NOT IN ('closed', 'rejected'))::int AS open,
               count(*) FILTER (WHERE status NOT IN ('closed', 'rejected') AND due_on < ${day})::int AS overdue
          FROM cmp_complaint WHERE fund_id = ${fund} AND received_on <= ${day}`,
  );
  const committeeLoans = await rows<AssessmentEvidence["committeeLoans"][number]>(
    db,
    sql`SELECT DISTINCT ON (l.id) l.loan_no AS "loanNo", l.borrower_name AS "borrowerName",
               m.name AS "memberName", l.contracted_on::text AS "contractedOn",
               cm.meeting_no AS "meetingNo",
               CASE WHEN cm.id IS NULL THEN NULL ELSE cm.attendees @> to_jsonb(ARRAY[m.name]) END AS "memberAttended"
          FROM loan l
          JOIN committee_set s ON s.fund_id = l.fund_id AND s.term_start <= l.contracted_on
                              AND s.term_end >= l.contracted_on
          JOIN committee_member m ON m.committee_set_id = s.id
          JOIN household_member hm ON hm.id = m.household_member_id AND hm.household_id = l.household_id
          LEFT JOIN kkj_contract k ON k.loan_id = l.id
          LEFT JOIN kkj_loan_request rq ON rq.id = k.request_id
          LEFT JOIN committee_meeting cm ON cm.id = rq.decision_meeting_id
         WHERE l.fund_id = ${fund} AND l.status IN ('active', 'closed', 'written_off', 'pending_disbursement')
           AND l.contracted_on >= ${from} AND l.contracted_on <= ${day}
         ORDER BY l.id, m.name`,
  );
  return {
    asOf: p.asOf,
    fiscalYear: p.fiscalYear,
    committee: committee ?? null,
    lastTermEnd: term?.lastTermEnd ?? null,
    meetings: meetings ?? { held: 0, withMinutes: 0 },
    reconciliations: {
      count: rec?.count ?? 0,
      lastStatementDate: rec?.lastStatementDate ?? null,
      lastDifferenceSatang: rec?.lastDifferenceSatang ?? null,
    },
    missing: missing ?? null,
    repayment: {
      fallenDueSatang: Number(repayment?.fallenDueSatang ?? 0),
      collectedSatang: Number(repayment?.collectedSatang ?? 0),
    },
    hasReportNote: note.length > 0,
    complaints: complaints ?? { received: 0, resolved: 0, open: 0, overdue: 0 },
    committeeLoans: committeeLoans.sort((a, b) => a.contractedOn.localeCompare(b.contractedOn)),
  };
}

export async function findUserName(db: Executor, userId: string): Promise<string | undefined> {
  const [r] = await rows<{ name: string }>(
    db,
    sql`SELECT display_name AS name FROM app_user WHERE id = ${userId}::uuid`,
  );
  return r?.name;
}
