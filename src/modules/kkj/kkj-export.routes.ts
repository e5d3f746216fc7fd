// HTTP routes of the กข.คจ. exports (CSV/XLSX): the four books, targets, meetings, debt confirmations and handovers.
import { z } from "zod";
import type { App } from "../../http/context";
import { type ExportQuery, exportBaseName, exportQuerySchema, sendExport } from "../../http/export-reply";
import type { Deps } from "../../platform/deps";
import type { ExportColumn } from "../../platform/tabular-export";
import { errorBodySchema } from "../../shared/contracts/index";
import {
  brownBookExportColumns,
  confirmationExportColumns,
  exportBrownVillages,
  exportDebtConfirmations,
  exportGreenBook,
  exportHandovers,
  exportMeetings,
  exportPurpleBook,
  exportTargets,
  exportYellowDebtors,
  exportYellowLoan,
  greenBookExportColumns,
  handoverExportColumns,
  meetingExportColumns,
  purpleBookExportColumns,
  targetExportColumns,
  yellowDebtorExportColumns,
  yellowEntryExportColumns,
} from "./export-kkj";

const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
const fundParams = z.object({ fundId: z.string().uuid() });
const base = "/api/funds/:fundId/kkj";

type Words = { th: string; en: string };

/** One export endpoint: its path, OpenAPI summary, query, names, and the columns and rows it sends. */
interface KkjExport<Q extends ExportQuery> {
  path: string;
  summary: string;
  query: z.ZodType<Q>;
  /** The file name's word (Thai, or English with lang=en); the Thai word also names the sheet. */
  file: Words;
  sheetEn: string;
  /** XLSX title row of the books. */
  title?: Words;
  /** Parts of the file name after the word, before the date. */
  fileParts?: (query: Q) => (string | number | undefined)[];
  table: (
    deps: Deps,
    fundId: string,
    query: Q,
  ) => { columns: readonly ExportColumn<never>[]; rows: AsyncIterable<unknown> };
}

/** Keeps a table entry's query type while the list holds entries of different queries. */
const kkjExport = <Q extends ExportQuery>(spec: KkjExport<Q>) => spec as unknown as KkjExport<ExportQuery>;

const KKJ_EXPORTS = [
  ...(
    [
      ["/api/funds/:fundId", "any"],
      [base, "kkj"],
    ] as const
  ).map(([prefix, only]) =>
    kkjExport({
      path: `${prefix}/meetings/export`,
      summary: `Committee meetings of ${only === "kkj" ? "a กข.คจ. fund" : "any fund"} as CSV or XLSX`,
      query: exportQuerySchema,
      file: { th: "การประชุม", en: "meetings" },
      sheetEn: "Meetings",
      table: (deps, fundId) => ({
        columns: meetingExportColumns(),
        rows: exportMeetings(deps, fundId, only),
      }),
    }),
  ),
  kkjExport({
    path: `${base}/targets/export`,
    summary: "The target register in rank order as CSV or XLSX, with each household's loan totals",
    query: exportQuerySchema,
    file: { th: "ครัวเรือนเป้าหมาย", en: "targets" },
    sheetEn: "Targets",
    table: (deps, fundId, { lang }) => ({
      columns: targetExportColumns(lang),
      rows: exportTargets(deps, fundId),
    }),
  }),
  kkjExport({
    path: `${base}/books/purple/export`,
    summary: "Purple book as CSV or XLSX: the target register, one row per household loan",
    query: exportQuerySchema,
    file: { th: "สมุดสีม่วง", en: "purple-book" },
    sheetEn: "Purple book",
    title: { th: "สมุดบัญชีทะเบียนครัวเรือนเป้าหมาย", en: "Target household register" },
    table: (deps, fundId, { lang }) => ({
      columns: purpleBookExportColumns(lang),
      rows: exportPurpleBook(deps, fundId),
    }),
  }),
  kkjExport({
    path: `${base}/books/green/export`,
    summary: "Green book as CSV or XLSX: a bank account's movements with the running balance",
    query: exportQuerySchema.extend({ bankAccountId: z.string().uuid().optional() }),
    file: { th: "สมุดสีเขียว", en: "green-book" },
    sheetEn: "Green book",
    title: { th: "บัญชีคุมเงินฝากธนาคาร", en: "Bank deposit control account" },
    table: (deps, fundId, { lang, bankAccountId }) => ({
      columns: greenBookExportColumns(lang),
      rows: exportGreenBook(deps, fundId, bankAccountId),
    }),
  }),
  kkjExport({
    path: `${base}/books/yellow/export`,
    summary: "Yellow book as CSV or XLSX: one row per debtor, or one loan's movements (loanId)",
    query: exportQuerySchema.extend({ loanId: z.string().uuid().optional() }),
    file: { th: "สมุดสีเหลือง", en: "yellow-book" },
    sheetEn: "Yellow book",
    title: { th: "บัญชีคุมลูกหนี้", en: "Debtor control account" },
    table: (deps, fundId, { lang, loanId }) =>
      loanId
        ? { columns: yellowEntryExportColumns(lang), rows: exportYellowLoan(deps, fundId, loanId) }
        : { columns: yellowDebtorExportColumns(), rows: exportYellowDebtors(deps, fundId) },
  }),
  kkjExport({
    path: `${base}/books/brown/export`,
    summary: "Brown book part 1 as CSV or XLSX: the district's กข.คจ. villages (year funded, amount)",
    query: exportQuerySchema,
    file: { th: "สมุดสีน้ำตาล", en: "brown-book" },
    sheetEn: "Brown book",
    title: { th: "สมุดบันทึกสถานะหมู่บ้าน ส่วนที่ 1", en: "Village status book, part 1" },
    table: (deps, fundId) => ({
      columns: brownBookExportColumns(),
      rows: exportBrownVillages(deps, fundId),
    }),
  }),
  kkjExport({
    path: `${base}/handovers/export`,
    summary: "Handovers between officers (brown book part 2) as CSV or XLSX",
    query: exportQuerySchema,
    file: { th: "การส่งมอบงาน", en: "handovers" },
    sheetEn: "Handovers",
    table: (deps, fundId) => ({ columns: handoverExportColumns(), rows: exportHandovers(deps, fundId) }),
  }),
  kkjExport({
    path: `${base}/debt-confirmations/export`,
    summary: "Debt confirmations (of a fiscal year if given) as CSV or XLSX",
    query: exportQuerySchema.extend({
      fiscalYear: z.coerce.number().int().min(2500).max(2700).optional(),
    }),
    file: { th: "ยืนยันยอดหนี้", en: "debt-confirmations" },
    sheetEn: "Debt confirmations",
    fileParts: ({ fiscalYear }) => [fiscalYear],
    table: (deps, fundId, { lang, fiscalYear }) => ({
      columns: confirmationExportColumns(lang),
      rows: exportDebtConfirmations(deps, fundId, fiscalYear),
    }),
  }),
];

export function registerKkjExportRoutes(app: App) {
  for (const spec of KKJ_EXPORTS) {
    app.get(
      spec.path,
      {
        schema: {
          tags: ["kkj"],
          summary: spec.summary,
          params: fundParams,
          querystring: spec.query,
          response: errors,
        },
      },
      async (request, reply) => {
        const query = request.query as ExportQuery;
        const { format, lang } = query;
        const { columns, rows } = spec.table(request.deps, request.params.fundId, query);
        const sheetName = lang === "en" ? spec.sheetEn : spec.file.th;
        return sendExport(reply, {
          fileName: exportBaseName(
            lang,
            spec.file,
            ...(spec.fileParts?.(query) ?? []),
            request.deps.clock.today(),
          ),
          format,
          columns: columns as readonly ExportColumn<unknown>[],
          rows,
          options: spec.title
            ? { sheetName, language: lang, title: lang === "en" ? spec.title.en : spec.title.th }
            : { sheetName, language: lang },
        });
      },
    );
  }
}
