// Maps monitoring rows to the API shapes.
import type { FollowUp, VisitSummary } from "./contracts";
import type { FollowUpPageRow, FollowUpRow, VisitPageRow } from "./monitoring.repository";
import { daysOverdue, type FollowUpStatus, isOverdue, type SubjectType } from "./monitoring-rules";

export function toFollowUp(row: FollowUpRow | FollowUpPageRow, today: string): FollowUp {
  const base: FollowUp = {
    id: row.id,
    visitId: row.visitId,
    areaCode: row.areaCode,
    description: row.description,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    dueOn: row.dueOn,
    status: row.status as FollowUpStatus,
    doneOn: row.doneOn,
    doneNote: row.doneNote,
    isOverdue: isOverdue(row, today),
    daysOverdue: daysOverdue(row, today),
  };
  if ("visitedOn" in row) {
    base.visitedOn = row.visitedOn;
    base.subjectType = row.subjectType as SubjectType;
    base.subjectName = row.subjectName;
  }
  return base;
}

export function toVisitSummary(row: VisitPageRow): VisitSummary {
  return {
    id: row.id,
    areaCode: row.areaCode,
    subjectType: row.subjectType as SubjectType,
    subjectId: row.subjectId,
    subjectName: row.subjectName,
    visitedOn: row.visitedOn,
    purpose: row.purpose,
    teamNames: row.teamNames,
    followUpsOpen: row.followUpsOpen,
    followUpsOverdue: row.followUpsOverdue,
    followUpsDone: row.followUpsDone,
  };
}
