// Reads of a centre's welfare benefits and of its debt-free households with their relapse flags (cursor pages).
import type { Deps } from "../../platform/deps";
import type { Page } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { loadCentre } from "./centre-access";
import { toWelfare } from "./centre-views";
import type { DebtFreeHousehold, WelfareListQuery, WelfareView } from "./contracts";
import { selectDebtFreePage, selectWelfarePage } from "./debt-welfare.repository";
import type { PlanStatus } from "./plan-status";

const encode = (id: string): string => Buffer.from(JSON.stringify([id])).toString("base64url");

function decode(cursor: string): string {
  try {
    const parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(parts) && parts.length === 1 && typeof parts[0] === "string") return parts[0];
  } catch {
    // fall through to the error below
  }
  throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
}

export async function listWelfare(
  deps: Deps,
  centreId: string,
  query: WelfareListQuery,
): Promise<Page<WelfareView>> {
  const centre = await loadCentre(deps, centreId);
  const rows = await selectWelfarePage(deps.db, {
    centreId: centre.id,
    status: query.status,
    afterId: query.cursor ? decode(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toWelfare),
    nextCursor: rows.length > query.limit && last ? encode(last.id) : null,
  };
}

export async function listDebtFree(
  deps: Deps,
  centreId: string,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<DebtFreeHousehold>> {
  const centre = await loadCentre(deps, centreId);
  const rows = await selectDebtFreePage(deps.db, {
    centreId: centre.id,
    afterId: query.cursor ? decode(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ eventId: _eventId, ...r }) => ({ ...r, status: r.status as PlanStatus })),
    nextCursor: rows.length > query.limit && last ? encode(last.eventId) : null,
  };
}
