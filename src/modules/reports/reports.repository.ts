// Report queries: the กข.คจ. funds of an area with their journal balances, loans, target households and the
// officers' notes, all as of a date, one set-based statement each for the whole area; and the notes' writes.
import { and, eq, sql } from "drizzle-orm";
import { fundReportNote } from "../../../db/schema/index";
import { type Executor, rows } from "../../platform/database";
import type { FundBalances, LoanFacts, ReportPeriod } from "./report-rules";

/** The funds a report covers: กข.คจ. funds of villages under the prefix, started by the as-of date, not closed. */
const FUNDS_IN_AREA = (prefix: string, asOf: string) => sql`
  select f.id, f.area_code, f.name, f.original_capital_satang
    from fund f
   where f.area_code like ${`${prefix}%`} and f.fund_type = 'kkj' and f.status <> 'closed'
     and f.started_on <= ${asOf}`;

export interface ReportFundRow {
  fundId: string;
  villageCode: string;
  villageName: string;
  subdistrictName: string;
  fundName: string;
  originalCapitalSatang: number;
  /** A committee set's term covers the as-of date. */
  hasCommittee: boolean;
  chairName: string | null;
  /** The officer who last took the village over (brown book handover) on or before the as-of date. */
  workerName: string | null;
  workerPosition: string | null;
}

export async function selectReportFunds(
  db: Executor,
  prefix: string,
  asOf: string,
): Promise<ReportFundRow[]> {
  return rows<ReportFundRow>(
    db,
    sql`with f as (${FUNDS_IN_AREA(prefix, asOf)})
        select f.id as "fundId", f.area_code as "villageCode", coalesce(v.name_th, '') as "villageName",
               coalesce(sd.name_th, '') as "subdistrictName",
               f.name as "fundName", f.original_capital_satang::int8 as "originalCapitalSatang",
               s.id is not null as "hasCommittee",
               (select m.name from committee_member m
                 where m.committee_set_id = s.id and m.position = 'chair' limit 1) as "chairName",
               h.to_name as "workerName", h.to_position as "workerPosition"
          from f
          left join area v on v.code = f.area_code
          left join area sd on sd.code = left(f.area_code, 6)
          left join lateral (
            select cs.id from committee_set cs
             where cs.fund_id = f.id and cs.term_start <= ${asOf} and cs.term_end >= ${asOf}
             order by cs.set_no desc limit 1) s on true
          left join lateral (
            select kh.to_name, kh.to_position from kkj_handover kh
             where kh.fund_id = f.id and kh.handed_on <= ${asOf}
             order by kh.handed_on desc, kh.created_at desc limit 1) h on true
         order by f.area_code, f.id`,
  );
}

/** Balances of each fund's bank, cash, other-asset and loans-receivable accounts from entries up to the date. */
export async function selectFundBalances(
  db: Executor,
  prefix: string,
  asOf: string,
): Promise<Map<string, FundBalances>> {
  const found = await rows<{ fundId: string; role: string; balance: number }>(
    db,
    sql`with f as (${FUNDS_IN_AREA(prefix, asOf)})
        select e.fund_id as "fundId", a.role, coalesce(sum(l.debit_satang - l.credit_satang), 0)::int8 as balance
          from f
          join journal_entry e on e.fund_id = f.id and e.entry_date <= ${asOf}
          join journal_line l on l.entry_id = e.id
          join ledger_account a on a.id = l.account_id
         where a.role in ('bank', 'cash', 'other_assets', 'loans_receivable')
         group by e.fund_id, a.role`,
  );
  const out = new Map<string, FundBalances>();
  for (const r of found) {
    const b = out.get(r.fundId) ?? {
      bankSatang: 0,
      cashSatang: 0,
      otherAssetsSatang: 0,
      loansReceivableSatang: 0,
    };
    if (r.role === "bank") b.bankSatang += r.balance;
    else if (r.role === "cash") b.cashSatang += r.balance;
    else if (r.role === "other_assets") b.otherAssetsSatang += r.balance;
    else b.loansReceivableSatang += r.balance;
    out.set(r.fundId, b);
  }
  return out;
}

/**
 * Every loan of the area's funds paid out by the as-of date, rebuilt as of that date from its events: the
 * repayments dated by then (less those whose reversal is dated by then), the write-off if dated by then, and
 * the oldest instalment of the current schedule that what was repaid by then does not cover (repayments go to
 * the oldest instalment first; principal repaid before a rescheduling is not part of the new schedule).
 */
export async function selectLoanFacts(
  db: Executor,
  prefix: string,
  period: ReportPeriod,
): Promise<LoanFacts[]> {
  const { asOf, from } = period;
  return rows<LoanFacts>(
    db,
    sql`with f as (${FUNDS_IN_AREA(prefix, asOf)}),
        l as (
          select l.id, l.fund_id, l.household_id, l.borrower_name, l.loan_no, l.principal_satang, l.disbursed_on,
                 l.current_version_no, l.written_off_on, l.write_off_satang, c.borrow_round,
                 v.principal_satang as version_principal
            from f
            join loan l on l.fund_id = f.id
            left join kkj_contract c on c.loan_id = l.id
            left join loan_version v on v.loan_id = l.id and v.version_no = l.current_version_no
           where l.status in ('active', 'closed', 'written_off') and l.disbursed_on <= ${asOf}),
        paid as (
          select r.loan_id, sum(r.principal_satang)::int8 as principal,
                 coalesce(sum(r.amount_satang) filter (where r.paid_on >= ${from}), 0)::int8 as in_year
            from l
            join loan_repayment r on r.loan_id = l.id
            left join journal_entry x on x.id = r.reversal_entry_id
           where r.paid_on <= ${asOf} and (x.id is null or x.entry_date > ${asOf})
           group by r.loan_id),
        due as (
          select i.loan_id, i.due_on,
                 sum(i.principal_satang) over (partition by i.loan_id order by i.seq) as cumulative
            from l join loan_instalment i on i.loan_id = l.id and i.version_no = l.current_version_no),
        oldest as (
          select d.loan_id, min(d.due_on) as due_on
            from due d
            join l on l.id = d.loan_id
            left join paid p on p.loan_id = d.loan_id
           where d.cumulative > coalesce(p.principal, 0) - (l.principal_satang - coalesce(l.version_principal, l.principal_satang))
           group by d.loan_id)
        select l.id as "loanId", l.fund_id as "fundId", l.household_id as "householdId",
               l.borrower_name as "borrowerName", l.loan_no as "loanNo",
               coalesce(l.borrow_round, row_number() over (
                 partition by l.fund_id, coalesce(l.household_id::text, l.id::text)
                 order by l.disbursed_on, l.id))::int as "borrowRound",
               l.disbursed_on::text as "disbursedOn", l.principal_satang::int8 as "principalSatang",
               coalesce(p.principal, 0)::int8 as "repaidPrincipalSatang",
               coalesce(p.in_year, 0)::int8 as "receivedInYearSatang",
               (case when l.written_off_on <= ${asOf}
                     then coalesce(l.write_off_satang, greatest(l.principal_satang - coalesce(p.principal, 0), 0))
                     else 0 end)::int8 as "writtenOffSatang",
               o.due_on::text as "oldestUnpaidDueOn"
          from l
          left join paid p on p.loan_id = l.id
          left join oldest o on o.loan_id = l.id
         order by l.fund_id, l.disbursed_on, l.id`,
  );
}

export interface TargetFacts {
  fundId: string;
  targetHouseholds: number;
  targetPersons: number;
  borrowedHouseholds: number;
  borrowedPersons: number;
  passingHouseholds: number;
  passingPersons: number;
}

/**
 * The target register on the as-of date per fund: households and their members, those that had borrowed by
 * then, and those whose latest จปฐ. survey up to the fiscal year passes the income criterion.
 */
export async function selectTargetFacts(
  db: Executor,
  prefix: string,
  asOf: string,
  surveyYear: number,
): Promise<Map<string, TargetFacts>> {
  const found = await rows<TargetFacts>(
    db,
    sql`with f as (${FUNDS_IN_AREA(prefix, asOf)}),
        t as (
          select t.fund_id, t.household_id, t.members_count
            from f join kkj_target t on t.fund_id = f.id
           where t.registered_on <= ${asOf} and (t.removed_on is null or t.removed_on > ${asOf})),
        b as (
          select distinct l.fund_id, l.household_id
            from f join loan l on l.fund_id = f.id
           where l.household_id is not null and l.disbursed_on <= ${asOf}
             and l.status in ('active', 'closed', 'written_off')),
        m as (
          select distinct on (r.household_id) r.household_id, r.passes_income_criterion, r.members_count
            from t join bmn_record r on r.household_id = t.household_id
           where r.survey_year <= ${surveyYear}
           order by r.household_id, r.survey_year desc)
        select t.fund_id as "fundId",
               count(*)::int as "targetHouseholds",
               coalesce(sum(t.members_count), 0)::int as "targetPersons",
               count(b.household_id)::int as "borrowedHouseholds",
               coalesce(sum(t.members_count) filter (where b.household_id is not null), 0)::int as "borrowedPersons",
               count(*) filter (where m.passes_income_criterion)::int as "passingHouseholds",
               coalesce(sum(m.members_count) filter (where m.passes_income_criterion), 0)::int as "passingPersons"
          from t
          left join b on b.fund_id = t.fund_id and b.household_id = t.household_id
          left join m on m.household_id = t.household_id
         group by t.fund_id`,
  );
  return new Map(found.map((r) => [r.fundId, r]));
}

export type ReportNoteRow = typeof fundReportNote.$inferSelect;

export async function selectReportNotes(
  db: Executor,
  prefix: string,
  fiscalYear: number,
): Promise<Map<string, ReportNoteRow>> {
  const found = await rows<ReportNoteRow>(
    db,
    sql`select n.fund_id as "fundId", n.fiscal_year as "fiscalYear", n.development_level as "developmentLevel",
               n.supporting_agencies as "supportingAgencies", n.problem_cause as "problemCause",
               n.problem_remedy as "problemRemedy", n.updated_by as "updatedBy", n.updated_at as "updatedAt"
          from fund_report_note n join fund f on f.id = n.fund_id
         where f.area_code like ${`${prefix}%`} and n.fiscal_year = ${fiscalYear}`,
  );
  return new Map(found.map((r) => [r.fundId, r]));
}

export async function findReportNote(
  db: Executor,
  fundId: string,
  fiscalYear: number,
): Promise<ReportNoteRow | undefined> {
  const [row] = await db
    .select()
    .from(fundReportNote)
    .where(and(eq(fundReportNote.fundId, fundId), eq(fundReportNote.fiscalYear, fiscalYear)))
    .limit(1);
  return row;
}

/** Inserts or replaces the note of a fund and fiscal year; the row is locked by the upsert itself. */
export async function upsertReportNote(db: Executor, row: ReportNoteRow): Promise<ReportNoteRow> {
  const [saved] = await db
    .insert(fundReportNote)
    .values(row)
    .onConflictDoUpdate({
      target: [fundReportNote.fundId, fundReportNote.fiscalYear],
      set: {
        developmentLevel: row.developmentLevel,
        supportingAgencies: row.supportingAgencies,
        problemCause: row.problemCause,
        problemRemedy: row.problemRemedy,
        updatedBy: row.updatedBy,
        updatedAt: row.updatedAt,
      },
    })
    .returning();
  return saved!;
}
