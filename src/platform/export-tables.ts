// Shared plumbing of the modules' CSV/XLSX exports: one-line column builders, a list read in keyset batches,
// and a row per child record (or one row with no child) of a parent list.
import type { Page } from "../shared/contracts/index";
import { EXPORT_BATCH, type ExportColumn, type ExportKind, pagedRows } from "./tabular-export";

type ColumnValue<R> = ExportColumn<R>["value"];
type ColumnBuilder<R> = (key: string, th: string, en: string, value: ColumnValue<R>) => ExportColumn<R>;

/** Builders of the columns of rows of type R, one per kind: `col.money("repaid", "ชำระคืน (บาท)", "Repaid (baht)", (r) => r.repaidSatang)`. */
export function columnsOf<R>(): Record<ExportKind, ColumnBuilder<R>> {
  const kind =
    (k: ExportKind): ColumnBuilder<R> =>
    (key, th, en, value) => ({ key, th, en, kind: k, value });
  return {
    text: kind("text"),
    int: kind("int"),
    money: kind("money"),
    date: kind("date"),
    datetime: kind("datetime"),
    bp: kind("bp"),
  };
}

/** The keyset page an export asks a list use case for. */
export interface ExportPage {
  limit: number;
  cursor: string | undefined;
}

/** Every row of a list use case, read `EXPORT_BATCH` at a time through its own scope checks and filters. */
export function pagedList<T>(list: (page: ExportPage) => Promise<Page<T>>): AsyncIterable<T> {
  return pagedRows((cursor) => list({ limit: EXPORT_BATCH, cursor }));
}

/** A row per child of each parent (a loan of a household, a debt of a survey); a parent without children is one row with `null`. */
export async function* rowPerChild<P, C, R>(
  parents: AsyncIterable<P>,
  children: (parent: P) => readonly C[],
  row: (parent: P, child: C | null) => R,
): AsyncGenerator<R> {
  for await (const parent of parents) {
    const list = children(parent);
    if (list.length === 0) yield row(parent, null);
    for (const child of list) yield row(parent, child);
  }
}
