// Demo data: two complaints about the demo fund, one named from the household account and answered, one anonymous and overdue.
import { fixedClock } from "../../platform/clock";
import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import type { Role } from "../../shared/roles";
import { addDays, type IsoDate } from "../../shared/thai-date";
import { changeComplaintStatus } from "./change-complaint-status";
import { fileComplaint } from "./file-complaint";
import { replyToComplaint } from "./reply-to-complaint";

export type DemoUserIds = ReadonlyMap<string, { id: string; scopeCode: string }>;

function demoActor(users: DemoUserIds, username: string, role: Role): Actor {
  const user = users.get(username);
  if (!user) throw new Error(`demo user ${username} missing`);
  return { kind: "user", userId: user.id, username, role, scopeCode: user.scopeCode, householdId: null };
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

  await fileComplaint(at(addDays(today, -40), worker), {
    anonymous: true,
    category: "missing_fund",
    subject: "สงสัยเงินสดของกองทุนไม่ตรงกับสมุดบัญชี",
    details: "ผู้ร้องแจ้งทางโทรศัพท์ว่าเห็นยอดเงินสดในสมุดไม่ตรงกับที่ประกาศในที่ประชุมหมู่บ้าน",
    fundId,
    concernedName: "เหรัญญิกกองทุน",
    receivedOn: addDays(today, -40),
  });
}
