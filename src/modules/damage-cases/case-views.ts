// Damage-case rows as API views: names of types and stages, outstanding amounts, the step timeline and the instalments' state.
import type { IsoDate } from "../../shared/thai-date";
import type { CaseDetail, CaseView } from "./contracts";
import type {
  CaseWithFund,
  DocumentWithFile,
  InstalmentRow,
  PersonRow,
  RecoveryRow,
  StepRow,
} from "./damage-cases.repository";
import { CASE_TYPE_NAMES, STAGE_NAMES } from "./damage-errors";
import { type CaseType, type Closure, instalmentStates, STAGE_MOVES, type Stage } from "./damage-rules";

export function toCaseView(row: CaseWithFund): CaseView {
  const stage = row.stage as Stage;
  return {
    id: row.id,
    fundId: row.fundId,
    fundName: row.fundName,
    areaCode: row.areaCode,
    caseType: row.caseType as CaseType,
    caseTypeName: CASE_TYPE_NAMES[row.caseType as CaseType],
    title: row.title,
    amountSatang: row.amountSatang,
    recoveredSatang: row.recoveredSatang,
    outstandingSatang: row.amountSatang - row.recoveredSatang,
    discoveredOn: row.discoveredOn,
    stage,
    stageName: STAGE_NAMES[stage],
    status: row.status as CaseView["status"],
    closure: row.closure as Closure | null,
    closedOn: row.closedOn,
  };
}

export function toCaseDetail(
  row: CaseWithFund,
  parts: {
    persons: PersonRow[];
    steps: StepRow[];
    documents: DocumentWithFile[];
    instalments: InstalmentRow[];
    recoveries: RecoveryRow[];
  },
  today: IsoDate,
): CaseDetail {
  const planSetAt = parts.instalments[0]?.createdAt;
  // The plan covers what was outstanding when it was agreed: only later recoveries pay its instalments.
  const paidTowardsPlan = planSetAt
    ? parts.recoveries.filter((r) => r.createdAt >= planSetAt).reduce((s, r) => s + r.amountSatang, 0)
    : 0;
  return {
    case: {
      ...toCaseView(row),
      description: row.description,
      closingNote: row.closingNote,
      writeOffApprovalRef: row.writeOffApprovalRef,
    },
    persons: parts.persons.map((p) => ({
      id: p.id,
      name: p.name,
      relation: p.relation,
      committeeMemberId: p.committeeMemberId,
    })),
    steps: parts.steps.map((s) => ({
      id: s.id,
      stage: s.stage as Stage,
      stageName: STAGE_NAMES[s.stage as Stage],
      stepOn: s.stepOn,
      note: s.note,
      documents: parts.documents
        .filter((d) => d.stepId === s.id)
        .map((d) => ({
          id: d.id,
          docNo: d.docNo,
          docDate: d.docDate,
          title: d.title,
          attachmentId: d.file?.id ?? null,
          file: d.file,
        })),
    })),
    instalments: instalmentStates(parts.instalments, paidTowardsPlan, today).map((i, n) => ({
      seq: parts.instalments[n]!.seq,
      dueOn: i.dueOn,
      amountSatang: i.amountSatang,
      paidSatang: i.paidSatang,
      state: i.state,
    })),
    recoveries: parts.recoveries.map((r) => ({
      id: r.id,
      receivedOn: r.receivedOn,
      amountSatang: r.amountSatang,
      payer: r.payer,
      method: r.method,
      journalEntryId: r.journalEntryId,
      note: r.note,
    })),
    allowedStages: row.status === "open" ? [...STAGE_MOVES[row.stage as Stage]] : [],
  };
}
