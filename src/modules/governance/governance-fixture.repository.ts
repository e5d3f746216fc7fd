// Test support only (imported by *.test.ts): writes households, loans with one schedule, meetings and complaints straight into the tables.
import { sql } from "drizzle-orm";
import { household, householdMember, loan, loanInstalment, loanVersion } from "../../../db/schema/index";
import type { Executor } from "../../platform/database";

let houseNo = 0;

/** A household of the village with one member; returns both ids. */
export async function insertHousehold(
  db: Executor,
  villageCode: string,
  id: string,
  memberId: string,
  name: string,
): Promise<void> {
  houseNo++;
  await db
    .insert(household)
    .values({ id, villageCode, houseNo: `${houseNo}/${id.slice(0, 4)}`, headName: name, memberCount: 1 });
  await db.insert(householdMember).values({
    id: memberId,
    householdId: id,
    seq: 1,
    relation: "head",
    firstName: name,
  });
}

export interface FixtureLoanInput {
  id: string;
  fundId: string;
  areaCode: string;
  loanNo: string;
  householdId: string | null;
  contractedOn: string;
  /** One instalment: due date, principal, paid. */
  dueOn: string;
  principalSatang: number;
  paidSatang?: number;
}

export async function insertActiveLoan(db: Executor, f: FixtureLoanInput, at: Date): Promise<void> {
  const paid = f.paidSatang ?? 0;
  await db.insert(loan).values({
    id: f.id,
    fundId: f.fundId,
    areaCode: f.areaCode,
    householdId: f.householdId,
    borrowerName: `ผู้ยืม ${f.loanNo}`,
    loanNo: f.loanNo,
    sourceType: "manual",
    product: { graceDays: 0 },
    principalSatang: f.principalSatang,
    status: "active",
    contractedOn: f.contractedOn,
    disbursedOn: f.contractedOn,
    outstandingPrincipalSatang: f.principalSatang - paid,
    createdAt: at,
    updatedAt: at,
  });
  await db.insert(loanVersion).values({
    loanId: f.id,
    versionNo: 1,
    startsOn: f.contractedOn,
    plan: {},
    principalSatang: f.principalSatang,
    interestSatang: 0,
    createdAt: at,
  });
  await db.insert(loanInstalment).values({
    loanId: f.id,
    versionNo: 1,
    seq: 1,
    dueOn: f.dueOn,
    principalSatang: f.principalSatang,
    interestSatang: 0,
    paidPrincipalSatang: paid,
  });
}

export async function insertMeeting(
  db: Executor,
  m: {
    id: string;
    fundId: string;
    meetingNo: string;
    heldOn: string;
    minutes: string | null;
    attendees: string[];
  },
  at: Date,
): Promise<void> {
  await db.execute(sql`
    INSERT INTO committee_meeting (id, fund_id, meeting_no, held_on, attendee_count, attendees, agenda, minutes, created_at)
    VALUES (${m.id}::uuid, ${m.fundId}::uuid, ${m.meetingNo}, ${m.heldOn}::date, ${m.attendees.length},
            ${JSON.stringify(m.attendees)}::jsonb, 'วาระทดสอบ', ${m.minutes}, ${at.toISOString()}::timestamptz)`);
}

export async function insertComplaint(
  db: Executor,
  c: {
    id: string;
    fundId: string;
    areaCode: string;
    status: string;
    receivedOn: string;
    dueOn: string;
    closedOn?: string;
  },
  at: Date,
): Promise<void> {
  const closed = c.status === "closed" || c.status === "rejected";
  await db.execute(sql`
    INSERT INTO cmp_complaint (id, reference_no, fund_id, area_code, office_code, category, subject, details, channel,
                               status, received_on, due_on, closed_on, outcome, anonymous, created_at, updated_at)
    VALUES (${c.id}::uuid, ${c.id.slice(-12)}, ${c.fundId}::uuid, ${c.areaCode}, ${c.areaCode.slice(0, 4)}, 'other',
            'เรื่องทดสอบ', 'รายละเอียด', 'walk_in', ${c.status}, ${c.receivedOn}::date, ${c.dueOn}::date,
            ${closed ? (c.closedOn ?? c.dueOn) : null}::date, ${closed ? "resolved" : null}, false,
            ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz)`);
}
