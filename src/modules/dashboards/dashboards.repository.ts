// SQL of the dashboards: fund-year stats from fund_health and loan events, the area rollups (set-based), and the dashboard reads.
import { type SQL, sql } from "drizzle-orm";
import { type Executor, rows } from "../../platform/database";
import type { RollupSums } from "./dashboard-rules";

/** The B.E. fiscal year (1 Oct – 30 Sep, named by the year it ends in) of a date expression. */
const fiscalYearOf = (d: SQL) =>
  sql`(extract(year FROM ${d})::int + CASE WHEN extract(month FROM ${d}) >= 10 THEN 544 ELSE 543 END)`;

const intArray = (values: readonly number[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql.raw(String(Math.trunc(v)))),
    sql`, `,
  )}]::int[]`;

/** Serialises rollup refreshes across processes for the rest of the transaction. */
export async function lockRollups(tx: Executor): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('kaejon.job.rollups'))`);
}

/** Settings for the refresh's big statements, for the current transaction only (see the health module). */
export async function tuneRefreshTransaction(tx: Executor): Promise<void> {
  await tx.execute(sql.raw("SET LOCAL work_mem = '128MB'"));
  await tx.execute(sql.raw("SET LOCAL jit = off"));
}

export async function firstFundStartedOn(db: Executor): Promise<string | null> {
  const [r] = await rows<{ first: string | null }>(db, sql`SELECT min(started_on)::text AS first FROM fund`);
  return r?.first ?? null;
}

/**
 * Of the given past years, those where some fund that had started by the year's end has no frozen row yet
 * (a row is frozen once its as_of is the year's last day, 30 September).
 */
export async function yearsNeedingBackfill(db: Executor, years: readonly number[]): Promise<number[]> {
  if (years.length === 0) return [];
  const found = await rows<{ fy: number }>(
    db,
    sql`SELECT y AS fy FROM unnest(${intArray(years)}) y
         WHERE EXISTS (
           SELECT 1 FROM fund f
            WHERE f.started_on <= make_date(y - 543, 9, 30)
              AND NOT EXISTS (SELECT 1 FROM fund_year_stats s
                               WHERE s.fund_id = f.id AND s.fiscal_year = y
                                 AND s.as_of = make_date(y - 543, 9, 30)))
         ORDER BY y`,
  );
  return found.map((r) => Number(r.fy));
}

export interface FundYearRefresh {
  /** The business date: events after it are ignored. */
  businessDate: string;
  /** The business date's fiscal year, whose balances come from fund_health where it is of that year. */
  currentYear: number;
  /** The years to (re)compute: the current one and/or past ones. */
  years: readonly number[];
  par30ThresholdBp: number;
  /** Read bank and cash from the journal (needed for past years, and for funds without fund_health). */
  withJournal: boolean;
  computedAt: Date;
}

/**
 * One statement that writes fund_year_stats for the given years. Every event up to the business date is
 * summed per fund and fiscal year (loans paid out, closed and written off; repayments and their reversals;
 * bank and cash journal lines; each household's first loan), then accumulated over the years up to each
 * target year: balances as of the year's end (or the business date) and flows within the year. For past
 * years PAR30 and the defaulted amount are rebuilt per loan from its current schedule: a loan is more than
 * 30 (365) days past due at the year's end when the principal scheduled up to that day minus 31 (366) days and
 * the product's grace days exceeds what it had repaid by then. For the current year the balances, PAR30,
 * missing fund and at-risk flag are the daily job's fund_health figures when those are of this fiscal year.
 * Frozen rows (as of their year's 30 September) are never rewritten.
 */
export async function upsertFundYearStats(db: Executor, p: FundYearRefresh): Promise<number> {
  if (p.years.length === 0) return 0;
  const day = sql`${p.businessDate}::date`;
  const current = sql.raw(String(Math.trunc(p.currentYear)));
  const hasPast = p.years.some((y) => y < p.currentYear);
  const grace = sql`(CASE WHEN jsonb_typeof(l.product -> 'graceDays') = 'number'
                          THEN floor((l.product ->> 'graceDays')::numeric)::int ELSE 0 END)`;
  const journal = p.withJournal
    ? sql`UNION ALL
      SELECT a.fund_id, e.fiscal_year::int, 0, 0, 0, 0,
             CASE WHEN a.role = 'bank' THEN jl.debit_satang - jl.credit_satang ELSE 0 END,
             CASE WHEN a.role = 'cash' THEN jl.debit_satang - jl.credit_satang ELSE 0 END, 0
        FROM journal_line jl
        JOIN ledger_account a ON a.id = jl.account_id AND a.role IN ('bank', 'cash')
        JOIN journal_entry e ON e.id = jl.entry_id
       WHERE e.entry_date <= ${day}`
    : sql``;
  const risk = hasPast
    ? sql`,
    loan_at AS (
      SELECT l.id, l.fund_id, y.fy, y.d, l.principal_satang, l.current_version_no, ${grace} AS grace
        FROM loan l JOIN yrs y ON y.fy < ${current} AND l.disbursed_on <= y.d
       WHERE l.status NOT IN ('pending_disbursement', 'cancelled')
         AND NOT (l.status = 'closed' AND l.closed_on IS NOT NULL AND l.closed_on <= y.d)
         AND NOT (l.status = 'written_off' AND l.written_off_on IS NOT NULL AND l.written_off_on <= y.d)
    ),
    loan_repaid AS (
      SELECT r.loan_id, y.fy, sum(r.principal_satang)::bigint AS repaid
        FROM loan_repayment r
        JOIN yrs y ON y.fy < ${current} AND r.paid_on <= y.d
        LEFT JOIN journal_entry rev ON rev.id = r.reversal_entry_id
       WHERE rev.id IS NULL OR rev.entry_date > y.d
       GROUP BY r.loan_id, y.fy
    ),
    loan_risk AS (
      SELECT la.fund_id, la.fy, la.principal_satang - coalesce(p.repaid, 0) AS outstanding,
             coalesce(p.repaid, 0) AS repaid,
             la.principal_satang - sum(i.principal_satang)
               + coalesce(sum(i.principal_satang) FILTER (WHERE i.due_on <= la.d - 31 - la.grace), 0) AS due_30,
             la.principal_satang - sum(i.principal_satang)
               + coalesce(sum(i.principal_satang) FILTER (WHERE i.due_on <= la.d - 366 - la.grace), 0) AS due_365
        FROM loan_at la
        JOIN loan_instalment i ON i.loan_id = la.id AND i.version_no = la.current_version_no
        LEFT JOIN loan_repaid p ON p.loan_id = la.id AND p.fy = la.fy
       GROUP BY la.id, la.fund_id, la.fy, la.d, la.grace, la.principal_satang, p.repaid
    ),
    risk AS (
      SELECT fund_id, fy,
             coalesce(sum(outstanding) FILTER (WHERE due_30 > repaid AND outstanding > 0), 0)::bigint AS at_risk_30,
             coalesce(sum(outstanding) FILTER (WHERE due_365 > repaid AND outstanding > 0), 0)::bigint AS defaulted
        FROM loan_risk GROUP BY fund_id, fy
    )`
    : sql`,
    risk AS (SELECT NULL::uuid AS fund_id, NULL::int AS fy, 0::bigint AS at_risk_30, 0::bigint AS defaulted WHERE false)`;

  const found = await rows<{ n: number }>(
    db,
    sql`
    WITH yrs AS (
      SELECT y AS fy, make_date(y - 544, 10, 1) AS starts,
             least(make_date(y - 543, 9, 30), ${day}) AS d, make_date(y - 543, 9, 30) AS ends
        FROM unnest(${intArray(p.years)}) y
    ),
    ev AS (
      SELECT fund_id, fy, sum(disbursed) AS disbursed, sum(repaid) AS repaid, sum(written_off) AS written_off,
             sum(active) AS active, sum(bank) AS bank, sum(cash) AS cash, sum(households) AS households
        FROM (
          SELECT l.fund_id, ${fiscalYearOf(sql`l.disbursed_on`)} AS fy, l.principal_satang AS disbursed,
                 0::bigint AS repaid, 0::bigint AS written_off, 1 AS active, 0::bigint AS bank, 0::bigint AS cash,
                 0 AS households
            FROM loan l
           WHERE l.disbursed_on <= ${day} AND l.status NOT IN ('pending_disbursement', 'cancelled')
          UNION ALL
          SELECT l.fund_id, ${fiscalYearOf(sql`l.closed_on`)}, 0, 0, 0, -1, 0, 0, 0
            FROM loan l WHERE l.status = 'closed' AND l.closed_on <= ${day} AND l.disbursed_on <= ${day}
          UNION ALL
          SELECT l.fund_id, ${fiscalYearOf(sql`l.written_off_on`)}, 0, 0, coalesce(l.write_off_satang, 0), -1, 0, 0, 0
            FROM loan l
           WHERE l.status = 'written_off' AND l.written_off_on <= ${day} AND l.disbursed_on <= ${day}
          UNION ALL
          SELECT r.fund_id, ${fiscalYearOf(sql`r.paid_on`)}, 0, r.principal_satang, 0, 0, 0, 0, 0
            FROM loan_repayment r WHERE r.paid_on <= ${day}
          UNION ALL
          -- A reversed repayment is taken back in the year of its reversal.
          SELECT r.fund_id, rev.fiscal_year::int, 0, -r.principal_satang, 0, 0, 0, 0, 0
            FROM loan_repayment r JOIN journal_entry rev ON rev.id = r.reversal_entry_id
           WHERE r.paid_on <= ${day} AND rev.entry_date <= ${day}
          UNION ALL
          SELECT l.fund_id, ${fiscalYearOf(sql`min(l.disbursed_on)`)}, 0, 0, 0, 0, 0, 0, 1
            FROM loan l
           WHERE l.household_id IS NOT NULL AND l.disbursed_on <= ${day}
             AND l.status NOT IN ('pending_disbursement', 'cancelled')
           GROUP BY l.fund_id, l.household_id
          ${journal}
        ) x
       GROUP BY fund_id, fy
    ),
    cum AS (
      SELECT ev.fund_id, y.fy,
             coalesce(sum(ev.disbursed) FILTER (WHERE ev.fy = y.fy), 0)::bigint AS disbursed_in_year,
             coalesce(sum(ev.repaid) FILTER (WHERE ev.fy = y.fy), 0)::bigint AS repaid_in_year,
             (sum(ev.disbursed) - sum(ev.repaid) - sum(ev.written_off))::bigint AS outstanding,
             sum(ev.active)::int AS loans_active, sum(ev.bank)::bigint AS bank, sum(ev.cash)::bigint AS cash,
             sum(ev.households)::int AS households
        FROM ev JOIN yrs y ON ev.fy <= y.fy
       GROUP BY ev.fund_id, y.fy
    )${risk},
    figures AS (
      SELECT f.id AS fund_id, y.fy, f.area_code, f.fund_type, y.d, y.ends,
             f.original_capital_satang AS capital,
             coalesce(c.disbursed_in_year, 0) AS disbursed, coalesce(c.repaid_in_year, 0) AS repaid,
             coalesce(c.outstanding, 0) AS ev_outstanding, coalesce(c.loans_active, 0) AS ev_active,
             coalesce(c.bank, 0) AS ev_bank, coalesce(c.cash, 0) AS ev_cash,
             coalesce(c.households, 0) AS households,
             coalesce(r.at_risk_30, 0) AS ev_at_risk_30, coalesce(r.defaulted, 0) AS ev_defaulted,
             CASE WHEN y.fy = ${current} AND h.as_of >= y.starts THEN h.fund_id END AS health_id,
             h.as_of AS h_as_of, h.outstanding_satang AS h_outstanding, h.at_risk_30_satang AS h_at_risk_30,
             h.defaulted_satang AS h_defaulted, h.missing_satang AS h_missing, h.bank_satang AS h_bank,
             h.cash_satang AS h_cash, h.loans_active AS h_active, jsonb_array_length(h.at_risk) > 0 AS h_at_risk,
             EXISTS (SELECT 1 FROM committee_set s
                      WHERE s.fund_id = f.id AND s.term_start <= y.d AND s.term_end >= y.d) AS in_office
        FROM fund f
        JOIN yrs y ON f.started_on <= y.d
        LEFT JOIN cum c ON c.fund_id = f.id AND c.fy = y.fy
        LEFT JOIN risk r ON r.fund_id = f.id AND r.fy = y.fy
        LEFT JOIN fund_health h ON h.fund_id = f.id AND y.fy = ${current}
    ),
    fin AS (
      SELECT fund_id, fy, area_code, fund_type, capital, disbursed, repaid, households,
             CASE WHEN health_id IS NOT NULL THEN h_as_of ELSE d END AS as_of,
             CASE WHEN health_id IS NOT NULL THEN h_outstanding ELSE ev_outstanding END AS outstanding,
             CASE WHEN health_id IS NOT NULL THEN h_at_risk_30 ELSE ev_at_risk_30 END AS at_risk_30,
             CASE WHEN health_id IS NOT NULL THEN h_defaulted ELSE ev_defaulted END AS defaulted,
             CASE WHEN health_id IS NOT NULL THEN h_bank ELSE ev_bank END AS bank,
             CASE WHEN health_id IS NOT NULL THEN h_cash ELSE ev_cash END AS cash,
             CASE WHEN health_id IS NOT NULL THEN h_active ELSE ev_active END AS loans_active,
             CASE WHEN health_id IS NOT NULL THEN h_missing
                  ELSE greatest(0, capital - (ev_bank + ev_cash + ev_outstanding - ev_defaulted)) END AS missing,
             health_id, h_at_risk, in_office, ev_at_risk_30, ev_outstanding, ev_defaulted
        FROM figures
    ),
    written AS (
      INSERT INTO fund_year_stats (fund_id, fiscal_year, area_code, fund_type, as_of, capital_satang,
                                   outstanding_satang, disbursed_satang, repaid_satang, at_risk_30_satang,
                                   missing_satang, defaulted_satang, bank_satang, cash_satang, loans_active,
                                   households_served, is_at_risk, computed_at)
      SELECT fund_id, fy, area_code, fund_type, as_of, capital, outstanding, disbursed, repaid, at_risk_30,
             missing, defaulted, bank, cash, loans_active, households,
             CASE WHEN health_id IS NOT NULL THEN h_at_risk
                  ELSE missing > 0 OR NOT in_office OR ev_defaulted > 0
                       OR (ev_outstanding > 0
                           AND ev_at_risk_30 * 20000 >= (2 * ${p.par30ThresholdBp}::bigint + 1) * ev_outstanding) END,
             ${p.computedAt.toISOString()}::timestamptz
        FROM fin
      ON CONFLICT (fund_id, fiscal_year) DO UPDATE SET
             area_code = excluded.area_code, fund_type = excluded.fund_type, as_of = excluded.as_of,
             capital_satang = excluded.capital_satang, outstanding_satang = excluded.outstanding_satang,
             disbursed_satang = excluded.disbursed_satang, repaid_satang = excluded.repaid_satang,
             at_risk_30_satang = excluded.at_risk_30_satang, missing_satang = excluded.missing_satang,
             defaulted_satang = excluded.defaulted_satang, bank_satang = excluded.bank_satang,
             cash_satang = excluded.cash_satang, loans_active = excluded.loans_active,
             households_served = excluded.households_served, is_at_risk = excluded.is_at_risk,
             computed_at = excluded.computed_at
       WHERE fund_year_stats.as_of < make_date(fund_year_stats.fiscal_year - 543, 9, 30)
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM written`,
  );
  return Number(found[0]?.n ?? 0);
}

/** Whether some fund has no fund_health row of the business date's fiscal year (its balances then come from the journal). */
export async function fundsWithoutHealth(db: Executor, fiscalYearStart: string): Promise<boolean> {
  const [r] = await rows<{ missing: boolean }>(
    db,
    sql`SELECT EXISTS (SELECT 1 FROM fund f LEFT JOIN fund_health h ON h.fund_id = f.id
                        WHERE h.fund_id IS NULL OR h.as_of < ${fiscalYearStart}::date) AS missing`,
  );
  return r?.missing === true;
}

/**
 * Rebuilds area_year_rollup for the given years in one INSERT … SELECT: every fund-year row is counted at each
 * level (the nation "", province, district, sub-district, village: left(area_code, n)), per fund type and for
 * all types together (a grouping set whose fund_type is NULL, stored as '').
 */
export async function rebuildAreaRollups(
  db: Executor,
  years: readonly number[],
  computedAt: Date,
): Promise<number> {
  if (years.length === 0) return 0;
  await db.execute(sql`DELETE FROM area_year_rollup WHERE fiscal_year = ANY(${intArray(years)})`);
  const [r] = await rows<{ n: number }>(
    db,
    sql`
    WITH written AS (
      INSERT INTO area_year_rollup (fiscal_year, area_code, fund_type, level, as_of, funds, funds_at_risk,
                                    funds_with_missing, capital_satang, outstanding_satang, disbursed_satang,
                                    repaid_satang, at_risk_30_satang, missing_satang, defaulted_satang,
                                    bank_satang, cash_satang, loans_active, households_served, computed_at)
      SELECT s.fiscal_year, left(s.area_code, lv.n), coalesce(s.fund_type, ''), lv.n, max(s.as_of),
             count(*)::int, (count(*) FILTER (WHERE s.is_at_risk))::int,
             (count(*) FILTER (WHERE s.missing_satang > 0))::int,
             sum(s.capital_satang)::bigint, sum(s.outstanding_satang)::bigint, sum(s.disbursed_satang)::bigint,
             sum(s.repaid_satang)::bigint, sum(s.at_risk_30_satang)::bigint, sum(s.missing_satang)::bigint,
             sum(s.defaulted_satang)::bigint, sum(s.bank_satang)::bigint, sum(s.cash_satang)::bigint,
             sum(s.loans_active)::int, sum(s.households_served)::int, ${computedAt.toISOString()}::timestamptz
        FROM fund_year_stats s
        CROSS JOIN (VALUES (0), (2), (4), (6), (8)) AS lv(n)
       WHERE s.fiscal_year = ANY(${intArray(years)}) AND length(s.area_code) >= lv.n
       GROUP BY GROUPING SETS ((s.fiscal_year, lv.n, left(s.area_code, lv.n), s.fund_type),
                               (s.fiscal_year, lv.n, left(s.area_code, lv.n)))
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM written`,
  );
  return Number(r?.n ?? 0);
}

/**
 * Fresh statistics after a rebuild: the dashboard reads are primary-key lookups only when the planner knows
 * how many rows a year holds (before autovacuum gets there, it would scan the table instead).
 */
export async function analyzeRollups(db: Executor): Promise<void> {
  await db.execute(sql`ANALYZE area_year_rollup`);
  await db.execute(sql`ANALYZE fund_year_stats`);
}

// Reads.

const SUM_COLUMNS = sql`
  coalesce(r.funds, 0) AS "funds", coalesce(r.funds_at_risk, 0) AS "fundsAtRisk",
  coalesce(r.funds_with_missing, 0) AS "fundsWithMissing", coalesce(r.capital_satang, 0) AS "capitalSatang",
  coalesce(r.outstanding_satang, 0) AS "outstandingSatang", coalesce(r.disbursed_satang, 0) AS "disbursedSatang",
  coalesce(r.repaid_satang, 0) AS "repaidSatang", coalesce(r.at_risk_30_satang, 0) AS "atRisk30Satang",
  coalesce(r.missing_satang, 0) AS "missingSatang", coalesce(r.defaulted_satang, 0) AS "defaultedSatang",
  coalesce(r.bank_satang, 0) AS "bankSatang", coalesce(r.cash_satang, 0) AS "cashSatang",
  coalesce(r.loans_active, 0) AS "loansActive", coalesce(r.households_served, 0) AS "householdsServed",
  r.as_of::text AS "asOf"`;

export type SumsRow = RollupSums & { asOf: string | null };

const SUM_KEYS: readonly (keyof RollupSums)[] = [
  "funds",
  "fundsAtRisk",
  "fundsWithMissing",
  "capitalSatang",
  "outstandingSatang",
  "disbursedSatang",
  "repaidSatang",
  "atRisk30Satang",
  "missingSatang",
  "defaultedSatang",
  "bankSatang",
  "cashSatang",
  "loansActive",
  "householdsServed",
];

/** int8 columns come back as numbers from both engines (src/platform/database.ts); int4 too. */
function toSums<T extends Record<string, unknown>>(r: T): SumsRow {
  const out = { asOf: (r.asOf as string | null) ?? null } as SumsRow;
  for (const k of SUM_KEYS) out[k] = Number(r[k] ?? 0);
  return out;
}

export interface AreaNameRow {
  code: string;
  level: string;
  nameTh: string;
  nameEn: string | null;
  villageNo: number | null;
}

export async function selectAreas(db: Executor, codes: readonly string[]): Promise<AreaNameRow[]> {
  if (codes.length === 0) return [];
  return rows<AreaNameRow>(
    db,
    sql`SELECT code, level, name_th AS "nameTh", name_en AS "nameEn", village_no AS "villageNo"
          FROM area WHERE code IN (${sql.join(
            codes.map((c) => sql`${c}`),
            sql`, `,
          )}) ORDER BY length(code)`,
  );
}

export type ChildRow = SumsRow & AreaNameRow;

/**
 * A page of an area's children in code order (keyset on the code), each with its rollup or zeros: the area
 * table gives the children (so that areas without funds are listed too), then one primary-key lookup per
 * child gives their sums (of the newest year when none is given). Two statements on purpose: area.code is COLLATE "C" and the rollup's area_code is
 * not, and a join across the two collations cannot use the rollup's primary key (it filters the whole year).
 */
export async function selectChildSums(
  db: Executor,
  p: { fiscalYear: number | null; fundType: string; area: string; after?: string | undefined; limit: number },
): Promise<ChildRow[]> {
  const parent =
    p.area === "" ? sql`a.parent_code IS NULL AND a.level = 'province'` : sql`a.parent_code = ${p.area}`;
  const children = await rows<AreaNameRow>(
    db,
    sql`SELECT a.code, a.level, a.name_th AS "nameTh", a.name_en AS "nameEn", a.village_no AS "villageNo"
          FROM area a
         WHERE ${parent} ${p.after ? sql`AND a.code > ${p.after}` : sql``}
         ORDER BY a.code
         LIMIT ${p.limit}`,
  );
  if (children.length === 0) return [];
  const sums = await rows<Record<string, unknown> & { code: string }>(
    db,
    sql`SELECT r.area_code AS code, ${SUM_COLUMNS}
          FROM area_year_rollup r
         WHERE r.fiscal_year = ${
           p.fiscalYear ?? sql`(SELECT max(fiscal_year) FROM area_year_rollup)`
         } AND r.fund_type = ${p.fundType}
           AND r.area_code = ANY(${`{${children.map((c) => c.code).join(",")}}`}::varchar[])`,
  );
  const byCode = new Map(sums.map((r) => [r.code, toSums(r)]));
  return children.map((c) => ({
    ...(byCode.get(c.code) ?? toSums({})),
    code: c.code,
    level: c.level,
    nameTh: c.nameTh,
    nameEn: c.nameEn ?? null,
    villageNo: c.villageNo === null || c.villageNo === undefined ? null : Number(c.villageNo),
  }));
}

/**
 * The area's sums in every fiscal year from the first to the last in the rollups (zeros for a year without
 * funds there), in one statement. The years are an array so that each is one primary-key lookup: joined to a
 * generate_series instead, PostgreSQL merges against an index scan of every year's rows of the area.
 */
export async function selectTrend(
  db: Executor,
  p: { fundType: string; area: string },
): Promise<Array<SumsRow & { fiscalYear: number }>> {
  const found = await rows<Record<string, unknown>>(
    db,
    sql`WITH bounds AS (SELECT min(fiscal_year)::int AS lo, max(fiscal_year)::int AS hi FROM area_year_rollup)
        SELECT b.lo, b.hi, r.fiscal_year AS "fiscalYear", ${SUM_COLUMNS}
          FROM bounds b
          LEFT JOIN area_year_rollup r
            ON r.fiscal_year = ANY(ARRAY(SELECT generate_series(lo, hi) FROM bounds)::int[])
           AND r.fund_type = ${p.fundType} AND r.area_code = ${p.area}`,
  );
  const lo = found[0]?.lo;
  const hi = found[0]?.hi;
  if (lo === null || lo === undefined || hi === null || hi === undefined) return [];
  const byYear = new Map(
    found.filter((r) => r.fiscalYear !== null).map((r) => [Number(r.fiscalYear), toSums(r)]),
  );
  const out: Array<SumsRow & { fiscalYear: number }> = [];
  for (let y = Number(lo); y <= Number(hi); y++)
    out.push({ ...(byYear.get(y) ?? toSums({})), fiscalYear: y });
  return out;
}

export interface RefreshCounts {
  fundYears: number;
  areaRows: number;
}
