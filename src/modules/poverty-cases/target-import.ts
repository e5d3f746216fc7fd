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
  type CandidateRow,
  insertList,
  insertRows,
  selectCandidates,
  selectUnusualHouseNumbers,
  type TargetListRowInsert,
  updateListCounts,
  villageCodesIn,
} from "./targets.repository";
import { addressKey, houseNoKey } from "./thai-names";

export interface ImportTargetListInput extends ImportTargetListQuery {
  bytes: Buffer;
  fileName: string;
}

/** Rows matched per candidate query: bounds memory whatever the list's size. */
export const MATCH_BATCH = 20_000;
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

/** The row to store: the list's own details, citizen ID only as hash and masked, and its match. */
function toInsert(
  deps: Deps,
  listId: string,
  area: string,
  r: TargetRow,
  m: TargetMatch,
  hashOf: Map<string, string>,
  villageOf: Map<string, string>,
): TargetListRowInsert {
  return {
    id: deps.ids.uuid(),
    listId,
    lineNo: r.line,
    householdId: m.householdId,
    matchKind: m.kind,
    matchExplanation: m.explanation.th,
    matchExplanationEn: m.explanation.en,
    matchDifferences: m.differences,
    areaCode: r.villageCode ?? (m.householdId ? villageOf.get(m.householdId) : undefined) ?? area,
    villageCode: r.villageCode,
    houseNo: r.houseNo,
    houseNoKey: r.houseNo === null ? null : houseNoKey(r.houseNo),
    title: r.title,
    firstName: r.firstName,
    lastName: r.lastName,
    headName: headName(r),
    nameKey: r.nameKey,
    addressNameKey: r.addressNameKey,
    citizenIdHash: r.citizenId === null ? null : hashOf.get(r.citizenId)!,
    citizenIdMasked: r.citizenId === null ? null : maskCitizenId(r.citizenId),
    failingDimensions: r.failingDimensions,
    failingIndicators: r.failingIndicators === null ? null : r.failingIndicators.map(String),
    note: r.note,
  };
}

export async function importTargetList(
  deps: Deps,
  input: ImportTargetListInput,
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
  const file = await readTargetFile(input.bytes, input.fileName, input.encoding);
  const base = {
    dryRun: input.dryRun,
    committed: false,
    listId: null,
    format: file.format,
    encoding: file.encoding,
  };
  if ("error" in file) {
    return reject(input, {
      ...base,
      rowCount: 0,
      blankCount: 0,
      ignoredColumns: [],
      counts: emptyCounts(),
      errors: [file.error],
      preview: [],
    });
  }
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
    return reject(input, {
      ...base,
      rowCount: file.rows.length,
      blankCount: 0,
      ignoredColumns: [],
      counts: emptyCounts(),
      errors: errors.map((x) => ({ ...x, line: x.line + file.lineOffset })),
      preview: [],
    });
  }
  const shift = (line: number) => (line === 0 ? 0 : line + file.lineOffset);
  for (const r of parsed.rows) r.line = shift(r.line);
  const errors: ImportRowError[] = parsed.errors.map((x) => ({ ...x, line: shift(x.line) }));
  errors.push(...(await areaAndTableErrors(deps, input, area, parsed)));

  const hashOf = new Map<string, string>();
  for (const r of parsed.rows) {
    if (r.citizenId !== null) hashOf.set(r.citizenId, deps.crypto.lookupHash(r.citizenId));
  }
  const listId = deps.ids.uuid();
  const now = deps.clock.now();

  // Matching reads the register inside the commit's transaction, so a household closed meanwhile cannot slip in.
  const run = async (tx: Deps["db"]) => {
    const unusual = new Map<string, string[]>();
    for (const u of await selectUnusualHouseNumbers(tx, area)) {
      const key = addressKey(u.village_code, u.house_no);
      unusual.set(key, [...(unusual.get(key) ?? []), u.id]);
    }
    const counts = emptyCounts();
    const preview: MatchPreview[] = [];
    const closed: ImportRowError[] = [];
    let writing = !input.dryRun && errors.length === 0;
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
        fileFormat: file.format,
        createdBy: deps.actor.userId,
        createdAt: now,
      });
    }
    for (let i = 0; i < parsed.rows.length; i += MATCH_BATCH) {
      const batch = parsed.rows.slice(i, i + MATCH_BATCH);
      const hashes: string[] = [];
      const villageKeys: string[] = [];
      const houseKeys: string[] = [];
      const ids: string[] = [];
      for (const r of batch) {
        if (r.citizenId !== null) hashes.push(hashOf.get(r.citizenId)!);
        if (r.villageCode !== null && r.houseNo !== null) {
          villageKeys.push(r.villageCode);
          houseKeys.push(houseNoKey(r.houseNo));
          ids.push(...(unusual.get(addressKey(r.villageCode, r.houseNo)) ?? []));
        }
      }
      const candidates = groupCandidates(
        await selectCandidates(tx, { areaPrefix: area, hashes, villages: villageKeys, houseKeys, ids }),
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
        await insertRows(
          tx,
          batch.map((r, j) => toInsert(deps, listId, area, r, summary.matches[j]!, hashOf, villageOf)),
        );
      }
    }
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
  if (input.dryRun) return run(deps.db);
  return inTransaction(deps.db, async (tx) => {
    const report = await run(tx);
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
          format: file.format,
          rowCount: report.rowCount,
          counts: report.counts,
        },
      },
    );
    return report;
  });
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
