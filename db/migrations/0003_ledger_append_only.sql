-- The journal is append-only: corrections are reversing entries, never UPDATE or DELETE, whoever asks.
CREATE OR REPLACE FUNCTION journal_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: post a reversing entry instead', TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER journal_entry_no_update BEFORE UPDATE OR DELETE ON journal_entry
  FOR EACH ROW EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
CREATE TRIGGER journal_entry_no_truncate BEFORE TRUNCATE ON journal_entry
  FOR EACH STATEMENT EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
CREATE TRIGGER journal_line_no_update BEFORE UPDATE OR DELETE ON journal_line
  FOR EACH ROW EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
CREATE TRIGGER journal_line_no_truncate BEFORE TRUNCATE ON journal_line
  FOR EACH STATEMENT EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
-- Checked at commit (deferred), so an entry and its lines are inserted first and judged as a whole: an entry
-- with fewer than two lines, unequal debits and credits, or a line on another fund's account never commits.
CREATE OR REPLACE FUNCTION journal_entry_check_balance() RETURNS trigger AS $$
DECLARE
  target uuid;
  line_count integer;
  debit_total numeric;
  credit_total numeric;
  foreign_lines integer;
BEGIN
  IF TG_TABLE_NAME = 'journal_entry' THEN
    target := NEW.id;
  ELSE
    target := NEW.entry_id;
  END IF;
  SELECT count(*), coalesce(sum(l.debit_satang), 0), coalesce(sum(l.credit_satang), 0),
         count(*) FILTER (WHERE a.fund_id <> e.fund_id)
    INTO line_count, debit_total, credit_total, foreign_lines
    FROM journal_entry e
    LEFT JOIN journal_line l ON l.entry_id = e.id
    LEFT JOIN ledger_account a ON a.id = l.account_id
   WHERE e.id = target;
  IF line_count < 2 OR debit_total <> credit_total OR foreign_lines > 0 THEN
    RAISE EXCEPTION 'journal entry % is not a balanced entry of its fund (% lines, debit %, credit %, % foreign)',
      target, line_count, debit_total, credit_total, foreign_lines
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER journal_entry_balanced AFTER INSERT ON journal_entry
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_check_balance();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER journal_line_balanced AFTER INSERT ON journal_line
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_check_balance();
