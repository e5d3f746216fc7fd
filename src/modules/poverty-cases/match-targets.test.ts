// Tests for matching list rows to households: exact ID, address + name, none, with explanations and closed households.
import { describe, expect, it } from "vitest";
import { type CandidateHousehold, inMemoryLookups, matchTarget, matchTargets } from "./match-targets";
import { citizenId } from "./poverty-test-fixture";
import { parseTargetList, type TargetRow } from "./target-list";

const hash = (id: string) => `h:${id}`;
const ID_A = citizenId(101);
const ID_B = citizenId(102);
const ID_C = citizenId(103);
const ID_MOVED = citizenId(104);
const ID_UNKNOWN = citizenId(999);

const HOUSEHOLDS: CandidateHousehold[] = [
  {
    householdId: "hh-1",
    villageCode: "40050908",
    houseNo: "12/3",
    status: "active",
    members: [
      { title: "นาย", firstName: "สมชาย", lastName: "ใจดี", citizenIdHash: hash(ID_A) },
      { title: "นาง", firstName: "คำแก้ว", lastName: "ใจดี", citizenIdHash: null },
    ],
  },
  {
    householdId: "hh-2",
    villageCode: "40050908",
    houseNo: "14",
    status: "closed",
    members: [{ title: "นาง", firstName: "บัวผัน", lastName: "ศรีสุข", citizenIdHash: hash(ID_B) }],
  },
  {
    householdId: "hh-3",
    villageCode: "40050901",
    houseNo: "5",
    status: "active",
    members: [{ title: "นาย", firstName: "ทองดี", lastName: "มีสุข", citizenIdHash: hash(ID_C) }],
  },
  // The same person appears in a closed old household and an active new one: the active one wins.
  {
    householdId: "hh-old",
    villageCode: "40050901",
    houseNo: "8",
    status: "moved",
    members: [{ title: "นาย", firstName: "เดช", lastName: "ย้ายบ้าน", citizenIdHash: hash(ID_MOVED) }],
  },
  {
    householdId: "hh-new",
    villageCode: "40050901",
    houseNo: "9",
    status: "active",
    members: [{ title: "นาย", firstName: "เดช", lastName: "ย้ายบ้าน", citizenIdHash: hash(ID_MOVED) }],
  },
  {
    householdId: "hh-4",
    villageCode: "40050901",
    houseNo: "20",
    status: "active",
    members: [{ title: "นาง", firstName: "มาลี", lastName: "ดอกไม้", citizenIdHash: hash(citizenId(105)) }],
  },
];

const lookups = inMemoryLookups(HOUSEHOLDS, hash);

function rows(...cells: (string | null)[][]): TargetRow[] {
  const result = parseTargetList({
    header: ["citizen_id", "village_code", "house_no", "title", "first_name", "last_name"],
    rows: cells,
    isKnownVillage: () => true,
  });
  expect(result.errors).toEqual([]);
  return result.rows;
}

describe("matching", () => {
  it("matches an exact citizen ID and explains it without showing the ID", () => {
    const [row] = rows([ID_A, "40050908", "12/3", "นาย", "สมชาย", "ใจดี"]);
    const m = matchTarget(row!, lookups);
    expect(m).toEqual({
      line: 2,
      kind: "exact_id",
      householdId: "hh-1",
      closed: false,
      explanation: {
        th: "เลขประจำตัวประชาชนตรงกับสมาชิก สมชาย ใจดี บ้านเลขที่ 12/3 หมู่บ้าน 40050908",
        en: "The citizen ID is that of member สมชาย ใจดี of house 12/3, village 40050908",
      },
      differences: [],
      candidates: [],
    });
    expect(JSON.stringify(m)).not.toContain(ID_A);
  });

  it("an exact ID with a different address is still exact, with the differences named", () => {
    const [row] = rows([ID_A, "40050901", "99", "", "สมชาย", "ใจร้าย"]);
    const m = matchTarget(row!, lookups);
    expect(m.kind).toBe("exact_id");
    expect(m.differences).toEqual(["village_code", "house_no", "name"]);
    expect(m.explanation.th).toContain("(รหัสหมู่บ้าน, บ้านเลขที่, ชื่อในบัญชีไม่ตรงกับทะเบียน)");
    expect(m.explanation.en).toContain(
      "the list's village code, house number, name differ from the register",
    );
  });

  it("prefers the active household when a citizen ID is also in a closed one", () => {
    const [row] = rows([ID_MOVED, "", "", "", "", ""]);
    expect(matchTarget(row!, lookups)).toMatchObject({
      kind: "exact_id",
      householdId: "hh-new",
      closed: false,
    });
  });

  it("matches by village + house number + name, ignoring titles, spaces and Thai digits", () => {
    const [row] = rows([null, "40050908", "๑๒ / ๓", "", "นางค\u0E4D\u0E32แก้ว", "ใจ ดี"]);
    const m = matchTarget(row!, lookups);
    expect(m.kind).toBe("address_name");
    expect(m.householdId).toBe("hh-1");
    expect(m.explanation.th).toBe("บ้านเลขที่ 12/3 หมู่บ้าน 40050908 มีสมาชิกชื่อ คำแก้ว ใจดี");
    expect(m.explanation.en).toBe("house 12/3 in village 40050908 has a member named คำแก้ว ใจดี");
  });

  it("falls back to the address when the ID is unknown, and flags a member whose recorded ID differs", () => {
    const [row] = rows([ID_UNKNOWN, "40050908", "12/3", "", "สมชาย", "ใจดี"]);
    const m = matchTarget(row!, lookups);
    expect(m.kind).toBe("address_name");
    expect(m.differences).toEqual(["citizen_id"]);
    expect(m.explanation.th.startsWith("ไม่พบเลขประจำตัวประชาชนในทะเบียน; บ้านเลขที่ 12/3")).toBe(true);
    expect(m.explanation.en).toContain("citizen ID differ from the register");
  });

  it("first name only matches when the list has no last name", () => {
    const [row] = rows([null, "40050901", "20", "", "มาลี", ""]);
    expect(matchTarget(row!, lookups)).toMatchObject({ kind: "address_name", householdId: "hh-4" });
  });

  it("reports none with the reason: unknown house, unknown name at a known house, no address", () => {
    const [noHouse, noName, idOnly] = rows(
      [null, "40050908", "77", "", "สมชาย", "ใจดี"],
      [null, "40050908", "12/3", "", "สมหญิง", "ใจดี"],
      [ID_UNKNOWN, "", "", "", "", ""],
    );
    const a = matchTarget(noHouse!, lookups);
    expect(a).toMatchObject({ kind: "none", householdId: null, candidates: [] });
    expect(a.explanation.en).toBe("no house 77 in village 40050908");
    const b = matchTarget(noName!, lookups);
    expect(b).toMatchObject({ kind: "none", candidates: ["hh-1"] });
    expect(b.explanation.th).toBe("บ้านเลขที่ 12/3 หมู่บ้าน 40050908 มีในทะเบียน แต่ไม่มีสมาชิกชื่อ สมหญิง ใจดี");
    const c = matchTarget(idOnly!, lookups);
    expect(c.kind).toBe("none");
    expect(c.explanation.en).toBe(
      "The citizen ID is not in the register; the row lacks a village code, house number and name to match by address",
    );
  });

  it("refuses to guess when an ID belongs to two active households", () => {
    const twice = inMemoryLookups(
      [
        { ...HOUSEHOLDS[0]!, householdId: "x-1" },
        { ...HOUSEHOLDS[0]!, householdId: "x-2", houseNo: "13" },
      ],
      hash,
    );
    const [row] = rows([ID_A, "", "", "", "", ""]);
    expect(matchTarget(row!, twice)).toMatchObject({ kind: "none", candidates: ["x-1", "x-2"] });
  });
});

describe("a whole list", () => {
  it("counts each kind and reports rows that matched a closed household", () => {
    const list = rows(
      [ID_A, "", "", "", "", ""],
      [ID_B, "", "", "", "", ""],
      [null, "40050901", "5", "นาย", "ทองดี", "มีสุข"],
      [null, "40050901", "6", "", "ไม่มี", "ในทะเบียน"],
    );
    const summary = matchTargets(list, lookups);
    expect(summary.counts).toEqual({ exact_id: 2, address_name: 1, none: 1 });
    expect(summary.matches.map((m) => m.householdId)).toEqual(["hh-1", "hh-2", "hh-3", null]);
    expect(summary.closedErrors).toHaveLength(1);
    expect(summary.closedErrors[0]).toMatchObject({ line: 3, field: null, code: "household_closed" });
    expect(summary.closedErrors[0]!.message).toContain("ครัวเรือนที่ตรงกันปิดแล้ว");
    expect(summary.closedErrors[0]!.message).toContain("แต่ครัวเรือนนี้ปิดแล้ว (สถานะ closed)");
    expect(summary.closedErrors[0]!.messageEn).toContain("but the household is closed (status closed)");
  });
});
