// Seeds the demo knowledge library: learning centres, model villages and a dozen knowledge records written for the demo villages, through the use cases.
import type { Deps } from "../../platform/deps";
import { SYSTEM_ACTOR } from "../../shared/actor";
import type { ModelVillageKind } from "./contracts";
import { createLearningCentre } from "./create-learning-centre";
import { createModelVillage } from "./create-model-village";
import { createRecord } from "./create-record";

const DOK_KRACHIAO = "40070908";
const CHIANG_YUEN = "55011604";
const SANG_PI = "33091512";
const KO_KAEO = "60030103";

interface DemoRecord {
  title: string;
  categoryCode: string;
  areaCode: string;
  ownerName: string;
  ownerPosition: string;
  ownerOffice: string;
  ownerPhone?: string;
  background: string;
  steps: string;
  results: string;
  lessons: string;
  status?: "draft" | "published";
  centre?: string;
  village?: string;
}

const CENTRES = [
  {
    key: "dok",
    areaCode: DOK_KRACHIAO,
    name: "ศูนย์เรียนรู้เศรษฐกิจพอเพียงบ้านดอกกระเจียว",
    topics: ["การบริหารกองทุน กข.คจ.", "การเลี้ยงไก่ไข่", "ปุ๋ยหมักชีวภาพ", "บัญชีครัวเรือน"],
    description:
      "ศูนย์เรียนรู้ประจำหมู่บ้านที่ศาลาประชาคม มีแปลงสาธิตผักปลอดสารพิษ โรงเรือนไก่ไข่ และมุมเอกสารบัญชีกองทุนให้ผู้มาศึกษาดูงานเปิดดูได้",
    contactName: "นายบุญเลิศ ศรีดอกไม้",
    contactPhone: "0812345601",
    latitude: 16.7428,
    longitude: 102.8911,
  },
  {
    key: "nan",
    areaCode: CHIANG_YUEN,
    name: "ศูนย์เรียนรู้ผ้าทอมือบ้านเชียงยืน",
    topics: ["ทอผ้าไหม", "ย้อมสีธรรมชาติ", "การตลาดออนไลน์"],
    description: "กลุ่มทอผ้าของแม่บ้านที่เปิดให้เรียนการทอลายน้ำไหล การย้อมสีจากเปลือกไม้และครั่ง",
    contactName: "นางคำปุน ใจเย็น",
    contactPhone: "0812345602",
    latitude: 18.7861,
    longitude: 100.7794,
  },
  {
    key: "sisaket",
    areaCode: SANG_PI,
    name: "ศูนย์เรียนรู้โคก หนอง นา บ้านสร้างปี่",
    topics: ["โคก หนอง นา", "การออมวันละบาท", "การปลูกพืชผสมผสาน"],
    description: "แปลงโคก หนอง นา ขนาดสามไร่ ใช้เป็นที่ฝึกอบรมครัวเรือนเป้าหมายเรื่องการวางแผนน้ำและพืชอาหาร",
    contactName: "นายสมพงษ์ ดีพร้อม",
    contactPhone: "0812345603",
    latitude: 15.1186,
    longitude: 104.322,
  },
] as const;

const VILLAGES: {
  key: string;
  areaCode: string;
  kind: ModelVillageKind;
  yearDesignated: number;
  centre?: string;
  notes: string;
}[] = [
  {
    key: "dok-kkj",
    areaCode: DOK_KRACHIAO,
    kind: "kkj_model",
    yearDesignated: 2019,
    centre: "dok",
    notes: "หนึ่งใน 18 หมู่บ้านต้นแบบ กข.คจ. ใช้เงินทุนหมุนเวียนครบทุกรอบโดยไม่มีเงินทุนสูญหาย",
  },
  {
    key: "nan-livelihood",
    areaCode: CHIANG_YUEN,
    kind: "livelihood_model",
    yearDesignated: 2021,
    centre: "nan",
    notes: "หมู่บ้านต้นแบบสัมมาชีพชุมชนด้านผ้าทอมือ รายได้กลุ่มเพิ่มขึ้นต่อเนื่องสามปี",
  },
  {
    key: "sisaket-se",
    areaCode: SANG_PI,
    kind: "sufficiency_economy",
    yearDesignated: 2022,
    centre: "sisaket",
    notes: "หมู่บ้านเศรษฐกิจพอเพียงต้นแบบ ครัวเรือนร่วมโครงการโคก หนอง นา และกลุ่มออมวันละบาท",
  },
  {
    key: "kokaeo-kkj",
    areaCode: KO_KAEO,
    kind: "kkj_model",
    yearDesignated: 2020,
    notes: "กองทุน กข.คจ. ที่ฟื้นฟูจากภาวะค้างชำระสูงจนกลับมาหมุนเวียนได้ตามแผน",
  },
];

const RECORDS: DemoRecord[] = [
  {
    title: "การเลี้ยงไก่ไข่แบบปล่อยลานในครัวเรือน",
    categoryCode: "livestock",
    areaCode: DOK_KRACHIAO,
    ownerName: "นางสมศรี ทองดี",
    ownerPosition: "ปราชญ์ชุมชนด้านการเลี้ยงสัตว์",
    ownerOffice: "บ้านดอกกระเจียว หมู่ที่ 8 ตำบลทรายมูล อำเภอน้ำพอง จังหวัดขอนแก่น",
    ownerPhone: "0812345611",
    background:
      "เดิมครอบครัวซื้อไข่ไก่กินทุกวัน เมื่อยืมเงินจากกองทุน กข.คจ. จึงเริ่มเลี้ยงไก่ไข่ยี่สิบตัวหลังบ้าน ไข่ที่เหลือกินขายให้เพื่อนบ้านและร้านค้าในหมู่บ้าน",
    steps:
      "ทำโรงเรือนจากไม้ไผ่และตาข่าย ล้อมลานให้ไก่คุ้ยเขี่ย ให้อาหารผสมรำข้าว ปลายข้าว และผักตบชวาสับ วางรังไข่ในที่มืด เก็บไข่เช้าเย็น ทำวัคซีนตามที่ปศุสัตว์อำเภอแนะนำ",
    results: "ได้ไข่วันละสิบห้าถึงสิบแปดฟอง ลดรายจ่ายค่าอาหารและมีรายได้เสริมเดือนละประมาณหนึ่งพันห้าร้อยบาท",
    lessons: "ต้องจดบัญชีค่าอาหารทุกวัน จึงรู้ว่าเลี้ยงแล้วคุ้มหรือไม่ มูลไก่นำไปทำปุ๋ยหมักต่อได้",
    centre: "dok",
    village: "dok-kkj",
  },
  {
    title: "การทำปุ๋ยหมักชีวภาพจากมูลไก่และเศษพืช",
    categoryCode: "agriculture",
    areaCode: DOK_KRACHIAO,
    ownerName: "นายบุญเลิศ ศรีดอกไม้",
    ownerPosition: "ประธานศูนย์เรียนรู้เศรษฐกิจพอเพียง",
    ownerOffice: "ศูนย์เรียนรู้เศรษฐกิจพอเพียงบ้านดอกกระเจียว",
    ownerPhone: "0812345601",
    background: "ปุ๋ยเคมีราคาสูงขึ้นทุกปี กลุ่มจึงรวมมูลไก่ ฟางข้าว และใบไม้ในหมู่บ้านมาหมักใช้เอง",
    steps:
      "ชาวบ้านนำมูลไก่มาผสมกับแกลบดำและฟางสับในสัดส่วนหนึ่งต่อสาม รดน้ำหมักจุลินทรีย์ให้ชื้นพอกำแล้วไม่มีน้ำไหล กลับกองทุกเจ็ดวัน คลุมด้วยผ้าใบ ครบสี่สิบห้าวันจึงนำไปใช้",
    results: "ลดค่าปุ๋ยเคมีของสมาชิกลงเกือบครึ่ง ดินในแปลงผักร่วนซุยขึ้น",
    lessons: "กองที่ร้อนเกินไปต้องเติมน้ำและกลับกองบ่อยขึ้น",
    centre: "dok",
  },
  {
    title: "การบริหารกองทุน กข.คจ. ให้ไม่มีเงินทุนสูญหาย",
    categoryCode: "fund_management",
    areaCode: DOK_KRACHIAO,
    ownerName: "นายประยูร แก้วมณี",
    ownerPosition: "ประธานคณะกรรมการกองทุน กข.คจ.",
    ownerOffice: "คณะกรรมการกองทุน กข.คจ. บ้านดอกกระเจียว",
    background:
      "กองทุนได้รับเงินทุนสองแสนแปดหมื่นบาท เคยมีปัญหาครัวเรือนค้างชำระ คณะกรรมการจึงวางระเบียบการติดตามร่วมกับพัฒนากร",
    steps:
      "ประชุมคณะกรรมการทุกเดือน ตรวจสมุดบัญชีสี่เล่มให้ตรงกับเงินฝากธนาคาร เยี่ยมบ้านผู้ยืมก่อนถึงกำหนดชำระสองสัปดาห์ ให้ครัวเรือนที่มีปัญหาขอผ่อนผันตามระเบียบแทนการปล่อยให้ค้าง",
    results: "ยืมเงินครบสี่รอบ เงินทุนคงเดิมครบ ไม่มีเงินทุนสูญหาย",
    lessons: "ความโปร่งใสของบัญชีทำให้ครัวเรือนเชื่อใจและคืนเงินตรงเวลา",
    village: "dok-kkj",
  },
  {
    title: "การออมวันละบาทเพื่อสวัสดิการชุมชน",
    categoryCode: "savings",
    areaCode: SANG_PI,
    ownerName: "นางบัวผัน สอนปะละ",
    ownerPosition: "เหรัญญิกกลุ่มออมทรัพย์",
    ownerOffice: "บ้านสร้างปี่ จังหวัดศรีสะเกษ",
    background: "สมาชิกส่วนใหญ่ไม่มีเงินเก็บยามเจ็บป่วย จึงตั้งกลุ่มออมวันละบาทเป็นสวัสดิการ",
    steps: "สมาชิกออมเดือนละสามสิบบาท จดในสมุดคู่ฝาก ฝากธนาคารทุกวันที่ห้า นำดอกผลจ่ายค่ารักษาพยาบาลและฌาปนกิจ",
    results: "มีสมาชิกสองร้อยสิบคน เงินสะสมกว่าเจ็ดหมื่นบาท",
    lessons: "เงินน้อยแต่สม่ำเสมอสร้างวินัยการออมได้จริง",
    centre: "sisaket",
    village: "sisaket-se",
  },
  {
    title: "ทอผ้าไหมลายน้ำไหลด้วยสีธรรมชาติ",
    categoryCode: "handicraft",
    areaCode: CHIANG_YUEN,
    ownerName: "นางคำปุน ใจเย็น",
    ownerPosition: "ประธานกลุ่มทอผ้า",
    ownerOffice: "ศูนย์เรียนรู้ผ้าทอมือบ้านเชียงยืน",
    ownerPhone: "0812345602",
    background: "ลายน้ำไหลเป็นลายดั้งเดิมของเมืองน่าน กลุ่มแม่บ้านรวมกันทอเพื่อรักษาลายและหารายได้",
    steps: "ต้มเปลือกประดู่และครั่งย้อมเส้นไหม ตากในร่ม ขึ้นกี่ทอลายน้ำไหลด้วยการล้วงเส้นพุ่ง ตรวจหน้าผ้าทุกหนึ่งเมตร",
    results: "ผ้าขายได้เมตรละแปดร้อยถึงหนึ่งพันสองร้อยบาท สมาชิกมีรายได้เพิ่มเดือนละสามพันบาท",
    lessons: "การถ่ายภาพสินค้าลงสื่อออนไลน์ช่วยให้ขายได้ทั้งปี",
    centre: "nan",
    village: "nan-livelihood",
  },
  {
    title: "การแปรรูปกล้วยตากพลังงานแสงอาทิตย์",
    categoryCode: "food_processing",
    areaCode: KO_KAEO,
    ownerName: "นางมาลี บุญมา",
    ownerPosition: "ประธานกลุ่มแปรรูปอาหาร",
    ownerOffice: "บ้านเกาะแก้ว อำเภอชุมแสง จังหวัดนครสวรรค์",
    background: "กล้วยน้ำว้าล้นตลาดราคาตก กลุ่มจึงนำมาตากขายเป็นของฝาก",
    steps:
      "เลือกกล้วยสุกงอม ปอกเปลือก วางในโรงอบพลังงานแสงอาทิตย์สามถึงห้าวัน กลับด้านทุกวัน ทับให้แบน บรรจุถุงปิดผนึก ติดฉลากวันผลิต",
    results: "เพิ่มมูลค่ากล้วยจากหวีละสิบบาทเป็นถุงละสี่สิบบาท",
    lessons: "ความสะอาดของโรงอบสำคัญที่สุด จึงขอเครื่องหมาย อย. ได้",
    village: "kokaeo-kkj",
  },
  {
    title: "โคก หนอง นา แบบพอเพียงบนที่ดินสามไร่",
    categoryCode: "sufficiency_economy",
    areaCode: SANG_PI,
    ownerName: "นายสมพงษ์ ดีพร้อม",
    ownerPosition: "เจ้าของแปลงต้นแบบ",
    ownerOffice: "ศูนย์เรียนรู้โคก หนอง นา บ้านสร้างปี่",
    ownerPhone: "0812345603",
    background: "ที่ดินแล้งทำนาได้ปีละครั้ง จึงปรับพื้นที่เป็นโคก หนอง นา ตามแนวพระราชดำริ",
    steps: "ขุดหนองเก็บน้ำร้อยละสามสิบของพื้นที่ ทำคลองไส้ไก่ ปลูกป่าสามอย่างประโยชน์สี่อย่างบนโคก ยกคันนาสูงปลูกพืชกินได้",
    results: "มีน้ำใช้ตลอดปี มีอาหารกินเองและขายผักได้ทุกสัปดาห์",
    lessons: "ต้องวางแผนน้ำก่อนปลูก และชวนเพื่อนบ้านลงแขกช่วยกัน",
    centre: "sisaket",
  },
  {
    title: "การจัดทำบัญชีครัวเรือนเพื่อลดรายจ่าย",
    categoryCode: "savings",
    areaCode: "400709",
    ownerName: "นางสาวกาญจนา ศรีสุข",
    ownerPosition: "นักวิชาการพัฒนาชุมชนชำนาญการ",
    ownerOffice: "สำนักงานพัฒนาชุมชนอำเภอน้ำพอง",
    background: "ครัวเรือนเป้าหมายหลายครัวเรือนไม่รู้ว่าเงินหายไปกับอะไร",
    steps: "แจกสมุดบัญชีครัวเรือน สอนแยกรายจ่ายจำเป็นกับไม่จำเป็น ทบทวนกับพัฒนากรทุกเดือน ตั้งเป้าลดรายจ่ายฟุ่มเฟือยร้อยละสิบ",
    results: "ครัวเรือนที่จดต่อเนื่องหกเดือนลดรายจ่ายได้เฉลี่ยเดือนละแปดร้อยบาท",
    lessons: "ใช้ตัวอย่างจริงของเพื่อนบ้านได้ผลกว่าการบรรยาย",
  },
  {
    title: "การปลูกผักปลอดสารพิษในวงบ่อซีเมนต์",
    categoryCode: "agriculture",
    areaCode: KO_KAEO,
    ownerName: "นายทองคำ มีสุข",
    ownerPosition: "เกษตรกรต้นแบบ",
    ownerOffice: "บ้านเกาะแก้ว จังหวัดนครสวรรค์",
    background: "พื้นที่น้ำท่วมบ่อย ปลูกผักบนดินไม่ได้ จึงปลูกในวงบ่อที่ยกสูง",
    steps: "วางวงบ่อบนที่ดอน ใส่ดินผสมปุ๋ยหมักและขุยมะพร้าว ปลูกผักบุ้ง คะน้า พริก หมุนเวียน ฉีดน้ำหมักสะเดาไล่แมลง",
    results: "มีผักกินตลอดช่วงน้ำหลาก และขายในตลาดนัดหมู่บ้าน",
    lessons: "วงบ่อเก่าราคาถูกใช้ได้ดีเท่าวงใหม่",
  },
  {
    title: "การเลี้ยงปลาดุกในบ่อพลาสติก",
    categoryCode: "livestock",
    areaCode: CHIANG_YUEN,
    ownerName: "นายจันทร์ ทองคำ",
    ownerPosition: "สมาชิกกลุ่มอาชีพ",
    ownerOffice: "บ้านเชียงยืน จังหวัดน่าน",
    background: "ต้องการโปรตีนราคาถูกสำหรับครอบครัวในหน้าแล้ง",
    steps:
      "ขุดบ่อลึกหนึ่งเมตร ปูพลาสติก ใส่น้ำหมักกล้วยปรับสภาพน้ำ ปล่อยลูกปลาสามร้อยตัว ให้อาหารเม็ดสลับเศษอาหาร เปลี่ยนน้ำทุกสองสัปดาห์",
    results: "จับปลาได้ในสามเดือน กินเองและขายได้กิโลกรัมละหกสิบบาท",
    lessons: "อย่าปล่อยปลาหนาแน่นเกินไป น้ำจะเสียเร็ว",
    status: "draft",
  },
  {
    title: "แนวทางการจัดเวทีประชาคมคัดเลือกครัวเรือนเป้าหมาย",
    categoryCode: "fund_management",
    areaCode: "",
    ownerName: "นางเตือนใจ อุ่นจันทร์",
    ownerPosition: "นักวิชาการพัฒนาชุมชนชำนาญการพิเศษ",
    ownerOffice: "กองส่งเสริมการบริหารจัดการกองทุนชุมชน กรมการพัฒนาชุมชน",
    background: "หลายหมู่บ้านคัดเลือกครัวเรือนเป้าหมายโดยไม่มีหลักฐานรายได้ ทำให้เกิดข้อร้องเรียน",
    steps: "ใช้ข้อมูล จปฐ. ล่าสุดเป็นฐาน ติดประกาศรายชื่อล่วงหน้าเจ็ดวัน เปิดเวทีให้ชาวบ้านทักท้วง บันทึกมติที่ประชุมพร้อมรายชื่อผู้เข้าร่วม",
    results: "ข้อร้องเรียนเรื่องการคัดเลือกลดลงในหมู่บ้านที่ใช้แนวทางนี้",
    lessons: "เปิดเผยเกณฑ์ก่อนประชุมทำให้การตัดสินใจยอมรับร่วมกันได้ง่าย",
  },
  {
    title: "การตลาดออนไลน์สำหรับสินค้าชุมชน",
    categoryCode: "community_enterprise",
    areaCode: "55",
    ownerName: "นายวัฒนา ศรีชัย",
    ownerPosition: "นักวิชาการพัฒนาชุมชนปฏิบัติการ",
    ownerOffice: "สำนักงานพัฒนาชุมชนจังหวัดน่าน",
    background: "สินค้าผ้าทอและของฝากขายได้เฉพาะช่วงเทศกาล",
    steps: "อบรมถ่ายภาพสินค้าด้วยโทรศัพท์ เขียนเรื่องราวของผู้ผลิต เปิดเพจกลุ่ม ตอบลูกค้าภายในวันเดียว ส่งของผ่านไปรษณีย์ในอำเภอ",
    results: "กลุ่มที่ร่วมอบรมมียอดขายออนไลน์เฉลี่ยเดือนละหนึ่งหมื่นสองพันบาท",
    lessons: "เรื่องเล่าของผู้ทอทำให้ลูกค้าจดจำสินค้า",
    centre: "nan",
  },
];

export interface KnowledgeDemoSummary {
  records: number;
  learningCentres: number;
  modelVillages: number;
}

export async function seedKnowledgeDemo(base: Deps): Promise<KnowledgeDemoSummary> {
  const deps: Deps = { ...base, actor: SYSTEM_ACTOR };
  const centres = new Map<string, string>();
  for (const c of CENTRES) {
    const { key, ...body } = c;
    centres.set(key, (await createLearningCentre(deps, { ...body, topics: [...body.topics] })).id);
  }
  const villages = new Map<string, string>();
  for (const v of VILLAGES) {
    const { key, centre, ...body } = v;
    const created = await createModelVillage(deps, {
      ...body,
      learningCentreId: centre ? (centres.get(centre) ?? null) : null,
    });
    villages.set(key, created.id);
  }
  for (const r of RECORDS) {
    const { centre, village, status, ...body } = r;
    await createRecord(deps, {
      ...body,
      status: status ?? "published",
      learningCentreId: centre ? (centres.get(centre) ?? null) : null,
      modelVillageId: village ? (villages.get(village) ?? null) : null,
    });
  }
  return { records: RECORDS.length, learningCentres: CENTRES.length, modelVillages: VILLAGES.length };
}
