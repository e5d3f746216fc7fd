// Benchmark: Thai full-text search (segmented words, weighted tsvector, GIN, ts_rank) over 100,000 synthetic knowledge records through the search use case, against a naive ILIKE '%…%' scan of the same records.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { searchRecords } from "../src/modules/knowledge/index";
import { categoryLexeme } from "../src/modules/knowledge/knowledge.repository";
import { indexText, searchWords } from "../src/modules/knowledge/thai-search";
import { type Database, rows } from "../src/platform/database";
import type { Actor } from "../src/shared/actor";
import { type BenchEngine, benchDeps, pgliteEngine, postgresEngine } from "./databases";
import { formatCount, formatSeconds, progress, type RssSampler } from "./support";

export const DEFAULT_RECORDS = 100_000;
/** The brief's target for one search (p95 of all timed queries). */
export const TARGET_P95_MS = 50;
const BATCH = 500;

export interface KnowledgeSearchBenchResult {
  name: "knowledge-search";
  engine: string;
  records: number;
  generateMs: number;
  /** Timed searches (queries × repetitions) per method. */
  searches: number;
  /** The search use case: segmentation, to_tsquery, GIN, ts_rank, 20 results with highlighted snippets. */
  search: { p50Ms: number; p95Ms: number; maxMs: number };
  /** Baseline: every query word as ILIKE '%word%' over title and body, newest first, 20 rows. */
  baseline: { p50Ms: number; p95Ms: number; maxMs: number };
  /** search p95 ÷ baseline p95. */
  ratio: number;
  targetP95Ms: number;
  /** p50/p95 of the search per query shape. */
  shapes: { shape: QueryShape; p50Ms: number; p95Ms: number; maxMs: number }[];
  /** Per query: matches as the search counts them (capped), median and p95 ms of the search, median of the baseline. */
  queries: {
    q: string;
    shape: QueryShape;
    filter: string;
    hits: number;
    hitsMore: boolean;
    searchMs: number;
    searchP95Ms: number;
    baselineMs: number;
  }[];
}

/** A small deterministic generator, so that every run searches the same records. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// Vocabulary of the synthetic records (written for the benchmark): topic words for titles, and body words.
const TOPICS = [
  "เลี้ยงไก่ไข่",
  "เลี้ยงปลาดุก",
  "เลี้ยงกบ",
  "เลี้ยงหมู",
  "ปุ๋ยหมักชีวภาพ",
  "น้ำหมักชีวภาพ",
  "ทอผ้าไหม",
  "ทอผ้าฝ้าย",
  "จักสานไม้ไผ่",
  "แปรรูปกล้วย",
  "แปรรูปมะม่วง",
  "ข้าวกล้องงอก",
  "เพาะเห็ดฟาง",
  "ปลูกผักปลอดสารพิษ",
  "ออมวันละบาท",
  "บัญชีครัวเรือน",
  "บริหารกองทุน",
  "ตลาดออนไลน์",
  "โคกหนองนา",
  "สมุนไพรไล่แมลง",
];
const BODY = [
  "ชาวบ้าน",
  "ชุมชน",
  "สมาชิก",
  "กลุ่ม",
  "รายได้",
  "รายจ่าย",
  "ครัวเรือน",
  "หมู่บ้าน",
  "ตำบล",
  "ประชุม",
  "วางแผน",
  "ขาย",
  "ตลาด",
  "ผลผลิต",
  "คุณภาพ",
  "ต้นทุน",
  "กำไร",
  "แบ่งปัน",
  "เรียนรู้",
  "ทดลอง",
  "ปรับปรุง",
  "ติดตาม",
  "บันทึก",
  "ฤดูฝน",
  "หน้าแล้ง",
  "น้ำ",
  "ดิน",
  "ปุ๋ย",
  "อาหาร",
  "เงินทุน",
  "ยืม",
  "คืน",
  "ดอกเบี้ย",
  "ธนาคาร",
  "สหกรณ์",
  "เทคนิค",
  "ขั้นตอน",
  "วัตถุดิบ",
  "บรรจุภัณฑ์",
  "ฉลาก",
  "มาตรฐาน",
  "พัฒนากร",
  "ปราชญ์",
  "เยาวชน",
  "ผู้สูงอายุ",
  "แกลบ",
  "ฟาง",
  "รำข้าว",
  "มูลสัตว์",
  "กากน้ำตาล",
  "จุลินทรีย์",
  "โรงเรือน",
  "วัคซีน",
  "ลูกค้า",
  "ออนไลน์",
  "ส่งออก",
  "ของฝาก",
  "หัตถกรรม",
  "ย้อมสี",
  "ลวดลาย",
];
/**
 * Rarer words, one in about a tenth of the records' lessons (Zipf again): from about 1,900 records for the
 * first down to about 100 for the last, so the benchmark also searches words that few records hold.
 */
const RARE = [
  "มะขาม",
  "ตะไคร้",
  "กระชาย",
  "ขมิ้น",
  "มะนาว",
  "พริก",
  "กระเทียม",
  "หอมแดง",
  "ไผ่",
  "หวาย",
  "ครั่ง",
  "คราม",
  "มะเกลือ",
  "ปลาร้า",
  "ทุเรียน",
  "ลำไย",
  "ยางพารา",
  "อ้อย",
  "ข้าวโพด",
  "ไข่เค็ม",
  "ไส้เดือน",
  "ผึ้ง",
  "แพะ",
  "ห่าน",
  "ปลานิล",
  "หญ้าแฝก",
  "แหนแดง",
  "กระติบ",
  "มะพร้าว",
  "สับปะรด",
  "ขนมจีน",
  "ลูกประคบ",
  "บ่อบาดาล",
  "กระถิน",
  "ตาล",
  "งา",
  "ข่า",
  "แจ่ว",
  "จิ้งหรีด",
  "ชันโรง",
];
/** Share of records whose lessons mention one rare word. */
const RARE_SHARE = 0.1;

/** Zipf-like pick: the first words of a list are far more common than the last. */
function zipf<T>(list: readonly T[], r: () => number): T {
  return list[Math.min(list.length - 1, Math.floor(list.length * r() ** 2.2))]!;
}

function words(list: readonly string[], n: number, r: () => number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += zipf(list, r);
  return out;
}

interface Generated {
  title: string;
  category: string;
  background: string;
  steps: string;
  results: string;
  lessons: string;
}

const CATEGORIES = [
  "agriculture",
  "livestock",
  "handicraft",
  "food_processing",
  "savings",
  "fund_management",
];

function generateRecord(r: () => number): Generated {
  const topic = zipf(TOPICS, r);
  return {
    title: `${topic}${words(BODY, 2, r)}`,
    category: CATEGORIES[Math.floor(r() * CATEGORIES.length)]!,
    background: words(BODY, 20, r),
    steps: `${words(BODY, 15, r)}${topic}${words(BODY, 25, r)}`,
    results: words(BODY, 15, r),
    lessons: `${words(BODY, 15, r)}${r() < RARE_SHARE ? zipf(RARE, r) : ""}`,
  };
}

/**
 * `count` published records spread over the reference sub-districts, indexed exactly like the use case does
 * (Intl.Segmenter words, weights A/B/C), inserted in batches of 500; then VACUUM ANALYZE.
 */
export async function generateRecords(database: Database, count: number, seed = 2567): Promise<void> {
  const r = rng(seed);
  const areas = (
    await rows<{ code: string }>(
      database.db,
      sql`SELECT code FROM area WHERE level = 'subdistrict' ORDER BY code`,
    )
  ).map((a) => a.code);
  if (areas.length === 0) throw new Error("no reference sub-districts in the template");
  const base = Date.parse("2024-01-01T00:00:00Z");
  for (let start = 0; start < count; start += BATCH) {
    const values = [];
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const g = generateRecord(r);
      const area = areas[Math.floor(r() * areas.length)]!;
      const at = new Date(base + i * 60_000).toISOString();
      const id = `${(i + 1).toString(16).padStart(8, "0")}-0000-4000-8000-000000000000`;
      values.push(
        sql`(${id}::uuid, ${area}, ${g.title}, ${g.category}, 'ปราชญ์ชุมชน', 'เกษตรกร', 'ที่ทำการกลุ่ม',
          ${g.background}, ${g.steps}, ${g.results}, ${g.lessons}, 'published',
          setweight(to_tsvector('simple', ${indexText(g.title)}::text), 'A')
            || setweight(to_tsvector('simple', ${indexText("ปราชญ์ชุมชน เกษตรกร ที่ทำการกลุ่ม")}::text), 'B')
            || setweight(to_tsvector('simple', ${indexText(g.background, g.steps, g.results, g.lessons)}::text), 'C')
            || array_to_tsvector(ARRAY[${categoryLexeme(g.category)}::text]),
          to_tsvector('simple', ${indexText(g.title)}::text),
          ${at}::timestamptz, ${at}::timestamptz, ${at}::timestamptz)`,
      );
    }
    await database.db.execute(sql`INSERT INTO kn_record (id, area_code, title, category_code, owner_name,
        owner_position, owner_office, background, steps, results, lessons, status, search, title_search, created_at, updated_at,
        published_at) VALUES ${sql.join(values, sql`, `)}`);
    if ((start / BATCH) % 40 === 0) progress(`knowledge-search: ${formatCount(start + BATCH)} records`);
  }
  await database.db.execute(sql`VACUUM ANALYZE kn_record`);
}

/** What a query is made of, reported separately: the cost of a search depends mostly on how many records match. */
export type QueryShape = "frequent" | "topic" | "rare" | "phrase" | "prefix" | "filtered";

/**
 * The queries timed, by shape: words in most records (frequent), topic words in 2–25 % (topic), words in
 * 0.1–1 % (rare), two or three words without spaces (phrase), a short prefix being typed (prefix), and with
 * category and area filters (filtered).
 */
export const QUERIES: { q: string; shape: QueryShape; category?: string; area?: string }[] = [
  { q: "ชุมชน", shape: "frequent" },
  { q: "การเลี้ยงไก่", shape: "frequent" },
  { q: "ชาวบ้านรายได้", shape: "frequent" },
  { q: "เลี้ยงไก่ไข่", shape: "topic" },
  { q: "ปุ๋ยหมัก", shape: "topic" },
  { q: "บัญชีครัวเรือน", shape: "topic" },
  { q: "สมุนไพรไล่แมลง", shape: "topic" },
  { q: "ชันโรง", shape: "rare" },
  { q: "ปลานิล", shape: "rare" },
  { q: "ขนมจีน", shape: "rare" },
  { q: "ย้อมสีลวดลาย", shape: "phrase" },
  { q: "กากน้ำตาลจุลินทรีย์", shape: "phrase" },
  { q: "ส่งออกของฝาก", shape: "phrase" },
  { q: "ไข่เค็มชุมชน", shape: "phrase" },
  { q: "ทอผ้าไห", shape: "prefix" },
  { q: "ชุ", shape: "prefix" },
  { q: "เลี้ยงป", shape: "prefix" },
  { q: "ตลาดออนไลน์", shape: "filtered", category: "food_processing" },
  { q: "เงินทุน", shape: "filtered", area: "40" },
  { q: "แปรรูปกล้วย", shape: "filtered", area: "4007" },
  { q: "ขั้นตอนเทคนิค", shape: "filtered", category: "agriculture", area: "55" },
  { q: "ปลานิล", shape: "filtered", category: "livestock" },
  { q: "ชุมชน", shape: "filtered", category: "savings", area: "40" },
];

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function summary(ms: readonly number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted[sorted.length - 1]!),
  };
}

/** The naive way: each word as ILIKE '%word%' over the title and the four sections (no index can help). */
async function baselineSearch(database: Database, q: string, filters: { category?: string; area?: string }) {
  const terms = [...new Set(searchWords(q))];
  const conditions = terms.map(
    (w) =>
      sql`(r.title || ' ' || r.background || ' ' || r.steps || ' ' || r.results || ' ' || r.lessons) ILIKE ${`%${w}%`}`,
  );
  if (filters.category) conditions.push(sql`r.category_code = ${filters.category}`);
  if (filters.area) conditions.push(sql`r.area_code LIKE ${`${filters.area}%`}`);
  return rows<{ id: string }>(
    database.db,
    sql`SELECT r.id, r.title, r.background FROM kn_record r
         WHERE r.status = 'published' AND ${sql.join(conditions, sql` AND `)}
         ORDER BY r.updated_at DESC LIMIT 20`,
  );
}

const READER: Actor = {
  kind: "user",
  userId: "0190a0a0-0000-7000-8000-0000000000aa",
  username: "bench.reader",
  role: "household_member",
  scopeCode: "40070908",
  householdId: null,
};

export async function benchKnowledgeSearch(
  engine: BenchEngine,
  options: { records?: number; reps?: number; baselineReps?: number; sampler?: RssSampler } = {},
): Promise<KnowledgeSearchBenchResult> {
  const records = options.records ?? DEFAULT_RECORDS;
  const reps = options.reps ?? 10;
  // The naive scan takes seconds per query: fewer repetitions keep the run short, its p95 is not the point.
  const baselineReps = options.baselineReps ?? 2;
  await engine.prepareTemplate([]);
  const fresh = await engine.fresh();
  try {
    const database = await fresh.open();
    progress(`knowledge-search/${engine.engine}: generating ${formatCount(records)} records`);
    const started = performance.now();
    await generateRecords(database, records);
    const generateMs = performance.now() - started;
    const deps = { ...benchDeps(database), actor: READER };
    const search = (x: (typeof QUERIES)[number]) =>
      searchRecords(deps, { q: x.q, category: x.category, area: x.area, status: "published", limit: 20 });
    // Warm-up: the first searches pay for caches and the segmenter's dictionary, not for the search; one
    // naive scan reads the whole table into the cache for the baseline.
    for (const x of QUERIES) await search(x);
    await baselineSearch(database, QUERIES[0]!.q, QUERIES[0]!);
    options.sampler?.reset();
    const searchMs: number[] = [];
    const baselineMs: number[] = [];
    const byShape = new Map<QueryShape, number[]>();
    const perQuery: KnowledgeSearchBenchResult["queries"] = [];
    const mineOf = QUERIES.map((): number[] => []);
    // Rounds over all queries rather than one query at a time, so that a burst of load spreads over every shape.
    for (let i = 0; i < reps; i++) {
      for (const [k, x] of QUERIES.entries()) {
        const t = performance.now();
        await search(x);
        mineOf[k]!.push(performance.now() - t);
      }
    }
    for (const [k, x] of QUERIES.entries()) {
      const mine = mineOf[k]!;
      const theirs: number[] = [];
      for (let i = 0; i < baselineReps; i++) {
        const t = performance.now();
        await baselineSearch(database, x.q, x);
        theirs.push(performance.now() - t);
      }
      searchMs.push(...mine);
      baselineMs.push(...theirs);
      byShape.set(x.shape, [...(byShape.get(x.shape) ?? []), ...mine]);
      const page = await search(x);
      perQuery.push({
        q: x.q,
        shape: x.shape,
        filter: [x.category, x.area].filter(Boolean).join(" "),
        hits: page.matches?.count ?? 0,
        hitsMore: page.matches?.more ?? false,
        searchMs: summary(mine).p50Ms,
        searchP95Ms: summary(mine).p95Ms,
        baselineMs: summary(theirs).p50Ms,
      });
    }
    const mine = summary(searchMs);
    const theirs = summary(baselineMs);
    return {
      name: "knowledge-search",
      engine: engine.engine,
      records,
      generateMs: Math.round(generateMs),
      searches: searchMs.length,
      search: mine,
      baseline: theirs,
      ratio: mine.p95Ms / theirs.p95Ms,
      targetP95Ms: TARGET_P95_MS,
      shapes: [...byShape].map(([shape, ms]) => ({ shape, ...summary(ms) })),
      queries: perQuery,
    };
  } finally {
    await fresh.dispose();
  }
}

export function knowledgeSearchLines(r: KnowledgeSearchBenchResult): string[] {
  const verdict = r.search.p95Ms <= r.targetP95Ms ? "ok" : "OVER";
  return [
    [
      "knowledge-search".padEnd(18),
      r.engine.padEnd(9),
      `${formatCount(r.records)} records`.padEnd(19),
      `search p95 ${r.search.p95Ms} ms (p50 ${r.search.p50Ms})`.padEnd(30),
      `ILIKE p95 ${r.baseline.p95Ms} ms (p50 ${r.baseline.p50Ms})`.padEnd(30),
      `ratio ${r.ratio.toFixed(3)}×  (target p95 ≤ ${r.targetP95Ms} ms: ${verdict})`,
    ].join(" "),
    `${"".padEnd(28)} ${r.searches} timed searches · max ${r.search.maxMs} ms (ILIKE ${r.baseline.maxMs} ms) · generated and indexed in ${formatSeconds(r.generateMs)}`,
    `${"".padEnd(28)} by shape: ${r.shapes.map((x) => `${x.shape} p50 ${x.p50Ms} / p95 ${x.p95Ms} ms`).join(" · ")}`,
    ...r.queries.map(
      (x) =>
        `${"".padEnd(28)}   ${x.shape.padEnd(8)} ${x.q}${x.filter ? ` [${x.filter}]` : ""}: ${x.hitsMore ? "more than " : ""}${formatCount(x.hits)} hits · p50 ${x.searchMs} / p95 ${x.searchP95Ms} ms vs ILIKE ${x.baselineMs} ms`,
    ),
  ];
}

const isMain =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  // `tsx bench/knowledge-search.ts [pglite|postgres] [records]`: this benchmark alone.
  const which = process.argv[2] ?? "pglite";
  const records = process.argv[3] ? Number(process.argv[3]) : undefined;
  const engine = which === "postgres" ? await postgresEngine() : pgliteEngine();
  if (!engine) throw new Error("no PostgreSQL server binary found");
  try {
    const result = await benchKnowledgeSearch(engine, { records });
    process.stdout.write(`${knowledgeSearchLines(result).join("\n")}\n`);
  } finally {
    await engine.close();
  }
}
