// Searches knowledge records in Thai or English (words segmented like the index), ranked with title matches first, filtered by category, area and link; drafts only for writers in their own area.
import type { Deps } from "../../platform/deps";
import { assertInScope, requirePermission } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import {
  type RecordSearchQuery,
  type RecordSummary,
  SEARCH_RESULTS_MAX,
  type SearchMatches,
} from "./contracts";
import {
  type RecordFilters,
  type RecordHitRow,
  searchRecords as searchRows,
  selectRecentRecords,
} from "./knowledge.repository";
import { AREA, knowledgeErrors } from "./knowledge-errors";
import { toSummary } from "./knowledge-views";
import { type ParsedQuery, parseQuery } from "./thai-search";

type Cursor = { offset: number } | { updatedAt: string; id: string };

const encode = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString("base64url");

function decode(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Record<string, unknown>;
    if (typeof c.offset === "number" && Number.isSafeInteger(c.offset) && c.offset >= 0)
      return { offset: c.offset };
    if (
      typeof c.updatedAt === "string" &&
      !Number.isNaN(Date.parse(c.updatedAt)) &&
      typeof c.id === "string" &&
      /^[0-9a-f-]{36}$/i.test(c.id)
    ) {
      return { updatedAt: c.updatedAt, id: c.id };
    }
  } catch {
    // fall through to the error below
  }
  throw knowledgeErrors.cursorInvalid();
}

/** The filters the actor may use: drafts only with knowledge.write and only inside the actor's scope. */
export function recordFilters(
  deps: Deps,
  query: Omit<RecordSearchQuery, "limit" | "cursor" | "q">,
): RecordFilters {
  let areaPrefix = query.area ?? "";
  if (query.status === "draft") {
    requirePermission(deps.actor, "knowledge.write");
    areaPrefix = query.area ?? deps.actor.scopeCode;
    assertInScope(deps.actor, areaPrefix, AREA);
  }
  return {
    status: query.status,
    areaPrefix,
    categoryCode: query.category,
    learningCentreId: query.learningCentreId,
    modelVillageId: query.modelVillageId,
  };
}

export interface SearchPage extends Page<RecordSummary> {
  /** The words searched for after segmentation (empty without a query): what the results are highlighted with. */
  words: string[];
  /** With words: how many records match, counted up to SEARCH_MATCH_CAP ("more than 1,000"); null for the plain list. */
  matches: SearchMatches | null;
}

/**
 * With words: ranked by ts_rank and paged by offset, at most SEARCH_RESULTS_MAX results (rank order has no
 * stable key for a keyset). Without: the most recently updated first, keyset pages.
 */
export async function searchRecords(deps: Deps, query: RecordSearchQuery): Promise<SearchPage> {
  const filters = recordFilters(deps, query);
  const parsed = query.q ? parseQuery(query.q) : null;
  const cursor = query.cursor ? decode(query.cursor) : undefined;
  let next: (last: RecordHitRow) => Cursor | null;
  if (parsed) {
    const offset = cursor && "offset" in cursor ? cursor.offset : 0;
    if (cursor && !("offset" in cursor)) throw knowledgeErrors.cursorInvalid();
    if (offset >= SEARCH_RESULTS_MAX) throw knowledgeErrors.beyondLastPage(SEARCH_RESULTS_MAX);
    const limit = Math.min(query.limit, SEARCH_RESULTS_MAX - offset);
    const hits = await searchRows(deps.db, { ...filters, tsquery: parsed.tsquery, offset, limit: limit + 1 });
    next = () => (offset + limit < SEARCH_RESULTS_MAX ? { offset: offset + limit } : null);
    return page(hits.rows, limit, parsed, next, hits.matches);
  }
  if (cursor && "offset" in cursor) throw knowledgeErrors.cursorInvalid();
  const found = await selectRecentRecords(deps.db, { ...filters, after: cursor, limit: query.limit + 1 });
  next = (last) => ({ updatedAt: new Date(last.updatedAt).toISOString(), id: last.id });
  return page(found, query.limit, null, next, null);
}

function page(
  found: RecordHitRow[],
  limit: number,
  parsed: ParsedQuery | null,
  next: (last: RecordHitRow) => Cursor | null,
  matches: SearchMatches | null,
): SearchPage {
  const items = found.slice(0, limit);
  const last = items[items.length - 1];
  const after = found.length > limit && last ? next(last) : null;
  return {
    items: items.map((r) => toSummary(r, parsed)),
    nextCursor: after ? encode(after) : null,
    words: parsed?.words ?? [],
    matches,
  };
}
