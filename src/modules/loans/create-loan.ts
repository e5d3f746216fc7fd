// Creates a loan contract with its first schedule version, waiting for disbursement; runs inside the caller's transaction.
import type { Deps } from "../../platform/deps";
import type { IsoDate } from "../../shared/thai-date";
import { recordAudit } from "../audit/index";
import { assertFundOpen, type FundRow } from "../funds/index";
import { findHouseholdArea } from "../households/index";
import { requireIsoDate } from "./loan-dates";
import type { LoanProduct } from "./loan-product";
import { loanRefusals } from "./loan-refusals";
import {
  findLoanByNo,
  type InstalmentRow,
  insertInstalments,
  insertLoan,
  insertLoanVersion,
  type LoanRow,
} from "./loans.repository";
import { generateSchedule, type LoanSchedule, type SchedulePlan } from "./schedule";

export type { LoanRow } from "./loans.repository";

export const LOAN_SOURCE_TYPES = ["kkj_contract", "centre_plan", "savings_group", "manual"] as const;
export type LoanSourceType = (typeof LOAN_SOURCE_TYPES)[number];

export interface CreateLoanInput {
  /** The lending fund, as loadFund returned it (the caller has checked the actor's rights). */
  fund: FundRow;
  householdId: string | null;
  borrowerName: string;
  /** Contract number as printed; unique per fund. */
  loanNo: string;
  sourceType: LoanSourceType;
  sourceId: string | null;
  /** A parsed product (parseLoanProduct), frozen on the loan. */
  product: LoanProduct;
  principalSatang: number;
  /** The schedule's first period starts here. */
  contractedOn: IsoDate;
  plan: SchedulePlan;
  /** The committee resolution approving the contract, kept on schedule version 1. */
  decision?: { resolutionRef: string; meetingId: string | null } | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Stores the contract (status pending_disbursement, nothing outstanding until the money is paid out), its
 * schedule version 1 and the instalments. No journal entry: disburseLoan posts the money. Committee rights
 * are the caller's to check; this refuses bad input (engine errors, a duplicate contract number, a
 * household outside the fund's village, a closed fund) before writing anything.
 */
export async function createLoan(t: Deps, input: CreateLoanInput): Promise<LoanRow> {
  const { fund } = input;
  assertFundOpen(fund);
  const borrowerName = requireText("borrowerName", input.borrowerName, 200);
  const loanNo = requireText("loanNo", input.loanNo, 40);
  if (!(LOAN_SOURCE_TYPES as readonly string[]).includes(input.sourceType)) {
    throw loanRefusals.sourceTypeUnknown(String(input.sourceType));
  }
  const contractedOn = requireIsoDate("contractedOn", input.contractedOn);
  const schedule = generateSchedule({
    ...input.plan,
    product: input.product,
    principalSatang: input.principalSatang,
    disbursedOn: contractedOn,
  });
  if (input.householdId !== null) await requireHouseholdInVillage(t, input.householdId, fund.areaCode);
  if (await findLoanByNo(t.db, fund.id, loanNo)) throw loanRefusals.loanNoTaken(loanNo);

  const now = t.clock.now();
  const row: LoanRow = {
    id: t.ids.uuid(),
    fundId: fund.id,
    areaCode: fund.areaCode,
    householdId: input.householdId,
    borrowerName,
    loanNo,
    sourceType: input.sourceType,
    sourceId: input.sourceId,
    product: { ...input.product } as Record<string, unknown>,
    principalSatang: schedule.totalPrincipalSatang,
    status: "pending_disbursement",
    contractedOn,
    disbursedOn: null,
    currentVersionNo: 1,
    outstandingPrincipalSatang: 0,
    outstandingInterestSatang: 0,
    nextDueOn: null,
    classification: null,
    daysPastDue: 0,
    classifiedOn: null,
    disbursementEntryId: null,
    closedOn: null,
    writtenOffOn: null,
    writeOffSatang: null,
    writeOffReason: null,
    writeOffResolutionRef: null,
    writeOffEntryId: null,
    createdBy: t.actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  await insertLoan(t.db, row);
  await storeScheduleVersion(t, row.id, 1, schedule, {
    plan: input.plan,
    ...(input.decision
      ? { resolutionRef: input.decision.resolutionRef, meetingId: input.decision.meetingId }
      : {}),
  });
  await recordAudit(t, {
    action: "loan.created",
    entityType: "loan",
    entityId: row.id,
    areaCode: fund.areaCode,
    after: {
      fundId: fund.id,
      loanNo,
      borrowerName,
      householdId: row.householdId,
      sourceType: row.sourceType,
      sourceId: row.sourceId,
      productCode: input.product.code,
      principalSatang: row.principalSatang,
      contractedOn,
      instalments: schedule.instalments.length,
      totalInterestSatang: schedule.totalInterestSatang,
    },
  });
  return row;
}

/** Stores one schedule version and its instalments (nothing paid on them). */
export async function storeScheduleVersion(
  t: Deps,
  loanId: string,
  versionNo: number,
  schedule: LoanSchedule,
  why: { plan: SchedulePlan; reason?: string; resolutionRef?: string; meetingId?: string | null },
): Promise<InstalmentRow[]> {
  await insertLoanVersion(t.db, {
    loanId,
    versionNo,
    startsOn: schedule.startsOn,
    plan: { ...why.plan } as Record<string, unknown>,
    principalSatang: schedule.totalPrincipalSatang,
    interestSatang: schedule.totalInterestSatang,
    reason: why.reason ?? null,
    resolutionRef: why.resolutionRef ?? null,
    meetingId: why.meetingId ?? null,
    createdBy: t.actor.userId,
    createdAt: t.clock.now(),
  });
  const rows: InstalmentRow[] = schedule.instalments.map((i) => ({
    loanId,
    versionNo,
    seq: i.seq,
    dueOn: i.dueOn,
    principalSatang: i.principalSatang,
    interestSatang: i.interestSatang,
    paidPrincipalSatang: 0,
    paidInterestSatang: 0,
    waivedInterestSatang: 0,
  }));
  await insertInstalments(t.db, rows);
  return rows;
}

function requireText(field: string, value: unknown, max: number): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (text === "" || text.length > max) throw loanRefusals.textRequired(field, max);
  return text;
}

async function requireHouseholdInVillage(t: Deps, householdId: string, villageCode: string): Promise<void> {
  const area = UUID.test(householdId) ? await findHouseholdArea(t.db, householdId) : undefined;
  if (area !== villageCode) throw loanRefusals.householdOutsideFund();
}
