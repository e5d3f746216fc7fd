// The shared export plumbing: column builders, batched list reads and a row per child record.
import { describe, expect, it } from "vitest";
import { columnsOf, type ExportPage, pagedList, rowPerChild } from "./export-tables";
import { EXPORT_BATCH } from "./tabular-export";

async function collect<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe("export tables", () => {
  it("builds a column of each kind with its headers and value", () => {
    const col = columnsOf<{ amountSatang: number; name: string }>();
    const money = col.money("amount", "จำนวนเงิน (บาท)", "Amount (baht)", (r) => r.amountSatang);
    expect([money.key, money.th, money.en, money.kind]).toEqual([
      "amount",
      "จำนวนเงิน (บาท)",
      "Amount (baht)",
      "money",
    ]);
    expect(money.value({ amountSatang: 12_345, name: "x" })).toBe(12_345);
    expect(
      (["text", "int", "money", "date", "datetime", "bp"] as const).map(
        (k) => col[k]("k", "ท", "e", (r) => r.name).kind,
      ),
    ).toEqual(["text", "int", "money", "date", "datetime", "bp"]);
  });

  it("reads a list in batches of EXPORT_BATCH, following the cursor until there is none", async () => {
    const asked: ExportPage[] = [];
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      start: { items: [1, 2], nextCursor: "b" },
      b: { items: [3], nextCursor: "c" },
      c: { items: [], nextCursor: null },
    };
    const rows = pagedList(async (page) => {
      asked.push(page);
      return pages[page.cursor ?? "start"]!;
    });
    expect(await collect(rows)).toEqual([1, 2, 3]);
    expect(asked).toEqual([
      { limit: EXPORT_BATCH, cursor: undefined },
      { limit: EXPORT_BATCH, cursor: "b" },
      { limit: EXPORT_BATCH, cursor: "c" },
    ]);
  });

  it("gives a row per child, and one row with null for a parent without children", async () => {
    async function* parents() {
      yield { name: "ก", loans: [10, 20] };
      yield { name: "ข", loans: [] };
      yield { name: "ค", loans: [30] };
    }
    const rows = rowPerChild(
      parents(),
      (p) => p.loans,
      (p, loan) => `${p.name}:${loan ?? "-"}`,
    );
    expect(await collect(rows)).toEqual(["ก:10", "ก:20", "ข:-", "ค:30"]);
  });
});
