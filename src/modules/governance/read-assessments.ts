// Assessment reads: one assessment with its items and evidence, and a keyset page of a fiscal year's assessments in an area.
import type { Deps } from "../../platform/deps";
import { assertInScope, outOfScope } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import { loadFund, requireFundPermission } from "../funds/index";
import type { Assessment, AssessmentListQuery, AssessmentSummary } from "./contracts";
import { findAssessment, selectAssessmentPage, selectItems } from "./governance.repository";
import { AREA, ASSESSMENT, governanceErrors } from "./governance-errors";
import { toAssessment, toAssessmentSummary } from "./governance-views";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getAssessment(deps: Deps, id: string): Promise<Assessment> {
  requireFundPermission(deps.actor, "funds.read");
  const a = UUID.test(id) ? await findAssessment(deps.db, id) : undefined;
  if (!a) throw outOfScope(ASSESSMENT);
  assertInScope(deps.actor, a.areaCode, ASSESSMENT);
  const fund = await loadFund(deps, a.fundId, "funds.read");
  return toAssessment(a, fund.name, await selectItems(deps.db, a.id));
}

function encodeCursor(r: { areaCode: string; id: string }): string {
  return Buffer.from(JSON.stringify([r.areaCode, r.id])).toString("base64url");
}

function decodeCursor(cursor: string): { areaCode: string; id: string } {
  try {
    const [areaCode, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof areaCode === "string" && /^\d{2,8}$/.test(areaCode) && typeof id === "string" && UUID.test(id))
      return { areaCode, id };
  } catch {
    // fall through to the error below
  }
  throw governanceErrors.cursorInvalid();
}

/** A fiscal year's assessments in an area of the actor's scope (default: the actor's area), in village-code order. */
export async function listAssessments(
  deps: Deps,
  query: AssessmentListQuery,
): Promise<Page<AssessmentSummary>> {
  requireFundPermission(deps.actor, "funds.read");
  const area = query.area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, area, AREA);
  const found = await selectAssessmentPage(deps.db, {
    fiscalYear: query.fiscalYear,
    areaPrefix: area,
    status: query.status,
    fundId: query.fundId,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = found.slice(0, query.limit);
  return {
    items: page.map((r) => toAssessmentSummary(r, r.fundName)),
    nextCursor: found.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}
