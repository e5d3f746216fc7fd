// Demo data: two complaints about the demo fund, one named from the household account and answered, one anonymous and
// overdue, each with a document (the named one under its own name, the anonymous one under a generic name).
import { fixedClock } from "../../platform/clock";
import type { Deps } from "../../platform/deps";
import { ThaiPdf } from "../../platform/pdf/index";
import type { Actor } from "../../shared/actor";
import type { Role } from "../../shared/roles";
import { addDays, formatThaiLong, type IsoDate } from "../../shared/thai-date";
import { addComplaintDocument } from "./add-complaint-document";
import { changeComplaintStatus } from "./change-complaint-status";
import { fileComplaint } from "./file-complaint";
import { replyToComplaint } from "./reply-to-complaint";

export type DemoUserIds = ReadonlyMap<string, { id: string; scopeCode: string }>;

function demoActor(users: DemoUserIds, username: string, role: Role): Actor {
  const user = users.get(username);
  if (!user) throw new Error(`demo user ${username} missing`);
  return { kind: "user", userId: user.id, username, role, scopeCode: user.scopeCode, householdId: null };
}

/** A one-page memo (บันทึกข้อความ) as a complaint's document. */
async function memo(on: IsoDate, subject: string, lines: string[]): Promise<Buffer> {
  const pdf = new ThaiPdf({ title: "บันทึกข้อความ", subject, createdAt: new Date(`${on}T05:00:00Z`) });
  pdf.title("บันทึกข้อความ");
  pdf.text(`ส่วนราชการ สำนักงานพัฒนาชุมชนอำเภอน้ำพอง`);
  pdf.text(`วันที่ ${formatThaiLong(on)}`);
  pdf.text(`เรื่อง ${subject}`, { after: 8 });
  for (const line of lines) pdf.text(line, { indent: 28, after: 4 });
  return pdf.toBuffer();
}

export async function seedDemoComplaints(deps: Deps, users: DemoUserIds, fundId: string): Promise<void> {
  const today = deps.clock.today();
  const at = (on: IsoDate, actor: Actor): Deps => ({ ...deps, clock: fixedClock(`${on}T05:00:00Z`), actor });
  const household = demoActor(users, "household.demo", "household_member");
  const district = demoActor(users, "district.namphong", "district_officer");
  const worker = demoActor(users, "worker.saimun", "subdistrict_worker");

  const named = await fileComplaint(at(addDays(today, -20), household), {
    anonymous: false,
    complainant: { name: "นางสมศรี ใจงาม", phone: "0812345678", address: "บ้านดอกกระเจียว หมู่ 8" },
    category: "committee_conduct",
    subject: "ยื่นคำขอยืมเงินแล้วคณะกรรมการยังไม่นัดประชุมพิจารณา",
    details: "ยื่นแบบเสนอโครงการเมื่อต้นเดือน คณะกรรมการยังไม่นัดประชุมพิจารณา ขอให้ติดตามให้ด้วย",
    fundId,
  });
  await changeComplaintStatus(at(addDays(today, -18), district), named.id, {
    status: "in_progress",
    note: "มอบพัฒนากรตำบลทรายมูลประสานคณะกรรมการ",
  });
  await replyToComplaint(at(addDays(today, -15), worker), named.id, {
    visibility: "internal",
    body: "ประธานกรรมการแจ้งว่าจะประชุมพิจารณาในรอบถัดไป",
  });
  await replyToComplaint(at(addDays(today, -12), district), named.id, {
    visibility: "public",
    body: "คณะกรรมการจะประชุมพิจารณาคำขอของท่านภายในเดือนนี้ และจะแจ้งผลให้ทราบ",
  });

  await addComplaintDocument(at(addDays(today, -18), district), named.id, {
    fileName: "หนังสือร้องเรียน นางสมศรี ใจงาม.pdf",
    bytes: await memo(addDays(today, -18), "รับเรื่องร้องเรียนการพิจารณาคำขอยืมเงิน", [
      "ได้รับหนังสือร้องเรียนของนางสมศรี ใจงาม เรื่องคณะกรรมการกองทุนยังไม่นัดประชุมพิจารณาคำขอยืมเงิน",
      "มอบพัฒนากรผู้รับผิดชอบตำบลทรายมูลประสานคณะกรรมการและรายงานผลภายใน 15 วัน",
    ]),
  });

  const anonymous = await fileComplaint(at(addDays(today, -40), worker), {
    anonymous: true,
    category: "missing_fund",
    subject: "สงสัยเงินสดของกองทุนไม่ตรงกับสมุดบัญชี",
    details: "ผู้ร้องแจ้งทางโทรศัพท์ว่าเห็นยอดเงินสดในสมุดไม่ตรงกับที่ประกาศในที่ประชุมหมู่บ้าน",
    fundId,
    concernedName: "เหรัญญิกกองทุน",
    receivedOn: addDays(today, -40),
  });
  await addComplaintDocument(at(addDays(today, -39), worker), anonymous.id, {
    fileName: "บันทึกรับแจ้งทางโทรศัพท์.pdf",
    bytes: await memo(addDays(today, -39), "บันทึกรับแจ้งเรื่องร้องเรียนทางโทรศัพท์", [
      "ผู้ร้องไม่ประสงค์ออกนามแจ้งว่ายอดเงินสดในสมุดบัญชีของกองทุนไม่ตรงกับที่ประกาศในที่ประชุมหมู่บ้าน",
      "เห็นควรตรวจนับเงินสดและสอบทานสมุดบัญชีร่วมกับคณะกรรมการกองทุน",
    ]),
  });
}
