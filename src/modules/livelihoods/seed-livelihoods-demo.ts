// Seeds สัมมาชีพชุมชน of อำเภอชุมแสง (from the seed article): the four supporting organisations, a village plan at
// step 3 (act) with dated evidence, target and model households, a lecturer team and one training.
import { fixedClock } from "../../platform/clock";
import type { Deps } from "../../platform/deps";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { addDays, fiscalYearOf, type IsoDate } from "../../shared/thai-date";
import { listHouseholds } from "../households/index";
import { addEvidence } from "./add-evidence";
import { addTargetHousehold } from "./add-target-household";
import { advancePlan } from "./advance-plan";
import { createLecturerTeam } from "./create-lecturer-team";
import { createOrganisation } from "./create-organisation";
import { createPlan } from "./create-plan";
import { recordTraining } from "./record-training";

const VILLAGE = "60030103";
const DISTRICT = "6003";

export async function seedLivelihoodsDemo(deps: Deps): Promise<{ planId: string } | null> {
  const homes = (await listHouseholds({ ...deps, actor: SYSTEM_ACTOR }, { area: VILLAGE, limit: 8 })).items;
  if (homes.length < 5) return null;
  const today = deps.clock.today();
  const at = (on: IsoDate): Deps => ({ ...deps, actor: SYSTEM_ACTOR, clock: fixedClock(`${on}T05:00:00Z`) });
  const started = addDays(today, -120);

  const organisations = [
    {
      kind: "women_committee" as const,
      name: "คณะกรรมการพัฒนาสตรีอำเภอชุมแสง (กพสอ.)",
      mission: "สนับสนุนการพัฒนาอาชีพของครัวเรือนสัมมาชีพชุมชน และเป็นแกนหลักในการคัดเลือกครัวเรือนสัมมาชีพชุมชนตัวอย่าง",
      members: [
        { name: "นางสมใจ ทองมา", role: "chair" as const },
        { name: "นางอรุณี แสงทอง", role: "secretary" as const },
      ],
    },
    {
      kind: "community_council" as const,
      name: "คณะกรรมการศูนย์ประสานงานองค์การชุมชนระดับอำเภอชุมแสง (ศอช.อ.)",
      mission: "สนับสนุนการบูรณาการแผนชุมชนระดับตำบล และการเชื่อมโยงแผนท้องถิ่น",
      members: [{ name: "นายประสิทธิ์ มั่นคง", role: "chair" as const }],
    },
    {
      kind: "cd_volunteers" as const,
      name: "คณะกรรมการชมรมอาสาพัฒนาชุมชนอำเภอชุมแสง",
      mission: "สนับสนุนทีมวิทยากรสัมมาชีพชุมชนระดับหมู่บ้าน และการยกระดับครัวเรือนยากจน",
      members: [{ name: "นายสมพงษ์ ใจกล้า", role: "chair" as const }],
    },
    {
      kind: "savings_network" as const,
      name: "คณะกรรมการเครือข่ายกลุ่มออมทรัพย์เพื่อการผลิตอำเภอชุมแสง",
      mission: "สนับสนุนครัวเรือนสัมมาชีพชุมชนและครัวเรือนยากจนให้เข้าถึงแหล่งทุนชุมชน",
      members: [{ name: "นางบุญเรือน ศรีงาม", role: "chair" as const }],
    },
  ];
  for (const o of organisations) await createOrganisation(at(started), { areaCode: DISTRICT, ...o });

  const team = await createLecturerTeam(at(addDays(started, 2)), {
    areaCode: VILLAGE,
    name: "ทีมวิทยากรสัมมาชีพชุมชนบ้านเกาะแก้ว",
    formedOn: addDays(started, 2),
    lecturers: [
      { name: "นายสมบัติ พูนผล", role: "leader", expertise: "ปราชญ์ชุมชน การเพาะเห็ดฟาง" },
      { name: "นางมาลัย รุ่งเรือง", role: "member", expertise: "การทำน้ำพริกแกง" },
      { name: "นางสาวกนกวรรณ ใจดี", role: "member", expertise: "การทำบัญชีครัวเรือน" },
      { name: "นายบุญส่ง นาคดี", role: "member", expertise: "การเลี้ยงไก่ไข่" },
      { name: "นางจำปี สุขใจ", role: "member", expertise: "การจักสานผักตบชวา" },
    ],
  });

  const plan = await createPlan(at(started), {
    areaCode: VILLAGE,
    fiscalYear: fiscalYearOf(started),
    title: "แผนปฏิบัติการสัมมาชีพชุมชนบ้านเกาะแก้ว",
    startedOn: started,
  });
  await addEvidence(at(addDays(started, 5)), plan.id, {
    evidenceOn: addDays(started, 5),
    description:
      "ประชุมเชิงปฏิบัติการทีมสนับสนุนการขับเคลื่อนสัมมาชีพชุมชนระดับอำเภอ 4 องค์กร จำนวน 50 คน สร้างความเข้าใจการยกระดับครัวเรือนยากจนและการเข้าถึงแหล่งทุน",
  });
  await advancePlan(at(addDays(started, 20)), plan.id, { to: "plan", on: addDays(started, 20) });
  await addEvidence(at(addDays(started, 30)), plan.id, {
    evidenceOn: addDays(started, 30),
    description: "แต่ละองค์กรจัดทำแผนปฏิบัติการสนับสนุนระดับตำบลและหมู่บ้าน คัดเลือกครัวเรือนเป้าหมาย 5 ครัวเรือน",
  });
  const occupations = ["เพาะเห็ดฟาง", "ทำน้ำพริกแกง", "เลี้ยงไก่ไข่", "จักสานผักตบชวา", "ปลูกผักปลอดสาร"];
  for (const [i, home] of homes.slice(0, 5).entries()) {
    await addTargetHousehold(at(addDays(started, 31)), plan.id, {
      householdId: home.id,
      occupation: occupations[i]!,
      isModel: i === 0,
    });
  }
  await advancePlan(at(addDays(started, 40)), plan.id, { to: "act", on: addDays(started, 40) });
  const trainingOn = addDays(today, -40);
  await recordTraining(at(trainingOn), {
    areaCode: VILLAGE,
    planId: plan.id,
    heldOn: trainingOn,
    topic: "การเพาะเห็ดฟางในตะกร้าและการทำน้ำพริกแกงเพื่อจำหน่าย",
    place: "ศาลาประชาคมบ้านเกาะแก้ว",
    lecturerIds: team.lecturers.slice(0, 2).map((l) => l.id),
    participants: homes.slice(0, 4).map((h) => ({ householdId: h.id, name: h.headName })),
  });
  await addEvidence(at(trainingOn), plan.id, {
    evidenceOn: trainingOn,
    description: "ทีมวิทยากรสัมมาชีพถ่ายทอดความรู้การเพาะเห็ดฟางและการทำน้ำพริกแกงให้ครัวเรือนเป้าหมาย 4 ครัวเรือน",
  });
  return { planId: plan.id };
}
