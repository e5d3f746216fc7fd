// Benchmark: validating and matching a 200,000-row target list against an in-memory index of 1,000,000 synthetic households, against building that index.
import { createHmac } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  type CandidateHousehold,
  type Cell,
  inMemoryLookups,
  type MatchKind,
  matchTargets,
  parseTargetList,
} from "../src/modules/poverty-cases/index";
import { citizenIdCheckDigit } from "../src/shared/thai-id";
import { formatCount, formatMb, osPeakRssBytes, perSecond } from "./support";

export const DEFAULT_HOUSEHOLDS = 1_000_000;
export const DEFAULT_ROWS = 200_000;
const HOUSES_PER_VILLAGE = 100;

const FIRST = ["สมชาย", "สมศรี", "บุญมี", "คำแก้ว", "ทองดี", "มาลี", "ประจักษ์", "บัวผัน", "สมพร", "จันทร์เพ็ญ"];
const LAST = ["ใจดี", "ศรีสุข", "อุ่นใจ", "มีสุข", "สอนปะละ", "คำโหลน", "ดอกไม้", "ทองคำ", "แก้วมณี", "บุญมา"];

export interface TargetMatchBenchResult {
  name: "target-match";
  households: number;
  members: number;
  rows: number;
  /** Generating the synthetic households (not part of any figure below). */
  generateMs: number;
  /** Baseline: indexing every household by member ID hash and by address (HMAC hashes included). */
  indexMs: number;
  /** parseTargetList: header, checksums, area codes, names, duplicates. */
  parseMs: number;
  /** matchTargets: hashing each row's ID and looking it up, falling back to address + name. */
  matchMs: number;
  rowsPerSecond: number;
  /** (parse + match) ÷ index build. */
  ratio: number;
  counts: Record<MatchKind, number>;
  closed: number;
  peakRssBytes: number;
}

const key = Buffer.alloc(32, 7);
const hmac = (id: string): string => createHmac("sha256", key).update(id).digest("hex");

function idOf(n: number): string {
  const first12 = `1${String(n).padStart(11, "0")}`;
  return `${first12}${citizenIdCheckDigit(first12)}`;
}

const villageOf = (v: number): string => `40${String(v).padStart(6, "0")}`;

/** Household k: village k ÷ 100, house (k mod 100) + 1, a head and (every other household) a spouse; 1 in 50 closed. */
function generateHouseholds(count: number): CandidateHousehold[] {
  const out: CandidateHousehold[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const members = [
      {
        title: "นาย",
        firstName: FIRST[k % 10]!,
        lastName: LAST[(k >> 3) % 10]!,
        citizenIdHash: hmac(idOf(2 * k)),
      },
    ];
    if (k % 2 === 0) {
      members.push({
        title: "นาง",
        firstName: FIRST[(k + 3) % 10]!,
        lastName: LAST[(k >> 3) % 10]!,
        citizenIdHash: hmac(idOf(2 * k + 1)),
      });
    }
    out[k] = {
      householdId: `hh-${k}`,
      villageCode: villageOf(Math.floor(k / HOUSES_PER_VILLAGE)),
      houseNo: String((k % HOUSES_PER_VILLAGE) + 1),
      status: k % 50 === 49 ? "closed" : "active",
      members,
    };
  }
  return out;
}

/**
 * Row r names household k = (r × 4,999) mod households (distinct for every r, since 4,999 is prime to the
 * household count). r mod 10: 0–5 exact ID; 6–7 address + name only (Thai digits, glued title); 8 an unknown
 * ID with a good address (falls back to address + name); 9 a house that does not exist (none).
 */
function generateRows(rows: number, households: number): Cell[][] {
  const out: Cell[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const k = (r * 4_999) % households;
    const village = villageOf(Math.floor(k / HOUSES_PER_VILLAGE));
    const house = String((k % HOUSES_PER_VILLAGE) + 1);
    const first = FIRST[k % 10]!;
    const last = LAST[(k >> 3) % 10]!;
    const kind = r % 10;
    if (kind <= 5) out[r] = [idOf(2 * k), village, house, "นาย", first, last];
    else if (kind <= 7)
      out[r] = ["", village, house.replace(/\d/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)]!), "", `นาย${first}`, last];
    else if (kind === 8) out[r] = [idOf(900_000_000 + r), village, house, "", first, last];
    else out[r] = ["", village, String(HOUSES_PER_VILLAGE + 1 + (r % 7)), "", first, last];
  }
  return out;
}

export function benchTargetMatch(
  households = DEFAULT_HOUSEHOLDS,
  rows = DEFAULT_ROWS,
): TargetMatchBenchResult {
  if (rows > households) throw new RangeError("each row names a distinct household: rows ≤ households");
  let t = performance.now();
  const register = generateHouseholds(households);
  const cells = generateRows(rows, households);
  const villages = new Set<string>();
  for (let v = 0; v * HOUSES_PER_VILLAGE < households; v++) villages.add(villageOf(v));
  const generateMs = performance.now() - t;

  t = performance.now();
  const lookups = inMemoryLookups(register, hmac);
  const indexMs = performance.now() - t;

  t = performance.now();
  const parsed = parseTargetList({
    header: ["เลขประจำตัวประชาชน", "รหัสหมู่บ้าน", "บ้านเลขที่", "คำนำหน้า", "ชื่อ", "นามสกุล"],
    rows: cells,
    isKnownVillage: (code) => villages.has(code),
  });
  const parseMs = performance.now() - t;
  if (parsed.errors.length > 0)
    throw new Error(`synthetic list has errors: ${JSON.stringify(parsed.errors[0])}`);

  t = performance.now();
  const summary = matchTargets(parsed.rows, lookups);
  const matchMs = performance.now() - t;

  // The synthetic list's make-up fixes the counts: a check that the run matched what it should.
  const expected = { exact_id: 0, address_name: 0, none: 0 };
  for (let r = 0; r < rows; r++) {
    const kind = r % 10;
    if (kind <= 5) expected.exact_id++;
    else if (kind <= 8) expected.address_name++;
    else expected.none++;
  }
  if (JSON.stringify(expected) !== JSON.stringify(summary.counts)) {
    throw new Error(
      `unexpected match counts ${JSON.stringify(summary.counts)}, expected ${JSON.stringify(expected)}`,
    );
  }
  return {
    name: "target-match",
    households,
    members: register.reduce((n, h) => n + h.members.length, 0),
    rows,
    generateMs,
    indexMs,
    parseMs,
    matchMs,
    rowsPerSecond: perSecond(rows, parseMs + matchMs),
    ratio: (parseMs + matchMs) / indexMs,
    counts: summary.counts,
    closed: summary.closedErrors.length,
    peakRssBytes: osPeakRssBytes(),
  };
}

export function targetMatchLines(r: TargetMatchBenchResult): string[] {
  const ms = (x: number) => `${formatCount(x)} ms`;
  return [
    [
      "target-match".padEnd(18),
      `${formatCount(r.rows)} rows × ${formatCount(r.households)} households`.padEnd(34),
      `parse ${ms(r.parseMs)} + match ${ms(r.matchMs)} (${formatCount(r.rowsPerSecond)} rows/s)`.padEnd(46),
      `index build ${ms(r.indexMs)}`.padEnd(22),
      `ratio ${r.ratio.toFixed(2)}×`,
    ].join(" "),
    `${"".padEnd(19)}exact_id ${formatCount(r.counts.exact_id)}, address_name ${formatCount(r.counts.address_name)}, none ${formatCount(r.counts.none)}, closed ${formatCount(r.closed)}; ${formatCount(r.members)} members; generated in ${ms(r.generateMs)}; peak RSS ${formatMb(r.peakRssBytes)}`,
  ];
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `tsx bench/target-match.ts [households] [rows]`: this benchmark alone.
  const households = process.argv[2] ? Number(process.argv[2]) : undefined;
  const rows = process.argv[3] ? Number(process.argv[3]) : undefined;
  process.stdout.write(`${targetMatchLines(benchTargetMatch(households, rows)).join("\n")}\n`);
}
