// Monitoring: field visits to funds, debt centres, villages and households, their follow-ups, photos and report PDF.
export { addFollowUp } from "./add-follow-up";
export { completeFollowUp } from "./complete-follow-up";
export type { CreateVisitBody, FollowUp, VisitDetail, VisitSummary } from "./contracts";
export {
  daysOverdue,
  FOLLOW_UP_STATUSES,
  isOverdue,
  SUBJECT_TYPE_NAMES,
  SUBJECT_TYPES,
  type SubjectType,
} from "./monitoring-rules";
export { printVisitReport } from "./print-visit-report";
export { getVisit, listAssignees, listFollowUps, listVisits } from "./read-visits";
export { recordVisit } from "./record-visit";
export { seedMonitoringDemo } from "./seed-monitoring-demo";
export { updateFollowUp } from "./update-follow-up";
export { updateVisit } from "./update-visit";
