// Tests for the target-list layout and row validation: every bad row reported with its reason, nothing half-imported.
import { describe, expect, it } from "vitest";
import { badChecksum, caught, citizenId } from "./poverty-test-fixture";
import {
  assertTargetListClean,
  type Cell,
  parseTargetList,
  resolveTargetHeader,
  TARGET_LIST_COLUMNS,
} from "./target-list";

const VILLAGES = new Set(["40050908", "40050901", "33130612"]);
const isKnownVillage = (code: string) => VILLAGES.has(code);
const HEADER = ["เลขประจำตัวประชาชน", "รหัสหมู่บ้าน", "บ้านเลขที่", "คำนำหน้า", "ชื่อ", "นามสกุล"];

const parse = (rows: Cell[][], header: Cell[] = HEADER) => parseTargetList({ header, rows, isKnownVillage });

describe("header", () => {
  it("accepts Thai headers, English headers and aliases, and ignores other columns", () => {
    const { columns, ignored } = resolveTargetHeader([
      "ลำดับ",
      "เลขบัตรประชาชน",
      "village_code",
      "บ้าน เลขที่",
      "First_Name",
      "สกุล",
      "มิติที่ไม่ผ่าน",
    ]);
    expect([...columns.entries()]).toEqual([
      ["citizen_id", 1],
      ["village_code", 2],
      ["house_no", 3],
      ["first_name", 4],
      ["last_name", 5],
      ["failing_dimensions", 6],
    ]);
    expect(ignored).toEqual(["ลำดับ"]);
  });

  it("refuses a header without any key and a column given twice", () => {
    const noKey = caught(() => resolveTargetHeader(["ชื่อ", "นามสกุล"]));
    expect(noKey.code).toBe("poverty.target_list_header");
    expect(noKey.messageTh).toContain("ต้องมีคอลัมน์เลขประจำตัวประชาชน");
    expect(noKey.message).toContain("the header needs the citizen_id column");
    const twice = caught(() => resolveTargetHeader(["citizen_id", "เลขประจำตัวประชาชน"]));
    expect((twice.details as { errors: { code: string }[] }).errors.map((e) => e.code)).toEqual([
      "duplicate_column",
    ]);
  });

  it("documents every column in Thai and English", () => {
    for (const c of TARGET_LIST_COLUMNS) {
      expect(c.descriptionTh.length).toBeGreaterThan(0);
      expect(c.descriptionEn.length).toBeGreaterThan(0);
    }
  });
});

describe("rows", () => {
  it("keeps a clean list, normalising IDs, digits and names", () => {
    const id = citizenId(4005090812);
    const result = parse([
      [
        `${id.slice(0, 1)}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id.slice(12)}`,
        "40050908",
        "12/3",
        "นาย",
        "สมชาย",
        "ใจดี",
      ],
      [null, "๔๐๐๕๐๙๐๘", "๑๔", "", "นางสาวสมศรี", "ใจงาม"],
      [],
      ["", "", "", "", "", ""],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rowCount).toBe(2);
    expect(result.blankCount).toBe(2);
    expect(result.rows[0]).toMatchObject({
      line: 2,
      citizenId: id,
      villageCode: "40050908",
      houseNo: "12/3",
    });
    expect(result.rows[1]).toMatchObject({
      line: 3,
      citizenId: null,
      villageCode: "40050908",
      houseNo: "14",
      nameKey: "สมศรี ใจงาม",
      addressNameKey: "40050908|14|สมศรี ใจงาม",
    });
    expect(() => assertTargetListClean(result)).not.toThrow();
  });

  it("accepts a citizen ID given as a spreadsheet number", () => {
    const id = citizenId(77);
    expect(parse([[Number(id), "", "", "", "", ""]]).rows[0]!.citizenId).toBe(id);
  });

  it("reports every bad row with its line, field and reason in Thai and English", () => {
    const good = citizenId(1);
    const result = parse([
      [badChecksum(good), "40050908", "1", "", "ก", "ข"],
      ["12345", "40050908", "2", "", "ค", "ง"],
      ["1.10170000000E+12", "", "", "", "", ""],
      [null, "4005", "3", "", "จ", "ฉ"],
      [null, "99999999", "4", "", "ช", "ซ"],
      [null, "40050908", "บ้านเลขที่", "", "ฌ", "ญ"],
      [null, "40050908", "", "", "ฎ", "ฏ"],
      [null, "", "", "", "ฐ", "ฑ"],
      [null, "40050908", "5", "", "", ""],
    ]);
    expect(result.rows).toEqual([]);
    expect(result.errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [2, "citizen_id", "invalid_citizen_id"],
      [3, "citizen_id", "invalid_citizen_id"],
      [4, "citizen_id", "citizen_id_scientific"],
      [5, "village_code", "invalid_area_code"],
      [6, "village_code", "unknown_area"],
      [7, "house_no", "invalid_house_no"],
      [8, "house_no", "incomplete_address"],
      [8, null, "no_key"],
      [9, null, "no_key"],
      [10, null, "no_key"],
    ]);
    const byCode = new Map(result.errors.map((e) => [e.code, e]));
    expect(byCode.get("unknown_area")!.message).toBe("ไม่พบหมู่บ้านรหัส 99999999 ในระบบ");
    expect(byCode.get("unknown_area")!.messageEn).toBe("no village with code 99999999 in Kaejon");
    expect(result.errors[0]!.messageEn).toContain("check digit");
    expect(result.errors[1]!.message).toBe("ต้องเป็นตัวเลข 13 หลัก");
    expect(byCode.get("citizen_id_scientific")!.messageEn).toContain("scientific notation");
  });

  it("reports duplicates inside the list by ID and by address + name, pointing at the first line", () => {
    const id = citizenId(42);
    const result = parse([
      [id, "40050908", "7", "นาย", "สมชาย", "ใจดี"],
      [id, "40050901", "9", "", "อื่น", "คน"],
      [null, "40050908", "๗", "", "นายสมชาย", "ใจ ดี"],
      [null, "40050908", "7", "นาง", "สมศรี", "ใจดี"],
    ]);
    expect(result.errors.map((e) => [e.line, e.code, e.messageEn])).toEqual([
      [3, "duplicate_citizen_id", "repeats the citizen ID of line 2"],
      [4, "duplicate_address_name", "repeats the village, house number and name of line 2"],
    ]);
    expect(result.errors[1]!.message).toBe("บ้านเลขที่และชื่อซ้ำกับแถวที่ 2");
    expect(result.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it("parses failing dimensions (Thai or English) and indicators, and refuses unknown ones", () => {
    const header = ["citizen_id", "failing_dimensions", "failing_indicators"];
    const ok = parse(
      [
        [citizenId(1), "รายได้, มิติสุขภาพ", "22, ๘"],
        [citizenId(2), "การเข้าถึงบริการภาครัฐ;living", ""],
      ],
      header,
    );
    expect(ok.errors).toEqual([]);
    expect(ok.rows[0]!.failingDimensions).toEqual(["health", "income"]);
    expect(ok.rows[0]!.failingIndicators).toEqual([8, 22]);
    expect(ok.rows[1]!.failingDimensions).toEqual(["living", "public_access"]);
    expect(ok.rows[1]!.failingIndicators).toBeNull();
    const bad = parse([[citizenId(3), "ความสุข", "0, 32"]], header);
    expect(bad.errors.map((e) => [e.field, e.code])).toEqual([
      ["failing_dimensions", "invalid_dimension"],
      ["failing_indicators", "invalid_indicator"],
    ]);
    expect(bad.errors[0]!.message).toContain('ไม่รู้จักมิติ "ความสุข"');
  });

  it("refuses values longer than the layout allows", () => {
    const result = parse([[citizenId(5), "", "", "", "ก".repeat(101), ""]]);
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([["first_name", "too_long"]]);
  });

  it("imports nothing when any row is bad: the whole list is refused with every error", () => {
    const result = parse([
      [citizenId(1), "", "", "", "", ""],
      [badChecksum(citizenId(2)), "", "", "", "", ""],
      [null, "11111111", "1", "", "ก", "ข"],
    ]);
    expect(result.rows).toHaveLength(1);
    const err = caught(() => assertTargetListClean(result));
    expect(err.kind).toBe("invalid_input");
    expect(err.code).toBe("poverty.target_list_rejected");
    expect(err.messageTh).toBe(
      "ไม่นำเข้าบัญชีเป้าหมาย: แถวที่ 3 citizen_id เลขประจำตัวประชาชนไม่ถูกต้อง (หลักแรกต้องเป็น 1–8 และเลขตรวจสอบหลักที่ 13 ต้องถูกต้อง) (และอีก 1 รายการ)",
    );
    expect(err.message).toContain("The target list was not imported: line 3 citizen_id");
    expect((err.details as { errors: unknown[] }).errors).toHaveLength(2);
  });
});
