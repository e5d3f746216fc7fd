// Demo savings group of บ้านดอกกระเจียว: 25 members, monthly deposits since the start of last fiscal year, a few loans repaid monthly, meetings, and last year closed.
import { fixedClock } from "../../platform/clock";
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import type { Role } from "../../shared/roles";
import {
  addDays,
  fiscalYearOf,
  fiscalYearRange,
  formatThaiShort,
  type IsoDate,
} from "../../shared/thai-date";
import { createCommitteeSet } from "../funds/index";
import { getHousehold, listHouseholds } from "../households/index";
import { getLoan, recordRepayment } from "../loans/index";
import { addMember } from "./add-member";
import { checkMemberLoanRequest } from "./check-member-loan";
import { closeGroupYear } from "./close-group-year";
import type { AddMemberBody } from "./contracts";
import { createGroup } from "./create-group";
import { makeMemberLoan } from "./make-member-loan";
import { recordDeposits } from "./record-deposits";
import { recordSgMeeting } from "./record-meeting";

const VILLAGE = "40070908";
type Seat = "chair" | "secretary" | "finance" | "officer" | "system";

/** The demo accounts by username, as the demo seed created them. */
export type DemoUserIds = ReadonlyMap<string, { id: string; scopeCode: string }>;

const EXTRA_NAMES = ["นางสาวสายทอง บุญมา", "นายประเสริฐ คำภู", "นางละเอียด ศรีบุญเรือง"];

/** The month after `monthOn` (YYYY-MM-01). */
function nextMonth(monthOn: IsoDate): IsoDate {
  const y = Number(monthOn.slice(0, 4));
  const m = Number(monthOn.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

/**
 * Builds the group through the use cases with the clock set to each event's date, the way the กข.คจ. demo
 * does. Deposit day is the 5th of each month; the share count of a member is fixed (1–12 shares).
 * Returns the group's fund id.
 */
export async function seedDemoSavingsGroup(deps: Deps, users: DemoUserIds): Promise<string> {
  const today = deps.clock.today();
  const lastYear = fiscalYearOf(today) - 1;
  const lastRange = fiscalYearRange(lastYear);
  const opened = addDays(lastRange.from, -20);
  const actor = (username: string, role: Role): Actor => {
    const u = users.get(username);
    if (!u) throw new Error(`demo account ${username} is missing`);
    return { kind: "user", userId: u.id, username, role, scopeCode: u.scopeCode, householdId: null };
  };
  const actors: Record<Exclude<Seat, "system">, Actor> = {
    chair: actor("committee.dokkrachiao", "committee_member"),
    secretary: actor("secretary.dokkrachiao", "committee_member"),
    finance: actor("finance.dokkrachiao", "committee_member"),
    officer: actor("district.namphong", "district_officer"),
  };
  const at = (on: IsoDate, seat: Seat = "system"): Deps => ({
    ...deps,
    clock: fixedClock(`${on}T05:00:00Z`),
    actor: seat === "system" ? SYSTEM_ACTOR : actors[seat],
  });

  const group = await createGroup(at(opened, "officer"), {
    areaCode: VILLAGE,
    name: "กลุ่มออมทรัพย์เพื่อการผลิตบ้านดอกกระเจียว",
    startedOn: opened,
    bylaws: {},
    resolutionRef: "มติที่ประชุมใหญ่จัดตั้งกลุ่ม ครั้งที่ 1",
  });
  const fundId = group.fundId;
  await createCommitteeSet(at(opened, "officer"), fundId, {
    termStart: opened,
    termEnd: addDays(today, 730),
    members: [
      { name: "นายบุญมี ทองคำ", position: "chair", userId: actors.chair.userId! },
      { name: "นางสาวจันทร์เพ็ญ ศรีสวัสดิ์", position: "secretary", userId: actors.secretary.userId! },
      { name: "นางบัวผัน แก้วมณี", position: "finance", userId: actors.finance.userId! },
      { name: "นายสมศักดิ์ พรมมา", position: "member" },
      { name: "นางคำปุน ศรีหาบุตร", position: "member" },
    ],
  });

  // Adults of the village's register first (the demo household user's own household among them).
  const people: { householdMemberId?: string; name?: string; relative: string; relation: string }[] = [];
  const page = await listHouseholds(at(opened), { area: VILLAGE, limit: 50 });
  for (const h of page.items) {
    const detail = await getHousehold(at(opened), h.id);
    const adults = detail.members.filter((m) => m.relation === "head" || m.relation === "spouse");
    const children = detail.members.filter((m) => m.relation === "child");
    for (const m of adults) {
      const other = adults.find((a) => a.id !== m.id) ?? children[0];
      people.push({
        householdMemberId: m.id,
        relative: other ? `${other.title}${other.firstName} ${other.lastName}` : "",
        relation: other?.relation === "child" ? "บุตร" : "คู่สมรส",
      });
    }
  }
  const chosen = people.filter((p) => p.relative !== "").slice(0, 22);
  for (const name of EXTRA_NAMES) chosen.push({ name, relative: "", relation: "" });

  const memberIds: string[] = [];
  const joined: IsoDate[] = [];
  for (const [k, p] of chosen.entries()) {
    // Twenty founders; the others join during last year.
    const on = k < 20 ? opened : addDays(lastRange.from, 40 * (k - 19));
    const body: AddMemberBody = {
      joinedOn: on,
      ...(p.householdMemberId ? { householdMemberId: p.householdMemberId } : { name: p.name! }),
      beneficiaries: p.relative
        ? [{ name: p.relative, relationship: p.relation, shareBp: 10_000 }]
        : [
            { name: "นายสมหมาย บุญมา", relationship: "บุตร", shareBp: 5_000 },
            { name: "นางสาวสมใจ บุญมา", relationship: "บุตร", shareBp: 5_000 },
          ],
    };
    const m = await addMember(at(on, "secretary"), fundId, body);
    memberIds.push(m.id);
    joined.push(on);
  }
  const sharesOf = (k: number) => 1 + ((k * 7) % 12);

  // Amounts follow each borrower's limit then (savings × 2): 90 % of it, or 150 % with the chair's override.
  const loans: {
    memberIndex: number;
    guarantors: [number, number];
    monthIndex: number;
    share: number;
    count: number;
  }[] = [
    { memberIndex: 5, guarantors: [1, 2], monthIndex: 5, share: 0.9, count: 12 },
    { memberIndex: 10, guarantors: [4, 6], monthIndex: 6, share: 0.9, count: 10 },
    { memberIndex: 3, guarantors: [7, 9], monthIndex: 8, share: 0.9, count: 6 },
    { memberIndex: 1, guarantors: [11, 13], monthIndex: 10, share: 1.5, count: 12 },
    { memberIndex: 8, guarantors: [12, 14], monthIndex: 13, share: 0.9, count: 12 },
  ];
  const loanIds: string[] = [];
  // Month windows overlap in short months, so an instalment is paid once however the windows fall.
  const paidDueDates = new Set<string>();
  let monthOn: IsoDate = lastRange.from;
  for (let monthIndex = 0; `${monthOn.slice(0, 8)}05` <= today; monthIndex++, monthOn = nextMonth(monthOn)) {
    const day = `${monthOn.slice(0, 8)}05` as IsoDate;
    const present = memberIds.filter((_, k) => joined[k]! <= day);
    await recordDeposits(at(day, "finance"), fundId, {
      month: monthOn.slice(0, 7),
      paidOn: day,
      rows: present.map((memberId) => ({ memberId, shares: sharesOf(memberIds.indexOf(memberId)) })),
    });
    await recordSgMeeting(at(day, "secretary"), fundId, {
      kind: "monthly",
      heldOn: day,
      attendeeMemberIds: present.slice(0, 12 + (monthIndex % 6)),
      minutes: `ประชุมประจำเดือน รับฝากเงินสัจจะสะสมจากสมาชิก ${present.length} ราย คณะกรรมการรายงานฐานะการเงินของกลุ่ม`,
      resolutions: loans.some((l) => l.monthIndex === monthIndex)
        ? ["อนุมัติเงินกู้สมาชิกตามคำขอที่เสนอ"]
        : ["รับทราบรายงานการเงินประจำเดือน"],
    });
    for (const l of loans.filter((x) => x.monthIndex === monthIndex && x.memberIndex < memberIds.length)) {
      const request = {
        memberId: memberIds[l.memberIndex]!,
        amountSatang: 0,
        guarantorIds: l.guarantors.map((g) => memberIds[g]!),
      };
      const check = await checkMemberLoanRequest(at(day, "chair"), fundId, { ...request, amountSatang: 100 });
      const amountSatang = Math.floor((check.availableSatang * l.share) / 50_000) * 50_000;
      if (amountSatang <= 0) continue;
      const loan = await makeMemberLoan(at(day, "chair"), fundId, {
        ...request,
        amountSatang,
        instalmentCount: l.count,
        contractedOn: day,
        resolutionRef: `มติที่ประชุมประจำเดือน ${formatThaiShort(day)}`,
        ...(l.share > 1
          ? { override: { reason: "ค่ารักษาพยาบาลฉุกเฉินของครอบครัว ที่ประชุมกรรมการเห็นชอบให้กู้เกินวงเงิน" } }
          : {}),
      });
      loanIds.push(loan.loanId);
    }
    // Borrowers repay each instalment on its due date, to the secretary, in cash.
    for (const loanId of loanIds) {
      const detail = await getLoan(at(day), loanId);
      const version =
        detail.versions.find((v) => v.versionNo === detail.loan.currentVersionNo) ?? detail.versions[0]!;
      for (const i of version.instalments) {
        if (
          i.dueOn > addDays(day, -31) &&
          i.dueOn <= day &&
          i.dueOn <= today &&
          detail.loan.status === "active" &&
          !paidDueDates.has(`${loanId}:${i.dueOn}`)
        ) {
          paidDueDates.add(`${loanId}:${i.dueOn}`);
          await recordRepayment(at(i.dueOn, "secretary"), loanId, {
            amountSatang: i.principalSatang + i.interestSatang,
            paidOn: i.dueOn,
            method: "cash",
          });
        }
      }
    }
  }
  // The general meeting after the year end approves the close; the district officer closes the books with it.
  const agm = [addDays(lastRange.to, 15), today].sort()[0]!;
  const meeting = await recordSgMeeting(at(agm, "secretary"), fundId, {
    kind: "annual",
    heldOn: agm,
    attendeeMemberIds: memberIds.slice(0, 21),
    minutes: `ประชุมใหญ่สามัญประจำปี ${lastYear} พิจารณางบการเงินและการจัดสรรกำไรสุทธิตามระเบียบกลุ่ม`,
    resolutions: [`อนุมัติงบการเงินปี ${lastYear}`, "อนุมัติการจัดสรรกำไรสุทธิตามระเบียบกลุ่ม"],
  });
  await closeGroupYear(at(agm, "officer"), fundId, { fiscalYear: lastYear, meetingId: meeting.id });
  return fundId;
}
