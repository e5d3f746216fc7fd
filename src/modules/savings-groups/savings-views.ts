// Savings-group rows as API views.

import type { Member, MemberDetail, SgMeeting, SgMemberStatus } from "./contracts";
import type { GroupBylaws } from "./group-bylaws";
import type { BeneficiaryRow, MeetingRow, MemberRow } from "./savings.repository";

export function toMember(row: MemberRow, sharesSatang: number, loanOutstandingSatang: number): Member {
  return {
    id: row.id,
    fundId: row.fundId,
    memberNo: row.memberNo,
    accountNo: row.accountNo,
    name: row.name,
    householdId: row.householdId,
    householdMemberId: row.householdMemberId,
    joinedOn: row.joinedOn,
    entryFeeSatang: row.entryFeeSatang,
    status: row.status as SgMemberStatus,
    statusOn: row.statusOn,
    statusReason: row.statusReason,
    sharesSatang,
    loanOutstandingSatang,
  };
}

export function toMemberDetail(
  row: MemberRow,
  sharesSatang: number,
  loanOutstandingSatang: number,
  beneficiaries: BeneficiaryRow[],
): MemberDetail {
  return {
    ...toMember(row, sharesSatang, loanOutstandingSatang),
    beneficiaries: beneficiaries.map((b) => ({
      seq: b.seq,
      name: b.name,
      relationship: b.relationship,
      citizenIdMasked: b.citizenIdMasked,
      shareBp: b.shareBp,
    })),
  };
}

export function toMeeting(row: MeetingRow): SgMeeting {
  return {
    id: row.id,
    meetingNo: row.meetingNo,
    kind: row.kind as SgMeeting["kind"],
    heldOn: row.heldOn,
    attendeeCount: row.attendeeCount,
    attendeeMemberIds: row.attendeeMemberIds,
    minutes: row.minutes,
    resolutions: row.resolutions,
  };
}

/** Bylaws as stored (a plain JSON object). */
export const bylawsJson = (b: GroupBylaws): Record<string, unknown> => ({
  ...b,
  profitAllocationBp: { ...b.profitAllocationBp },
});

/** "2024-06" → "มิถุนายน 2567" is done at the edge; here the month's first day. */
export const monthStart = (month: string): string => `${month}-01`;
