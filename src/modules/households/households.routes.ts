// HTTP routes of the household register, จปฐ. records, the income criterion and file import.
import { z } from "zod";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import { requirePermission } from "../../shared/authorization";
import {
  bmnInputSchema,
  bmnRecordSchema,
  createHouseholdBodySchema,
  errorBodySchema,
  householdDetailSchema,
  householdListQuerySchema,
  householdSummarySchema,
  importReportSchema,
  pageSchema,
} from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { criterionSchema, listCriteria, setCriterion, setCriterionBodySchema } from "./bmn-criteria";
import { createHousehold } from "./create-households";
import { exportHouseholds, householdExportColumns } from "./export-households";
import { importHouseholds } from "./import-households";
import { householdTemplateCsv, householdTemplateXlsx } from "./import-layout";
import { getHousehold, listHouseholds } from "./read-households";
import { recordBmn } from "./record-bmn";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  413: errorBodySchema,
  422: errorBodySchema,
};
const idParams = z.object({ id: z.string().uuid() });

export function registerHouseholdRoutes(app: App) {
  app.get(
    "/api/households",
    {
      schema: {
        tags: ["households"],
        summary: "Households in an area: search by house no., head's name or exact citizen ID",
        querystring: householdListQuerySchema,
        response: { 200: pageSchema(householdSummarySchema), ...errors },
      },
    },
    async (request) => listHouseholds(request.deps, request.query),
  );

  app.get(
    "/api/households/export",
    {
      schema: {
        tags: ["households"],
        summary: "The household list as CSV or XLSX: the list's filters, every page, streamed",
        querystring: householdListQuerySchema
          .omit({ limit: true, cursor: true })
          .extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const filters = listFilters(request.query);
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "ครัวเรือน", en: "households" },
          filters.area ?? request.deps.actor.scopeCode,
          request.deps.clock.today(),
        ),
        format,
        columns: householdExportColumns(lang),
        rows: exportHouseholds(request.deps, filters),
        options: { sheetName: lang === "en" ? "Households" : "ครัวเรือน", language: lang },
      });
    },
  );

  app.post(
    "/api/households",
    {
      schema: {
        tags: ["households"],
        summary: "Register a household with its members",
        body: createHouseholdBodySchema,
        response: { 201: householdSummarySchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createHousehold(request.deps, request.body)),
  );

  app.get(
    "/api/households/import/template",
    {
      schema: {
        tags: ["households"],
        summary: "The import template (CSV in UTF-8 with BOM, or XLSX)",
        querystring: z.object({ format: z.enum(["csv", "xlsx"]).default("csv") }),
      },
    },
    async (request, reply) => {
      requirePermission(request.deps.actor, "households.import");
      if (request.query.format === "xlsx") {
        return reply
          .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .header("content-disposition", 'attachment; filename="kaejon-households-template.xlsx"')
          .send(await householdTemplateXlsx());
      }
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="kaejon-households-template.csv"')
        .send(householdTemplateCsv());
    },
  );

  app.post(
    "/api/households/import",
    {
      schema: {
        tags: ["households"],
        summary:
          "Import households from a CSV or XLSX file (multipart field 'file'); dryRun=true only checks",
        querystring: z.object({
          dryRun: z
            .enum(["true", "false"])
            .default("true")
            .transform((v) => v === "true"),
          encoding: z.enum(["utf-8", "utf-8-bom", "windows-874", "tis-620"]).optional(),
        }),
        consumes: ["multipart/form-data"],
        response: { 200: importReportSchema, ...errors },
      },
    },
    async (request) => {
      if (!request.isMultipart()) {
        throw invalidInput("import.file_missing", {
          th: "กรุณาแนบไฟล์ (multipart/form-data, ช่อง file)",
          en: "Attach a file (multipart/form-data, field 'file')",
        });
      }
      const file = await request.file();
      if (!file) throw invalidInput("import.file_missing", { th: "กรุณาแนบไฟล์", en: "Attach a file" });
      const bytes = await file.toBuffer();
      return importHouseholds(request.deps, {
        bytes,
        fileName: file.filename,
        dryRun: request.query.dryRun,
        encoding: request.query.encoding,
      });
    },
  );

  app.get(
    "/api/households/:id",
    {
      schema: {
        tags: ["households"],
        summary: "A household with members and จปฐ. records",
        params: idParams,
        response: { 200: householdDetailSchema, ...errors },
      },
    },
    async (request) => getHousehold(request.deps, request.params.id),
  );

  app.post(
    "/api/households/:id/bmn",
    {
      schema: {
        tags: ["households"],
        summary: "Record a จปฐ. survey year for a household",
        params: idParams,
        body: bmnInputSchema,
        response: { 201: bmnRecordSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordBmn(request.deps, request.params.id, request.body)),
  );

  app.get(
    "/api/bmn/criteria",
    {
      schema: {
        tags: ["households"],
        summary: "The จปฐ. income criterion by survey year",
        response: { 200: z.object({ items: z.array(criterionSchema) }), ...errors },
      },
    },
    async (request) => listCriteria(request.deps),
  );

  app.put(
    "/api/bmn/criteria",
    {
      schema: {
        tags: ["households"],
        summary: "Set the จปฐ. income criterion for a period (central administrator)",
        body: setCriterionBodySchema,
        response: { 200: criterionSchema, ...errors },
      },
    },
    async (request) => setCriterion(request.deps, request.body),
  );
}
