// Reconciles two target lists the actor may read: counts per bucket (only in A, only in B, in both, conflicting) and one bucket's rows a page at a time.
import type { Deps } from "../../platform/deps";
import type { Page } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { isDimension } from "./deprivation-config";
import type { MatchKind } from "./match-targets";
import type { FieldConflict, ReconcileField } from "./reconcile-lists";
import { decodeCursor, encodeCursor, loadList } from "./target-access";
import { toListView } from "./target-read";
import type { ReconcileItem, ReconcileQuery, ReconcileSide, ReconcileSummary } from "./targets.contracts";
import {
  areaNames,
  reconcileCounts,
  selectReconcilePage,
  type TargetListRowRecord,
} from "./targets.repository";

function side(r: TargetListRowRecord | null): ReconcileSide | null {
  if (r === null) return null;
  return {
    line: r.lineNo,
    headName: r.headName,
    villageCode: r.villageCode,
    houseNo: r.houseNo,
    citizenIdMasked: r.citizenIdMasked,
    householdId: r.householdId,
    matchKind: r.matchKind as MatchKind,
    failingDimensions: r.failingDimensions === null ? null : r.failingDimensions.filter(isDimension),
    failingIndicators: r.failingIndicators === null ? null : r.failingIndicators.map(Number),
  };
}

/** The values behind a conflicting field, as reconcile-lists.ts shows them (citizen IDs only masked). */
function conflictOf(field: ReconcileField, a: TargetListRowRecord, b: TargetListRowRecord): FieldConflict {
  const value = (r: TargetListRowRecord): string => {
    switch (field) {
      case "citizen_id":
        return r.citizenIdMasked ?? "";
      case "village_code":
        return r.villageCode ?? "";
      case "house_no":
        return r.houseNo ?? "";
      case "name":
        return `${r.firstName} ${r.lastName}`.trim();
      case "failing_dimensions":
        return (r.failingDimensions ?? []).join(",");
      case "failing_indicators":
        return (r.failingIndicators ?? []).join(",");
    }
  };
  return { field, a: value(a), b: value(b) };
}

async function loadPair(deps: Deps, a: string, b: string) {
  if (a === b) {
    throw invalidInput("poverty.reconcile_same_list", {
      th: "ต้องเลือกบัญชีสองบัญชีที่ต่างกัน",
      en: "Choose two different lists",
    });
  }
  return { listA: await loadList(deps, a), listB: await loadList(deps, b) };
}

export async function reconcileSummary(deps: Deps, a: string, b: string): Promise<ReconcileSummary> {
  const { listA, listB } = await loadPair(deps, a, b);
  const names = await areaNames(deps.db, [listA.areaCode, listB.areaCode]);
  return {
    a: toListView(listA, names),
    b: toListView(listB, names),
    counts: await reconcileCounts(deps.db, listA.id, listB.id),
  };
}

export async function reconcileTargetLists(deps: Deps, query: ReconcileQuery): Promise<Page<ReconcileItem>> {
  const { listA, listB } = await loadPair(deps, query.a, query.b);
  const after = query.cursor ? (decodeCursor(query.cursor, ["number"])[0] as number) : undefined;
  const found = await selectReconcilePage(deps.db, {
    a: listA.id,
    b: listB.id,
    bucket: query.bucket,
    afterLine: after,
    limit: query.limit + 1,
  });
  const page = found.slice(0, query.limit);
  const last = page[page.length - 1];
  const lineOf = (x: (typeof page)[number]) => (query.bucket === "only_b" ? x.b : x.a)?.lineNo ?? 0;
  return {
    items: page.map((p) => ({
      a: side(p.a),
      b: side(p.b),
      joinedBy: p.joinedBy,
      conflicts: p.a && p.b ? p.conflicts.map((f) => conflictOf(f as ReconcileField, p.a!, p.b!)) : [],
    })),
    nextCursor: found.length > query.limit && last ? encodeCursor([lineOf(last)]) : null,
  };
}
