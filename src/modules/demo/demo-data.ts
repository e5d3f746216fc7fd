// The demo villages, households and accounts, drawn from the seed articles (names of people are invented).

export const DEMO_PASSWORD = "kaejon-demo";

export interface DemoVillage {
  subdistrictCode: string;
  villageNo: number;
  nameTh: string;
  nameEn: string;
  latitude: number;
  longitude: number;
  households: number;
  /** Why this village is in the demo. */
  note: string;
}

export const DEMO_VILLAGES: DemoVillage[] = [
  {
    subdistrictCode: "400709",
    villageNo: 8,
    nameTh: "บ้านดอกกระเจียว",
    nameEn: "Ban Dok Krachiao",
    latitude: 16.62,
    longitude: 102.86,
    households: 14,
    note: "model กข.คจ. village, Khon Kaen",
  },
  {
    subdistrictCode: "550116",
    villageNo: 4,
    nameTh: "บ้านเชียงยืน",
    nameEn: "Ban Chiang Yuen",
    latitude: 18.83,
    longitude: 100.8,
    households: 12,
    note: "ศจก. with 27 funds, Nan",
  },
  {
    subdistrictCode: "551407",
    villageNo: 5,
    nameTh: "บ้านบัวชัย",
    nameEn: "Ban Bua Chai",
    latitude: 18.74,
    longitude: 100.83,
    households: 10,
    note: "ศจก., Nan (หมู่ที่ illustrative)",
  },
  {
    subdistrictCode: "330915",
    villageNo: 12,
    nameTh: "บ้านสร้างปี่",
    nameEn: "Ban Sang Pi",
    latitude: 15.33,
    longitude: 104.17,
    households: 12,
    note: "คู่บุญ โคก หนอง นา, Si Sa Ket (name illustrative)",
  },
  {
    subdistrictCode: "600301",
    villageNo: 3,
    nameTh: "บ้านเกาะแก้ว",
    nameEn: "Ban Ko Kaeo",
    latitude: 15.9,
    longitude: 100.31,
    households: 8,
    note: "สัมมาชีพชุมชน, Chum Saeng (name illustrative)",
  },
  {
    subdistrictCode: "600303",
    villageNo: 6,
    nameTh: "บ้านพิกุลทอง",
    nameEn: "Ban Phikun Thong",
    latitude: 15.93,
    longitude: 100.25,
    households: 8,
    note: "สัมมาชีพชุมชน, Chum Saeng (name illustrative)",
  },
  {
    subdistrictCode: "600306",
    villageNo: 2,
    nameTh: "บ้านบางเคียน",
    nameEn: "Ban Bang Khian",
    latitude: 15.86,
    longitude: 100.35,
    households: 8,
    note: "สัมมาชีพชุมชน, Chum Saeng (name illustrative)",
  },
];

export const FIRST_NAMES_M = [
  "สมชาย",
  "บุญมี",
  "ประเสริฐ",
  "สมศักดิ์",
  "ทองดี",
  "วิชัย",
  "สุริยา",
  "คำปั่น",
  "บุญเรือง",
  "ณัฐพล",
  "ธีระ",
  "เฉลิม",
];
export const FIRST_NAMES_F = [
  "สมหญิง",
  "บัวผัน",
  "คำแพง",
  "มาลี",
  "ประนอม",
  "สุดารัตน์",
  "อำไพ",
  "จันทร์เพ็ญ",
  "ทองใบ",
  "นงลักษณ์",
  "ศรีไพร",
  "พิมพ์ใจ",
];
export const LAST_NAMES = [
  "ใจดี",
  "ศรีสุข",
  "บุญมา",
  "แก้วมณี",
  "ทองคำ",
  "พรหมวงศ์",
  "สายสุวรรณ",
  "คำหอม",
  "ชัยมงคล",
  "อินทร์แก้ว",
  "ภูมิสุข",
  "วงศ์ใหญ่",
  "จันทร์หอม",
  "มีสุข",
];

export interface DemoAccount {
  username: string;
  displayName: string;
  role:
    | "central_admin"
    | "province_officer"
    | "district_officer"
    | "subdistrict_worker"
    | "committee_member"
    | "mentor"
    | "household_member"
    | "auditor"
    | "it_support";
  scopeCode: string;
  position?: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "admin", displayName: "ผู้ดูแลระบบส่วนกลาง", role: "central_admin", scopeCode: "" },
  {
    username: "province.khonkaen",
    displayName: "นางสมร เพชรพรรณ",
    role: "province_officer",
    scopeCode: "40",
    position: "นักวิชาการพัฒนาชุมชนชำนาญการ",
  },
  {
    username: "district.namphong",
    displayName: "นายธีระ ศรีสุข",
    role: "district_officer",
    scopeCode: "4007",
    position: "พัฒนาการอำเภอน้ำพอง",
  },
  {
    username: "worker.saimun",
    displayName: "นางสาวมาลี บุญมา",
    role: "subdistrict_worker",
    scopeCode: "400709",
    position: "พัฒนากรผู้รับผิดชอบตำบลทรายมูล",
  },
  {
    username: "committee.dokkrachiao",
    displayName: "นายบุญมี ทองคำ",
    role: "committee_member",
    scopeCode: "40070908",
    position: "ประธานคณะกรรมการ กข.คจ.",
  },
  {
    username: "secretary.dokkrachiao",
    displayName: "นางสาวจันทร์เพ็ญ ศรีสวัสดิ์",
    role: "committee_member",
    scopeCode: "40070908",
    position: "เลขานุการคณะกรรมการ กข.คจ.",
  },
  {
    username: "finance.dokkrachiao",
    displayName: "นางบัวผัน แก้วมณี",
    role: "committee_member",
    scopeCode: "40070908",
    position: "กรรมการฝ่ายการเงิน กข.คจ.",
  },
  {
    username: "mentor.saimun",
    displayName: "นายวิชัย คำหอม",
    role: "mentor",
    scopeCode: "400709",
    position: "พี่เลี้ยง (คู่เสี่ยว)",
  },
  {
    username: "household.demo",
    displayName: "ครัวเรือนตัวอย่าง",
    role: "household_member",
    scopeCode: "40070908",
  },
  { username: "auditor", displayName: "ผู้ตรวจสอบ", role: "auditor", scopeCode: "" },
  { username: "itsupport", displayName: "ฝ่ายสนับสนุนไอที", role: "it_support", scopeCode: "" },
];
