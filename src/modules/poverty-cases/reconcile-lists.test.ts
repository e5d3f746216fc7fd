// Tests for reconciling two target lists, with a property: every row of each list lands in exactly one bucket.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { citizenId } from "./poverty-test-fixture";
import { reconcileLists } from "./reconcile-lists";
import { parseTargetList, type TargetRow } from "./target-list";

const HEADER = ["citizen_id", "village_code", "house_no", "first_name", "last_name", "failing_dimensions"];

function list(cells: (string | null)[][]): TargetRow[] {
  const result = parseTargetList({ header: HEADER, rows: cells, isKnownVillage: () => true });
  expect(result.errors).toEqual([]);
  return result.rows;
}

describe("reconciliation", () => {
  it("sorts rows into only A, only B, both and conflicting, naming the fields that differ", () => {
    const a = list([
      [citizenId(1), "40050908", "1", "สมชาย", "ใจดี", "รายได้"],
      [citizenId(2), "40050908", "2", "สมศรี", "ใจงาม", ""],
      [null, "40050908", "3", "นายทองดี", "มีสุข", ""],
      [citizenId(4), "40050908", "4", "มาลี", "ดอกไม้", ""],
    ]);
    const b = list([
      [citizenId(1), "40050908", "๑", "นาย สมชาย", "ใจดี", "income"],
      [citizenId(2), "40050908", "22", "สมศรี", "ใจงาม", "สุขภาพ"],
      [citizenId(3), "40050908", "3", "ทองดี", "มีสุข", ""],
      [citizenId(5), "40050901", "9", "บุญมี", "ใจบุญ", ""],
    ]);
    const r = reconcileLists(a, b);
    expect(r.onlyA.map((x) => x.line)).toEqual([5]);
    expect(r.onlyB.map((x) => x.line)).toEqual([5]);
    expect(r.both.map((p) => [p.a.line, p.b.line, p.joinedBy])).toEqual([
      [2, 2, "citizen_id"],
      [4, 4, "address_name"],
    ]);
    expect(r.conflicting).toHaveLength(1);
    expect(r.conflicting[0]!.joinedBy).toBe("citizen_id");
    // A gives no dimensions for row 2, so only the house number conflicts.
    expect(r.conflicting[0]!.conflicts).toEqual([{ field: "house_no", a: "2", b: "22" }]);
  });

  it("reports differing IDs of rows joined by address + name, and differing dimensions", () => {
    const a = list([[citizenId(7), "40050908", "7", "เดช", "ดี", "รายได้,สุขภาพ"]]);
    const b = list([[citizenId(8), "40050908", "7", "เดช", "ดี", "รายได้"]]);
    const r = reconcileLists(a, b);
    expect(r.conflicting[0]!.joinedBy).toBe("address_name");
    expect(r.conflicting[0]!.conflicts).toEqual([
      { field: "citizen_id", a: citizenId(7), b: citizenId(8) },
      { field: "failing_dimensions", a: "health,income", b: "income" },
    ]);
  });

  it("partitions every row of each list exactly once, whatever the lists hold", () => {
    const person = fc.record({
      id: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
      village: fc.constantFrom("40050908", "40050901"),
      house: fc.integer({ min: 1, max: 6 }).map(String),
      first: fc.constantFrom("สมชาย", "นายสมชาย", "สมศรี", "ทองดี"),
      last: fc.constantFrom("ใจดี", "มีสุข"),
    });
    const toCells = (p: {
      id: number | null;
      village: string;
      house: string;
      first: string;
      last: string;
    }) => [p.id === null ? null : citizenId(p.id), p.village, p.house, p.first, p.last, ""];
    fc.assert(
      fc.property(fc.array(person, { maxLength: 40 }), fc.array(person, { maxLength: 40 }), (pa, pb) => {
        // Duplicates inside a list are possible here on purpose: the partition must hold regardless.
        const mk = (ps: typeof pa) =>
          ps.map((p, k) => ({
            ...parseTargetList({ header: HEADER, rows: [toCells(p)], isKnownVillage: () => true }).rows[0]!,
            line: k + 2,
          }));
        const a = mk(pa);
        const b = mk(pb);
        const r = reconcileLists(a, b);
        const pairs = [...r.both, ...r.conflicting];
        const seenA = [...r.onlyA, ...pairs.map((p) => p.a)];
        const seenB = [...r.onlyB, ...pairs.map((p) => p.b)];
        expect(seenA).toHaveLength(a.length);
        expect(new Set(seenA).size).toBe(a.length);
        expect(seenB).toHaveLength(b.length);
        expect(new Set(seenB).size).toBe(b.length);
        for (const p of pairs) {
          const sameId = p.a.citizenId !== null && p.a.citizenId === p.b.citizenId;
          expect(sameId || p.a.addressNameKey === p.b.addressNameKey).toBe(true);
          expect(p.conflicts.length === 0).toBe(r.both.includes(p));
        }
        // Nothing left over could still have been joined by ID.
        const idsB = new Set(r.onlyB.map((x) => x.citizenId).filter((x) => x !== null));
        for (const x of r.onlyA) if (x.citizenId !== null) expect(idsB.has(x.citizenId)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
