// Admits a member: the next member and account numbers of the group, beneficiaries, and the entry fee posted to the ledger, in one transaction.
import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { invalidInput } from "../../shared/errors";
import { formatThaiLong } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { postEntry } from "../ledger/index";
import { checkBeneficiaries } from "./beneficiaries";
import type { AddMemberBody, MemberDetail } from "./contracts";
import { beneficiaryAudit, beneficiaryRows, groupAccounts } from "./member-support";
import { getMember } from "./read-groups";
import {
  findHouseholdPerson,
  findMemberByPerson,
  insertMember,
  lockGroup,
  type MemberRow,
  replaceBeneficiaries,
  updateGroupCounters,
} from "./savings.repository";
import { bylawsOn, isUuid, loadGroupForWrite } from "./savings-access";
import { savingsErrors } from "./savings-errors";

/** Account numbers are the group's running number, five digits ("00012"), as printed on the passbook. */
export const formatAccountNo = (n: number): string => String(n).padStart(5, "0");

/**
 * The secretary or the chair admits a member the committee approved. The person is a member of the village's
 * household register when known (their name comes from it), or a name. Numbers are issued under the group's
 * row lock, so concurrent admissions get consecutive numbers with no gap and no repeat.
 */
export async function addMember(deps: Deps, fundId: string, body: AddMemberBody): Promise<MemberDetail> {
  const beneficiaries = checkBeneficiaries(body.beneficiaries);
  if (body.householdMemberId === undefined && !body.name) throw savingsErrors.nameRequired();
  if (body.joinedOn > deps.clock.today()) throw savingsErrors.dateInFuture("joinedOn", body.joinedOn);
  const memberId = await inTransaction(deps.db, async (tx) => {
    const t = { ...deps, db: tx };
    const { fund } = await loadGroupForWrite(t, fundId, ["secretary", "chair"]);
    if (body.joinedOn < fund.startedOn) {
      throw invalidInput("savings.joined_before_start", {
        th: `joinedOn: ต้องไม่ก่อนวันที่ตั้งกลุ่ม (${formatThaiLong(fund.startedOn)})`,
        en: `joinedOn: must not be before the group started (${fund.startedOn})`,
      });
    }
    const group = (await lockGroup(tx, fund.id))!;
    let person: Awaited<ReturnType<typeof findHouseholdPerson>>;
    if (body.householdMemberId !== undefined) {
      person = isUuid(body.householdMemberId)
        ? await findHouseholdPerson(tx, body.householdMemberId)
        : undefined;
      if (!person || person.villageCode !== fund.areaCode) throw savingsErrors.personOutsideVillage();
      const existing = await findMemberByPerson(tx, fund.id, person.id);
      if (existing) throw savingsErrors.personAlreadyMember(existing.memberNo);
    }
    const bylaws = await bylawsOn(tx, fund.id, body.joinedOn);
    const memberNo = String(group.lastMemberNo + 1);
    const accountNo = formatAccountNo(group.lastAccountNo + 1);
    const id = deps.ids.uuid();
    const name = body.name ?? person!.name;
    let entryFeeEntryId: string | null = null;
    if (bylaws.entryFeeSatang > 0) {
      const account = await groupAccounts(tx, fund.id);
      const entry = await postEntry(t, {
        fundId: fund.id,
        entryDate: body.joinedOn,
        kind: "sg_entry_fee",
        description: `ค่าธรรมเนียมแรกเข้า สมาชิกเลขที่ ${memberNo} ${name}`,
        sourceType: "sg_member",
        sourceId: id,
        lines: [
          { accountId: account("cash"), debitSatang: bylaws.entryFeeSatang },
          { accountId: account("fee_income"), creditSatang: bylaws.entryFeeSatang },
        ],
      });
      entryFeeEntryId = entry.id;
    }
    const now = deps.clock.now();
    const row: MemberRow = {
      id,
      fundId: fund.id,
      areaCode: fund.areaCode,
      memberNo,
      accountNo,
      householdId: person?.householdId ?? null,
      householdMemberId: person?.id ?? null,
      name,
      joinedOn: body.joinedOn,
      entryFeeSatang: bylaws.entryFeeSatang,
      entryFeeEntryId,
      status: "active",
      statusOn: null,
      statusReason: null,
      createdBy: deps.actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    await insertMember(tx, row);
    await replaceBeneficiaries(tx, id, beneficiaryRows(deps, id, beneficiaries));
    await updateGroupCounters(tx, fund.id, {
      lastMemberNo: group.lastMemberNo + 1,
      lastAccountNo: group.lastAccountNo + 1,
    });
    await recordAudit(t, {
      action: "savings.member_added",
      entityType: "sg_member",
      entityId: id,
      areaCode: fund.areaCode,
      after: {
        fundId: fund.id,
        memberNo,
        accountNo,
        name,
        householdMemberId: row.householdMemberId,
        joinedOn: row.joinedOn,
        entryFeeSatang: row.entryFeeSatang,
        beneficiaries: beneficiaryAudit(beneficiaries),
      },
    });
    return id;
  });
  return getMember(deps, fundId, memberId);
}
