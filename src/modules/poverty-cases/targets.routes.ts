// HTTP routes of poverty target lists (template, import, lists, rows, reconciliation, exports) and deprivation (table, household profile, area profiles).
import { z } from "zod";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import { requirePermission } from "../../shared/authorization";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { areaProfileSummary, getHouseholdProfile, listAreaProfiles } from "./deprivation-profiles";
import { getDeprivationTable, setDeprivationTable } from "./deprivation-table";
import {
  areaProfileColumns,
  exportAreaProfiles,
  exportReconciliation,
  exportTargetRows,
  reconcileColumns,
  targetRowColumns,
  targetTemplateCsv,
  targetTemplateXlsx,
} from "./target-documents";
import { importTargetList } from "./target-import";
import { TARGET_LIST_COLUMNS } from "./target-list";
import { getTargetList, listTargetLists, listTargetRows } from "./target-read";
import { reconcileSummary, reconcileTargetLists } from "./target-reconcile";
import {
  areaProfileListQuerySchema,
  areaProfileQuerySchema,
  areaProfileRowSchema,
  areaProfileSummarySchema,
  deprivationTableBodySchema,
  deprivationTableSchema,
  householdProfileSchema,
  importTargetListQuerySchema,
  reconcileItemSchema,
  reconcileQuerySchema,
  reconcileSummarySchema,
  targetImportReportSchema,
  targetListQuerySchema,
  targetListSchema,
  targetRowQuerySchema,
  targetRowSchema,
} from "./targets.contracts";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const idParams = z.object({ id: z.string().uuid() });
const tags = ["poverty"];
const ROWS = { th: "บัญชีเป้าหมาย", en: "target-list" };
const RECONCILE = { th: "เทียบบัญชี", en: "reconciliation" };
const PROFILES = { th: "มิติความยากจน", en: "deprivation" };

const layoutSchema = z.object({
  columns: z.array(
    z.object({
      key: z.string(),
      headerTh: z.string(),
      headerEn: z.string(),
      aliases: z.array(z.string()),
      maxLength: z.number().int(),
      descriptionTh: z.string(),
      descriptionEn: z.string(),
    }),
  ),
});

export function registerPovertyTargetRoutes(app: App) {
  app.get(
    "/api/poverty/targets/layout",
    {
      schema: {
        tags,
        summary: "The documented target-list layout: columns, accepted headers and rules",
        response: { 200: layoutSchema, ...errors },
      },
    },
    async (request) => {
      requirePermission(request.deps.actor, "households.import");
      return { columns: TARGET_LIST_COLUMNS.map((c) => ({ ...c, aliases: [...c.aliases] })) };
    },
  );

  app.get(
    "/api/poverty/targets/template",
    {
      schema: {
        tags,
        summary: "The target-list template (CSV in UTF-8 with BOM, or XLSX with a help sheet)",
        querystring: z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }),
      },
    },
    async (request, reply) => {
      requirePermission(request.deps.actor, "households.import");
      if (request.query.format === "xlsx") {
        return reply
          .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .header("content-disposition", 'attachment; filename="kaejon-target-list-template.xlsx"')
          .send(await targetTemplateXlsx());
      }
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="kaejon-target-list-template.csv"')
        .send(targetTemplateCsv());
    },
  );

  app.post(
    "/api/poverty/targets/import",
    {
      schema: {
        tags,
        summary:
          "Import a target list from CSV or XLSX (multipart field 'file'); dryRun=true reports every bad row and match without writing",
        querystring: importTargetListQuerySchema,
        consumes: ["multipart/form-data"],
        response: { 200: targetImportReportSchema, 201: targetImportReportSchema, ...errors },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw invalidInput("import.file_missing", {
          th: "กรุณาแนบไฟล์ (multipart/form-data, ช่อง file)",
          en: "Attach a file (multipart/form-data, field 'file')",
        });
      }
      const file = await request.file();
      if (!file) throw invalidInput("import.file_missing", { th: "กรุณาแนบไฟล์", en: "Attach a file" });
      const bytes = await file.toBuffer();
      const report = await importTargetList(request.deps, {
        ...request.query,
        bytes,
        fileName: file.filename,
      });
      return reply.code(report.committed ? 201 : 200).send(report);
    },
  );

  app.get(
    "/api/poverty/targets",
    {
      schema: {
        tags,
        summary: "Target lists covering an area (my area by default), newest first",
        querystring: targetListQuerySchema,
        response: { 200: pageSchema(targetListSchema), ...errors },
      },
    },
    async (request) => listTargetLists(request.deps, request.query),
  );

  app.get(
    "/api/poverty/targets/reconcile/summary",
    {
      schema: {
        tags,
        summary: "Counts of reconciling list A with list B: only in A, only in B, in both, conflicting",
        querystring: z.object({ a: z.string().uuid(), b: z.string().uuid() }),
        response: { 200: reconcileSummarySchema, ...errors },
      },
    },
    async (request) => reconcileSummary(request.deps, request.query.a, request.query.b),
  );

  app.get(
    "/api/poverty/targets/reconcile",
    {
      schema: {
        tags,
        summary: "One bucket of the reconciliation worklist of two lists, a page at a time",
        querystring: reconcileQuerySchema,
        response: { 200: pageSchema(reconcileItemSchema), ...errors },
      },
    },
    async (request) => reconcileTargetLists(request.deps, request.query),
  );

  app.get(
    "/api/poverty/targets/reconcile/export",
    {
      schema: {
        tags,
        summary: "One bucket of the reconciliation as CSV or XLSX",
        querystring: reconcileQuerySchema.omit({ limit: true, cursor: true }).merge(exportQuerySchema),
      },
    },
    async (request, reply) => {
      const filters = listFilters(request.query);
      const rows = exportReconciliation(request.deps, filters);
      return sendExport(reply, {
        fileName: exportBaseName(request.query.lang, RECONCILE, filters.bucket),
        format: request.query.format,
        columns: reconcileColumns(request.query.lang),
        rows,
        options: {
          sheetName: request.query.lang === "en" ? "Reconciliation" : "เทียบบัญชี",
          language: request.query.lang,
        },
      });
    },
  );

  app.get(
    "/api/poverty/targets/:id",
    {
      schema: {
        tags,
        summary: "A target list with its match counts",
        params: idParams,
        response: { 200: targetListSchema, ...errors },
      },
    },
    async (request) => getTargetList(request.deps, request.params.id),
  );

  app.get(
    "/api/poverty/targets/:id/rows",
    {
      schema: {
        tags,
        summary: "The list's rows in file order with each match and its explanation",
        params: idParams,
        querystring: targetRowQuerySchema,
        response: { 200: pageSchema(targetRowSchema), ...errors },
      },
    },
    async (request) => listTargetRows(request.deps, request.params.id, request.query),
  );

  app.get(
    "/api/poverty/targets/:id/rows/export",
    {
      schema: {
        tags,
        summary: "The list's rows with their matches as CSV or XLSX",
        params: idParams,
        querystring: targetRowQuerySchema.omit({ limit: true, cursor: true }).merge(exportQuerySchema),
      },
    },
    async (request, reply) => {
      const list = await getTargetList(request.deps, request.params.id);
      const filters = listFilters(request.query);
      return sendExport(reply, {
        fileName: exportBaseName(request.query.lang, ROWS, list.name, filters.matchKind),
        format: request.query.format,
        columns: targetRowColumns(request.query.lang),
        rows: exportTargetRows(request.deps, list.id, filters),
        options: {
          sheetName: request.query.lang === "en" ? "Target list" : "บัญชีเป้าหมาย",
          language: request.query.lang,
          title: list.name,
        },
      });
    },
  );

  app.get(
    "/api/poverty/deprivation/table",
    {
      schema: {
        tags,
        summary:
          "The deprivation table: dimensions, indicators and thresholds by data year (defaults until saved)",
        response: { 200: deprivationTableSchema, ...errors },
      },
    },
    async (request) => getDeprivationTable(request.deps),
  );

  app.put(
    "/api/poverty/deprivation/table",
    {
      schema: {
        tags,
        summary: "Replace the deprivation table (central administrators); every bad field is named",
        body: deprivationTableBodySchema,
        response: { 200: deprivationTableSchema, ...errors },
      },
    },
    async (request) => setDeprivationTable(request.deps, request.body),
  );

  app.get(
    "/api/poverty/households/:id/profile",
    {
      schema: {
        tags,
        summary: "A household's deprivation profile from its latest จปฐ. record or an imported list row",
        params: idParams,
        response: { 200: householdProfileSchema, ...errors },
      },
    },
    async (request) => getHouseholdProfile(request.deps, request.params.id),
  );

  app.get(
    "/api/poverty/profiles/summary",
    {
      schema: {
        tags,
        summary: "Households of an area failing each dimension and indicator in a จปฐ. year",
        querystring: areaProfileQuerySchema,
        response: { 200: areaProfileSummarySchema, ...errors },
      },
    },
    async (request) => areaProfileSummary(request.deps, request.query),
  );

  app.get(
    "/api/poverty/profiles",
    {
      schema: {
        tags,
        summary: "Profiles of an area's households in a จปฐ. year, a page at a time",
        querystring: areaProfileListQuerySchema,
        response: { 200: pageSchema(areaProfileRowSchema), ...errors },
      },
    },
    async (request) => listAreaProfiles(request.deps, request.query),
  );

  app.get(
    "/api/poverty/profiles/export",
    {
      schema: {
        tags,
        summary: "Profiles of an area's households as CSV or XLSX",
        querystring: areaProfileListQuerySchema.omit({ limit: true, cursor: true }).merge(exportQuerySchema),
      },
    },
    async (request, reply) => {
      const filters = listFilters(request.query);
      return sendExport(reply, {
        fileName: exportBaseName(
          request.query.lang,
          PROFILES,
          filters.area ?? request.deps.actor.scopeCode,
          filters.dataYear,
        ),
        format: request.query.format,
        columns: areaProfileColumns(request.query.lang),
        rows: exportAreaProfiles(request.deps, filters),
        options: {
          sheetName: request.query.lang === "en" ? "Profiles" : "มิติความยากจน",
          language: request.query.lang,
        },
      });
    },
  );
}
