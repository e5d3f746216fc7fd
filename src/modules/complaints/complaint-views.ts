// Complaint rows as API views: category names, overdue flag, and the complainant only for named complaints.
import type { IsoDate } from "../../shared/thai-date";
import {
  type CategoryDefinition,
  type ComplaintStatus,
  isOverdue,
  mergeCategories,
  STATUS_MOVES,
} from "./complaint-rules";
import type {
  CategoryRow,
  ComplainantRow,
  ComplaintListRow,
  EventRow,
  ReplyRow,
} from "./complaints.repository";
import type { ComplaintDetail, ComplaintView, ReplyView } from "./contracts";

export type CategoryNames = (code: string) => { th: string; en: string };

export function categoryNames(stored: readonly CategoryRow[]): CategoryNames {
  const byCode = new Map(mergeCategories(stored).map((c) => [c.code, c]));
  return (code) => {
    const c = byCode.get(code);
    return c ? { th: c.nameTh, en: c.nameEn } : { th: code, en: code };
  };
}

export const toCategory = (c: CategoryDefinition) => ({
  code: c.code,
  nameTh: c.nameTh,
  nameEn: c.nameEn,
  slaDays: c.slaDays,
  isActive: c.isActive,
  sortOrder: c.sortOrder,
});

export function toComplaintView(
  row: ComplaintListRow,
  complainant: ComplainantRow | undefined,
  names: CategoryNames,
  today: IsoDate,
): ComplaintView {
  const status = row.status as ComplaintStatus;
  return {
    id: row.id,
    referenceNo: row.referenceNo,
    fundId: row.fundId,
    fundName: row.fundName,
    areaCode: row.areaCode,
    areaName: row.areaName,
    officeCode: row.officeCode,
    officeName: row.officeName,
    category: row.category,
    categoryName: names(row.category),
    subject: row.subject,
    concernedName: row.concernedName,
    channel: row.channel,
    status,
    receivedOn: row.receivedOn,
    dueOn: row.dueOn,
    closedOn: row.closedOn,
    outcome: row.outcome,
    anonymous: row.anonymous,
    overdue: isOverdue({ status, dueOn: row.dueOn }, today),
    // Belt and braces: even if a complainant row were handed in, an anonymous complaint shows none.
    complainant:
      row.anonymous || !complainant
        ? null
        : { name: complainant.name, phone: complainant.phone, address: complainant.address },
  };
}

export const toReply = (r: ReplyRow): ReplyView => ({
  id: r.id,
  visibility: r.visibility as ReplyView["visibility"],
  body: r.body,
  repliedOn: r.repliedOn,
  authorName: r.authorName,
});

export function toDetail(
  row: ComplaintListRow,
  complainant: ComplainantRow | undefined,
  events: readonly EventRow[],
  replies: readonly ReplyRow[],
  names: CategoryNames,
  today: IsoDate,
): ComplaintDetail {
  return {
    complaint: {
      ...toComplaintView(row, complainant, names, today),
      details: row.details,
      outcomeNote: row.outcomeNote,
    },
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      fromValue: e.fromValue,
      toValue: e.toValue,
      occurredOn: e.occurredOn,
      note: e.note,
    })),
    replies: replies.map(toReply),
    allowedMoves: [...STATUS_MOVES[row.status as ComplaintStatus]],
  };
}
