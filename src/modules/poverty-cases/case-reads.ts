// Reads of cases: a page of cases in an area (a mentor's or an agency's own only), one case with its evaluation, history, plan, deliveries, loans and debt plans, and the export.
import type { Deps } from "../../platform/deps";
import type { ExportColumn } from "../../platform/tabular-export";
import { SYSTEM_ACTOR } from "../../shared/actor";
import { assertInScope, requirePermission } from "../../shared/authorization";
import type { Page } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { householdDebtSummary } from "../debt-centre/index";
import { AREA, actorAgency, isMentorAccount, loadCase } from "./case-access";
import type { CaseDetail, CaseListQuery, CaseView, DeliveryView, PlanItemView } from "./case-contracts";
import { caseEvidence, evaluationView } from "./case-evaluate";
import { DELIVERY_FILE_OWNER, filesOf } from "./case-files";
import { CLOSING_REASON_NAMES, type ClosingReason, STAGE_NAMES, type Stage } from "./case-stages";
import { toCase } from "./case-views";
import {
  findHousehold,
  selectCasePage,
  selectDeliveries,
  selectLastVisits,
  selectPairingsInForce,
  selectPlanItems,
  selectStageChanges,
} from "./cases.repository";
import { DIMENSION_NAMES, type Dimension } from "./deprivation-config";

const encode = (parts: string[]): string => Buffer.from(JSON.stringify(parts)).toString("base64url");

function decode(cursor: string): { areaCode: string; id: string } {
  try {
    const parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(parts) && parts.length === 2 && parts.every((p) => typeof p === "string")) {
      return { areaCode: parts[0] as string, id: parts[1] as string };
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
}

async function casePage(deps: Deps, query: Omit<CaseListQuery, "limit"> & { limit: number }) {
  requirePermission(deps.actor, "poverty.read");
  const area = query.area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, area, AREA);
  const agency = await actorAgency(deps);
  return selectCasePage(deps.db, {
    areaPrefix: area,
    programmeYear: query.year,
    stage: query.stage,
    status: query.status,
    dimension: query.dimension,
    headPrefix: query.q,
    mentorUserId: isMentorAccount(deps) ? (deps.actor.userId ?? "") : undefined,
    agencyId: agency?.id,
    on: deps.clock.today(),
    after: query.cursor ? decode(query.cursor) : undefined,
    limit: query.limit + 1,
  });
}

export async function listCases(deps: Deps, query: CaseListQuery): Promise<Page<CaseView>> {
  const rows = await casePage(deps, query);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toCase),
    nextCursor: rows.length > query.limit && last ? encode([last.areaCode, last.id]) : null,
  };
}

/** Every case the list would show (same filters and restrictions), read in keyset batches. */
export async function* exportCases(
  deps: Deps,
  query: Omit<CaseListQuery, "limit" | "cursor">,
): AsyncGenerator<CaseView> {
  let cursor: string | undefined;
  do {
    const page = await listCases(deps, { ...query, limit: 200, cursor });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

export function caseExportColumns(): ExportColumn<CaseView>[] {
  return [
    { key: "areaCode", th: "รหัสหมู่บ้าน", en: "Village code", kind: "text", value: (c) => c.areaCode },
    { key: "houseNo", th: "บ้านเลขที่", en: "House no.", kind: "text", value: (c) => c.houseNo },
    { key: "headName", th: "หัวหน้าครัวเรือน", en: "Head of household", kind: "text", value: (c) => c.headName },
    {
      key: "programmeYear",
      th: "ปีงบประมาณ",
      en: "Programme year",
      kind: "int",
      value: (c) => c.programmeYear,
    },
    { key: "stage", th: "ขั้น", en: "Stage", kind: "text", value: (c) => STAGE_NAMES[c.stage].th },
    {
      key: "status",
      th: "สถานะ",
      en: "Status",
      kind: "text",
      value: (c) => (c.status === "open" ? "เปิด" : "ปิด"),
    },
    {
      key: "failingDimensions",
      th: "มิติที่ไม่ผ่าน",
      en: "Failing dimensions",
      kind: "text",
      value: (c) => c.failingDimensions.map((d) => DIMENSION_NAMES[d as Dimension]?.th ?? d).join(", "),
    },
    { key: "openedOn", th: "วันที่เปิดเคส", en: "Opened on", kind: "date", value: (c) => c.openedOn },
    { key: "closedOn", th: "วันที่ปิดเคส", en: "Closed on", kind: "date", value: (c) => c.closedOn },
    {
      key: "closingReason",
      th: "เหตุผลที่ปิด",
      en: "Closing reason",
      kind: "text",
      value: (c) => (c.closingReason ? CLOSING_REASON_NAMES[c.closingReason as ClosingReason].th : null),
    },
  ];
}

export async function getCase(deps: Deps, caseId: string): Promise<CaseDetail> {
  const { row, agency } = await loadCase(deps, caseId);
  const today = deps.clock.today();
  const h = (await findHousehold(deps.db, row.householdId))!;
  const evidence = await caseEvidence(deps, row);
  const planRows = await selectPlanItems(deps.db, row.id, agency?.id);
  // An agency account sees the deliveries of its own plan items only.
  const deliveryRows = await selectDeliveries(
    deps.db,
    row.id,
    agency ? planRows.map((p) => p.id) : undefined,
  );
  const deliveredBy = new Map<string, number>();
  for (const d of deliveryRows)
    deliveredBy.set(d.planItemId, (deliveredBy.get(d.planItemId) ?? 0) + d.valueSatang);
  const plan: PlanItemView[] = planRows.map((p) => ({
    id: p.id,
    menuItemId: p.menuItemId,
    menuCode: p.menuCode,
    nameTh: p.menuNameTh,
    nameEn: p.menuNameEn,
    dimension: p.dimension,
    agencyId: p.agencyId,
    agencyCode: p.agencyCode,
    agencyNameTh: p.agencyNameTh,
    quantity: p.quantity,
    unit: p.unit,
    plannedValueSatang: p.plannedValueSatang,
    deliveredSatang: deliveredBy.get(p.id) ?? 0,
    note: p.note,
  }));
  const deliveries: DeliveryView[] = [];
  for (const d of deliveryRows) {
    deliveries.push({
      id: d.id,
      planItemId: d.planItemId,
      dimension: d.dimension,
      agencyId: d.agencyId,
      agencyCode: d.agencyCode,
      agencyNameTh: d.agencyNameTh,
      deliveredOn: d.deliveredOn,
      quantity: d.quantity,
      valueSatang: d.valueSatang,
      evidence: d.evidence,
      files: await filesOf(deps, DELIVERY_FILE_OWNER, d.id),
    });
  }
  const pairings = await selectPairingsInForce(deps.db, { householdId: row.householdId, on: today });
  const last = new Map(
    (
      await selectLastVisits(
        deps.db,
        pairings.map((p) => p.id),
        today,
      )
    ).map((v) => [v.pairingId, v.visitedOn]),
  );
  const latest = evidence.profiles[0];
  const history = await selectStageChanges(deps.db, row.id);
  // The actor's access to the case is checked above; the debt centre's figures are read as the system.
  const debt = agency ? null : await householdDebtSummary({ ...deps, actor: SYSTEM_ACTOR }, row.householdId);
  return {
    case: toCase({ ...row, headName: h.headName, houseNo: h.houseNo }),
    profile: latest
      ? {
          source: latest.source,
          dataYear: latest.dataYear,
          failingIndicators: latest.failingIndicators,
          failingDimensions: latest.failingDimensions,
        }
      : null,
    evaluation: evaluationView(evidence, row.stage as Stage),
    history: history.map((c) => ({
      seq: c.seq,
      stage: c.stage,
      on: c.on,
      kind: c.kind,
      confirmedByName: c.confirmedByName,
      reason: c.reason,
      evaluatedDataYear: c.evaluatedDataYear,
    })),
    plan,
    deliveries,
    totals: {
      plannedSatang: plan.reduce((s, p) => s + p.plannedValueSatang, 0),
      deliveredSatang: deliveries.reduce((s, d) => s + d.valueSatang, 0),
    },
    loans: agency
      ? null
      : evidence.loans.map((l) => ({
          id: l.id,
          fundId: l.fundId,
          loanNo: l.loanNo,
          principalSatang: l.principalSatang,
          outstandingSatang: l.outstandingPrincipalSatang + l.outstandingInterestSatang,
          status: l.status,
          classification: l.classification,
          nextDueOn: l.nextDueOn,
        })),
    debtPlans: debt ? debt.plans : null,
    debtSurvey: debt?.latestSurvey
      ? {
          surveyedOn: debt.latestSurvey.surveyedOn,
          debts: debt.latestSurvey.debts,
          outstandingSatang: debt.latestSurvey.outstandingSatang,
          arrearsSatang: debt.latestSurvey.arrearsSatang,
        }
      : null,
    mentors: pairings.map((p) => ({
      pairingId: p.id,
      mentorId: p.mentorId,
      mentorName: p.mentorName,
      schemeCode: p.schemeCode,
      schemeName: { th: p.schemeNameTh, en: p.schemeNameEn },
      startOn: p.startOn,
      lastVisitOn: last.get(p.id) ?? null,
    })),
    asOf: today,
  };
}
