// Imports a target-household list from CSV/XLSX: a dry run reports every bad row and every match; a commit writes the list and its matched rows all or nothing, audited.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { requirePermission } from "../../shared/authorization";
import type { ImportRowError } from "../../shared/contracts/index";
import { AppError, invalidInput } from "../../shared/errors";
import { maskCitizenId } from "../../shared/thai-id";
import { recordAudit } from "../audit/index";
import { findArea } from "../geography/index";
import { configForYear } from "./deprivation-config";
import { loadDeprivationConfigs } from "./deprivation-table";
import {
  type CandidateHousehold,
  inMemoryLookups,
  type MatchKind,
  matchTargets,
  type TargetMatch,
} from "./match-targets";
import { AREA, areaOf } from "./target-access";
import { readTargetFile } from "./target-file";
import { parseTargetList, type TargetListResult, type TargetRow } from "./target-list";
import type { ImportTargetListQuery, MatchPreview, TargetImportReport } from "./targets.contracts";
import {
  analyzeTargetStage,
  type CandidateRow,
  createTargetStage,
  insertList,
  insertMatchedRows,
  matchStagedRows,
  type StagedTargetRow,
  selectCandidateBatch,
  selectUnusualHouseNumbers,
  stageTargetRows,
  type TargetRowMatch,
  updateListCounts,
  villageCodesIn,
} from "./targets.repository";
import { addressKey, houseNoKey } from "./thai-names";

export interface ImportTargetListInput extends ImportTargetListQuery {
  bytes: Buffer;
  fileName: string;
}

/** Rows staged, matched and written per statement: bounds memory whatever the list's size. */
export const MATCH_BATCH = 20_000;

/** The phases of an import, timed for the benchmark: read the file, check the rows, stage, match, write. */
export type ImportPhase = "parse" | "validate" | "stage" | "match" | "commit";
export type PhaseObserver = (phase: ImportPhase, ms: number) => void;
const PREVIEW_ROWS = 100;

const emptyCounts = (): Record<MatchKind, number> => ({ exact_id: 0, address_name: 0, none: 0 });

function rowError(line: number, field: string | null, code: string, th: string, en: string): ImportRowError {
  return { line, field, code, message: th, messageEn: en };
}

function groupCandidates(found: readonly CandidateRow[]): CandidateHousehold[] {
  const byId = new Map<string, CandidateHousehold & { members: CandidateHousehold["members"][number][] }>();
  for (const c of found) {
    let h = byId.get(c.household_id);
    if (!h) {
      h = {
        householdId: c.household_id,
        villageCode: c.village_code,
        houseNo: c.house_no,
        status: c.status,
        members: [],
      };
      byId.set(c.household_id, h);
    }
    h.members.push({
      title: c.title,
      firstName: c.first_name,
      lastName: c.last_name,
      citizenIdHash: c.citizen_id_hash,
    });
  }
  return [...byId.values()];
}

/** Checks beyond the layout: the list's area, and imported indicators against the deprivation table of its data year. */
async function areaAndTableErrors(
  deps: Deps,
  input: ImportTargetListInput,
  area: string,
  parsed: TargetListResult,
): Promise<ImportRowError[]> {
  const errors: ImportRowError[] = [];
  for (const r of parsed.rows) {
    if (r.villageCode !== null && !r.villageCode.startsWith(area)) {
      errors.push(
        rowError(
          r.line,
          "village_code",
          "outside_area",
          `หมู่บ้าน ${r.villageCode} อยู่นอกพื้นที่ของบัญชี (${area || "ทั้งประเทศ"})`,
          `village ${r.villageCode} is outside the list's area (${area || "the nation"})`,
        ),
      );
    }
  }
  const carries = parsed.rows.filter((r) => r.failingIndicators !== null || r.failingDimensions !== null);
  if (carries.length === 0) return errors;
  if (input.dataYear === undefined) {
    errors.push(
      rowError(
        carries[0]!.line,
        "failing_indicators",
        "data_year_required",
        "บัญชีมีตัวชี้วัดหรือมิติที่ไม่ผ่าน ต้องระบุปีข้อมูล จปฐ. ของบัญชี",
        "the list carries failing indicators or dimensions: give the list's จปฐ. data year",
      ),
    );
    return errors;
  }
  const { configs } = await loadDeprivationConfigs(deps.db);
  let config: ReturnType<typeof configForYear>;
  try {
    config = configForYear(configs, input.dataYear);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    errors.push(rowError(0, null, "no_deprivation_config", e.messageTh, e.message));
    return errors;
  }
  const used = new Set(config.indicators.map((i) => i.bmn));
  for (const r of carries) {
    const outside = (r.failingIndicators ?? []).filter((n) => !used.has(n));
    if (outside.length > 0) {
      errors.push(
        rowError(
          r.line,
          "failing_indicators",
          "indicator_not_in_table",
          `ข้อ ${outside.join(", ")} ไม่อยู่ในตารางตัวชี้วัดฉบับ ${config.version} (ใช้ได้: ${[...used].join(", ")})`,
          `indicator ${outside.join(", ")} is not in the table version ${config.version} (allowed: ${[...used].join(", ")})`,
        ),
      );
    }
  }
  return errors;
}

/** Thai writes a title glued to the name (นายสมชาย ใจดี); a Latin title keeps its space. */
export function headName(r: Pick<TargetRow, "title" | "firstName" | "lastName">): string {
  const first =
    r.title !== "" && /^[ก-๙.]+$/.test(r.title) ? `${r.title}${r.firstName}` : `${r.title} ${r.firstName}`;
  return `${first.trim()} ${r.lastName}`.trim();
}

const joined = (list: readonly (string | number)[] | null): string | null =>
  list === null ? null : list.join(",");

/** The row's own details as staged: citizen ID only as hash and masked. */
function toStaged(r: TargetRow, hash: string | null): StagedTargetRow {
  return {
    line: r.line,
    villageCode: r.villageCode,
    houseNo: r.houseNo,
    houseNoKey: r.houseNo === null ? null : houseNoKey(r.houseNo),
    title: r.title,
    firstName: r.firstName,
    lastName: r.lastName,
    headName: headName(r),
    nameKey: r.nameKey,
    addressNameKey: r.addressNameKey,
    citizenIdHash: hash,
    citizenIdMasked: r.citizenId === null ? null : maskCitizenId(r.citizenId),
    failingDimensions: joined(r.failingDimensions),
    failingIndicators: joined(r.failingIndicators),
    note: r.note,
  };
}

/** The row's match as written beside its staged details. */
function toMatch(
  deps: Deps,
  area: string,
  r: TargetRow,
  m: TargetMatch,
  villageOf: Map<string, string>,
): TargetRowMatch {
  return {
    id: deps.ids.uuid(),
    line: r.line,
    householdId: m.householdId,
    matchKind: m.kind,
    matchExplanation: m.explanation.th,
    matchExplanationEn: m.explanation.en,
    matchDifferences: m.differences.join(","),
    areaCode: r.villageCode ?? (m.householdId ? villageOf.get(m.householdId) : undefined) ?? area,
  };
}

export async function importTargetList(
  deps: Deps,
  input: ImportTargetListInput,
  observe: PhaseObserver = () => {},
): Promise<TargetImportReport> {
  requirePermission(deps.actor, "households.import");
  const area = areaOf(deps, input.area);
  if (area !== "" && !(await findArea(deps.db, area))) {
    throw invalidInput("poverty.target_list_area_unknown", {
      th: `ไม่พบ${AREA.th}รหัส ${area}`,
      en: `${AREA.en} ${area} not found`,
    });
  }
  if (input.sourceKind === "agency" && !input.agencyName) {
    throw invalidInput("poverty.agency_name_required", {
      th: "บัญชีของหน่วยงานต้องระบุชื่อหน่วยงาน",
      en: "An agency list needs the agency's name",
    });
  }
  let clock = performance.now();
  const lap = (phase: ImportPhase) => {
    const now = performance.now();
    observe(phase, now - clock);
    clock = now;
  };
  const read = await readAndParse(deps, input, lap);
  if ("report" in read) return reject(input, read.report);
  const { parsed, base } = read;

  const errors: ImportRowError[] = parsed.errors;
  errors.push(...(await areaAndTableErrors(deps, input, area, parsed)));
  // Each citizen ID is hashed once; the hash serves the stage, the candidate query and the match.
  const hashes = parsed.rows.map((r) => (r.citizenId === null ? null : deps.crypto.lookupHash(r.citizenId)));
  const listId = deps.ids.uuid();
  const now = deps.clock.now();
  lap("validate");

  // One transaction for both: the staging table lives on its connection, and matching reads the register
  // inside the commit's transaction, so a household closed meanwhile cannot slip in.
  const run = async (tx: Deps["db"]) => {
    await createTargetStage(tx);
    for (let i = 0; i < parsed.rows.length; i += MATCH_BATCH) {
      const end = Math.min(parsed.rows.length, i + MATCH_BATCH);
      const part: StagedTargetRow[] = [];
      for (let j = i; j < end; j++) part.push(toStaged(parsed.rows[j]!, hashes[j]!));
      await stageTargetRows(tx, part);
    }
    await analyzeTargetStage(tx);
    const unusual = new Map<string, string[]>();
    for (const u of await selectUnusualHouseNumbers(tx, area)) {
      const key = addressKey(u.village_code, u.house_no);
      unusual.set(key, [...(unusual.get(key) ?? []), u.id]);
    }
    const odd = { lines: [] as number[], ids: [] as string[] };
    if (unusual.size > 0) {
      for (const r of parsed.rows) {
        if (r.villageCode === null || r.houseNo === null) continue;
        for (const id of unusual.get(addressKey(r.villageCode, r.houseNo)) ?? []) {
          odd.lines.push(r.line);
          odd.ids.push(id);
        }
      }
    }
    lap("stage");
    await matchStagedRows(tx, { areaPrefix: area, unusual: odd });

    const counts = emptyCounts();
    const preview: MatchPreview[] = [];
    const closed: ImportRowError[] = [];
    let writing = !input.dryRun && errors.length === 0;
    let writeMs = 0;
    if (writing) {
      await insertList(tx, {
        id: listId,
        name: input.name,
        sourceKind: input.sourceKind,
        agencyName: input.agencyName ?? null,
        programmeYear: input.programmeYear,
        areaCode: area,
        dataYear: input.dataYear ?? null,
        rowCount: parsed.rows.length,
        exactIdCount: 0,
        addressNameCount: 0,
        noneCount: 0,
        status: "committed",
        fileName: input.fileName,
        fileFormat: base.format,
        createdBy: deps.actor.userId,
        createdAt: now,
      });
    }
    for (let i = 0; i < parsed.rows.length; i += MATCH_BATCH) {
      const batch = parsed.rows.slice(i, i + MATCH_BATCH);
      const hashOf = new Map<string, string>();
      batch.forEach((r, j) => {
        if (r.citizenId !== null) hashOf.set(r.citizenId, hashes[i + j]!);
      });
      const candidates = groupCandidates(
        await selectCandidateBatch(tx, {
          fromLine: batch[0]!.line,
          toLine: batch[batch.length - 1]!.line + 1,
        }),
      );
      const villageOf = new Map(candidates.map((h) => [h.householdId, h.villageCode]));
      const lookups = inMemoryLookups(candidates, (id) => hashOf.get(id)!);
      const summary = matchTargets(batch, lookups);
      for (const k of Object.keys(counts) as MatchKind[]) counts[k] += summary.counts[k];
      closed.push(...summary.closedErrors);
      if (summary.closedErrors.length > 0) writing = false;
      for (let j = 0; j < batch.length && preview.length < PREVIEW_ROWS; j++) {
        const r = batch[j]!;
        const m = summary.matches[j]!;
        preview.push({
          line: r.line,
          headName: headName(r),
          villageCode: r.villageCode ?? (m.householdId ? (villageOf.get(m.householdId) ?? null) : null),
          houseNo: r.houseNo,
          matchKind: m.kind,
          householdId: m.householdId,
          explanation: m.explanation.th,
          explanationEn: m.explanation.en,
        });
      }
      if (writing) {
        const started = performance.now();
        await insertMatchedRows(
          tx,
          listId,
          batch.map((r, j) => toMatch(deps, area, r, summary.matches[j]!, villageOf)),
        );
        writeMs += performance.now() - started;
      }
    }
    // Rows are written batch by batch as they are matched: the write's share is reported as the commit.
    clock += writeMs;
    lap("match");
    clock -= writeMs;
    const all = [...errors, ...closed].sort((a, b) => a.line - b.line);
    const report: TargetImportReport = {
      ...base,
      listId: null,
      rowCount: parsed.rowCount,
      blankCount: parsed.blankCount,
      ignoredColumns: parsed.ignoredColumns,
      counts,
      errors: all,
      preview,
    };
    if (input.dryRun) return report;
    // Throwing rolls back the rows already written: nothing is half-imported.
    reject(input, report);
    await updateListCounts(tx, listId, counts);
    return { ...report, committed: true, listId };
  };
  const report = await inTransaction(deps.db, async (tx) => {
    const result = await run(tx);
    if (input.dryRun) return result;
    await recordAudit(
      { ...deps, db: tx },
      {
        action: "poverty.target_list.imported",
        entityType: "pov_target_list",
        entityId: listId,
        areaCode: area || null,
        details: {
          name: input.name,
          sourceKind: input.sourceKind,
          programmeYear: input.programmeYear,
          dataYear: input.dataYear ?? null,
          fileName: input.fileName,
          format: base.format,
          rowCount: result.rowCount,
          counts: result.counts,
        },
      },
    );
    return result;
  });
  lap("commit");
  return report;
}

type ReportBase = Pick<TargetImportReport, "dryRun" | "committed" | "listId" | "format" | "encoding">;

/**
 * Reads the file and checks its layout and rows. The file's cells are dropped once parsed (only the checked
 * rows are kept), so a large list is never held twice.
 */
async function readAndParse(
  deps: Deps,
  input: ImportTargetListInput,
  lap: (phase: ImportPhase) => void,
): Promise<{ parsed: TargetListResult; base: ReportBase } | { report: TargetImportReport }> {
  const file = await readTargetFile(input.bytes, input.fileName, input.encoding);
  const base: ReportBase = {
    dryRun: input.dryRun,
    committed: false,
    listId: null,
    format: file.format,
    encoding: file.encoding,
  };
  const empty = { blankCount: 0, ignoredColumns: [], counts: emptyCounts(), preview: [] };
  if ("error" in file) return { report: { ...base, ...empty, rowCount: 0, errors: [file.error] } };
  lap("parse");
  const villages = await villageCodesIn(deps.db, "");
  let parsed: TargetListResult;
  try {
    parsed = parseTargetList({
      header: file.header,
      rows: file.rows,
      isKnownVillage: (c) => villages.has(c),
    });
  } catch (e) {
    const errors = (e instanceof AppError && (e.details as { errors?: ImportRowError[] })?.errors) || null;
    if (!errors) throw e;
    return {
      report: {
        ...base,
        ...empty,
        rowCount: file.rows.length,
        errors: errors.map((x) => ({ ...x, line: x.line + file.lineOffset })),
      },
    };
  }
  const shift = (line: number) => (line === 0 ? 0 : line + file.lineOffset);
  for (const r of parsed.rows) r.line = shift(r.line);
  for (const x of parsed.errors) x.line = shift(x.line);
  return { parsed, base };
}

/** A commit with any error is refused with the whole report; a dry run returns it. */
function reject(input: ImportTargetListInput, report: TargetImportReport): TargetImportReport {
  if (input.dryRun || report.errors.length === 0) return report;
  const first = report.errors[0]!;
  const more = report.errors.length - 1;
  throw invalidInput(
    "poverty.target_list_rejected",
    {
      th: `ไม่ได้นำเข้าบัญชีเป้าหมาย: แถวที่ ${first.line} ${first.message}${more > 0 ? ` (และอีก ${more} รายการ)` : ""} กรุณาแก้ไขไฟล์แล้วลองใหม่`,
      en: `The target list was not imported: line ${first.line} ${first.messageEn}${more > 0 ? ` (and ${more} more)` : ""}. Fix the file and try again.`,
    },
    report,
  );
}
