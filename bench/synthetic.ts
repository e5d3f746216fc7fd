// Deterministic synthetic national household data (seeded PRNG) rendered in the household import CSV layout.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import type { Relation } from "../src/modules/households/import-layout";
import { IMPORT_COLUMNS, RELATION_LABELS_TH } from "../src/modules/households/import-layout";
import { citizenIdCheckDigit, formatCitizenId } from "../src/shared/thai-id";

export const REFERENCE_AREAS_CSV = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../db/reference/th-admin-areas.csv",
);

/** mulberry32: a small, fast, seeded 32-bit PRNG; the same seed always yields the same nation. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

const MALE_FIRST = [
  "สมชาย",
  "สมศักดิ์",
  "สมพงษ์",
  "ประเสริฐ",
  "สุรชัย",
  "วิชัย",
  "บุญมี",
  "บุญเลิศ",
  "ทองดี",
  "สมบัติ",
  "ประยุทธ",
  "อนุชา",
  "ธนากร",
  "กิตติพงษ์",
  "ณัฐพล",
  "ชัยวัฒน์",
  "สุทธิพงษ์",
  "วีระ",
  "สมหมาย",
  "มานพ",
  "เกรียงไกร",
  "ปิยะ",
  "อำนาจ",
  "สุริยา",
  "จักรพันธ์",
  "พงศกร",
  "ธีรวัฒน์",
  "ศุภชัย",
  "อภิชาติ",
  "นพดล",
  "บุญชู",
  "คำแสง",
  "ทองใบ",
  "สมาน",
  "ไพโรจน์",
  "เฉลิม",
  "ประสิทธิ์",
  "สุชาติ",
  "วันชัย",
  "ชาตรี",
  "บุญส่ง",
  "สมคิด",
  "เสถียร",
  "ทองหล่อ",
  "คำพันธ์",
  "อุดม",
  "สำราญ",
  "บุญเรือง",
  "สมนึก",
  "ประจักษ์",
] as const;
const FEMALE_FIRST = [
  "สมหญิง",
  "สมศรี",
  "บุญมา",
  "มาลี",
  "สุภาพ",
  "นงลักษณ์",
  "วันเพ็ญ",
  "จันทร์เพ็ญ",
  "ประไพ",
  "ทองม้วน",
  "คำปุน",
  "อรุณี",
  "สุดารัตน์",
  "กาญจนา",
  "ศิริพร",
  "พรทิพย์",
  "นิภา",
  "รัชนี",
  "วิไลวรรณ",
  "อัญชลี",
  "ปราณี",
  "บุษบา",
  "ลำดวน",
  "สายสุนีย์",
  "ณัฐธิดา",
  "ปิยะนุช",
  "กัลยา",
  "จิราพร",
  "สุนันทา",
  "เพ็ญศรี",
  "ธนพร",
  "อารีย์",
  "ยุพิน",
  "ละเอียด",
  "บัวผัน",
  "ทองสุข",
  "แสงเดือน",
  "สมพร",
  "ชุติมา",
  "พิมพ์ชนก",
  "บุญเรือน",
  "คำมี",
  "สมจิตร",
  "ทองพูน",
  "หนูเพียร",
  "ประนอม",
  "สำลี",
  "บุญหลาย",
  "มณี",
  "ดวงใจ",
] as const;
const BOY_FIRST = [
  "ณัฐวุฒิ",
  "ภูมิพัฒน์",
  "ธนภัทร",
  "กิตติภูมิ",
  "ปัณณวัฒน์",
  "ภาคิน",
  "ธีรภัทร",
  "พีรพัฒน์",
  "ศุภกร",
  "กฤษดา",
  "ชยพล",
  "ธนวัฒน์",
  "อนุวัฒน์",
  "วรเมธ",
  "ปกรณ์",
  "ณัฐภัทร",
  "จิรายุ",
  "ภูริ",
  "ธนาธิป",
  "รัฐภูมิ",
] as const;
const GIRL_FIRST = [
  "ปุณยวีร์",
  "ณัฐชา",
  "พิชชาภา",
  "ชนิสรา",
  "กัญญาณัฐ",
  "ธัญชนก",
  "ปภาวรินท์",
  "ศิริกานดา",
  "อริสา",
  "เบญญาภา",
  "ณิชาภัทร",
  "พิมพ์ลดา",
  "กชกร",
  "ชญานิศ",
  "ณัฐณิชา",
  "ธนัชพร",
  "สุพิชญา",
  "วรัญญา",
  "ภัทรธิดา",
  "ขวัญข้าว",
] as const;
const SURNAME_HEAD = [
  "ศรี",
  "แก้ว",
  "ทอง",
  "บุญ",
  "สุข",
  "ใจ",
  "แสง",
  "คำ",
  "พรหม",
  "จันทร์",
  "เพชร",
  "สาย",
  "มี",
  "ชัย",
  "วงศ์",
  "อินทร์",
  "ปัญญา",
  "มณี",
  "พล",
  "ภู",
  "นาค",
  "เงิน",
  "ดวง",
  "สม",
  "รัตน",
  "ประ",
  "กาญจน",
  "ทิพย์",
] as const;
const SURNAME_TAIL = [
  "สุข",
  "ดี",
  "ใจ",
  "งาม",
  "มา",
  "ทอง",
  "วงศ์",
  "ศรี",
  "แก้ว",
  "เจริญ",
  "พันธ์",
  "สวัสดิ์",
  "ประเสริฐ",
  "รักษ์",
  "ภักดี",
  "มงคล",
  "ยืน",
  "ชัย",
  "บุตร",
  "สิงห์",
  "นาม",
  "เสนา",
  "คำ",
  "ไพร",
  "ธรรม",
  "โชติ",
  "เดช",
  "วิเศษ",
  "สมบูรณ์",
  "ศักดิ์",
] as const;
const VILLAGE_HEAD = [
  "หนอง",
  "โนน",
  "ดอน",
  "นา",
  "โคก",
  "ห้วย",
  "ท่า",
  "วัง",
  "บึง",
  "สระ",
  "ป่า",
  "หัว",
  "ทุ่ง",
  "บ่อ",
  "ไร่",
  "เหล่า",
  "คลอง",
  "กุด",
  "แม่",
  "ปาก",
] as const;
const VILLAGE_TAIL = [
  "บัว",
  "สูง",
  "แดง",
  "ใหญ่",
  "น้อย",
  "ยาง",
  "ไผ่",
  "ม่วง",
  "ขาม",
  "ตาล",
  "หว้า",
  "จิก",
  "เต็ง",
  "แก",
  "คำ",
  "ทอง",
  "ใหม่",
  "เก่า",
  "สำราญ",
  "ศรี",
  "กลาง",
  "งาม",
  "โพธิ์",
  "ตะเคียน",
  "มะค่า",
] as const;
const VILLAGE_SUFFIX = ["", "", "", " พัฒนา", " เหนือ", " ใต้", " ใหม่"] as const;

/** Births are placed before this day, so no synthetic birth date is ever in the future. */
const REFERENCE_YEAR = 2024;

export interface SyntheticVillage {
  subdistrictCode: string;
  villageNo: number;
  code: string;
  nameTh: string;
}

export interface SyntheticMember {
  relation: Relation;
  title: string;
  firstName: string;
  lastName: string;
  /** 13 digits, unique in the whole data set. */
  citizenId: string;
  birthDate: string | null;
  sex: "M" | "F";
  /** Picks how the row is typed in the file (Thai or English words, dashes in the ID, B.E. or ISO date). */
  variant: number;
}

export interface SyntheticHousehold {
  villageCode: string;
  houseNo: string;
  phone: string | null;
  /** The head is always first. */
  members: SyntheticMember[];
}

export interface SyntheticNation {
  seed: number;
  villages: SyntheticVillage[];
  households: SyntheticHousehold[];
  memberCount: number;
}

/** The 6-digit sub-district codes of the committed DOPA reference list, outside Bangkok. */
export function readSubdistrictCodes(file = REFERENCE_AREAS_CSV): string[] {
  const records = parse(readFileSync(file), { columns: true, skip_empty_lines: true }) as Array<
    Record<"level" | "code", string>
  >;
  // Bangkok (10) has communities, not villages under the Community Development Department.
  return records.filter((r) => r.level === "subdistrict" && !r.code.startsWith("10")).map((r) => r.code);
}

export interface GenerateOptions {
  households: number;
  seed?: number;
  /** Average households per village (real Thai villages hold ~100–300). */
  householdsPerVillage?: number;
}

function villageName(random: Random): string {
  return `บ้าน${random.pick(VILLAGE_HEAD)}${random.pick(VILLAGE_TAIL)}${random.pick(VILLAGE_SUFFIX)}`;
}

function pickVillages(random: Random, count: number): SyntheticVillage[] {
  const subdistricts = readSubdistrictCodes();
  // A partial Fisher–Yates shuffle spreads the villages over the whole country, not one province.
  const order = [...subdistricts];
  const villages: SyntheticVillage[] = [];
  for (let i = 0; villages.length < count; i++) {
    if (i >= order.length)
      throw new RangeError(`cannot place ${count} villages (at most 20 per sub-district)`);
    const j = i + Math.floor(random.next() * (order.length - i));
    [order[i], order[j]] = [order[j]!, order[i]!];
    const subdistrictCode = order[i]!;
    const villagesHere = Math.min(count - villages.length, random.int(1, 6));
    const numbers = new Set<number>();
    while (numbers.size < villagesHere) numbers.add(random.int(1, 20));
    for (const villageNo of [...numbers].sort((a, b) => a - b)) {
      villages.push({
        subdistrictCode,
        villageNo,
        code: `${subdistrictCode}${String(villageNo).padStart(2, "0")}`,
        nameTh: villageName(random),
      });
    }
  }
  return villages.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Citizen IDs: a serial run through a bijection of 0..10^7-1, so IDs look scattered yet never repeat. */
function citizenIdFactory(): (kind: 1 | 3, districtCode: string) => string {
  let counter = 0;
  const SPACE = 10_000_000;
  return (kind, districtCode) => {
    if (counter >= SPACE) throw new RangeError("more than 10^7 synthetic citizen IDs");
    // 7_919 is prime and does not divide 10^7, so n ↦ n·7919 + 12345 (mod 10^7) is a bijection.
    const serial = (counter++ * 7919 + 12_345) % SPACE;
    const first12 = `${kind}${districtCode}${String(serial).padStart(7, "0")}`;
    return `${first12}${citizenIdCheckDigit(first12)}`;
  };
}

function isoDate(year: number, random: Random): string {
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

interface PersonPlan {
  relation: Relation;
  age: number;
  sex: "M" | "F";
}

/** Share of households by size 1–6, close to the Thai census (mean ≈ 3 persons). */
const SIZE_WEIGHTS = [0.14, 0.24, 0.25, 0.19, 0.11, 0.07] as const;

function householdSize(random: Random): number {
  let roll = random.next();
  for (let i = 0; i < SIZE_WEIGHTS.length; i++) {
    roll -= SIZE_WEIGHTS[i]!;
    if (roll < 0) return i + 1;
  }
  return SIZE_WEIGHTS.length;
}

function planHousehold(random: Random): PersonPlan[] {
  const size = householdSize(random);
  const headAge = random.int(24, 82);
  const headSex: "M" | "F" = random.chance(0.62) ? "M" : "F";
  const plan: PersonPlan[] = [{ relation: "head", age: headAge, sex: headSex }];
  if (plan.length < size && random.chance(0.75)) {
    plan.push({
      relation: "spouse",
      age: Math.max(20, headAge + random.int(-8, 6)),
      sex: headSex === "M" ? "F" : "M",
    });
  }
  if (plan.length < size && headAge < 55 && random.chance(0.2)) {
    plan.push({
      relation: "parent",
      age: Math.min(95, headAge + random.int(20, 32)),
      sex: random.chance(0.65) ? "F" : "M",
    });
  }
  while (plan.length < size) {
    const roll = random.next();
    if (headAge >= 50 && roll < 0.3) {
      plan.push({ relation: "grandchild", age: random.int(0, 15), sex: random.chance(0.5) ? "M" : "F" });
    } else if (roll < 0.88) {
      plan.push({
        relation: "child",
        age: Math.max(0, Math.min(headAge - 18, random.int(0, 35))),
        sex: random.chance(0.5) ? "M" : "F",
      });
    } else {
      plan.push({
        relation: roll < 0.95 ? "relative" : "other",
        age: random.int(5, 80),
        sex: random.chance(0.5) ? "M" : "F",
      });
    }
  }
  return plan;
}

function titleFor(p: PersonPlan, random: Random): string {
  if (p.age < 15) return p.sex === "M" ? "ด.ช." : "ด.ญ.";
  if (p.sex === "M") return "นาย";
  if (p.relation === "spouse" || p.relation === "parent" || (p.age > 30 && random.chance(0.7))) return "นาง";
  return "นางสาว";
}

function firstNameFor(p: PersonPlan, random: Random): string {
  if (p.age < 25) return random.pick(p.sex === "M" ? BOY_FIRST : GIRL_FIRST);
  return random.pick(p.sex === "M" ? MALE_FIRST : FEMALE_FIRST);
}

function surname(random: Random): string {
  return `${random.pick(SURNAME_HEAD)}${random.pick(SURNAME_TAIL)}`;
}

function phoneNumber(random: Random): string {
  const prefix = random.pick(["06", "08", "09"]);
  return `${prefix}${random.int(1, 9)}-${String(random.int(0, 999)).padStart(3, "0")}-${String(random.int(0, 9999)).padStart(4, "0")}`;
}

/** Builds the same nation for the same options: villages over real sub-districts, then their households. */
export function generateNation(options: GenerateOptions): SyntheticNation {
  const seed = options.seed ?? 20_240_615;
  const random = createRandom(seed);
  const perVillage = options.householdsPerVillage ?? 100;
  const villageCount = Math.max(1, Math.round(options.households / perVillage));
  const villages = pickVillages(random, villageCount);
  // Villages differ in size: weights in [0.4, 1.6), then the households are dealt out in proportion.
  const weights = villages.map(() => 0.4 + random.next() * 1.2);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((w / totalWeight) * options.households));
  let missing = options.households - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i = (i + 1) % sizes.length, missing--) sizes[i]! += 1;

  const nextCitizenId = citizenIdFactory();
  const households: SyntheticHousehold[] = [];
  let memberCount = 0;
  villages.forEach((village, v) => {
    let base = 0;
    let sub = 0;
    for (let k = 0; k < sizes[v]!; k++) {
      // Plots split among heirs get numbers like 45/1, 45/2 next to 45 itself.
      if (base > 0 && random.chance(0.18)) sub++;
      else {
        base += random.chance(0.1) ? 2 : 1;
        sub = 0;
      }
      const houseNo = sub === 0 ? String(base) : `${base}/${sub}`;
      const family = surname(random);
      const plan = planHousehold(random);
      const members = plan.map((p): SyntheticMember => {
        const birthYear = REFERENCE_YEAR - 1 - p.age;
        const keepsSurname = p.relation !== "spouse" || p.sex === "F" ? random.chance(0.85) : false;
        return {
          relation: p.relation,
          title: titleFor(p, random),
          firstName: firstNameFor(p, random),
          lastName:
            p.relation === "relative" || p.relation === "other" || !keepsSurname ? surname(random) : family,
          // Type 3: on a house register before 1984; type 1: registered at birth since then.
          citizenId: nextCitizenId(birthYear < 1984 ? 3 : 1, village.code.slice(0, 4)),
          birthDate: random.chance(0.06) ? null : isoDate(birthYear, random),
          sex: p.sex,
          variant: Math.floor(random.next() * 1_000_000),
        };
      });
      memberCount += members.length;
      households.push({
        villageCode: village.code,
        houseNo,
        phone: random.chance(0.8) ? phoneNumber(random) : null,
        members,
      });
    }
  });
  return { seed, villages, households, memberCount };
}

const RELATION_TYPED: Record<Relation, readonly string[]> = {
  head: [RELATION_LABELS_TH.head, RELATION_LABELS_TH.head, RELATION_LABELS_TH.head, "หัวหน้า"],
  spouse: [RELATION_LABELS_TH.spouse, RELATION_LABELS_TH.spouse, "ภรรยา", "สามี"],
  child: [RELATION_LABELS_TH.child, RELATION_LABELS_TH.child, RELATION_LABELS_TH.child, "ลูก"],
  parent: [RELATION_LABELS_TH.parent, "บิดา", "มารดา", RELATION_LABELS_TH.parent],
  grandchild: [RELATION_LABELS_TH.grandchild],
  relative: [RELATION_LABELS_TH.relative],
  other: [RELATION_LABELS_TH.other, "อื่น ๆ"],
};

function typedRelation(m: SyntheticMember): string {
  const options = RELATION_TYPED[m.relation];
  // A spouse typed as "สามี" must be the husband: the words are only picked where they fit.
  if (m.relation === "spouse")
    return m.variant % 2 === 0 ? RELATION_LABELS_TH.spouse : m.sex === "M" ? "สามี" : "ภรรยา";
  if (m.relation === "parent" && m.variant % 3 !== 0) return m.sex === "M" ? "บิดา" : "มารดา";
  return options[m.variant % options.length]!;
}

function typedDate(iso: string | null, variant: number): string {
  if (iso === null) return "";
  const [y, mo, d] = iso.split("-");
  // Most village spreadsheets write day/month/B.E. year; a few were exported with ISO dates.
  if (variant % 10 === 0) return iso;
  return `${d}/${mo}/${Number(y) + 543}`;
}

function typedSex(sex: "M" | "F", variant: number): string {
  const words = sex === "M" ? ["ชาย", "ชาย", "ช", "M"] : ["หญิง", "หญิง", "ญ", "F"];
  return words[Math.floor(variant / 7) % words.length]!;
}

function csvCell(value: string): string {
  return /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line per member, in the template's column order. */
function householdLines(h: SyntheticHousehold): string[] {
  return h.members.map((m, i) => {
    const values: Record<(typeof IMPORT_COLUMNS)[number]["key"], string> = {
      village_code: h.villageCode,
      house_no: h.houseNo,
      relation: typedRelation(m),
      title: m.title,
      first_name: m.firstName,
      last_name: m.lastName,
      citizen_id: m.variant % 4 === 0 ? m.citizenId : formatCitizenId(m.citizenId),
      birth_date: typedDate(m.birthDate, m.variant),
      sex: typedSex(m.sex, m.variant),
      phone: i === 0 && h.phone ? h.phone : "",
    };
    return IMPORT_COLUMNS.map((c) => csvCell(values[c.key])).join(",");
  });
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The households as import CSV files (UTF-8 with a BOM, Thai headers, CRLF), each at most `maxBytes`
 * and split only between households, as an office would split a file that is over the upload limit.
 */
export function toImportCsvFiles(households: readonly SyntheticHousehold[], maxBytes: number): Buffer[] {
  const header = `${IMPORT_COLUMNS.map((c) => c.headerTh).join(",")}\r\n`;
  const headerBytes = BOM.length + Buffer.byteLength(header);
  const files: Buffer[] = [];
  let parts: string[] = [];
  let size = headerBytes;
  const flush = () => {
    if (parts.length === 0) return;
    files.push(Buffer.concat([BOM, Buffer.from(header + parts.join(""), "utf8")]));
    parts = [];
    size = headerBytes;
  };
  for (const h of households) {
    const text = `${householdLines(h).join("\r\n")}\r\n`;
    const bytes = Buffer.byteLength(text);
    if (headerBytes + bytes > maxBytes) throw new RangeError(`one household is over ${maxBytes} bytes`);
    if (size + bytes > maxBytes) flush();
    parts.push(text);
    size += bytes;
  }
  flush();
  return files;
}
