// Reconciliation of two target lists (e.g. TPMAP vs a district survey): only in A, only in B, in both, and in both with conflicting details.
import type { Dimension } from "./deprivation-config";
import type { TargetRow } from "./target-list";
import { houseNoKey } from "./thai-names";

export type ReconcileField =
  | "citizen_id"
  | "village_code"
  | "house_no"
  | "name"
  | "failing_dimensions"
  | "failing_indicators";

export interface FieldConflict {
  field: ReconcileField;
  a: string;
  b: string;
}

export interface ReconciledPair {
  a: TargetRow;
  b: TargetRow;
  /** How the two rows were joined: the same citizen ID, or the same village + house number + name. */
  joinedBy: "citizen_id" | "address_name";
  conflicts: FieldConflict[];
}

export interface Reconciliation {
  onlyA: TargetRow[];
  onlyB: TargetRow[];
  /** In both lists with no differing detail. */
  both: ReconciledPair[];
  /** In both lists, with the fields that differ. */
  conflicting: ReconciledPair[];
}

const dims = (d: readonly Dimension[] | null): string | null => (d === null ? null : d.join(","));
const nums = (n: readonly number[] | null): string | null => (n === null ? null : n.join(","));

/**
 * Fields that both rows give and that differ. A field one list leaves empty is not a conflict (lists carry
 * different columns); names compare by their normalised key (titles and spacing ignored), house numbers
 * without spaces and in Arabic digits.
 */
export function conflictsBetween(a: TargetRow, b: TargetRow): FieldConflict[] {
  const out: FieldConflict[] = [];
  const check = (field: ReconcileField, x: string | null, y: string | null, same = x === y) => {
    if (x !== null && y !== null && x !== "" && y !== "" && !same) out.push({ field, a: x, b: y });
  };
  check("citizen_id", a.citizenId, b.citizenId);
  check("village_code", a.villageCode, b.villageCode);
  check(
    "house_no",
    a.houseNo,
    b.houseNo,
    a.houseNo !== null && b.houseNo !== null && houseNoKey(a.houseNo) === houseNoKey(b.houseNo),
  );
  check(
    "name",
    `${a.firstName} ${a.lastName}`.trim(),
    `${b.firstName} ${b.lastName}`.trim(),
    a.nameKey === b.nameKey,
  );
  check("failing_dimensions", dims(a.failingDimensions), dims(b.failingDimensions));
  check("failing_indicators", nums(a.failingIndicators), nums(b.failingIndicators));
  return out;
}

/**
 * Joins list A to list B: first by citizen ID, then the rows still unjoined by village + house number +
 * name. Each row of A and of B lands in exactly one bucket (a row repeated inside its list joins at most
 * once; the repeat stays "only"). Buckets keep the lists' line order.
 */
export function reconcileLists(listA: readonly TargetRow[], listB: readonly TargetRow[]): Reconciliation {
  const pairs: ReconciledPair[] = [];
  const joinedA = new Set<TargetRow>();
  const joinedB = new Set<TargetRow>();
  const join = (key: (r: TargetRow) => string | null, joinedBy: ReconciledPair["joinedBy"]) => {
    const index = new Map<string, TargetRow[]>();
    for (const b of listB) {
      if (joinedB.has(b)) continue;
      const k = key(b);
      if (k === null) continue;
      const list = index.get(k);
      if (list) list.push(b);
      else index.set(k, [b]);
    }
    for (const a of listA) {
      if (joinedA.has(a)) continue;
      const k = key(a);
      if (k === null) continue;
      const b = index.get(k)?.shift();
      if (!b) continue;
      joinedA.add(a);
      joinedB.add(b);
      pairs.push({ a, b, joinedBy, conflicts: conflictsBetween(a, b) });
    }
  };
  join((r) => r.citizenId, "citizen_id");
  join((r) => r.addressNameKey, "address_name");
  pairs.sort((x, y) => x.a.line - y.a.line);
  return {
    onlyA: listA.filter((r) => !joinedA.has(r)),
    onlyB: listB.filter((r) => !joinedB.has(r)),
    both: pairs.filter((p) => p.conflicts.length === 0),
    conflicting: pairs.filter((p) => p.conflicts.length > 0),
  };
}
