// Benchmark: the ศจก. restructuring planner on 12 debts across 27 member funds, against one loan-engine schedule in the same run.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSurvey, nanCentreFunds, twelveDebts } from "../src/modules/debt-centre/debt-test-fixture";
import { type PlanInput, planRestructuring } from "../src/modules/debt-centre/index";
import { CENTRE_PRODUCT, generateSchedule } from "../src/modules/loans/index";
import { median } from "./support";

/** The brief's target for one plan (issue 5, "Figures"). */
export const PLANNER_TARGET_MS = 50;
const RUNS = 200;
const WARM_UP = 20;

export interface DebtPlannerBenchResult {
  name: "debt-planner";
  debts: number;
  funds: number;
  runs: number;
  /** One plan, consolidated into one household contract (the centre's default). */
  consolidated: { medianMs: number; p95Ms: number };
  /** One plan with one contract per debt and fund (more schedules to build). */
  separate: { medianMs: number; p95Ms: number; contracts: number };
  /** One generateSchedule call: the refinanced total over the plan's term. */
  baseline: { medianMs: number; p95Ms: number };
  /** consolidated median ÷ baseline median. */
  ratio: number;
  termMonths: number;
  refinancedSatang: number;
  targetMs: number;
}

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

function timeRuns(runs: number, fn: () => unknown): { medianMs: number; p95Ms: number } {
  for (let k = 0; k < WARM_UP; k++) fn();
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), p95Ms: p95(times) };
}

/** The input a bench run plans: a heavily indebted household and a บ้านบัวชัย-like centre (27 funds, ~3 M baht). */
export function plannerBenchInput(consolidate: boolean): PlanInput {
  return {
    survey: buildSurvey({
      monthlyIncomeSatang: 4_500_000,
      monthlyExpensesSatang: 1_500_000,
      debts: twelveDebts(),
    }),
    plannedOn: "2026-02-01",
    funds: nanCentreFunds(),
    overrides: { consolidate },
  };
}

export async function benchDebtPlanner(runs = RUNS): Promise<DebtPlannerBenchResult> {
  const consolidatedInput = plannerBenchInput(true);
  const separateInput = plannerBenchInput(false);
  const plan = planRestructuring(consolidatedInput);
  const separatePlan = planRestructuring(separateInput);
  const termMonths = plan.termMonths ?? 1;
  const consolidated = timeRuns(runs, () => planRestructuring(consolidatedInput));
  const separate = timeRuns(runs, () => planRestructuring(separateInput));
  const baseline = timeRuns(runs, () =>
    generateSchedule({
      product: CENTRE_PRODUCT,
      principalSatang: plan.refinancedSatang,
      disbursedOn: "2026-02-01",
      scheduleType: "equal_instalments",
      instalmentCount: termMonths,
    }),
  );
  return {
    name: "debt-planner",
    debts: twelveDebts().length,
    funds: nanCentreFunds().length,
    runs,
    consolidated,
    separate: { ...separate, contracts: separatePlan.contracts.length },
    baseline,
    ratio: consolidated.medianMs / baseline.medianMs,
    termMonths,
    refinancedSatang: plan.refinancedSatang,
    targetMs: PLANNER_TARGET_MS,
  };
}

export function debtPlannerLines(r: DebtPlannerBenchResult): string[] {
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  const verdict = r.consolidated.p95Ms < r.targetMs ? "ok" : "OVER TARGET";
  return [
    [
      "debt-planner".padEnd(18),
      `${r.debts} debts × ${r.funds} funds`.padEnd(20),
      `median ${ms(r.consolidated.medianMs)}, p95 ${ms(r.consolidated.p95Ms)} (${r.runs} runs)`.padEnd(40),
      `one schedule ${ms(r.baseline.medianMs)}`.padEnd(26),
      `ratio ${r.ratio.toFixed(1)}×  (target < ${r.targetMs} ms: ${verdict})`,
    ].join(" "),
    `${"".padEnd(39)} one contract per debt and fund (${r.separate.contracts} contracts): median ${ms(r.separate.medianMs)}, p95 ${ms(r.separate.p95Ms)}`,
  ];
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `tsx bench/debt-planner.ts [runs]`: this benchmark alone.
  const runs = process.argv[2] ? Number(process.argv[2]) : undefined;
  process.stdout.write(`${debtPlannerLines(await benchDebtPlanner(runs)).join("\n")}\n`);
}
