// Seeds the demo's target lists for บ้านดอกกระเจียว through the import use case: a TPMAP-style list (exact-ID, address + name and unmatched rows) and a district survey to reconcile it with.
import type { Deps } from "../../platform/deps";
import { allFailingIndicators, profileFromBmn } from "./deprivation-profile";
import { seedDeprivationDefaults } from "./deprivation-table";
import { importTargetList } from "./target-import";
import { latestBmnRecord, selectVillageHeads } from "./targets.repository";
import { toArabicDigits } from "./thai-names";

const VILLAGE = "40070908";
const SUBDISTRICT = "400709";
const HEADER = "เลขประจำตัวประชาชน,รหัสหมู่บ้าน,บ้านเลขที่,คำนำหน้า,ชื่อ,นามสกุล,มิติที่ไม่ผ่าน,ตัวชี้วัดที่ไม่ผ่าน,หมายเหตุ";
const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

const thaiDigits = (text: string) => toArabicDigits(text).replace(/\d/g, (d) => THAI_DIGITS[Number(d)]!);
const csv = (lines: string[][]) =>
  Buffer.from(`\ufeff${[HEADER, ...lines.map((l) => l.join(","))].join("\r\n")}\r\n`, "utf8");

export async function seedDemoTargetLists(deps: Deps): Promise<{ lists: number; rows: number }> {
  await seedDeprivationDefaults(deps);
  const heads = await selectVillageHeads(deps.db, VILLAGE);
  if (heads.length < 14) return { lists: 0, rows: 0 };
  const id = (k: number) => (heads[k]!.citizen_id_enc ? deps.crypto.decrypt(heads[k]!.citizen_id_enc!) : "");
  const tpmap: string[][] = [];
  for (let k = 0; k < 12; k++) {
    const h = heads[k]!;
    const record = await latestBmnRecord(deps.db, h.household_id);
    const profile = record ? profileFromBmn(record) : null;
    const failing = profile ? allFailingIndicators(profile).join(" ") : "";
    if (k < 8) {
      tpmap.push([
        id(k),
        VILLAGE,
        h.house_no,
        h.title,
        h.first_name,
        h.last_name,
        "",
        failing.replace(/ /g, ";"),
        "",
      ]);
    } else if (k < 11) {
      // Lists typed in district offices often carry Thai digits and no citizen ID.
      tpmap.push([
        "",
        VILLAGE,
        thaiDigits(h.house_no),
        "",
        `${h.title}${h.first_name}`,
        h.last_name,
        "",
        failing.replace(/ /g, ";"),
        "",
      ]);
    } else {
      tpmap.push(["", VILLAGE, h.house_no, "นาง", "สมปอง", "ทองมา", "รายได้", "", "ชื่อไม่ตรงกับทะเบียน"]);
    }
  }
  tpmap.push(["", VILLAGE, "201", "นาย", "ประยูร", "คำดี", "ความเป็นอยู่", "8", "ยังไม่ได้ลงทะเบียนครัวเรือน"]);
  tpmap.push(["", VILLAGE, "202", "นาง", "บุญเรือน", "แสงทอง", "สุขภาพ;รายได้", "", "ยังไม่ได้ลงทะเบียนครัวเรือน"]);

  const survey: string[][] = [];
  for (let k = 0; k < 5; k++) {
    const h = heads[k]!;
    survey.push([id(k), VILLAGE, h.house_no, h.title, h.first_name, h.last_name, "", "", ""]);
  }
  const moved = heads[5]!;
  survey.push([
    id(5),
    VILLAGE,
    `${moved.house_no}/1`,
    moved.title,
    moved.first_name,
    moved.last_name,
    "",
    "",
    "ย้ายบ้าน",
  ]);
  for (const k of [12, 13]) {
    const h = heads[k]!;
    survey.push([id(k), VILLAGE, h.house_no, h.title, h.first_name, h.last_name, "", "", ""]);
  }
  survey.push(["", VILLAGE, "203", "นาย", "สมหมาย", "ศรีบุญ", "", "", "ครัวเรือนใหม่"]);

  const common = { area: SUBDISTRICT, dryRun: false as const, programmeYear: 2568 };
  const a = await importTargetList(deps, {
    ...common,
    name: "คนจนเป้าหมาย TPMAP ปี 2567 ตำบลทรายมูล (ตัวอย่าง)",
    sourceKind: "tpmap",
    dataYear: 2567,
    bytes: csv(tpmap),
    fileName: "tpmap-2567-400709.csv",
  });
  const b = await importTargetList(deps, {
    ...common,
    name: "บัญชีสำรวจครัวเรือนยากจน อำเภอน้ำพอง ปี 2568 (ตัวอย่าง)",
    sourceKind: "district_survey",
    bytes: csv(survey),
    fileName: "survey-2568-400709.csv",
  });
  return { lists: 2, rows: a.rowCount + b.rowCount };
}
