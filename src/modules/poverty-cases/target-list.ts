// The target-household list layout (TPMAP, district survey or agency lists) and row validation: citizen ID checksum, area codes, names, duplicates inside the list.

import { levelOfCode } from "../../shared/area-code";
import { BMN_INDICATOR_COUNT, type ImportRowError } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { isValidCitizenId } from "../../shared/thai-id";
import { DIMENSION_NAMES, DIMENSIONS, type Dimension } from "./deprivation-config";
import { addressKey, cleanText, nameKey, toArabicDigits } from "./thai-names";

export const TARGET_LIST_SOURCES = ["tpmap", "district_survey", "agency"] as const;
export type TargetListSource = (typeof TARGET_LIST_SOURCES)[number];

export const TARGET_LIST_SOURCE_NAMES: Record<TargetListSource, { th: string; en: string }> = {
  tpmap: { th: "คนจนเป้าหมาย TPMAP", en: "TPMAP target poor" },
  district_survey: { th: "บัญชีสำรวจของอำเภอ", en: "District survey list" },
  agency: { th: "บัญชีของหน่วยงาน", en: "Agency list" },
};

export type TargetColumnKey =
  | "citizen_id"
  | "village_code"
  | "house_no"
  | "title"
  | "first_name"
  | "last_name"
  | "failing_dimensions"
  | "failing_indicators"
  | "note";

export interface TargetColumn {
  key: TargetColumnKey;
  headerTh: string;
  headerEn: string;
  /** Other spellings accepted in the header (compared without spaces, case-insensitive). */
  aliases: readonly string[];
  maxLength: number;
  descriptionTh: string;
  descriptionEn: string;
}

/**
 * The documented layout: one row per target household (its head or the person the list names). A row is
 * keyed by the 13-digit citizen ID, or by village code + house number + first name, or both. Columns not
 * listed here are ignored (TPMAP exports carry many more).
 */
export const TARGET_LIST_COLUMNS: readonly TargetColumn[] = [
  {
    key: "citizen_id",
    headerTh: "เลขประจำตัวประชาชน",
    headerEn: "citizen_id",
    aliases: ["เลขบัตรประชาชน", "เลขประจำตัวประชาชน13หลัก", "pid", "national_id"],
    maxLength: 20,
    descriptionTh: "เลข 13 หลัก (มีขีดหรือเว้นวรรคได้) ต้องผ่านการตรวจเลขหลักสุดท้าย",
    descriptionEn: "13 digits (dashes or spaces allowed); the check digit must be valid",
  },
  {
    key: "village_code",
    headerTh: "รหัสหมู่บ้าน",
    headerEn: "village_code",
    aliases: ["village_id", "รหัสหมู่บ้าน8หลัก"],
    maxLength: 8,
    descriptionTh: "รหัสหมู่บ้าน 8 หลัก (รหัสตำบล 6 หลัก + หมู่ที่ 2 หลัก) ที่มีอยู่ในระบบ",
    descriptionEn: "8-digit village code (6-digit sub-district + 2-digit village number) known to Kaejon",
  },
  {
    key: "house_no",
    headerTh: "บ้านเลขที่",
    headerEn: "house_no",
    aliases: ["เลขที่บ้าน", "house_number"],
    maxLength: 32,
    descriptionTh: "บ้านเลขที่ เช่น 12 หรือ 12/3 (ต้องขึ้นต้นด้วยตัวเลข)",
    descriptionEn: "House number, e.g. 12 or 12/3 (must start with a digit)",
  },
  {
    key: "title",
    headerTh: "คำนำหน้า",
    headerEn: "title",
    aliases: ["คำนำหน้าชื่อ", "prefix"],
    maxLength: 32,
    descriptionTh: "นาย นาง นางสาว ด.ช. ด.ญ. ฯลฯ (ไม่บังคับ)",
    descriptionEn: "Title (optional)",
  },
  {
    key: "first_name",
    headerTh: "ชื่อ",
    headerEn: "first_name",
    aliases: ["ชื่อตัว", "ชื่อหัวหน้าครัวเรือน"],
    maxLength: 100,
    descriptionTh: "ชื่อ (จำเป็นเมื่อไม่มีเลขประจำตัวประชาชน)",
    descriptionEn: "First name (required when there is no citizen ID)",
  },
  {
    key: "last_name",
    headerTh: "นามสกุล",
    headerEn: "last_name",
    aliases: ["สกุล"],
    maxLength: 100,
    descriptionTh: "นามสกุล",
    descriptionEn: "Last name",
  },
  {
    key: "failing_dimensions",
    headerTh: "มิติที่ไม่ผ่าน",
    headerEn: "failing_dimensions",
    aliases: ["มิติ"],
    maxLength: 200,
    descriptionTh: "มิติที่ไม่ผ่าน คั่นด้วยจุลภาค: สุขภาพ, ความเป็นอยู่, การศึกษา, รายได้, การเข้าถึงบริการรัฐ (ไม่บังคับ)",
    descriptionEn:
      "Failing dimensions, comma-separated: health, living, education, income, public_access (Thai names accepted; optional)",
  },
  {
    key: "failing_indicators",
    headerTh: "ตัวชี้วัดที่ไม่ผ่าน",
    headerEn: "failing_indicators",
    aliases: ["ตัวชี้วัด", "จปฐ.ที่ไม่ผ่าน"],
    maxLength: 200,
    descriptionTh: "เลขข้อ จปฐ. ที่ไม่ผ่าน คั่นด้วยจุลภาค เช่น 8,22 (ไม่บังคับ)",
    descriptionEn: "Failing BMN indicator numbers, comma-separated, e.g. 8,22 (optional)",
  },
  {
    key: "note",
    headerTh: "หมายเหตุ",
    headerEn: "note",
    aliases: ["remark"],
    maxLength: 500,
    descriptionTh: "หมายเหตุ (ไม่บังคับ)",
    descriptionEn: "Note (optional)",
  },
];

/** A bound against runaway files: above the largest national TPMAP list (≈ 650,000 households, domain §8). */
export const MAX_TARGET_LIST_ROWS = 1_000_000;

export interface TargetRow {
  /** Line in the file: the header is line 1. */
  line: number;
  /** 13 digits, or null when the list keys this row by address only. */
  citizenId: string | null;
  villageCode: string | null;
  houseNo: string | null;
  title: string;
  firstName: string;
  lastName: string;
  /** The normalised name (thai-names.ts `nameKey`), "" without a first name. */
  nameKey: string;
  /** village|house|name when the row has all three, else null. */
  addressNameKey: string | null;
  failingDimensions: Dimension[] | null;
  failingIndicators: number[] | null;
  note: string | null;
}

export interface TargetListResult {
  /** Rows that passed every check (never imported unless `errors` is empty). */
  rows: TargetRow[];
  errors: ImportRowError[];
  /** Non-blank data rows read. */
  rowCount: number;
  blankCount: number;
  /** Header cells that are not part of the layout, ignored. */
  ignoredColumns: string[];
}

export type Cell = string | number | null | undefined;

const headerKey = (text: string): string => cleanText(text).replace(/\s+/g, "").toLowerCase();

function rowError(line: number, field: string | null, code: string, th: string, en: string): ImportRowError {
  return { line, field, code, message: th, messageEn: en };
}

/**
 * Maps header cells to layout columns. Refuses (invalid_input `poverty.target_list_header`, every problem
 * in `details.errors`) a column given twice, and a header with neither the citizen ID nor the three address
 * columns (village code, house number, first name).
 */
export function resolveTargetHeader(header: readonly Cell[]): {
  columns: Map<TargetColumnKey, number>;
  ignored: string[];
} {
  const byName = new Map<string, TargetColumnKey>();
  for (const c of TARGET_LIST_COLUMNS) {
    for (const name of [c.headerTh, c.headerEn, ...c.aliases]) byName.set(headerKey(name), c.key);
  }
  const columns = new Map<TargetColumnKey, number>();
  const ignored: string[] = [];
  const errors: ImportRowError[] = [];
  header.forEach((cell, index) => {
    const text = cell === null || cell === undefined ? "" : String(cell);
    const key = byName.get(headerKey(text));
    if (!key) {
      if (text.trim().length > 0) ignored.push(text.trim());
      return;
    }
    if (columns.has(key)) {
      errors.push(
        rowError(
          1,
          key,
          "duplicate_column",
          `คอลัมน์ "${text}" ซ้ำกับคอลัมน์ที่ ${columns.get(key)! + 1}`,
          `column "${text}" repeats column ${columns.get(key)! + 1}`,
        ),
      );
      return;
    }
    columns.set(key, index);
  });
  const hasAddress = columns.has("village_code") && columns.has("house_no") && columns.has("first_name");
  if (!columns.has("citizen_id") && !hasAddress) {
    errors.push(
      rowError(
        1,
        null,
        "no_key_columns",
        "ต้องมีคอลัมน์เลขประจำตัวประชาชน หรือคอลัมน์รหัสหมู่บ้าน บ้านเลขที่ และชื่อ",
        "the header needs the citizen_id column, or the village_code, house_no and first_name columns",
      ),
    );
  }
  if (errors.length > 0) {
    throw invalidInput(
      "poverty.target_list_header",
      {
        th: `หัวตารางบัญชีเป้าหมายไม่ถูกต้อง: ${errors[0]!.message}`,
        en: `The list header is invalid: ${errors[0]!.messageEn}`,
      },
      { errors },
    );
  }
  return { columns, ignored };
}

const DIMENSION_BY_NAME = new Map<string, Dimension>(
  DIMENSIONS.flatMap((d) => [
    [headerKey(d), d],
    [headerKey(DIMENSION_NAMES[d].th), d],
    [headerKey(DIMENSION_NAMES[d].en), d],
    [headerKey(`มิติ${DIMENSION_NAMES[d].th}`), d],
  ]),
);
// TPMAP writes "การเข้าถึงบริการภาครัฐ" as well as "การเข้าถึงบริการรัฐ".
DIMENSION_BY_NAME.set(headerKey("การเข้าถึงบริการภาครัฐ"), "public_access");

const splitList = (text: string): string[] =>
  text
    .split(/[,;|、]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export interface ParseTargetListInput {
  header: readonly Cell[];
  /** Data rows in file order; row k is line k + 2. */
  rows: readonly (readonly Cell[])[];
  /** Whether an 8-digit village code exists in the area tree (the caller's lookup). */
  isKnownVillage: (villageCode: string) => boolean;
}

/**
 * Validates every row and reports each bad one with its line, field, reason code and Thai + English reason;
 * later duplicates (same citizen ID, or same village + house number + name) point at the first line. The
 * caller imports only when `errors` is empty (`assertTargetListClean`): nothing is half-imported.
 */
export function parseTargetList(input: ParseTargetListInput): TargetListResult {
  const { columns, ignored } = resolveTargetHeader(input.header);
  if (input.rows.length > MAX_TARGET_LIST_ROWS) {
    throw invalidInput(
      "poverty.target_list_too_long",
      {
        th: `บัญชีมีได้ไม่เกิน ${MAX_TARGET_LIST_ROWS.toLocaleString("th-TH")} แถว`,
        en: `A list may hold at most ${MAX_TARGET_LIST_ROWS.toLocaleString("en-US")} rows`,
      },
      { rows: input.rows.length },
    );
  }
  const rows: TargetRow[] = [];
  const errors: ImportRowError[] = [];
  const firstById = new Map<string, number>();
  const firstByAddress = new Map<string, number>();
  let blankCount = 0;
  // Layout column ordinal → file column (-1 when absent), resolved once for the whole list.
  const at = TARGET_LIST_COLUMNS.map((c) => columns.get(c.key) ?? -1);
  const ordinal = new Map(TARGET_LIST_COLUMNS.map((c, i) => [c.key, i]));
  const values: string[] = new Array(TARGET_LIST_COLUMNS.length).fill("");
  // The row's line and the error reporters are shared by every row: no closures are made per row.
  let line = 0;
  const get = (key: TargetColumnKey): string => values[ordinal.get(key)!]!;
  const fail = (field: TargetColumnKey | null, code: string, th: string, en: string) =>
    errors.push(rowError(line, field, code, th, en));
  const failId = (code: string, th: string, en: string) => fail("citizen_id", code, th, en);
  const failDimension = (th: string, en: string) => fail("failing_dimensions", "invalid_dimension", th, en);
  const failIndicator = (th: string, en: string) => fail("failing_indicators", "invalid_indicator", th, en);
  for (let k = 0; k < input.rows.length; k++) {
    const cells = input.rows[k]!;
    line = k + 2;
    // Each cell is cleaned once: the checks below read the same columns several times.
    let blank = true;
    for (let i = 0; i < at.length; i++) {
      const cell = at[i]! < 0 ? undefined : cells[at[i]!];
      const text = cell === null || cell === undefined ? "" : cleanText(String(cell));
      values[i] = text;
      if (text.length > 0) blank = false;
    }
    if (blank) {
      blankCount++;
      continue;
    }
    const before = errors.length;
    for (let i = 0; i < TARGET_LIST_COLUMNS.length; i++) {
      const c = TARGET_LIST_COLUMNS[i]!;
      if (values[i]!.length > c.maxLength) {
        fail(c.key, "too_long", `ยาวเกิน ${c.maxLength} ตัวอักษร`, `is longer than ${c.maxLength} characters`);
      }
    }
    const citizenId = checkCitizenId(get("citizen_id"), failId);
    const village = toArabicDigits(get("village_code"));
    let villageCode: string | null = null;
    if (village.length > 0) {
      if (levelOfCode(village) !== "village") {
        fail(
          "village_code",
          "invalid_area_code",
          `รหัสหมู่บ้าน "${village}" ต้องเป็นตัวเลข 8 หลัก`,
          `village code "${village}" must be 8 digits`,
        );
      } else if (!input.isKnownVillage(village)) {
        fail(
          "village_code",
          "unknown_area",
          `ไม่พบหมู่บ้านรหัส ${village} ในระบบ`,
          `no village with code ${village} in Kaejon`,
        );
      } else {
        villageCode = village;
      }
    }
    const houseText = toArabicDigits(get("house_no"));
    let houseNo: string | null = null;
    if (houseText.length > 0) {
      if (!/^\d[0-9A-Za-zก-ฮ/\- ]*$/.test(houseText)) {
        fail(
          "house_no",
          "invalid_house_no",
          `บ้านเลขที่ "${houseText}" ต้องขึ้นต้นด้วยตัวเลข (เช่น 12 หรือ 12/3)`,
          `house number "${houseText}" must start with a digit (e.g. 12 or 12/3)`,
        );
      } else {
        houseNo = houseText.replace(/\s+/g, " ");
      }
    }
    const firstName = get("first_name");
    const lastName = get("last_name");
    const key = nameKey(firstName, lastName);
    if (village.length > 0 && houseText.length === 0) {
      fail("house_no", "incomplete_address", "ต้องระบุบ้านเลขที่คู่กับรหัสหมู่บ้าน", "is required with the village code");
    }
    if (houseText.length > 0 && village.length === 0) {
      fail(
        "village_code",
        "incomplete_address",
        "ต้องระบุรหัสหมู่บ้านคู่กับบ้านเลขที่",
        "is required with the house number",
      );
    }
    if (get("citizen_id").length === 0 && (village.length === 0 || houseText.length === 0 || key === "")) {
      fail(
        null,
        "no_key",
        "ต้องมีเลขประจำตัวประชาชน หรือ รหัสหมู่บ้าน บ้านเลขที่ และชื่อ",
        "needs a citizen ID, or a village code, house number and first name",
      );
    }
    const failingDimensions = parseDimensions(get("failing_dimensions"), failDimension);
    const failingIndicators = parseIndicators(get("failing_indicators"), failIndicator);
    if (errors.length > before) continue;
    const addressNameKey =
      villageCode && houseNo && key ? `${addressKey(villageCode, houseNo)}|${key}` : null;
    if (citizenId !== null) {
      const first = firstById.get(citizenId);
      if (first !== undefined) {
        fail(
          "citizen_id",
          "duplicate_citizen_id",
          `เลขประจำตัวประชาชนซ้ำกับแถวที่ ${first}`,
          `repeats the citizen ID of line ${first}`,
        );
        continue;
      }
    }
    if (addressNameKey !== null) {
      const first = firstByAddress.get(addressNameKey);
      if (first !== undefined) {
        fail(
          "first_name",
          "duplicate_address_name",
          `บ้านเลขที่และชื่อซ้ำกับแถวที่ ${first}`,
          `repeats the village, house number and name of line ${first}`,
        );
        continue;
      }
    }
    if (citizenId !== null) firstById.set(citizenId, line);
    if (addressNameKey !== null) firstByAddress.set(addressNameKey, line);
    const note = get("note");
    rows.push({
      line,
      citizenId,
      villageCode,
      houseNo,
      title: get("title"),
      firstName,
      lastName,
      nameKey: key,
      addressNameKey,
      failingDimensions,
      failingIndicators,
      note: note.length > 0 ? note : null,
    });
  }
  return {
    rows,
    errors,
    rowCount: input.rows.length - blankCount,
    blankCount,
    ignoredColumns: ignored,
  };
}

function checkCitizenId(text: string, fail: (code: string, th: string, en: string) => void): string | null {
  if (text.length === 0) return null;
  if (/e\+?\d+$/i.test(text)) {
    fail(
      "citizen_id_scientific",
      `"${text}" ถูกโปรแกรมตารางคำนวณแปลงเป็นเลขยกกำลัง ให้จัดรูปแบบคอลัมน์เป็นข้อความแล้วส่งออกใหม่`,
      `"${text}" was turned into scientific notation by the spreadsheet; format the column as text and export again`,
    );
    return null;
  }
  const id = toArabicDigits(text).replace(/[\s-]/g, "");
  if (!/^\d{13}$/.test(id)) {
    fail("invalid_citizen_id", "ต้องเป็นตัวเลข 13 หลัก", "must be 13 digits");
    return null;
  }
  if (!isValidCitizenId(id)) {
    fail(
      "invalid_citizen_id",
      "เลขประจำตัวประชาชนไม่ถูกต้อง (หลักแรกต้องเป็น 1–8 และเลขตรวจสอบหลักที่ 13 ต้องถูกต้อง)",
      "is not a valid citizen ID (first digit 1–8 and a correct 13th check digit)",
    );
    return null;
  }
  return id;
}

function parseDimensions(text: string, fail: (th: string, en: string) => void): Dimension[] | null {
  if (text.length === 0) return null;
  const out: Dimension[] = [];
  for (const item of splitList(text)) {
    const d = DIMENSION_BY_NAME.get(headerKey(item));
    if (!d) {
      fail(
        `ไม่รู้จักมิติ "${item}" (ต้องเป็น ${DIMENSIONS.map((x) => DIMENSION_NAMES[x].th).join(", ")})`,
        `unknown dimension "${item}" (expected one of ${DIMENSIONS.join(", ")})`,
      );
      return null;
    }
    if (!out.includes(d)) out.push(d);
  }
  return DIMENSIONS.filter((d) => out.includes(d));
}

function parseIndicators(text: string, fail: (th: string, en: string) => void): number[] | null {
  if (text.length === 0) return null;
  const out = new Set<number>();
  for (const item of splitList(toArabicDigits(text))) {
    const n = /^\d{1,2}$/.test(item) ? Number(item) : Number.NaN;
    if (!(n >= 1 && n <= BMN_INDICATOR_COUNT)) {
      fail(
        `"${item}" ไม่ใช่เลขข้อ จปฐ. 1–${BMN_INDICATOR_COUNT}`,
        `"${item}" is not a BMN indicator number 1–${BMN_INDICATOR_COUNT}`,
      );
      return null;
    }
    out.add(n);
  }
  return [...out].sort((a, b) => a - b);
}

/** Throws invalid_input `poverty.target_list_rejected` with every row error unless the list is clean. */
export function assertTargetListClean(result: Pick<TargetListResult, "errors">): void {
  if (result.errors.length === 0) return;
  const first = result.errors[0]!;
  const more = result.errors.length - 1;
  throw invalidInput(
    "poverty.target_list_rejected",
    {
      th: `ไม่นำเข้าบัญชีเป้าหมาย: แถวที่ ${first.line} ${first.field ?? ""} ${first.message}${more > 0 ? ` (และอีก ${more} รายการ)` : ""}`.replace(
        /\s+/g,
        " ",
      ),
      en: `The target list was not imported: line ${first.line} ${first.field ?? ""} ${first.messageEn}${more > 0 ? ` (and ${more} more)` : ""}`.replace(
        /\s+/g,
        " ",
      ),
    },
    { errors: result.errors },
  );
}
