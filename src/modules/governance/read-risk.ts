// Risk reads: one fund's latest score with its factors explained and its history, and the funds at risk in an area (highest score first, keyset pages).
import type { Deps } from "../../platform/deps";
import { assertInScope } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import { loadFund, requireFundPermission } from "../funds/index";
import type { FundRisk, FundRiskDetail, RiskListQuery } from "./contracts";
import { latestRiskDate, selectFundRiskHistory, selectRiskPage } from "./governance.repository";
import { AREA, governanceErrors } from "./governance-errors";
import { toFundRisk } from "./governance-views";
import type { RiskBand } from "./risk-rules";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The fund's newest score with every factor explained, and up to 400 scored days (newest first). */
export async function getFundRisk(deps: Deps, fundId: string): Promise<FundRiskDetail> {
  const fund = await loadFund(deps, fundId, "funds.read");
  const history = await selectFundRiskHistory(deps.db, fund.id, 400);
  const latest = history[0];
  if (!latest) throw governanceErrors.riskNotComputed();
  return {
    ...toFundRisk(latest),
    history: history.map((h) => ({
      asOf: h.asOf,
      score: h.score,
      band: h.band as RiskBand,
      par30Bp: h.par30Bp,
    })),
  };
}

function encodeCursor(r: { score: number; fundId: string }): string {
  return Buffer.from(JSON.stringify([r.score, r.fundId])).toString("base64url");
}

function decodeCursor(cursor: string): { score: number; fundId: string } {
  try {
    const [score, fundId] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (Number.isSafeInteger(score) && typeof fundId === "string" && UUID.test(fundId))
      return { score: score as number, fundId };
  } catch {
    // fall through to the error below
  }
  throw governanceErrors.cursorInvalid();
}

/** The funds of an area in the actor's scope (default: the actor's area) as of the newest scored day, highest score first. */
export async function listFundRisk(
  deps: Deps,
  query: RiskListQuery,
): Promise<Page<FundRisk> & { asOf: string | null }> {
  requireFundPermission(deps.actor, "funds.read");
  const area = query.area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, area, AREA);
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const asOf = await latestRiskDate(deps.db);
  if (!asOf) return { items: [], nextCursor: null, asOf: null };
  const bands = query.band
    ? [query.band]
    : query.atRisk === "true"
      ? ["medium", "high"]
      : query.atRisk === "false"
        ? ["low"]
        : undefined;
  const found = await selectRiskPage(deps.db, {
    asOf,
    areaPrefix: area,
    bands,
    after,
    limit: query.limit + 1,
  });
  const page = found.slice(0, query.limit);
  return {
    items: page.map(toFundRisk),
    nextCursor: found.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
    asOf,
  };
}
