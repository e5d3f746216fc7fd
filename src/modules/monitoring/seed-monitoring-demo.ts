// Seeds demo visits to the บ้านดอกกระเจียว กข.คจ. fund (from the Khon Kaen monitoring article) with follow-ups, one overdue.
import { fixedClock } from "../../platform/clock";
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import type { Role } from "../../shared/roles";
import { addDays, type IsoDate } from "../../shared/thai-date";
import { listFunds } from "../funds/index";
import { completeFollowUp } from "./complete-follow-up";
import { recordVisit } from "./record-visit";
import { SAMPLE_JPEG, SAMPLE_PNG } from "./sample-photos";
import { addVisitPhoto, visitPhotosEnabled } from "./visit-photos";

type DemoUsers = ReadonlyMap<string, { id: string; scopeCode: string }>;

export async function seedMonitoringDemo(deps: Deps, users: DemoUsers): Promise<{ visits: number }> {
  const [fund] = (await listFunds(deps, { area: "40070908", fundType: "kkj", limit: 1 })).items;
  if (!fund) return { visits: 0 };
  const today = deps.clock.today();
  const id = (username: string): string => {
    const user = users.get(username);
    if (!user) throw new Error(`demo account ${username} is missing`);
    return user.id;
  };
  const at = (on: IsoDate, username: string, role: Role): Deps => {
    const user = users.get(username)!;
    const actor: Actor = {
      kind: "user",
      userId: user.id,
      username,
      role,
      scopeCode: user.scopeCode,
      householdId: null,
    };
    return { ...deps, clock: fixedClock(`${on}T05:00:00Z`), actor };
  };
  const photosAllowed = visitPhotosEnabled();

  const firstOn = addDays(today, -80);
  const first = await recordVisit(at(firstOn, "province.khonkaen", "province_officer"), {
    subjectType: "fund",
    subjectId: fund.id,
    visitedOn: firstOn,
    purpose:
      "สนับสนุนทางวิชาการและติดตามการดำเนินงานโครงการ กข.คจ. ต้นแบบ เพื่อเตรียมความพร้อมเป็นแหล่งเรียนรู้ด้านเงินทุนในการประกอบอาชีพสำหรับผู้มีรายได้น้อย",
    peopleMet: [
      { name: "นายบุญมี ทองคำ", role: "ประธานคณะกรรมการ กข.คจ." },
      { name: "นางสาวจันทร์เพ็ญ ศรีสวัสดิ์", role: "เลขานุการคณะกรรมการ กข.คจ." },
      { name: "ครัวเรือนเป้าหมาย 6 ครัวเรือน", role: "ผู้ยืมเงินทุน" },
    ],
    findings:
      'คณะกรรมการนำเสนอผลการดำเนินงานที่ประสบผลสำเร็จ เงินทุนหมุนเวียนให้ครัวเรือนเป้าหมายยืมไปประกอบอาชีพเสริม เช่น การถักเสื้อ การปลูกผัก/เพาะเห็ด การเลี้ยงไก่พื้นบ้าน การทำแจ่วบอง การจักสาน และการทำไม้กวาดทางมะพร้าว\nจุดแข็งคือความรักใคร่สามัคคี ความซื่อสัตย์สุจริต และการแลกเปลี่ยนเรียนรู้แบบ "ชาวบ้านสอนชาวบ้าน" สมุดบัญชี 4 เล่มเป็นปัจจุบัน',
    recommendations:
      "ประชาสัมพันธ์ผลการดำเนินงานผ่านสื่อสังคมออนไลน์ และสร้างเครือข่ายกับคณะกรรมการ กข.คจ. ดีเด่นอื่น ๆ เพื่อเตรียมความพร้อมเป็นแหล่งเรียนรู้สำหรับศึกษาดูงาน",
    team: [
      { userId: id("province.khonkaen") },
      { name: "นางสาวจิตตวดี นกพะเนาว์", position: "นักวิชาการพัฒนาชุมชนชำนาญการ สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น" },
      { userId: id("district.namphong") },
    ],
    followUps: [
      {
        description: "จัดทำเพจประชาสัมพันธ์ผลการดำเนินงานกองทุน กข.คจ. บ้านดอกกระเจียว",
        ownerId: id("worker.saimun"),
        dueOn: addDays(firstOn, 30),
      },
      {
        description: "ประสานคณะกรรมการ กข.คจ. ดีเด่นในอำเภอน้ำพองเพื่อตั้งเครือข่ายแลกเปลี่ยนเรียนรู้",
        ownerId: id("worker.saimun"),
        dueOn: addDays(firstOn, 60),
      },
    ],
  });
  const published = first.followUps.find((f) => f.description.startsWith("จัดทำเพจ"))!;
  const doneOn = addDays(firstOn, 25);
  await completeFollowUp(at(doneOn, "worker.saimun", "subdistrict_worker"), published.id, {
    doneOn,
    note: 'เปิดเพจ "กข.คจ. บ้านดอกกระเจียว" แล้ว ลงภาพกิจกรรม 5 เรื่อง',
  });
  if (photosAllowed) {
    await addVisitPhoto(at(firstOn, "province.khonkaen", "province_officer"), first.id, {
      fileName: "ประชุมคณะกรรมการ.jpg",
      bytes: SAMPLE_JPEG,
    });
  }

  const secondOn = addDays(today, -10);
  const second = await recordVisit(at(secondOn, "worker.saimun", "subdistrict_worker"), {
    subjectType: "fund",
    subjectId: fund.id,
    visitedOn: secondOn,
    purpose: "ติดตามการชำระคืนเงินยืมรอบที่ 4 และตรวจสมุดบัญชี 4 เล่ม",
    peopleMet: [
      { name: "นางบัวผัน แก้วมณี", role: "กรรมการฝ่ายการเงิน" },
      { name: "นางคำปุน ศรีหาบุตร", role: "ครัวเรือนผู้ยืม" },
    ],
    findings: "ครัวเรือนผู้ยืมรอบที่ 4 ชำระคืนตามกำหนดเกือบทั้งหมด มี 1 ครัวเรือนขอผ่อนผันเพราะผลผลิตเสียหายจากฝนทิ้งช่วง",
    recommendations: "ให้คณะกรรมการพิจารณาการผ่อนผันตามระเบียบ และบันทึกมติในสมุดบันทึกสถานะหมู่บ้าน",
    team: [{ userId: id("worker.saimun") }],
    followUps: [
      {
        description: "เสนอคณะกรรมการพิจารณาคำขอผ่อนผันของครัวเรือนที่ผลผลิตเสียหาย",
        ownerId: id("worker.saimun"),
        dueOn: addDays(secondOn, 30),
      },
      {
        description: "ตรวจสอบการปรับปรุงบัญชีคุมลูกหนี้ (เล่มสีเหลือง) หลังมติผ่อนผัน",
        ownerId: id("district.namphong"),
        dueOn: addDays(secondOn, 45),
      },
    ],
  });
  if (photosAllowed) {
    await addVisitPhoto(at(secondOn, "worker.saimun", "subdistrict_worker"), second.id, {
      fileName: "กระดานสรุปการชำระคืน.png",
      bytes: SAMPLE_PNG,
    });
  }
  return { visits: 2 };
}
