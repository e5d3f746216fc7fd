// Seeds the demo's poverty-case work in Khon Kaen: agencies and working groups, a menu, คู่เสี่ยว and คู่บุญ schemes, mentors and an agency account, cases of บ้านดอกกระเจียว's poor households with plans, deliveries, visits and one graduation.
import { fixedClock } from "../../platform/clock";
import type { Deps } from "../../platform/deps";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { addDays, fiscalYearOf, fiscalYearRange, type IsoDate } from "../../shared/thai-date";
import { createUser } from "../access/index";
import { listHouseholds, recordBmn } from "../households/index";
import { createAgency } from "./agency-create";
import { linkAgencyUser } from "./agency-link-user";
import { setResponsibility } from "./agency-set-responsibility";
import { DEFAULT_AGENCIES, DEFAULT_DIMENSION_AGENCIES } from "./assistance-menu";
import { saveMenuItem } from "./assistance-menu-save";
import { addPlanItem } from "./case-add-plan-item";
import { closeCase } from "./case-close";
import { confirmStage } from "./case-confirm-stage";
import { addDeliveryFile } from "./case-delivery-files";
import { DEMO_HOUSE_PNG } from "./case-demo-photo";
import { logDelivery } from "./case-log-delivery";
import { latestProfile, openCase } from "./case-open";
import { selectBmnRecords, selectPairingsInForce } from "./cases.repository";
import { DIMENSIONS, type Dimension } from "./deprivation-config";
import { createMentor } from "./mentor-create";
import { pairMentor } from "./mentor-pair";
import { saveScheme } from "./mentor-save-scheme";
import { logVisit } from "./visit-log";
import { addVisitPhoto } from "./visit-photos";

const PROVINCE = "40";
const VILLAGE = "40070908";

/** Khon Kaen's menu: one or two items per dimension, values in satang (amounts invented for the demo). */
const MENU: {
  code: string;
  nameTh: string;
  dimension: Dimension;
  agency: string;
  unitValueSatang: number;
  unit: string;
  notes?: string;
}[] = [
  {
    code: "HEA-CHECKUP",
    nameTh: "ตรวจคัดกรองสุขภาพโดย อสม. และส่งต่อ รพ.สต.",
    dimension: "health",
    agency: "public_health",
    unitValueSatang: 30_000,
    unit: "ครั้ง",
  },
  {
    code: "LIV-HOUSE",
    nameTh: "ซ่อมแซมบ้านผู้ยากไร้",
    dimension: "living",
    agency: "social_development",
    unitValueSatang: 2_000_000,
    unit: "หลัง",
    notes: "บ้านไม่มั่นคงถาวร (จปฐ. ข้อ 8)",
  },
  {
    code: "LIV-WATER",
    nameTh: "ถังเก็บน้ำฝน 2,000 ลิตร",
    dimension: "living",
    agency: "local_government",
    unitValueSatang: 450_000,
    unit: "ใบ",
  },
  {
    code: "EDU-LITERACY",
    nameTh: "เรียนหนังสือ กศน. ตำบล",
    dimension: "education",
    agency: "nfe",
    unitValueSatang: 0,
    unit: "คน",
  },
  {
    code: "INC-CHICKEN",
    nameTh: "ไก่ไข่ 10 ตัวพร้อมอาหาร",
    dimension: "income",
    agency: "community_development",
    unitValueSatang: 150_000,
    unit: "ชุด",
  },
  {
    code: "INC-VEG",
    nameTh: "เมล็ดพันธุ์ผักสวนครัวและปุ๋ย",
    dimension: "income",
    agency: "agriculture",
    unitValueSatang: 50_000,
    unit: "ชุด",
  },
  {
    code: "ACC-WELFARE",
    nameTh: "ช่วยลงทะเบียนสวัสดิการและเบี้ยยังชีพ",
    dimension: "public_access",
    agency: "provincial_administration",
    unitValueSatang: 0,
    unit: "ครั้ง",
  },
];

const FINDINGS: Record<Dimension, string> = {
  health: "สมาชิกสุขภาพดีขึ้น ไปตรวจตามนัด",
  living: "บ้านซ่อมหลังคาแล้ว น้ำใช้พอ",
  education: "ลูกไปโรงเรียนสม่ำเสมอ",
  income: "เลี้ยงไก่ได้ไข่วันละ 5–6 ฟอง ขายในหมู่บ้าน",
  public_access: "ได้รับเบี้ยยังชีพผู้สูงอายุแล้ว",
};

/** Seeds once (the caller seeds a fresh database); returns what it made. */
export async function seedPovertyCaseDemo(
  base: Deps,
  password: string,
): Promise<{ cases: number; graduated: number }> {
  const today = base.clock.today();
  const year = fiscalYearOf(today);
  const start = fiscalYearRange(year).from;
  // Events happen from the first day of the programme year, never after today.
  const at = (days: number): Deps => {
    const planned = addDays(start, days);
    const on: IsoDate = [planned, today].sort()[0]!;
    return { ...base, actor: SYSTEM_ACTOR, clock: fixedClock(`${on}T05:00:00Z`) };
  };
  const onDay = (days: number): IsoDate => at(days).clock.today();
  const system = at(0);
  const agencies = new Map<string, string>();
  for (const a of DEFAULT_AGENCIES) {
    const made = await createAgency(system, {
      areaCode: PROVINCE,
      code: a.code,
      nameTh: `${a.name.th} จังหวัดขอนแก่น`,
      nameEn: `${a.name.en}, Khon Kaen`,
      kind: a.code === "local_government" ? "local_government" : "government",
    });
    agencies.set(a.code, made.id);
  }
  for (const d of DIMENSIONS) {
    await setResponsibility(system, {
      areaCode: PROVINCE,
      dimension: d,
      agencyIds: DEFAULT_DIMENSION_AGENCIES[d].map((c) => agencies.get(c)!),
    });
  }
  const menu = new Map<string, string>();
  for (const m of MENU) {
    const item = await saveMenuItem(system, {
      areaCode: PROVINCE,
      code: m.code,
      nameTh: m.nameTh,
      dimension: m.dimension,
      agencyId: agencies.get(m.agency)!,
      unitValueSatang: m.unitValueSatang,
      unit: m.unit,
      ...(m.notes ? { eligibilityNotes: m.notes } : {}),
    });
    menu.set(m.dimension, menu.get(m.dimension) ?? item.id);
  }
  const khuSiao = await saveScheme(system, {
    code: "khu_siao",
    nameTh: "คู่เสี่ยว เกี่ยวก้อย แก้จนคนขอนแก่น",
    nameEn: "Khu Siao (Khon Kaen)",
    areaCode: PROVINCE,
    maxHouseholdsPerMentor: 2,
  });
  await saveScheme(system, {
    code: "khu_bun",
    nameTh: "คู่บุญ โคก หนอง นา พา แก้จน",
    nameEn: "Khu Bun (Si Sa Ket)",
    areaCode: "33",
    maxHouseholdsPerMentor: 2,
  });
  const mentorUser = await createUser(system, {
    username: "mentor.dokkrachiao",
    displayName: "นางคำปุน ศรีบุญเรือง",
    role: "mentor",
    scopeCode: VILLAGE,
    password,
    position: "ผู้นำอาสาพัฒนาชุมชน (คู่เสี่ยว)",
  });
  const agencyUser = await createUser(system, {
    username: "agency.health.khonkaen",
    displayName: "นายแพทย์สมศักดิ์ ใจงาม",
    role: "agency_officer",
    scopeCode: PROVINCE,
    password,
    position: "สำนักงานสาธารณสุขจังหวัดขอนแก่น",
  });
  await linkAgencyUser(system, agencies.get("public_health")!, agencyUser.id);
  const mentors = [
    await createMentor(system, {
      name: "นางคำปุน ศรีบุญเรือง",
      kind: "volunteer_leader",
      areaCode: VILLAGE,
      userId: mentorUser.id,
    }),
    await createMentor(system, {
      name: "นายประสิทธิ์ แก้วกาหลง",
      kind: "official",
      areaCode: "400709",
      phone: "0812345678",
    }),
  ];
  const households = (await listHouseholds(system, { area: VILLAGE, limit: 50 })).items;
  const poor: { id: string; failing: string[] }[] = [];
  for (const h of households) {
    const p = await latestProfile(system.db, h.id);
    if (p.failingDimensions.length > 0) poor.push({ id: h.id, failing: p.failingDimensions });
  }
  let cases = 0;
  let graduated = 0;
  for (const [k, h] of poor.entries()) {
    const opened = await openCase(at(1), { householdId: h.id, programmeYear: year, openedOn: onDay(1) });
    cases++;
    if (k < 4) {
      await pairMentor(at(3), mentors[Math.floor(k / 2)]!.id, {
        schemeId: khuSiao.id,
        householdId: h.id,
        startOn: onDay(3),
      });
    }
    const dims = h.failing.filter((d): d is Dimension => menu.has(d as Dimension));
    for (const d of dims) await addPlanItem(at(5), opened.id, { menuItemId: menu.get(d)!, quantity: 1 });
    if (k % 2 === 0 && dims.length > 0) {
      const detail = await addPlanItem(at(6), opened.id, { menuItemId: menu.get("income")!, quantity: 1 });
      for (const item of detail.plan.slice(0, 2)) {
        const after = await logDelivery(at(20 + k), opened.id, {
          planItemId: item.id,
          deliveredOn: onDay(20 + k),
          quantity: 1,
          evidence: [{ kind: "receipt", ref: `ใบสำคัญรับของ ${k + 1}/${year}` }],
        });
        const delivered = after.deliveries.find((d) => d.planItemId === item.id);
        if (delivered) {
          await addDeliveryFile(at(20 + k), opened.id, delivered.id, {
            fileName: `ภาพการส่งมอบ ${k + 1}`,
            bytes: DEMO_HOUSE_PNG,
          });
        }
      }
    }
    if (k === 0) {
      // The household that improved: two later จปฐ. surveys pass everything, and the case graduates.
      const indicators = Object.fromEntries(Array.from({ length: 31 }, (_, n) => [String(n + 1), true]));
      const latest = (await selectBmnRecords(base.db, h.id))[0]?.surveyYear ?? year - 3;
      for (const surveyYear of [latest + 1, latest + 2]) {
        await recordBmn(at(30), h.id, {
          surveyYear,
          membersCount: 3,
          incomeMainSatang: 18_000_000,
          incomeSecondarySatang: 3_000_000,
          incomeOtherSatang: 0,
          incomeOwnProductionSatang: 0,
          indicators,
        });
      }
      await confirmStage(at(31), opened.id, { to: "sufficient", on: onDay(31) });
      await confirmStage(at(40), opened.id, { to: "sustainable", on: onDay(40) });
      await closeCase(at(45), opened.id, {
        reason: "graduated",
        on: onDay(45),
        note: "ผ่านเกณฑ์ จปฐ. 2 ปีติดต่อกัน มีเงินออมและอาชีพ",
      });
      graduated++;
    }
    if (k >= 1 && k < 4) {
      // Two recent visits and one long ago, so the mentor's list shows one overdue household besides the unvisited one.
      const sinceStart = Math.floor((Date.parse(today) - Date.parse(start)) / 86_400_000);
      const visitDay = k === 3 ? 8 : Math.max(8, sinceStart - 5);
      const pairingDeps = at(visitDay);
      const [pairing] = await selectPairingsInForce(pairingDeps.db, {
        householdId: h.id,
        on: onDay(visitDay),
      });
      if (pairing) {
        const visit = await logVisit(pairingDeps, {
          pairingId: pairing.id,
          visitedOn: onDay(visitDay),
          findings: Object.fromEntries(h.failing.map((d) => [d, FINDINGS[d as Dimension]])),
          advice: "ทำบัญชีรายรับรายจ่ายครัวเรือน ลดรายจ่ายที่ไม่จำเป็น",
          nextStep: "ติดตามผลผลิตและการขายไข่ไก่",
          latitude: 16.62,
          longitude: 102.86,
        });
        await addVisitPhoto(pairingDeps, visit.id, {
          fileName: `เยี่ยมบ้าน ${k + 1}`,
          bytes: DEMO_HOUSE_PNG,
        });
      }
    }
  }
  return { cases, graduated };
}
