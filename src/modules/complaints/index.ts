// Complaints (ข้อร้องเรียน): intake (named or anonymous), routing, replies, statuses with due dates, public tracking by reference.
export { addComplaintDocument } from "./add-complaint-document";
export { changeComplaintStatus } from "./change-complaint-status";
export {
  ANONYMOUS_LABEL,
  COMPLAINT_STATUSES,
  type ComplaintStatus,
  DEFAULT_CATEGORIES,
  normalizeReferenceNo,
} from "./complaint-rules";
export type {
  ComplaintDetail,
  ComplaintDocument,
  ComplaintView,
  FiledComplaint,
  TrackResult,
} from "./contracts";
export { fileComplaint } from "./file-complaint";
export { listCategories } from "./list-categories";
export { listComplaintDocuments, readComplaintDocument } from "./read-complaint-documents";
export { getComplaint, listComplaints, listMyComplaints } from "./read-complaints";
export { removeComplaintDocument } from "./remove-complaint-document";
export { replyToComplaint } from "./reply-to-complaint";
export { routeComplaint } from "./route-complaint";
export { saveCategory } from "./save-category";
export { seedDemoComplaints } from "./seed-demo-complaints";
export { trackComplaint } from "./track-complaint";
