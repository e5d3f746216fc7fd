// Benchmark: the database year-end close of a 1,000-member savings group with a year of deposits and loans (load, allocate, persist, post), against a baseline in the same run.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { getLoan, recordRepayment } from "../src/modules/loans/index";
import {
  addMember,
  checkMemberLoanRequest,
  closeGroupYear,
  getYearClose,
  makeMemberLoan,
  recordDeposits,
} from "../src/modules/savings-groups/index";
import { buildSavingsGroup } from "../src/modules/savings-groups/savings-test-fixture";
import { inTransaction, rows } from "../src/platform/database";
import { type BenchEngine, benchDeps, pgliteEngine, postgresEngine } from "./databases";
import { median, progress } from "./support";

/** The brief's target for one close of a 1,000-member group (issue 5, "Figures"). */
export const DB_CLOSE_TARGET_MS = 2_000;
const MEMBERS = 1_000;
const LOANS = 60;
const PREVIEW_RUNS = 5;
const FY = 2566;
const MONTHS = [
  "2022-10",
  "2022-11",
  "2022-12",
  "2023-01",
  "2023-02",
  "2023-03",
  "2023-04",
  "2023-05",
  "2023-06",
  "2023-07",
  "2023-08",
  "2023-09",
];

export interface SavingsCloseDbBenchResult {
  name: "savings-close-db";
  engine: string;
  members: number;
  shareRows: number;
  repayments: number;
  setupMs: number;
  /** The close itself: load from the journal and the share rows, allocate, store 1,000 rows, post the entry. */
  closeMs: number;
  /** The same load and allocation without writing (the preview), median of a few runs. */
  previewMedianMs: number;
  /** Reading the year's share rows grouped by member and inserting 1,000 rows into a scratch table, in one transaction. */
  baselineMedianMs: number;
  ratio: number;
  netProfitSatang: number;
  targetMs: number;
}

async function benchOne(engine: BenchEngine): Promise<SavingsCloseDbBenchResult> {
  await engine.prepareTemplate([]);
  const fresh = await engine.fresh();
  const database = await fresh.open();
  try {
    const deps = benchDeps(database);
    const setupStart = performance.now();
    const f = await buildSavingsGroup(deps, {
      villageCode: "40070951",
      prefix: "bench",
      bylaws: { entryFeeSatang: 0 },
    });
    progress(`savings-close-db ${engine.engine}: admitting ${MEMBERS} members`);
    const ids: string[] = [];
    for (let k = 0; k < MEMBERS; k++) {
      const m = await addMember(f.at("2022-09-01", "secretary"), f.fundId, {
        name: `สมาชิกทดสอบ ${k + 1}`,
        joinedOn: "2022-09-01",
        beneficiaries: [{ name: `ทายาท ${k + 1}`, relationship: "บุตร", shareBp: 10_000 }],
      });
      ids.push(m.id);
    }
    progress(`savings-close-db ${engine.engine}: a year of deposits and ${LOANS} loans`);
    const loanIds: string[] = [];
    for (const month of MONTHS) {
      await recordDeposits(f.at(`${month}-05`, "finance"), f.fundId, {
        month,
        paidOn: `${month}-05`,
        rows: ids.map((memberId, k) => ({ memberId, shares: 1 + (k % 20) })),
      });
      if (month === "2023-03") {
        for (let k = 0; k < LOANS; k++) {
          const request = { memberId: ids[k]!, guarantorIds: [ids[k + 100]!, ids[k + 200]!] };
          const check = await checkMemberLoanRequest(f.at("2023-03-06", "chair"), f.fundId, {
            ...request,
            amountSatang: 1,
          });
          const loan = await makeMemberLoan(f.at("2023-03-06", "chair"), f.fundId, {
            ...request,
            amountSatang: Math.max(10_000, Math.floor(check.availableSatang / 20_000) * 10_000),
            instalmentCount: 6,
            contractedOn: "2023-03-06",
            resolutionRef: "มติที่ประชุมประจำเดือน มีนาคม 2566",
          });
          loanIds.push(loan.loanId);
        }
      }
    }
    let repayments = 0;
    for (const loanId of loanIds) {
      const detail = await getLoan(f.at("2023-03-06"), loanId);
      for (const i of detail.versions[0]!.instalments) {
        await recordRepayment(f.at(i.dueOn, "secretary"), loanId, {
          amountSatang: i.principalSatang + i.interestSatang,
          paidOn: i.dueOn,
          method: "cash",
        });
        repayments++;
      }
    }
    const setupMs = performance.now() - setupStart;
    const closeDay = f.at("2023-10-20", "officer");

    const previews: number[] = [];
    for (let k = 0; k < PREVIEW_RUNS; k++) {
      const start = performance.now();
      await getYearClose(closeDay, f.fundId, FY);
      previews.push(performance.now() - start);
    }
    const baselines: number[] = [];
    await database.db.execute(sql`create table bench_sg_scratch (member_id uuid, amount_satang bigint)`);
    for (let k = 0; k < PREVIEW_RUNS; k++) {
      const start = performance.now();
      await inTransaction(database.db, async (tx) => {
        const sums = await rows<{ member_id: string; total: number }>(
          tx,
          sql`select member_id, sum(amount_satang)::bigint as total from sg_share_txn
              where fund_id = ${f.fundId} and month_on between '2022-10-01' and '2023-09-01' group by member_id`,
        );
        for (let i = 0; i < sums.length; i += 1000) {
          const part = sums.slice(i, i + 1000);
          await tx.execute(
            sql`insert into bench_sg_scratch values ${sql.join(
              part.map((s) => sql`(${s.member_id}, ${s.total})`),
              sql`, `,
            )}`,
          );
        }
      });
      baselines.push(performance.now() - start);
    }
    const start = performance.now();
    const closed = await closeGroupYear(closeDay, f.fundId, { fiscalYear: FY });
    const closeMs = performance.now() - start;
    if (closed.members.length !== MEMBERS) throw new Error(`closed ${closed.members.length} members`);
    const baselineMedianMs = median(baselines);
    return {
      name: "savings-close-db",
      engine: engine.engine,
      members: MEMBERS,
      shareRows: MEMBERS * MONTHS.length,
      repayments,
      setupMs,
      closeMs,
      previewMedianMs: median(previews),
      baselineMedianMs,
      ratio: closeMs / baselineMedianMs,
      netProfitSatang: closed.netProfitSatang,
      targetMs: DB_CLOSE_TARGET_MS,
    };
  } finally {
    // dispose closes the database it opened.
    await fresh.dispose();
  }
}

export async function benchSavingsCloseDb(
  engines: readonly BenchEngine[],
): Promise<SavingsCloseDbBenchResult[]> {
  const out: SavingsCloseDbBenchResult[] = [];
  for (const engine of engines) out.push(await benchOne(engine));
  return out;
}

export function savingsCloseDbLines(results: readonly SavingsCloseDbBenchResult[]): string[] {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  return results.map((r) =>
    [
      `savings-close-db ${r.engine}`.padEnd(27),
      `${r.members.toLocaleString("en-US")} members, ${r.shareRows.toLocaleString("en-US")} share rows, ${r.repayments} repayments`.padEnd(
        52,
      ),
      `close ${ms(r.closeMs)} (preview ${ms(r.previewMedianMs)})`.padEnd(30),
      `baseline ${ms(r.baselineMedianMs)}`.padEnd(16),
      `ratio ${r.ratio.toFixed(1)}×  (target < ${r.targetMs} ms: ${r.closeMs < r.targetMs ? "ok" : "OVER TARGET"}; setup ${(r.setupMs / 1000).toFixed(0)} s)`,
    ].join(" "),
  );
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `tsx bench/savings-close-db.ts [pglite|postgres|both]`: this benchmark alone.
  const which = process.argv[2] ?? "both";
  const engines: BenchEngine[] = [];
  if (which !== "postgres") engines.push(pgliteEngine());
  if (which !== "pglite") {
    const pg = await postgresEngine();
    if (pg) engines.push(pg);
  }
  try {
    process.stdout.write(`${savingsCloseDbLines(await benchSavingsCloseDb(engines)).join("\n")}\n`);
  } finally {
    for (const e of engines) await e.close();
  }
}
