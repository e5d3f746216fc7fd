// Fund health reads: one fund's figures, a keyset page of funds in an area, and an area's totals (all from fund_health).
import type { Deps } from "../../platform/deps";
import { assertInScope } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { loadFund, requireFundPermission } from "../funds/index";
import { LOAN_CLASSES, type LoanClass } from "../loans/index";
import type { FundHealth, HealthListQuery, HealthSummary, HealthSummaryQuery } from "./contracts";
import {
  type FundHealthRow,
  findFundHealth,
  selectFundHealthPage,
  selectHealthSummary,
} from "./health.repository";
import { healthErrors } from "./health-errors";
import {
  AT_RISK_REASON_NAMES,
  AT_RISK_REASONS,
  type AtRiskReason,
  basisPoints,
  LOAN_CLASS_NAMES,
} from "./health-rules";

const AREA = { th: "พื้นที่", en: "Area" };

function classList(counts: Record<string, number>): FundHealth["classes"] {
  return LOAN_CLASSES.map((c) => ({
    loanClass: c,
    count: counts[c] ?? 0,
    nameTh: LOAN_CLASS_NAMES[c].th,
    nameEn: LOAN_CLASS_NAMES[c].en,
  }));
}

const isReason = (r: string): r is AtRiskReason => (AT_RISK_REASONS as readonly string[]).includes(r);

export function toFundHealth(row: FundHealthRow): FundHealth {
  const reasons = row.atRisk.filter(isReason);
  return {
    fundId: row.fundId,
    areaCode: row.areaCode,
    fundName: row.fundName,
    fundType: row.fundType,
    originalCapitalSatang: row.originalCapitalSatang,
    asOf: row.asOf,
    computedAt: row.computedAt.toISOString(),
    loansActive: row.loansActive,
    outstandingSatang: row.outstandingSatang,
    atRisk30Satang: row.atRisk30Satang,
    par30Bp: row.par30Bp,
    repaymentRateBp: row.repaymentRateBp,
    bankSatang: row.bankSatang,
    cashSatang: row.cashSatang,
    idleBp: row.idleBp,
    defaultedSatang: row.defaultedSatang,
    missingSatang: row.missingSatang,
    classCounts: row.classCounts,
    classes: classList(row.classCounts),
    atRisk: reasons.map((reason) => ({
      reason,
      nameTh: AT_RISK_REASON_NAMES[reason].th,
      nameEn: AT_RISK_REASON_NAMES[reason].en,
    })),
    isAtRisk: row.atRisk.length > 0,
  };
}

/** The health of one fund in the actor's area (a fund outside it is "not found"). */
export async function getFundHealth(deps: Deps, fundId: string): Promise<FundHealth> {
  const fund = await loadFund(deps, fundId, "funds.read");
  const row = await findFundHealth(deps.db, fund.id);
  if (!row) throw healthErrors.notComputed();
  return toFundHealth(row);
}

function encodeCursor(row: { areaCode: string; fundId: string }): string {
  return Buffer.from(JSON.stringify([row.areaCode, row.fundId])).toString("base64url");
}

function decodeCursor(cursor: string): { areaCode: string; fundId: string } {
  try {
    const [areaCode, fundId] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (
      typeof areaCode === "string" &&
      /^\d{2,8}$/.test(areaCode) &&
      typeof fundId === "string" &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(fundId)
    ) {
      return { areaCode, fundId };
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
}

function scopedArea(deps: Deps, area: string | undefined): string {
  requireFundPermission(deps.actor, "funds.read");
  const code = area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, code, AREA);
  return code;
}

/** Fund health in an area of the actor's scope, in area-code order, a keyset page at a time. */
export async function listFundHealth(deps: Deps, query: HealthListQuery): Promise<Page<FundHealth>> {
  const area = scopedArea(deps, query.area);
  const found = await selectFundHealthPage(deps.db, {
    areaPrefix: area,
    atRisk: query.atRisk === undefined ? undefined : query.atRisk === "true",
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: query.limit + 1,
  });
  const page = found.slice(0, query.limit);
  return {
    items: page.map(toFundHealth),
    nextCursor: found.length > query.limit ? encodeCursor(page[page.length - 1]!) : null,
  };
}

/** An area's totals from the funds' latest health rows: funds, capital, outstanding, PAR30, missing fund, funds at risk. */
export async function getHealthSummary(deps: Deps, query: HealthSummaryQuery): Promise<HealthSummary> {
  const area = scopedArea(deps, query.area);
  const s = await selectHealthSummary(deps.db, area, AT_RISK_REASONS);
  return {
    area,
    funds: s.funds,
    fundsAtRisk: s.fundsAtRisk,
    capitalSatang: s.capitalSatang,
    loansActive: s.loansActive,
    outstandingSatang: s.outstandingSatang,
    atRisk30Satang: s.atRisk30Satang,
    par30Bp: basisPoints(s.atRisk30Satang, s.outstandingSatang) ?? 0,
    defaultedSatang: s.defaultedSatang,
    missingSatang: s.missingSatang,
    bankSatang: s.bankSatang,
    cashSatang: s.cashSatang,
    oldestAsOf: s.oldestAsOf,
    newestAsOf: s.newestAsOf,
    classes: classList(s.classCounts as Record<LoanClass, number>),
    reasons: AT_RISK_REASONS.map((reason) => ({
      reason,
      funds: s.reasonCounts[reason] ?? 0,
      nameTh: AT_RISK_REASON_NAMES[reason].th,
      nameEn: AT_RISK_REASON_NAMES[reason].en,
    })),
  };
}
