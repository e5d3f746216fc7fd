// Reads of complaints for officers in scope (overdue first, cursor pages; one case with its history) and a household's own filed complaints.
import type { Deps } from "../../platform/deps";
import { assertInScope, requirePermission } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { loadComplaint } from "./complaint-access";
import { categoryNames, toComplaintView, toDetail } from "./complaint-views";
import {
  findComplaintWithNames,
  selectComplainants,
  selectComplaintPage,
  selectComplaintsFiledBy,
  selectEvents,
  selectReplies,
  selectStoredCategories,
} from "./complaints.repository";
import type { ComplaintDetail, ComplaintView, ListComplaintsQuery } from "./contracts";

const AREA = { th: "พื้นที่", en: "Area" };

const encode = (parts: (string | number)[]): string =>
  Buffer.from(JSON.stringify(parts)).toString("base64url");

function decode(cursor: string): { finished: number; dueOn: string; id: string } {
  try {
    const parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(parts) &&
      parts.length === 3 &&
      (parts[0] === 0 || parts[0] === 1) &&
      typeof parts[1] === "string" &&
      /^\d{4}-\d{2}-\d{2}$/.test(parts[1]) &&
      typeof parts[2] === "string" &&
      /^[0-9a-f-]{36}$/i.test(parts[2])
    ) {
      return { finished: parts[0], dueOn: parts[1], id: parts[2] };
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
}

export async function listComplaints(deps: Deps, query: ListComplaintsQuery): Promise<Page<ComplaintView>> {
  requirePermission(deps.actor, "complaints.read");
  const area = query.area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, area, AREA);
  const today = deps.clock.today();
  const rows = await selectComplaintPage(deps.db, {
    areaPrefix: area,
    status: query.status,
    category: query.category,
    fundId: query.fundId,
    overdueOn: query.overdue === "true" ? today : undefined,
    notOverdueOn: query.overdue === "false" ? today : undefined,
    after: query.cursor ? decode(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const complainants = new Map(
    (
      await selectComplainants(
        deps.db,
        page.map((r) => r.id),
      )
    ).map((c) => [c.complaintId, c]),
  );
  const names = categoryNames(await selectStoredCategories(deps.db));
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toComplaintView(r, complainants.get(r.id), names, today)),
    nextCursor:
      rows.length > query.limit && last
        ? encode([last.status === "closed" || last.status === "rejected" ? 1 : 0, last.dueOn, last.id])
        : null,
  };
}

export async function getComplaint(deps: Deps, id: string): Promise<ComplaintDetail> {
  const complaint = await loadComplaint(deps, id, "complaints.read");
  const row = await findComplaintWithNames(deps.db, complaint.id);
  if (!row) throw new Error(`complaint ${id} vanished`);
  const [complainant] = await selectComplainants(deps.db, [row.id]);
  return toDetail(
    row,
    complainant,
    await selectEvents(deps.db, row.id),
    await selectReplies(deps.db, row.id),
    categoryNames(await selectStoredCategories(deps.db)),
    deps.clock.today(),
  );
}

/** A household's named complaints (anonymous ones are linked to nobody and so never listed here). */
export async function listMyComplaints(deps: Deps): Promise<{ items: ComplaintView[] }> {
  requirePermission(deps.actor, "complaints.file");
  if (!deps.actor.userId) return { items: [] };
  const rows = await selectComplaintsFiledBy(deps.db, deps.actor.userId);
  const names = categoryNames(await selectStoredCategories(deps.db));
  const complainants = new Map(
    (
      await selectComplainants(
        deps.db,
        rows.map((r) => r.id),
      )
    ).map((c) => [c.complaintId, c]),
  );
  const today = deps.clock.today();
  return {
    items: rows.map((r) =>
      toComplaintView(
        { ...r, fundName: null, areaName: null, officeName: null },
        complainants.get(r.id),
        names,
        today,
      ),
    ),
  };
}
