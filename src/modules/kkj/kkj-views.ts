// Maps กข.คจ. rows to their API shapes (amounts in words are computed here, never taken from a client).
import type { Executor } from "../../platform/database";
import { bahtText } from "../../shared/baht-text";
import { isAppError } from "../../shared/errors";
import { generateSchedule, type LoanProduct, type SchedulePlan } from "../loans/index";
import type {
  Contract,
  DebtConfirmation,
  Handover,
  LoanRequest,
  Meeting,
  Proposal,
  VillageStatus,
  Voucher,
} from "./contracts";
import {
  type ContractRow,
  type DebtConfirmationRow,
  type HandoverRow,
  type InstalmentRow,
  type MeetingRow,
  type ProposalRow,
  type RequestRow,
  selectMeetingNos,
  type VoucherRow,
} from "./kkj.repository";

export function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    fundId: row.fundId,
    committeeSetId: row.committeeSetId,
    meetingNo: row.meetingNo,
    heldOn: row.heldOn,
    place: row.place,
    attendeeCount: row.attendeeCount,
    attendees: row.attendees,
    agenda: row.agenda,
    minutes: row.minutes,
    recordedBy: row.recordedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The meeting numbers cited by decisions, for the views. */
export async function meetingNosOf(
  db: Executor,
  rows: ReadonlyArray<{ decisionMeetingId: string | null }>,
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => (r.decisionMeetingId ? [r.decisionMeetingId] : [])))];
  return selectMeetingNos(db, ids);
}

export function toProposal(row: ProposalRow, meetingNos: ReadonlyMap<string, string>): Proposal {
  return {
    id: row.id,
    fundId: row.fundId,
    targetId: row.targetId,
    householdId: row.householdId,
    borrowRound: row.borrowRound,
    docNo: row.docNo,
    applicantName: row.applicantName,
    applicantAge: row.applicantAge,
    occupation: row.occupation,
    projectName: row.projectName,
    items: row.items,
    totalSatang: row.totalSatang,
    totalWords: bahtText(row.totalSatang),
    submittedOn: row.submittedOn,
    status: row.status,
    workerOpinion: row.workerOpinion
      ? {
          opinion: row.workerOpinion,
          reason: row.workerReason,
          name: row.workerName,
          userId: row.workerUserId,
          on: row.workerOpinionOn,
        }
      : null,
    decision: row.decision
      ? {
          decision: row.decision,
          amountSatang: row.decisionAmountSatang,
          reason: row.decisionReason,
          meetingId: row.decisionMeetingId,
          meetingNo: row.decisionMeetingId ? (meetingNos.get(row.decisionMeetingId) ?? null) : null,
          decidedBy: row.decidedBy,
          decidedOn: row.decidedOn,
        }
      : null,
    recordedBy: row.recordedBy,
  };
}

/** The schedule a plan gives for an amount from a date, or [] when the plan no longer fits the product. */
export function schedulePreview(
  product: LoanProduct,
  amountSatang: number,
  from: string,
  plan: SchedulePlan,
): LoanRequest["schedulePreview"] {
  try {
    return generateSchedule({ ...plan, product, principalSatang: amountSatang, disbursedOn: from })
      .instalments;
  } catch (error) {
    if (isAppError(error)) return [];
    throw error;
  }
}

export function toRequest(
  row: RequestRow,
  meetingNos: ReadonlyMap<string, string>,
  product: LoanProduct,
): LoanRequest {
  const amount = row.approvedAmountSatang ?? row.amountSatang;
  return {
    id: row.id,
    fundId: row.fundId,
    proposalId: row.proposalId,
    householdId: row.householdId,
    docNo: row.docNo,
    registerSeq: row.registerSeq,
    amountSatang: row.amountSatang,
    amountWords: row.amountWords,
    plan: row.plan,
    schedulePreview: schedulePreview(product, amount, row.requestedOn, row.plan as unknown as SchedulePlan),
    consentName: row.consentName,
    consentRelation: row.consentRelation,
    requestedOn: row.requestedOn,
    status: row.status,
    workerOpinion: row.workerOpinion
      ? {
          opinion: row.workerOpinion,
          reason: row.workerReason,
          name: row.workerName,
          userId: row.workerUserId,
          on: row.workerOpinionOn,
        }
      : null,
    decision: row.decision
      ? {
          decision: row.decision,
          amountSatang: row.approvedAmountSatang,
          amountWords: row.approvedAmountSatang ? bahtText(row.approvedAmountSatang) : null,
          reason: row.decisionReason,
          meetingId: row.decisionMeetingId,
          meetingNo: row.decisionMeetingId ? (meetingNos.get(row.decisionMeetingId) ?? null) : null,
          decidedBy: row.decidedBy,
          decidedOn: row.decidedOn,
        }
      : null,
    recordedBy: row.recordedBy,
  };
}

export function toContract(
  row: ContractRow,
  loanStatus: string,
  instalments: readonly InstalmentRow[],
): Contract {
  return {
    id: row.id,
    fundId: row.fundId,
    requestId: row.requestId,
    proposalId: row.proposalId,
    householdId: row.householdId,
    loanId: row.loanId,
    contractNo: row.contractNo,
    volumeNo: row.volumeNo,
    borrowRound: row.borrowRound,
    signedOn: row.signedOn,
    writtenAt: row.writtenAt,
    amountSatang: row.amountSatang,
    amountWords: row.amountWords,
    borrowerName: row.borrowerName,
    borrowerMemberId: row.borrowerMemberId,
    borrowerAddress: row.borrowerAddress,
    projectName: row.projectName,
    consentName: row.consentName,
    consentRelation: row.consentRelation,
    lenderName: row.lenderName,
    witness1Name: row.witness1Name,
    witness2Name: row.witness2Name,
    loanStatus,
    instalments: instalments
      .filter((i) => i.loanId === row.loanId)
      .map((i) => ({
        seq: i.seq,
        dueOn: i.dueOn,
        principalSatang: i.principalSatang,
        interestSatang: i.interestSatang,
        totalSatang: i.principalSatang + i.interestSatang,
        paidPrincipalSatang: i.paidPrincipalSatang,
        paidInterestSatang: i.paidInterestSatang,
      })),
    recordedBy: row.recordedBy,
  };
}

export function toVoucher(
  row: VoucherRow,
  contract: Pick<ContractRow, "contractNo" | "borrowerName">,
  withdrawalStatus: string | null,
): Voucher {
  return {
    id: row.id,
    fundId: row.fundId,
    contractId: row.contractId,
    contractNo: contract.contractNo,
    loanId: row.loanId,
    voucherNo: row.voucherNo,
    borrowerName: contract.borrowerName,
    amountSatang: row.amountSatang,
    amountWords: bahtText(row.amountSatang),
    source: row.source as Voucher["source"],
    bankWithdrawalId: row.bankWithdrawalId,
    withdrawalStatus,
    status: row.status,
    paidOn: row.paidOn,
    journalEntryId: row.journalEntryId,
    recordedBy: row.recordedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toConfirmation(
  row: DebtConfirmationRow,
  loan: { loanNo: string; borrowerName: string },
): DebtConfirmation {
  return {
    id: row.id,
    fundId: row.fundId,
    loanId: row.loanId,
    householdId: row.householdId,
    contractNo: loan.loanNo,
    borrowerName: loan.borrowerName,
    fiscalYear: row.fiscalYear,
    asOf: row.asOf,
    outstandingSatang: row.outstandingSatang,
    agrees: row.agrees,
    claimedSatang: row.claimedSatang,
    note: row.note,
    confirmedOn: row.confirmedOn,
    recordedBy: row.recordedBy,
  };
}

export function toHandover(row: HandoverRow): Handover {
  return {
    id: row.id,
    fundId: row.fundId,
    areaCode: row.areaCode,
    handedOn: row.handedOn,
    fromName: row.fromName,
    fromPosition: row.fromPosition,
    toName: row.toName,
    toPosition: row.toPosition,
    fromUserId: row.fromUserId,
    toUserId: row.toUserId,
    notes: row.notes,
    snapshot: row.snapshot as unknown as VillageStatus,
    recordedBy: row.recordedBy,
    createdAt: row.createdAt.toISOString(),
  };
}
