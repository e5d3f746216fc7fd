// Unit tests of the household import parser: each rule at its exact line, encodings, XLSX cells, templates, a property.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  type CreateHouseholdBody,
  createHouseholdBodySchema,
  type MemberInput,
} from "../../shared/contracts/index";
import { citizenIdCheckDigit, formatCitizenId } from "../../shared/thai-id";
import {
  householdTemplateCsv,
  householdTemplateXlsx,
  IMPORT_COLUMNS,
  type ImportColumnKey,
  RELATION_LABELS_TH,
  type Relation,
  TEMPLATE_HELP_SHEET_NAME,
} from "./import-layout";
import { MAX_IMPORT_BYTES, type ParsedImport, parseHouseholdFile } from "./import-parse";

const FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../test/fixtures/households",
);
const TODAY = "2025-06-01";
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const fixture = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));
const cid = (first12: string): string => first12 + citizenIdCheckDigit(first12);

function parse(
  bytes: Buffer | string,
  fileName = "households.csv",
  options: { today?: string; encoding?: string } = {},
): Promise<ParsedImport> {
  return parseHouseholdFile(typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes, fileName, {
    today: TODAY,
    ...options,
  });
}

type Fields = Partial<Record<ImportColumnKey, string>>;

const BASE: Record<ImportColumnKey, string> = {
  village_code: "34190105",
  house_no: "1",
  relation: "หัวหน้าครัวเรือน",
  title: "นาย",
  first_name: "สมชาย",
  last_name: "ใจดี",
  citizen_id: "",
  birth_date: "",
  sex: "",
  phone: "",
};

function quote(value: string, delimiter = ","): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One person's line in the template's column order; fields not given are those of a valid head. */
function row(fields: Fields = {}): string {
  const values = { ...BASE, ...fields };
  return IMPORT_COLUMNS.map((c) => quote(values[c.key])).join(",");
}

const HEADER_TH = IMPORT_COLUMNS.map((c) => c.headerTh).join(",");

function csv(...lines: string[]): string {
  return `${[HEADER_TH, ...lines].join("\r\n")}\r\n`;
}

/** [line, field, code] of every error, in the order reported. */
function problems(result: ParsedImport): Array<[number, string | null, string]> {
  return result.errors.map((e) => [e.line, e.field, e.code]);
}

function expectBilingual(result: ParsedImport): void {
  for (const e of result.errors) {
    expect(e.message).toMatch(/[ก-๛]/);
    expect(e.messageEn).toMatch(/[a-z]{3}/i);
  }
}

/** What good-*.csv and good.xlsx hold: three households, one of them split over non-adjacent lines. */
const GOOD_HOUSEHOLDS: Array<{ line: number; body: CreateHouseholdBody }> = [
  {
    line: 2,
    body: {
      villageCode: "34190105",
      houseNo: "12/3",
      phone: "081-234-5678",
      members: [
        {
          relation: "head",
          title: "นาย",
          firstName: "สมชาย",
          lastName: "ใจดี",
          citizenId: "3419000200017",
          birthDate: "1967-06-15",
          sex: "M",
        },
        {
          relation: "spouse",
          title: "นาง",
          firstName: "สมหญิง",
          lastName: "ใจดี",
          citizenId: "3419000200025",
          birthDate: "1970-11-02",
          sex: "F",
        },
        {
          relation: "child",
          title: "ด.ญ.",
          firstName: "มะลิ",
          lastName: "ใจดี",
          birthDate: "2015-03-09",
          sex: "F",
        },
        { relation: "parent", title: "นาย", firstName: "มั่น", lastName: "ใจดี", sex: "M" },
      ],
    },
  },
  {
    line: 5,
    body: {
      villageCode: "34190105",
      houseNo: "45",
      phone: "045-312345",
      members: [
        { relation: "head", title: "นาง", firstName: "บุญมี", lastName: "ศรีสุข, ทองคำ", sex: "F" },
        {
          relation: "parent",
          title: "นาง",
          firstName: "คำ",
          lastName: "ศรีสุข",
          citizenId: "3419000200033",
          birthDate: "1937-01-01",
          sex: "F",
        },
      ],
    },
  },
  {
    line: 8,
    body: {
      villageCode: "34190107",
      houseNo: "7",
      phone: "0899999999",
      members: [
        { relation: "head", title: "นาย", firstName: "ทองดี", lastName: "มีสุข", citizenId: "3419000200041" },
        {
          relation: "grandchild",
          title: "ด.ช.",
          firstName: "ต้นกล้า",
          lastName: "มีสุข",
          birthDate: "2017-08-20",
          sex: "M",
        },
      ],
    },
  },
];

describe("good files in every encoding and in XLSX", () => {
  it.each([
    ["good-utf8.csv", "csv", "utf-8"],
    ["good-utf8-bom.csv", "csv", "utf-8-bom"],
    ["good-windows-874.csv", "csv", "windows-874"],
    ["good.xlsx", "xlsx", "xlsx"],
  ])("%s parses to the same three households", async (name, format, encoding) => {
    const result = await parse(fixture(name), name);
    expect(result.errors).toEqual([]);
    expect(result).toMatchObject({ format, encoding, rowCount: 8 });
    expect(result.households).toEqual(GOOD_HOUSEHOLDS);
    for (const h of result.households) expect(createHouseholdBodySchema.parse(h.body)).toEqual(h.body);
  });

  it("keeps the binary fixtures in step with the UTF-8 one", () => {
    const text = fixture("good-utf8.csv").toString("utf8");
    expect(fixture("good-utf8-bom.csv")).toEqual(Buffer.concat([BOM, Buffer.from(text, "utf8")]));
    expect(fixture("good-windows-874.csv")).toEqual(iconv.encode(text, "windows-874"));
  });

  it("honours a forced encoding, and refuses one it does not know", async () => {
    const tis = fixture("good-windows-874.csv");
    expect((await parse(tis, "x.csv", { encoding: "TIS-620" })).households).toEqual(GOOD_HOUSEHOLDS);
    expect((await parse(tis, "x.csv", { encoding: "cp874" })).encoding).toBe("windows-874");
    expect((await parse(fixture("good-utf8.csv"), "x.csv", { encoding: "UTF8" })).households).toEqual(
      GOOD_HOUSEHOLDS,
    );
    expect(problems(await parse(tis, "x.csv", { encoding: "shift_jis" }))).toEqual([
      [0, null, "import.encoding_unsupported"],
    ]);
  });

  it("reads semicolon- and tab-separated files, and LF, CR or CRLF line ends", async () => {
    const text = fixture("good-utf8.csv").toString("utf8");
    // The one comma inside a value is in a quoted last name, which keeps it.
    const semicolon = text.replace(/,/g, ";").replace("ศรีสุข; ทองคำ", "ศรีสุข, ทองคำ");
    const tab = text.replace(/,/g, "\t").replace("ศรีสุข\t ทองคำ", "ศรีสุข, ทองคำ");
    for (const variant of [semicolon, tab, text.replace(/\r\n/g, "\n"), text.replace(/\r\n/g, "\r")]) {
      const result = await parse(variant);
      expect(result.errors).toEqual([]);
      expect(result.households).toEqual(GOOD_HOUSEHOLDS);
    }
  });

  it("accepts English or Thai headers in any case, spacing and order, and the documented aliases", async () => {
    const header = "Last Name ; FIRST_NAME;ความสัมพันธ์;Title;VILLAGE-CODE;บ้านเลขที่;เลขบัตรประชาชน;เบอร์โทร";
    const result = await parse(
      `${header}\n ใจดี ;สมชาย;head;นาย;34190105;1;${formatCitizenId(cid("341900020001"))};081 234 5678\n`,
    );
    expect(result.errors).toEqual([]);
    expect(result.households[0]?.body).toEqual({
      villageCode: "34190105",
      houseNo: "1",
      phone: "081 234 5678",
      members: [
        {
          relation: "head",
          title: "นาย",
          firstName: "สมชาย",
          lastName: "ใจดี",
          citizenId: cid("341900020001"),
        },
      ],
    });
  });

  it("accepts every documented spelling of relation and sex, and Thai digits in numbers", async () => {
    const relations: Array<[string, Relation]> = [
      ["หัวหน้าครัวเรือน", "head"],
      ["คู่สมรส", "spouse"],
      ["SPOUSE", "spouse"],
      ["บุตร", "child"],
      ["บิดามารดา", "parent"],
      ["บิดา", "parent"],
      ["มารดา", "parent"],
      ["หลาน", "grandchild"],
      ["ญาติ", "relative"],
      ["Relative", "relative"],
      ["อื่นๆ", "other"],
      ["อื่น ๆ", "other"],
      ["other", "other"],
    ];
    const sexes: Array<[string, "M" | "F"]> = [
      ["M", "M"],
      ["m", "M"],
      ["ช", "M"],
      ["ชาย", "M"],
      ["F", "F"],
      ["ญ", "F"],
      ["หญิง", "F"],
    ];
    const lines = relations.map(([text], i) =>
      row({ relation: text, first_name: `คน${i}`, sex: sexes[i % sexes.length]![0] }),
    );
    const result = await parse(
      csv(...lines, row({ house_no: "๑๒/๓", village_code: "๓๔๑๙๐๑๐๕", birth_date: "๑๕/๐๖/๒๕๑๐" })),
    );
    expect(result.errors).toEqual([]);
    const [first, second] = result.households;
    expect(first?.body.members.map((m) => m.relation)).toEqual(relations.map(([, r]) => r));
    expect(first?.body.members.map((m) => m.sex)).toEqual(
      relations.map((_, i) => sexes[i % sexes.length]![1]),
    );
    expect(second?.body).toMatchObject({
      villageCode: "34190105",
      houseNo: "12/3",
      members: [{ birthDate: "1967-06-15" }],
    });
  });

  it("groups rows of one household wherever they are, and keeps households in file order", async () => {
    const result = await parse(
      csv(
        row({ house_no: "2", relation: "child", first_name: "ก" }),
        row({ house_no: "1", first_name: "ข" }),
        row({ house_no: "2", first_name: "ค" }),
        row({ house_no: "1", relation: "spouse", first_name: "ง" }),
        row({ village_code: "34190106", house_no: "1", first_name: "จ" }),
      ),
    );
    expect(result.errors).toEqual([]);
    expect(
      result.households.map((h) => [h.line, h.body.houseNo, h.body.members.map((m) => m.firstName)]),
    ).toEqual([
      [2, "2", ["ก", "ค"]],
      [3, "1", ["ข", "ง"]],
      [6, "1", ["จ"]],
    ]);
  });

  it("takes the phone from the head's row only", async () => {
    const result = await parse(
      csv(
        row({ relation: "child", phone: "0811111111", first_name: "ก" }),
        row({ phone: "" }),
        row({ house_no: "2", relation: "บุตร", phone: "not a phone" }),
        row({ house_no: "2", phone: "02-123-4567" }),
      ),
    );
    expect(result.errors).toEqual([]);
    expect(result.households.map((h) => h.body.phone)).toEqual([undefined, "02-123-4567"]);
    expect(result.households[0]?.body).not.toHaveProperty("phone");
  });

  it("ignores blank lines, lines of empty cells and invisible spaces, but counts them in line numbers", async () => {
    const text = `${HEADER_TH}\r\n\r\n,,,,,,,,,\r\n${row({ first_name: "\u200bสมชาย\u00a0", relation: " head " })}\r\n   \r\n${row({ relation: "บุตร", birth_date: "x" })}\r\n`;
    const result = await parse(text);
    expect(result.rowCount).toBe(2);
    expect(problems(result)).toEqual([[6, "birth_date", "import.birth_date_invalid"]]);
  });

  it("numbers lines from where a record starts when quoted values span lines", async () => {
    const text = `${HEADER_TH}\r\n${row({ last_name: "ใจ\r\nดี" })}\r\n${row({ house_no: "2", last_name: "a\nb\nc" })}\r\n${row({ house_no: "3", sex: "?" })}\r\n`;
    const result = await parse(text);
    expect(problems(result)).toEqual([[7, "sex", "import.sex_unknown"]]);
    // A line break inside a name is Excel's Alt+Enter, never meant: it becomes a space.
    expect(result.households.map((h) => [h.line, h.body.members[0]?.lastName])).toEqual([
      [2, "ใจ ดี"],
      [4, "a b c"],
    ]);
  });

  it("keeps a stray quote inside an unquoted value as typed", async () => {
    const result = await parse(csv(row({}).replace("สมชาย", 'สม"ชาย"')));
    expect(result.errors).toEqual([]);
    expect(result.households[0]?.body.members[0]?.firstName).toBe('สม"ชาย"');
  });
});

describe("row rules: each reported at its line with its code", () => {
  it("bad-rows.csv reports every bad row and keeps only the clean household", async () => {
    const result = await parse(fixture("bad-rows.csv"), "bad-rows.csv");
    expect(problems(result)).toEqual([
      [3, "first_name", "import.field_required"],
      [4, "village_code", "import.village_code_invalid"],
      [5, "citizen_id", "import.citizen_id_invalid"],
      [7, "citizen_id", "import.citizen_id_duplicate"],
      [8, "birth_date", "import.birth_date_invalid"],
      [9, "birth_date", "import.birth_date_future"],
      [10, "relation", "import.relation_unknown"],
      [11, "sex", "import.sex_unknown"],
      [12, "relation", "import.household_no_head"],
      [13, "relation", "import.household_many_heads"],
      [15, "title", "import.too_long"],
      [16, "phone", "import.phone_invalid"],
    ]);
    expect(result.rowCount).toBe(15);
    expect(result.households.map((h) => [h.line, h.body.houseNo])).toEqual([[6, "4"]]);
    expectBilingual(result);
  });

  it.each([
    ["village_code", "import.field_required"],
    ["house_no", "import.field_required"],
    ["relation", "import.field_required"],
    ["title", "import.field_required"],
    ["first_name", "import.field_required"],
    ["last_name", "import.field_required"],
  ] as const)("a missing %s", async (field, code) => {
    const result = await parse(
      csv(row({ house_no: "9" }), row({ house_no: "8" }), row({ house_no: "7", [field]: "  " })),
    );
    expect(problems(result)).toEqual([[4, field, code]]);
    expect(result.households.map((h) => h.line)).toEqual([2, 3]);
  });

  it.each(["3419010", "341901051", "3419O105", "34-190-105"])(
    "village code %s is not 8 digits",
    async (code) => {
      const result = await parse(csv(row(), row({ house_no: "2", village_code: code })));
      expect(problems(result)).toEqual([[3, "village_code", "import.village_code_invalid"]]);
    },
  );

  it("refuses a citizen ID with a wrong check digit, a wrong length or Excel's scientific notation", async () => {
    const good = cid("110170000000");
    const wrongDigit = good.slice(0, 12) + ((Number(good[12]) + 1) % 10);
    const result = await parse(
      csv(
        row({ citizen_id: formatCitizenId(good) }),
        row({ house_no: "2", citizen_id: wrongDigit }),
        row({ house_no: "3", citizen_id: "110170000000" }),
        row({ house_no: "4", citizen_id: "3.4190002E+12" }),
        row({ house_no: "5", citizen_id: cid("010170000000") }),
      ),
    );
    expect(problems(result)).toEqual([
      [3, "citizen_id", "import.citizen_id_invalid"],
      [4, "citizen_id", "import.citizen_id_invalid"],
      [5, "citizen_id", "import.citizen_id_invalid"],
      [6, "citizen_id", "import.citizen_id_invalid"],
    ]);
    expect(result.errors[2]?.messageEn).toMatch(/scientific/);
    expect(result.households[0]?.body.members[0]?.citizenId).toBe(good);
  });

  it("reports a citizen ID given twice on the second line, naming the first", async () => {
    const id = cid("341900020001");
    const result = await parse(
      csv(
        row({ citizen_id: id }),
        row({ house_no: "2" }),
        row({ house_no: "2", relation: "บุตร", citizen_id: formatCitizenId(id) }),
      ),
    );
    expect(problems(result)).toEqual([[4, "citizen_id", "import.citizen_id_duplicate"]]);
    expect(result.errors[0]?.message).toContain("บรรทัดที่ 2");
    expect(result.errors[0]?.messageEn).toContain("line 2");
    expect(result.households.map((h) => h.line)).toEqual([2]);
  });

  it.each(["31/02/2510", "15/13/2510", "2510", "15-6-67", "1967-02-29", "01/01/1850", "tomorrow"])(
    "refuses the birth date %s",
    async (date) => {
      const result = await parse(
        csv(row({ birth_date: "29/02/2511" }), row({ house_no: "2", birth_date: date })),
      );
      expect(problems(result)).toEqual([[3, "birth_date", "import.birth_date_invalid"]]);
      expect(result.households[0]?.body.members[0]?.birthDate).toBe("1968-02-29");
    },
  );

  it("reads B.E. and ISO birth dates and judges the future against the injected today", async () => {
    const text = csv(row({ birth_date: "01/06/2568" }), row({ house_no: "2", birth_date: "2025-06-02" }));
    expect(problems(await parse(text, "x.csv", { today: "2025-06-01" }))).toEqual([
      [3, "birth_date", "import.birth_date_future"],
    ]);
    const later = await parse(text, "x.csv", { today: "2025-06-02" });
    expect(later.errors).toEqual([]);
    expect(later.households.map((h) => h.body.members[0]?.birthDate)).toEqual(["2025-06-01", "2025-06-02"]);
  });

  it("refuses an unknown relation or sex", async () => {
    const result = await parse(
      csv(
        row(),
        row({ relation: "เพื่อน" }),
        row({ house_no: "2" }),
        row({ house_no: "2", relation: "บุตร", sex: "ไม่ระบุ" }),
      ),
    );
    expect(problems(result)).toEqual([
      [3, "relation", "import.relation_unknown"],
      [5, "sex", "import.sex_unknown"],
    ]);
    expect(result.households).toEqual([]);
  });

  it("reports a household with no head or with two heads on its first line", async () => {
    const result = await parse(
      csv(
        row({ house_no: "1", relation: "spouse" }),
        row({ house_no: "2" }),
        row({ house_no: "1", relation: "child" }),
        row({ house_no: "2" }),
        row({ house_no: "3" }),
      ),
    );
    expect(problems(result)).toEqual([
      [2, "relation", "import.household_no_head"],
      [3, "relation", "import.household_many_heads"],
    ]);
    expect(result.errors[1]?.messageEn).toContain("lines 3, 5");
    expect(result.households.map((h) => h.line)).toEqual([6]);
  });

  it("does not add a no-head error when a row's relation could not be read", async () => {
    const result = await parse(csv(row({ relation: "หัวหน้" }), row({ relation: "บุตร" })));
    expect(problems(result)).toEqual([[2, "relation", "import.relation_unknown"]]);
  });

  it("refuses values longer than the database holds", async () => {
    const result = await parse(
      csv(
        row({ house_no: "1".repeat(33) }),
        row({ house_no: "2", title: "ก".repeat(33) }),
        row({ house_no: "3", first_name: "ก".repeat(101) }),
        row({ house_no: "4", last_name: "ก".repeat(101) }),
        row({
          house_no: "5",
          title: "ก".repeat(32),
          first_name: "ก".repeat(100),
          last_name: "ก".repeat(100),
        }),
      ),
    );
    expect(problems(result)).toEqual([
      [2, "house_no", "import.too_long"],
      [3, "title", "import.too_long"],
      [4, "first_name", "import.too_long"],
      [5, "last_name", "import.too_long"],
    ]);
    expect(result.households.map((h) => h.line)).toEqual([6]);
  });

  it("refuses a household of more than 40 members on its first line", async () => {
    const members = (house: string, n: number) =>
      Array.from({ length: n }, (_, i) =>
        row({ house_no: house, relation: i === 0 ? "head" : "child", first_name: `คน${i}` }),
      );
    const result = await parse(csv(...members("40", 40), ...members("41", 41)));
    expect(problems(result)).toEqual([[42, null, "import.household_too_many_members"]]);
    expect(result.households.map((h) => [h.line, h.body.members.length])).toEqual([[2, 40]]);
  });

  it("refuses a bad phone on the head's row", async () => {
    const result = await parse(csv(row({ phone: "โทร 081" }), row({ house_no: "2", phone: "12345" })));
    expect(problems(result)).toEqual([
      [2, "phone", "import.phone_invalid"],
      [3, "phone", "import.phone_invalid"],
    ]);
  });

  it("refuses values in columns that have no header", async () => {
    const result = await parse(`${HEADER_TH},\r\n${row()},\r\n${row({ house_no: "2" })},,x\r\n`);
    expect(problems(result)).toEqual([[3, null, "import.extra_value"]]);
    expect(result.errors[0]?.messageEn).toContain("column 12");
  });

  it("sorts errors by line, household errors after that line's row errors", async () => {
    const result = await parse(
      csv(
        row({ relation: "child", sex: "?" }),
        row({ house_no: "2", sex: "?" }),
        row({ house_no: "3", sex: "?" }),
      ),
    );
    expect(problems(result)).toEqual([
      [2, "sex", "import.sex_unknown"],
      [2, "relation", "import.household_no_head"],
      [3, "sex", "import.sex_unknown"],
      [4, "sex", "import.sex_unknown"],
    ]);
    expectBilingual(result);
  });
});

describe("header rules", () => {
  it("lists unknown columns on the header line", async () => {
    const result = await parse(fixture("unknown-columns.csv"), "unknown-columns.csv");
    expect(problems(result)).toEqual([[1, null, "import.columns_unknown"]]);
    expect(result.errors[0]?.message).toContain('"อาชีพ", "รายได้"');
    expect(result.households).toEqual([]);
  });

  it("names each missing required column, and a column given twice", async () => {
    const result = await parse("รหัสหมู่บ้าน,บ้านเลขที่,ความสัมพันธ์,ชื่อ,first name,นามสกุล\n34190105,1,head,ก,ก,ข\n");
    expect(problems(result)).toEqual([
      [1, "first_name", "import.column_duplicate"],
      [1, "title", "import.column_missing"],
    ]);
  });

  it("finds the header after leading blank lines and reports on its real line", async () => {
    const result = await parse(`\r\n\r\n${HEADER_TH}\r\n${row({ sex: "?" })}\r\n`);
    expect(problems(result)).toEqual([[4, "sex", "import.sex_unknown"]]);
  });
});

describe("file rules", () => {
  it("refuses an empty file and a header-only file", async () => {
    expect(problems(await parse(fixture("empty.csv"), "empty.csv"))).toEqual([
      [0, null, "import.empty_file"],
    ]);
    expect(problems(await parse(Buffer.concat([BOM, Buffer.from("\r\n \r\n")])))).toEqual([
      [0, null, "import.empty_file"],
    ]);
    const headerOnly = await parse(fixture("header-only.csv"), "header-only.csv");
    expect(problems(headerOnly)).toEqual([[1, null, "import.no_rows"]]);
    expect(headerOnly.rowCount).toBe(0);
  });

  it("refuses files that are not CSV or XLSX", async () => {
    expect(problems(await parse(fixture("not-a-spreadsheet.pdf"), "not-a-spreadsheet.pdf"))).toEqual([
      [0, null, "import.unsupported_format"],
    ]);
    const xls = await parse(fixture("legacy.xls"), "legacy.xls");
    expect(problems(xls)).toEqual([[0, null, "import.unsupported_format"]]);
    expect(xls.errors[0]?.messageEn).toMatch(/legacy Excel/);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(problems(await parse(png, "photo.csv"))).toEqual([[0, null, "import.unsupported_format"]]);
    expect(problems(await parse(Buffer.from("PK\u0003\u0004garbage"), "broken.xlsx"))).toEqual([
      [0, null, "import.xlsx_unreadable"],
    ]);
    expectBilingual(await parse(fixture("legacy.xls"), "legacy.xls"));
  });

  it("refuses a file over 20 MB", async () => {
    const result = await parse(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41));
    expect(problems(result)).toEqual([[0, null, "import.file_too_large"]]);
  });

  it("reports the line of bytes that are neither UTF-8 nor Windows-874", async () => {
    const result = await parse(fixture("broken-encoding.csv"), "broken-encoding.csv");
    expect(problems(result)).toEqual([[3, null, "import.encoding_unknown"]]);
    expectBilingual(result);
  });

  it("reports bytes that are not valid in a BOM-declared or forced encoding", async () => {
    const withBadLine3 = Buffer.concat([
      Buffer.from(csv(row()), "utf8"),
      Buffer.from("34190105,2,head,นาย,"),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(",ใจดี,,,,\r\n"),
    ]);
    expect(problems(await parse(Buffer.concat([BOM, withBadLine3])))).toEqual([
      [3, null, "import.encoding_invalid"],
    ]);
    expect(problems(await parse(withBadLine3, "x.csv", { encoding: "utf-8" }))).toEqual([
      [3, null, "import.encoding_invalid"],
    ]);
    // 0xDB is one of the byte values Windows-874 leaves undefined.
    const tis = Buffer.concat([iconv.encode(csv(row()), "windows-874"), Buffer.from([0xdb, 0x0d, 0x0a])]);
    expect(problems(await parse(tis, "x.csv", { encoding: "windows-874" }))).toEqual([
      [3, null, "import.encoding_invalid"],
    ]);
    expect(problems(await parse(tis))).toEqual([[3, null, "import.encoding_unknown"]]);
  });

  it("does not take Latin punctuation alone for Thai", async () => {
    const noThai = Buffer.concat([
      Buffer.from("village_code,house_no\r\n"),
      Buffer.from([0x93, 0x31, 0x94, 0x0d, 0x0a]),
    ]);
    expect(problems(await parse(noThai))).toEqual([[2, null, "import.encoding_unknown"]]);
  });

  it("refuses UTF-16 text with a hint to save as CSV UTF-8", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(row()), "utf16le")]);
    const result = await parse(utf16, "unicode.txt");
    expect(problems(result)).toEqual([[0, null, "import.encoding_unknown"]]);
    expect(result.errors[0]?.messageEn).toContain("CSV UTF-8");
  });

  it("reports an unclosed quote at the line where the broken record starts", async () => {
    const result = await parse(
      `${HEADER_TH}\r\n${row()}\r\n${row({ house_no: "2" }).replace("สมชาย", '"สมชาย')}\r\n${row({ house_no: "3" })}\r\n`,
    );
    expect(problems(result)).toEqual([[3, null, "import.csv_malformed"]]);
  });
});

describe("XLSX", () => {
  async function xlsx(rows: Array<[number, ExcelJS.CellValue[]]>): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("แผ่น1");
    for (const [n, values] of rows) sheet.getRow(n).values = values;
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
  const header = IMPORT_COLUMNS.map((c) => c.headerEn);
  const cells = (fields: Fields = {}): ExcelJS.CellValue[] => {
    const values = { ...BASE, ...fields };
    return IMPORT_COLUMNS.map((c) => values[c.key]);
  };

  it("reports errors at sheet row numbers, skipping blank rows", async () => {
    const bytes = await xlsx([
      [1, header],
      [2, cells()],
      [5, cells({ house_no: "2", sex: "?" })],
      [9, cells({ house_no: "3", citizen_id: "1234" })],
    ]);
    const result = await parse(bytes, "sheet.xlsx");
    expect(result).toMatchObject({ format: "xlsx", encoding: "xlsx", rowCount: 3 });
    expect(problems(result)).toEqual([
      [5, "sex", "import.sex_unknown"],
      [9, "citizen_id", "import.citizen_id_invalid"],
    ]);
  });

  it("reads numbers, dates, formulas, rich text and hyperlinks as the user sees them", async () => {
    const id = cid("341900020001");
    const values = cells();
    const at = (key: ImportColumnKey) => IMPORT_COLUMNS.findIndex((c) => c.key === key);
    values[at("village_code")] = { formula: "34190100+5", result: 34190105 };
    values[at("house_no")] = 12;
    values[at("citizen_id")] = Number(id);
    values[at("birth_date")] = new Date(Date.UTC(1967, 5, 15));
    values[at("first_name")] = { richText: [{ text: "สม" }, { text: "ชาย", font: { italic: true } }] };
    values[at("last_name")] = { text: "ใจดี", hyperlink: "https://example.org" };
    values[at("phone")] = 812345678;
    const result = await parse(
      await xlsx([
        [1, header],
        [2, values],
      ]),
      "cells.xlsx",
    );
    expect(result.errors).toEqual([]);
    expect(result.households[0]?.body).toEqual({
      villageCode: "34190105",
      houseNo: "12",
      phone: "0812345678",
      members: [
        {
          relation: "head",
          title: "นาย",
          firstName: "สมชาย",
          lastName: "ใจดี",
          citizenId: id,
          birthDate: "1967-06-15",
        },
      ],
    });
  });

  it("takes a B.E. year typed into a date cell as Buddhist-era", async () => {
    const values = cells({ birth_date: "" });
    values[IMPORT_COLUMNS.findIndex((c) => c.key === "birth_date")] = new Date(Date.UTC(2510, 5, 15));
    const result = await parse(
      await xlsx([
        [1, header],
        [2, values],
      ]),
      "be.xlsx",
    );
    expect(result.households[0]?.body.members[0]?.birthDate).toBe("1967-06-15");
  });

  it("explains a house number that Excel turned into a date", async () => {
    const values = cells();
    values[IMPORT_COLUMNS.findIndex((c) => c.key === "house_no")] = new Date(Date.UTC(2025, 2, 12));
    const result = await parse(
      await xlsx([
        [1, header],
        [2, values],
      ]),
      "date.xlsx",
    );
    expect(problems(result)).toEqual([[2, "house_no", "import.house_no_is_date"]]);
  });

  it("reads only the first worksheet, and refuses an empty one", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("ว่าง");
    workbook.addWorksheet("ข้อมูล").addRow(header);
    const result = await parse(Buffer.from(await workbook.xlsx.writeBuffer()), "two.xlsx");
    expect(problems(result)).toEqual([[0, null, "import.empty_file"]]);
  });
});

describe("templates", () => {
  it("the CSV template is UTF-8 with a BOM, Thai headers and two examples, and imports cleanly", async () => {
    const bytes = householdTemplateCsv();
    expect(bytes.subarray(0, 3)).toEqual(BOM);
    const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
    expect(lines[0]).toBe(HEADER_TH);
    expect(lines).toHaveLength(3);
    const result = await parse(bytes, "template.csv");
    expect(result.errors).toEqual([]);
    expect(result.rowCount).toBe(2);
    expect(result.households).toHaveLength(1);
    const members = result.households[0]?.body.members ?? [];
    expect(members.map((m) => m.relation)).toEqual(["head", "spouse"]);
    for (const m of members) expect(m.citizenId).toMatch(/^\d{13}$/);
  });

  it("the XLSX template holds the same rows and a Thai and English help sheet, and imports cleanly", async () => {
    const bytes = await householdTemplateXlsx();
    const result = await parse(bytes, "template.xlsx");
    expect(result.errors).toEqual([]);
    expect(result.households).toEqual((await parse(householdTemplateCsv(), "template.csv")).households);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["ครัวเรือน", TEMPLATE_HELP_SHEET_NAME]);
    const help = workbook.getWorksheet(TEMPLATE_HELP_SHEET_NAME);
    for (const [i, column] of IMPORT_COLUMNS.entries()) {
      const r = help?.getRow(i + 2);
      expect(r?.getCell(1).value).toBe(column.headerTh);
      expect(r?.getCell(2).value).toBe(column.headerEn);
      expect(String(r?.getCell(4).value)).toMatch(/[ก-๙]/);
      expect(String(r?.getCell(5).value)).toMatch(/[a-z]/);
    }
  });

  it("documents every column in both languages", () => {
    expect(IMPORT_COLUMNS.map((c) => c.key)).toEqual([
      "village_code",
      "house_no",
      "relation",
      "title",
      "first_name",
      "last_name",
      "citizen_id",
      "birth_date",
      "sex",
      "phone",
    ]);
    for (const c of IMPORT_COLUMNS) {
      expect(c.headerTh).toMatch(/^[ก-๙]+$/);
      expect(c.headerEn).toBe(c.key);
      expect(c.descriptionTh).toMatch(/[ก-๙]/);
      expect(c.descriptionEn).toMatch(/[a-z]{3}/);
    }
  });
});

describe("docs/import-households.md", () => {
  const doc = readFileSync(path.resolve(FIXTURES, "../../../docs/import-households.md"), "utf8");
  const source = readFileSync(
    path.resolve(FIXTURES, "../../../src/modules/households/import-parse.ts"),
    "utf8",
  );

  it("names every column in Thai and English", () => {
    for (const c of IMPORT_COLUMNS) {
      expect(doc).toMatch(new RegExp(`\\| ${c.headerTh} +\\| ${c.headerEn} +\\|`));
      for (const alias of c.aliases) expect(doc).toContain(alias);
    }
  });

  it("documents every error code the parser can report", () => {
    const codes = [...source.matchAll(/rowError\(\s*[^,]+,\s*[^,]+,\s*"([a-z_]+)"/g)].map(
      (m) => `import.${m[1]}`,
    );
    expect(codes.length).toBeGreaterThan(20);
    for (const code of new Set(codes)) expect(doc).toContain(`\`${code}\``);
  });
});

describe("property: valid rows written as CSV read back as the same members", () => {
  const thaiLetters = "กขคฆงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะาำิีึืุูเแโใไ่้๊๋็์ๆ";
  const textChar = fc.constantFrom(...`${thaiLetters}abcXYZ.,;"' -()`.split(""));
  const text = (minLength: number, maxLength: number) =>
    fc
      .string({ unit: textChar, minLength, maxLength })
      .map((s) => s.trim().replace(/\s+/g, " "))
      .filter((s) => s.length >= minLength);
  const isoDate = fc
    .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const nonHead = fc.constantFrom<Relation>("spouse", "child", "parent", "grandchild", "relative", "other");
  const member = (relation: fc.Arbitrary<Relation>) =>
    fc.record({
      relation,
      title: text(1, 32),
      firstName: text(1, 100),
      lastName: text(1, 100),
      birthDate: fc.option(isoDate, { nil: undefined }),
      sex: fc.option(fc.constantFrom<"M" | "F">("M", "F"), { nil: undefined }),
      hasCitizenId: fc.boolean(),
    });
  const household = fc.record({
    villageCode: fc.stringMatching(/^[1-9]\d{7}$/),
    houseNo: fc.oneof(fc.stringMatching(/^[1-9]\d{0,3}(\/[1-9]\d{0,2})?$/), text(1, 32)),
    phone: fc.option(fc.stringMatching(/^0\d{1,2}-?\d{3}-?\d{4}$/), { nil: undefined }),
    head: member(fc.constant<Relation>("head")),
    others: fc.array(member(nonHead), { maxLength: 6 }),
    headAt: fc.nat(),
  });
  const file = fc.record({
    households: fc.uniqueArray(household, {
      minLength: 1,
      maxLength: 8,
      selector: (h) => `${h.villageCode}|${h.houseNo}`,
    }),
    delimiter: fc.constantFrom(",", ";", "\t"),
    eol: fc.constantFrom("\r\n", "\n"),
    encoding: fc.constantFrom("utf-8", "utf-8-bom", "windows-874"),
    thaiHeader: fc.boolean(),
    columnOrder: fc.shuffledSubarray([...IMPORT_COLUMNS], { minLength: IMPORT_COLUMNS.length }),
    thaiValues: fc.boolean(),
    beDates: fc.boolean(),
  });

  it("holds for random files", async () => {
    await fc.assert(
      fc.asyncProperty(file, async (f) => {
        let nextId = 100000000001;
        const expected: CreateHouseholdBody[] = [];
        // Short Thai text in Windows-874 can be valid UTF-8 by chance; the Thai header (as Excel writes it) settles it.
        const thaiHeader = f.thaiHeader || f.encoding === "windows-874";
        const lines: string[] = [
          f.columnOrder.map((c) => (thaiHeader ? c.headerTh : c.headerEn)).join(f.delimiter),
        ];
        for (const h of f.households) {
          const people = [...h.others];
          people.splice(h.headAt % (people.length + 1), 0, h.head);
          const members: MemberInput[] = people.map((p) => {
            const m: MemberInput = {
              relation: p.relation,
              title: p.title,
              firstName: p.firstName,
              lastName: p.lastName,
            };
            if (p.hasCitizenId) m.citizenId = cid(String(nextId++));
            if (p.birthDate) m.birthDate = p.birthDate;
            if (p.sex) m.sex = p.sex;
            return m;
          });
          expected.push({
            villageCode: h.villageCode,
            houseNo: h.houseNo,
            ...(h.phone ? { phone: h.phone } : {}),
            members,
          });
          for (const m of members) {
            const [y, mo, d] = (m.birthDate ?? "").split("-");
            const values: Record<ImportColumnKey, string> = {
              village_code: h.villageCode,
              house_no: h.houseNo,
              relation: f.thaiValues ? RELATION_LABELS_TH[m.relation] : m.relation,
              title: m.title,
              first_name: m.firstName,
              last_name: m.lastName,
              citizen_id: m.citizenId ? formatCitizenId(m.citizenId) : "",
              birth_date: m.birthDate ? (f.beDates ? `${d}/${mo}/${Number(y) + 543}` : m.birthDate) : "",
              sex: m.sex ? (f.thaiValues ? { M: "ชาย", F: "หญิง" }[m.sex] : m.sex) : "",
              phone: m.relation === "head" ? (h.phone ?? "") : "",
            };
            lines.push(f.columnOrder.map((c) => quote(values[c.key], f.delimiter)).join(f.delimiter));
          }
        }
        const textOut = lines.join(f.eol) + f.eol;
        const bytes =
          f.encoding === "windows-874"
            ? iconv.encode(textOut, "windows-874")
            : Buffer.concat([
                f.encoding === "utf-8-bom" ? BOM : Buffer.alloc(0),
                Buffer.from(textOut, "utf8"),
              ]);
        const result = await parse(bytes);
        expect(result.errors).toEqual([]);
        expect(result.households.map((h) => h.body)).toEqual(expected);
        expect(result.encoding).toBe(f.encoding);
      }),
      { numRuns: 150 },
    );
  });
});
