// HTTP routes of the official reports (JSON, PDF, CSV, XLSX) and of the officers' report notes.
import type { FastifyReply } from "fastify";
import type { z } from "zod";
import type { App } from "../../http/context";
import { sendExport } from "../../http/export-reply";
import type { Deps } from "../../platform/deps";
import type { ExportColumn, ExportLanguage } from "../../platform/tabular-export";
import { errorBodySchema } from "../../shared/contracts/index";
import {
  databaseReportSchema,
  districtDebtReportSchema,
  noteParamsSchema,
  problemReportSchema,
  provinceDebtReportSchema,
  type ReportQuery,
  reportNoteBodySchema,
  reportNoteSchema,
  reportParamsSchema,
  reportQuerySchema,
  villageDebtReportSchema,
} from "./contracts";
import { getDatabaseReport } from "./read-database-report";
import { getDistrictDebtReport } from "./read-district-debt-report";
import { getProblemReport } from "./read-problem-report";
import { getProvinceDebtReport } from "./read-province-debt-report";
import { getReportNote } from "./read-report-note";
import { getVillageDebtReport } from "./read-village-debt-report";
import { recordReportNote } from "./record-report-note";
import type { ReportHeader } from "./report-data";
import {
  type DocumentOptions,
  renderDatabaseReport,
  renderDistrictDebtReport,
  renderProblemReport,
  renderProvinceDebtReport,
  renderVillageDebtReport,
} from "./report-documents";
import {
  databaseExport,
  districtExport,
  problemExport,
  provinceExport,
  villageExport,
} from "./report-exports";

const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

/** RFC 5987 percent-encoding for filename*. */
function rfc5987(text: string): string {
  return encodeURIComponent(text).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `inline; filename="<ascii>.pdf"; filename*=UTF-8''<Thai name>.pdf`: opens in the browser's viewer. */
export function inlinePdfDisposition(asciiName: string, thaiName: string): string {
  return `inline; filename="${asciiName}.pdf"; filename*=UTF-8''${rfc5987(`${thaiName}.pdf`)}`;
}

type Exporter<R> = (
  report: R,
  language?: ExportLanguage,
) => { columns: ExportColumn<never>[]; rows: unknown[] };

interface ReportSpec<R extends ReportHeader> {
  read: (deps: Deps, input: { areaCode: string; fiscalYear?: string; asOf?: string }) => Promise<R>;
  render: (report: R, options: DocumentOptions) => Promise<Buffer>;
  exporter: Exporter<R>;
  /** File names: ASCII and Thai stems; the area code and fiscal year are appended. */
  names: { ascii: string; th: string; sheetTh: string; sheetEn: string };
}

async function answer<R extends ReportHeader>(
  deps: Deps,
  params: { areaCode: string },
  query: ReportQuery,
  reply: FastifyReply,
  spec: ReportSpec<R>,
): Promise<unknown> {
  const report = await spec.read(deps, {
    areaCode: params.areaCode,
    ...(query.fiscalYear === undefined ? {} : { fiscalYear: query.fiscalYear }),
    ...(query.asOf === undefined ? {} : { asOf: query.asOf }),
  });
  const suffix = `${report.area.code}-${report.fiscalYear}`;
  if (query.format === "pdf") {
    const bytes = await spec.render(report, {
      thaiDigits: query.thaiDigits === "true",
      createdAt: deps.clock.now(),
    });
    return reply
      .type("application/pdf")
      .header(
        "content-disposition",
        inlinePdfDisposition(
          `${spec.names.ascii}-${suffix}`,
          `${spec.names.th}-${report.area.nameTh}-${report.fiscalYear}`,
        ),
      )
      .header("cache-control", "no-store")
      .send(bytes);
  }
  if (query.format === "csv" || query.format === "xlsx") {
    const { columns, rows } = spec.exporter(report, query.lang);
    return sendExport(reply, {
      fileName: `${query.lang === "en" ? spec.names.ascii : spec.names.th}-${suffix}`,
      format: query.format,
      columns: columns as ExportColumn<unknown>[],
      rows,
      options: {
        sheetName: query.lang === "en" ? spec.names.sheetEn : spec.names.sheetTh,
        ...(query.lang ? { language: query.lang } : {}),
        title: `${query.lang === "en" ? report.titleEn : report.titleTh} ${report.area.nameTh} (${report.asOf})`,
      },
    });
  }
  return report;
}

const asExporter = <R>(f: (report: R, language?: ExportLanguage) => { columns: unknown; rows: unknown[] }) =>
  f as Exporter<R>;

const describe = (what: string) =>
  `${what}. ?format=json|pdf|csv|xlsx, fiscalYear (B.E.), asOf (YYYY-MM-DD), thaiDigits=true for the PDF. ` +
  "An area outside your scope is 404; an area with no กข.คจ. fund gives an empty report, not an error.";

interface ReportRoute<R extends ReportHeader> extends ReportSpec<R> {
  path: string;
  summary: string;
  response: z.ZodType;
}

/** Keeps each entry's report type while the table holds reports of different types. */
const reportRoute = <R extends ReportHeader>(route: ReportRoute<R>) =>
  route as unknown as ReportRoute<ReportHeader>;

const REPORTS = [
  reportRoute({
    path: "/api/reports/26-1/village/:areaCode",
    summary: "Form 26(1) for a village: each borrower's debt and the fund's position",
    response: villageDebtReportSchema,
    read: getVillageDebtReport,
    render: renderVillageDebtReport,
    exporter: asExporter(villageExport),
    names: {
      ascii: "report-26-1-village",
      th: "แบบ26(1)-หมู่บ้าน",
      sheetTh: "แบบ 26(1)",
      sheetEn: "Form 26(1)",
    },
  }),
  reportRoute({
    path: "/api/reports/26-1/district/:areaCode",
    summary: "Form 26(1) summarised for a district: one row per village fund and totals",
    response: districtDebtReportSchema,
    read: getDistrictDebtReport,
    render: renderDistrictDebtReport,
    exporter: asExporter(districtExport),
    names: {
      ascii: "report-26-1-district",
      th: "แบบ26(1)-อำเภอ",
      sheetTh: "แบบ 26(1) อำเภอ",
      sheetEn: "Form 26(1) district",
    },
  }),
  reportRoute({
    path: "/api/reports/26-2/province/:areaCode",
    summary: "Form 26(2) for a province: one row per district and totals",
    response: provinceDebtReportSchema,
    read: getProvinceDebtReport,
    render: renderProvinceDebtReport,
    exporter: asExporter(provinceExport),
    names: {
      ascii: "report-26-2-province",
      th: "แบบ26(2)-จังหวัด",
      sheetTh: "แบบ 26(2)",
      sheetEn: "Form 26(2)",
    },
  }),
  reportRoute({
    path: "/api/reports/27/:areaCode",
    summary: "The ข้อ 27 village and target-household database for a district or sub-district",
    response: databaseReportSchema,
    read: getDatabaseReport,
    render: renderDatabaseReport,
    exporter: asExporter(databaseExport),
    names: { ascii: "report-27", th: "รายงานข้อ27", sheetTh: "ข้อ 27", sheetEn: "Article 27" },
  }),
  reportRoute({
    path: "/api/reports/problems/:areaCode",
    summary: "The fund-problem report for a province or district: missing fund, cause, remedy",
    response: problemReportSchema,
    read: getProblemReport,
    render: renderProblemReport,
    exporter: asExporter(problemExport),
    names: { ascii: "report-fund-problems", th: "สภาพปัญหากองทุน", sheetTh: "สภาพปัญหา", sheetEn: "Problems" },
  }),
];

export function registerReportRoutes(app: App) {
  for (const spec of REPORTS) {
    app.get(
      spec.path,
      {
        schema: {
          tags: ["reports"],
          summary: describe(spec.summary),
          params: reportParamsSchema,
          querystring: reportQuerySchema,
          response: { 200: spec.response, ...errors },
        },
      },
      async (request, reply) => answer(request.deps, request.params, request.query, reply, spec),
    );
  }

  app.get(
    "/api/funds/:fundId/report-notes/:fiscalYear",
    {
      schema: {
        tags: ["reports"],
        summary:
          "The officer's note on a กข.คจ. fund for a fiscal year (development level, agencies, cause, remedy)",
        params: noteParamsSchema,
        response: { 200: reportNoteSchema, ...errors },
      },
    },
    async (request) => getReportNote(request.deps, request.params.fundId, request.params.fiscalYear),
  );

  app.put(
    "/api/funds/:fundId/report-notes/:fiscalYear",
    {
      schema: {
        tags: ["reports"],
        summary:
          "Record the note on a กข.คจ. fund for a fiscal year (officers in the fund's area): development level 1–3, supporting agencies, problem cause and remedy; omitted fields keep their value, null clears",
        params: noteParamsSchema,
        body: reportNoteBodySchema,
        response: { 200: reportNoteSchema, ...errors },
      },
    },
    async (request) =>
      recordReportNote(request.deps, request.params.fundId, request.params.fiscalYear, request.body),
  );
}
