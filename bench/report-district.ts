// Benchmark: the 26(1) district report (data as of a date + PDF) for a district of 100 village funds, against
// one raw SQL aggregate over the same loans and repayments.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { getDistrictDebtReport, renderDistrictDebtReport } from "../src/modules/reports/index";
import { fixedClock } from "../src/platform/clock";
import { type Database, rows } from "../src/platform/database";
import { type BenchEngine, benchDeps, pgliteEngine, postgresEngine } from "./databases";
import { formatCount, formatSeconds, median, progress, type RssSampler, timed } from "./support";

/** Nam Phong, Khon Kaen: its sub-districts hold the generated villages. */
export const DISTRICT = "4007";
export const AS_OF = "2024-09-30";
/** The brief's target for the whole report (data and PDF) of a 100-village district. */
export const BUDGET_MS = 2_000;
const INSTALMENTS = 6;
const INSTALMENT_SATANG = 100_000;

export interface ReportDistrictBenchResult {
  name: "report-district";
  engine: string;
  villages: number;
  loans: number;
  repayments: number;
  journalLines: number;
  generateMs: number;
  reps: number;
  /** Median of the full report: getDistrictDebtReport + renderDistrictDebtReport. */
  reportMs: number;
  /** Median of the data part alone (the report queries and the maths). */
  dataMs: number;
  /** Median of the PDF part alone, on the same data. */
  pdfMs: number;
  pdfPages: number;
  pdfBytes: number;
  /** Median of one raw GROUP BY over the district's loans and repayments (per fund: count, lent, repaid). */
  baselineMs: number;
  /** reportMs ÷ baselineMs. */
  ratio: number;
  budgetMs: number;
}

/**
 * A district of `villages` กข.คจ. funds straight in SQL (triggers off, like a restore): each fund has 280,000
 * baht of capital in the bank, `borrowers` loans of 6,000 baht in six two-monthly instalments paid out from the
 * bank between Oct 2022 and Jun 2024, and a receipt (loan_repayment + journal entry) for each instalment due by
 * the as-of date, except that one borrower in five stopped paying after two instalments.
 */
export async function generateDistrict(
  database: Database,
  villages: number,
  borrowers: number,
): Promise<void> {
  const run = (q: string) => database.db.execute(sql.raw(q));
  const now = "'2024-06-01T00:00:00Z'::timestamptz";
  await run("SET session_replication_role = replica");
  await run(`CREATE TEMP TABLE rb_fund AS
    WITH subs AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS k, count(*) OVER () AS total
                    FROM area WHERE level = 'subdistrict' AND code LIKE '${DISTRICT}%')
    SELECT i AS idx, gen_random_uuid() AS id, s.code || lpad(((i / s.total) + 1)::text, 2, '0') AS area_code,
           s.code AS parent_code, ((i / s.total) + 1)::smallint AS village_no
      FROM generate_series(0, ${villages - 1}) i JOIN subs s ON s.k = i % s.total`);
  await run(`INSERT INTO area (code, level, parent_code, name_th, village_no)
    SELECT area_code, 'village', parent_code, 'บ้านทดสอบ ' || area_code, village_no FROM rb_fund
    ON CONFLICT (code) DO NOTHING`);
  await run(`INSERT INTO fund (id, area_code, fund_type, name, started_on, original_capital_satang, parameters,
                               status, created_at, updated_at)
    SELECT id, area_code, 'kkj', 'กองทุน กข.คจ. ' || area_code, '2000-01-01', 28000000, '{}', 'active', ${now}, ${now}
      FROM rb_fund`);
  await run(`INSERT INTO ledger_account (id, fund_id, code, name_th, name_en, account_type, normal_side, role, created_at)
    SELECT gen_random_uuid(), f.id, a.code, a.name_th, a.name_en, a.type, a.side, a.role, ${now}
      FROM rb_fund f CROSS JOIN (VALUES
        ('1101', 'เงินสด', 'Cash on hand', 'asset', 'debit', 'cash'),
        ('1111', 'เงินฝากธนาคาร', 'Bank deposit', 'asset', 'debit', 'bank'),
        ('1301', 'ลูกหนี้เงินยืม', 'Loans receivable', 'asset', 'debit', 'loans_receivable'),
        ('3101', 'ทุนเดิม', 'Capital', 'equity', 'credit', 'capital')) AS a(code, name_th, name_en, type, side, role)`);
  await run(`INSERT INTO committee_set (id, fund_id, set_no, term_start, term_end, created_at)
    SELECT gen_random_uuid(), id, 1, '2021-01-01', '2026-12-31', ${now} FROM rb_fund`);
  await run(`CREATE TEMP TABLE rb_loan AS
    SELECT n, gen_random_uuid() AS id, f.id AS fund_id, f.area_code,
           (date '2022-10-01' + (n * 7 % 640))::date AS disbursed_on,
           CASE WHEN n % 5 = 0 THEN 2 ELSE ${INSTALMENTS} END AS pays
      FROM generate_series(0, ${villages * borrowers - 1}) n JOIN rb_fund f ON f.idx = n % ${villages}`);
  await run(`CREATE TEMP TABLE rb_inst AS
    SELECT l.id AS loan_id, l.fund_id, k AS seq, (l.disbursed_on + make_interval(months => 2 * k))::date AS due_on,
           k <= l.pays AND (l.disbursed_on + make_interval(months => 2 * k))::date <= '${AS_OF}' AS paid
      FROM rb_loan l CROSS JOIN generate_series(1, ${INSTALMENTS}) k`);
  await run(`INSERT INTO loan_instalment (loan_id, version_no, seq, due_on, principal_satang, interest_satang,
                                         paid_principal_satang, paid_interest_satang, waived_interest_satang)
    SELECT loan_id, 1, seq, due_on, ${INSTALMENT_SATANG}, 0, CASE WHEN paid THEN ${INSTALMENT_SATANG} ELSE 0 END, 0, 0
      FROM rb_inst`);
  await run(`INSERT INTO loan (id, fund_id, area_code, borrower_name, loan_no, source_type, product, principal_satang,
                               status, contracted_on, disbursed_on, current_version_no, outstanding_principal_satang,
                               outstanding_interest_satang, created_at, updated_at)
    SELECT l.id, l.fund_id, l.area_code, 'ผู้ยืม ' || l.n, 'R-' || l.n, 'kkj_contract', '{}'::jsonb,
           ${INSTALMENTS * INSTALMENT_SATANG}, CASE WHEN p.paid = ${INSTALMENTS} THEN 'closed' ELSE 'active' END,
           l.disbursed_on, l.disbursed_on, 1, ${INSTALMENT_SATANG} * (${INSTALMENTS} - p.paid), 0, ${now}, ${now}
      FROM rb_loan l
      JOIN (SELECT loan_id, count(*) FILTER (WHERE paid) AS paid FROM rb_inst GROUP BY loan_id) p ON p.loan_id = l.id`);
  await run(`INSERT INTO loan_version (loan_id, version_no, starts_on, plan, principal_satang, interest_satang, created_at)
    SELECT id, 1, disbursed_on, '{}', ${INSTALMENTS * INSTALMENT_SATANG}, 0, ${now} FROM rb_loan`);
  const fy = (d: string) =>
    `(extract(year FROM ${d}) + CASE WHEN extract(month FROM ${d}) >= 10 THEN 544 ELSE 543 END)::smallint`;
  await run(`CREATE TEMP TABLE rb_entry AS
    SELECT gen_random_uuid() AS id, id AS fund_id, date '2020-01-01' AS entry_date, 'capital_grant' AS kind,
           28000000::bigint AS amount, 'bank' AS dr, 'capital' AS cr, NULL::uuid AS loan_id, 0 AS seq FROM rb_fund
    UNION ALL
    SELECT gen_random_uuid(), fund_id, disbursed_on, 'loan_disbursement', ${INSTALMENTS * INSTALMENT_SATANG},
           'loans_receivable', 'bank', id, 0 FROM rb_loan
    UNION ALL
    SELECT gen_random_uuid(), fund_id, due_on, 'loan_repayment', ${INSTALMENT_SATANG}, 'bank', 'loans_receivable',
           loan_id, seq FROM rb_inst WHERE paid`);
  await run(`INSERT INTO journal_entry (id, fund_id, entry_date, fiscal_year, kind, description, created_at)
    SELECT id, fund_id, entry_date, ${fy("entry_date")}, kind, kind, ${now} FROM rb_entry`);
  await run(`INSERT INTO journal_line (entry_id, line_no, account_id, debit_satang, credit_satang)
    SELECT e.id, x.line_no, a.id, CASE WHEN x.line_no = 1 THEN e.amount ELSE 0 END,
           CASE WHEN x.line_no = 2 THEN e.amount ELSE 0 END
      FROM rb_entry e CROSS JOIN (VALUES (1), (2)) AS x(line_no)
      JOIN ledger_account a ON a.fund_id = e.fund_id AND a.role = CASE WHEN x.line_no = 1 THEN e.dr ELSE e.cr END`);
  await run(`INSERT INTO loan_repayment (id, loan_id, fund_id, receipt_no, fiscal_year, paid_on, amount_satang,
                                        principal_satang, interest_satang, method, bank_account_id, allocation,
                                        journal_entry_id, created_at)
    SELECT gen_random_uuid(), e.loan_id, e.fund_id, left(replace(e.id::text, '-', ''), 24), ${fy("e.entry_date")}, e.entry_date,
           e.amount, e.amount, 0, 'bank', NULL, '[]', e.id, ${now}
      FROM rb_entry e WHERE e.kind = 'loan_repayment'`);
  await run("DROP TABLE rb_entry, rb_inst, rb_loan, rb_fund");
  await run("SET session_replication_role = origin");
  for (const table of [
    "area",
    "fund",
    "ledger_account",
    "committee_set",
    "loan",
    "loan_version",
    "loan_instalment",
  ])
    await run(`VACUUM ANALYZE ${table}`);
  for (const table of ["loan_repayment", "journal_entry", "journal_line"])
    await run(`VACUUM ANALYZE ${table}`);
}

async function count(database: Database, table: string): Promise<number> {
  const [r] = await rows<{ n: number }>(database.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
  return Number(r?.n ?? 0);
}

export async function benchReportDistrict(
  engine: BenchEngine,
  options: { villages?: number; borrowers?: number; reps?: number; sampler?: RssSampler } = {},
): Promise<ReportDistrictBenchResult> {
  const villages = options.villages ?? 100;
  const borrowers = options.borrowers ?? 20;
  const reps = options.reps ?? 5;
  await engine.prepareTemplate([]);
  const fresh = await engine.fresh();
  try {
    const database = await fresh.open();
    progress(`report-district/${engine.engine}: ${villages} village funds × ${borrowers} borrowers`);
    const generated = await timed(() => generateDistrict(database, villages, borrowers));
    const deps = { ...benchDeps(database), clock: fixedClock(`${AS_OF}T10:00:00Z`) };
    const input = { areaCode: DISTRICT, asOf: AS_OF };
    const createdAt = new Date(`${AS_OF}T10:00:00Z`);
    // One warm-up of each part: the first call pays for module and font loading, not for the report.
    const warm = await getDistrictDebtReport(deps, input);
    const warmPdf = await renderDistrictDebtReport(warm, { createdAt });
    if (warm.rows.length !== villages) throw new Error(`expected ${villages} rows, got ${warm.rows.length}`);
    if (warm.totals.unreconciledSatang !== 0) throw new Error("the generated loans and journal disagree");
    options.sampler?.reset();
    const full: number[] = [];
    const data: number[] = [];
    const pdf: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < reps; i++) {
      full.push(
        (
          await timed(async () =>
            renderDistrictDebtReport(await getDistrictDebtReport(deps, input), { createdAt }),
          )
        ).ms,
      );
      data.push((await timed(() => getDistrictDebtReport(deps, input))).ms);
      pdf.push((await timed(() => renderDistrictDebtReport(warm, { createdAt }))).ms);
      baseline.push(
        (
          await timed(() =>
            database.db.execute(sql`
              SELECT l.fund_id, count(*), sum(l.principal_satang), sum(r.repaid)
                FROM loan l
                LEFT JOIN (SELECT loan_id, sum(principal_satang) AS repaid FROM loan_repayment
                            WHERE paid_on <= ${AS_OF} GROUP BY loan_id) r ON r.loan_id = l.id
               WHERE l.area_code LIKE ${`${DISTRICT}%`} AND l.disbursed_on <= ${AS_OF}
               GROUP BY l.fund_id`),
          )
        ).ms,
      );
    }
    const pages = (warmPdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    const reportMs = median(full);
    const baselineMs = median(baseline);
    return {
      name: "report-district",
      engine: engine.engine,
      villages,
      loans: await count(database, "loan"),
      repayments: await count(database, "loan_repayment"),
      journalLines: await count(database, "journal_line"),
      generateMs: Math.round(generated.ms),
      reps,
      reportMs: Math.round(reportMs),
      dataMs: Math.round(median(data)),
      pdfMs: Math.round(median(pdf)),
      pdfPages: pages,
      pdfBytes: warmPdf.length,
      baselineMs: Math.round(baselineMs * 10) / 10,
      ratio: reportMs / baselineMs,
      budgetMs: BUDGET_MS,
    };
  } finally {
    await fresh.dispose();
  }
}

export function reportDistrictLines(r: ReportDistrictBenchResult): string[] {
  return [
    [
      "report-district".padEnd(18),
      r.engine.padEnd(9),
      `${formatCount(r.villages)} villages`.padEnd(19),
      `report ${formatSeconds(r.reportMs)}`.padEnd(14),
      `raw aggregate ${formatSeconds(r.baselineMs)}`.padEnd(22),
      `ratio ${r.ratio.toFixed(1)}×  (target ${formatSeconds(r.budgetMs)}: ${r.reportMs <= r.budgetMs ? "ok" : "OVER"})`,
    ].join(" "),
    `${"".padEnd(28)} data ${formatSeconds(r.dataMs)} · PDF ${formatSeconds(r.pdfMs)} (${r.pdfPages} pages, ${formatCount(Math.round(r.pdfBytes / 1024))} KB) · median of ${r.reps}`,
    `${"".padEnd(28)} ${formatCount(r.loans)} loans, ${formatCount(r.repayments)} repayments, ${formatCount(r.journalLines)} journal lines · generated in ${formatSeconds(r.generateMs)}`,
  ];
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `tsx bench/report-district.ts [pglite|postgres] [villages] [borrowers per village]`: this benchmark alone.
  const which = process.argv[2] ?? "pglite";
  const villages = process.argv[3] ? Number(process.argv[3]) : undefined;
  const borrowers = process.argv[4] ? Number(process.argv[4]) : undefined;
  const engine = which === "postgres" ? await postgresEngine() : pgliteEngine();
  if (!engine) throw new Error("no PostgreSQL server binary found");
  try {
    const result = await benchReportDistrict(engine, { villages, borrowers });
    process.stdout.write(`${reportDistrictLines(result).join("\n")}\n`);
  } finally {
    await engine.close();
  }
}
