// Benchmark: a savings group's year-end close for 1,000 members, against a plain sum over the same members in the same run.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type CloseMember, closeYear, parseGroupBylaws } from "../src/modules/savings-groups/index";
import { median } from "./support";

/** The brief's target for one close (issue 5, "Figures"). */
export const CLOSE_TARGET_MS = 2_000;
const MEMBERS = 1_000;
const RUNS = 50;

export interface SavingsCloseBenchResult {
  name: "savings-close";
  members: number;
  runs: number;
  close: { medianMs: number; p95Ms: number };
  /** Σ share-months and Σ interest over the members: the least any close must do. */
  baseline: { medianMs: number; p95Ms: number };
  ratio: number;
  netProfitSatang: number;
  targetMs: number;
}

/** Deterministic members (a linear congruential generator, so every run closes the same group). */
export function benchMembers(count: number, seed = 20_260_306): CloseMember[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state;
  };
  return Array.from({ length: count }, (_, k) => {
    const shares = 1 + (next() % 20);
    const months = 1 + (next() % 12);
    const balance = shares * 5_000 * (12 + (next() % 60));
    return {
      memberNo: String(k + 1),
      shareBalanceSatang: balance,
      shareMonthsSatang: balance * months,
      interestPaidSatang: next() % 3 === 0 ? 0 : next() % 1_000_000,
    };
  });
}

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

function timeRuns(runs: number, fn: () => unknown): { medianMs: number; p95Ms: number } {
  for (let k = 0; k < 5; k++) fn();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), p95Ms: p95(times) };
}

export async function benchYearEndClose(members = MEMBERS, runs = RUNS): Promise<SavingsCloseBenchResult> {
  const bylaws = parseGroupBylaws();
  const group = benchMembers(members);
  // A group of this size (domain.md §6: 160 members, 2,048,000 baht) scaled up: about 6 % on savings.
  const savings = group.reduce((a, m) => a + m.shareBalanceSatang, 0);
  const netProfitSatang = Math.floor(savings * 0.06) + 7;
  const close = timeRuns(runs, () => closeYear({ bylaws, netProfitSatang, members: group }));
  let sink = 0;
  const baseline = timeRuns(runs, () => {
    let shareMonths = 0;
    let interest = 0;
    for (const m of group) {
      shareMonths += m.shareMonthsSatang!;
      interest += m.interestPaidSatang;
    }
    sink += shareMonths + interest;
  });
  if (sink < 0) throw new Error("unreachable: keeps the baseline loop from being optimised away");
  return {
    name: "savings-close",
    members,
    runs,
    close,
    baseline,
    ratio: close.medianMs / baseline.medianMs,
    netProfitSatang,
    targetMs: CLOSE_TARGET_MS,
  };
}

export function savingsCloseLines(r: SavingsCloseBenchResult): string[] {
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  const verdict = r.close.p95Ms < r.targetMs ? "ok" : "OVER TARGET";
  return [
    [
      "savings-close".padEnd(18),
      `${r.members.toLocaleString("en-US")} members`.padEnd(20),
      `median ${ms(r.close.medianMs)}, p95 ${ms(r.close.p95Ms)} (${r.runs} runs)`.padEnd(40),
      `plain sum ${ms(r.baseline.medianMs)}`.padEnd(26),
      `ratio ${r.ratio.toFixed(0)}×  (target < ${r.targetMs} ms: ${verdict})`,
    ].join(" "),
  ];
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `tsx bench/savings-close.ts [members]`: this benchmark alone.
  const members = process.argv[2] ? Number(process.argv[2]) : undefined;
  process.stdout.write(`${savingsCloseLines(await benchYearEndClose(members)).join("\n")}\n`);
}
