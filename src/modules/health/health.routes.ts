// HTTP routes of fund health (one fund, a page of funds, an area's totals) and the manual run of the daily job.
import { z } from "zod";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import {
  dailyJobBodySchema,
  dailyJobResultSchema,
  fundHealthSchema,
  healthListQuerySchema,
  healthSummaryQuerySchema,
  healthSummarySchema,
} from "./contracts";
import { exportFundHealth, fundHealthExportColumns } from "./export-health";
import { getFundHealth, getHealthSummary, listFundHealth } from "./read-health";
import { runDailyJob } from "./run-daily-job";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const fundParams = z.object({ fundId: z.string().uuid() });

export function registerFundHealthRoutes(app: App) {
  app.get(
    "/api/funds/:fundId/health",
    {
      schema: {
        tags: ["health"],
        summary:
          "A fund's health as of the last daily job: PAR30, repayment rate, missing fund, loan classes",
        params: fundParams,
        response: { 200: fundHealthSchema, ...errors },
      },
    },
    async (request) => getFundHealth(request.deps, request.params.fundId),
  );

  app.get(
    "/api/health/funds",
    {
      schema: {
        tags: ["health"],
        summary: "Fund health in an area (my area by default), in village-code order; atRisk filters",
        querystring: healthListQuerySchema,
        response: { 200: pageSchema(fundHealthSchema), ...errors },
      },
    },
    async (request) => listFundHealth(request.deps, request.query),
  );

  app.get(
    "/api/health/funds/export",
    {
      schema: {
        tags: ["health"],
        summary: "Fund health in an area as CSV or XLSX: the list's filters, every page, streamed",
        querystring: healthListQuerySchema
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
          { th: "สุขภาพกองทุน", en: "fund-health" },
          filters.area ?? request.deps.actor.scopeCode,
          request.deps.clock.today(),
        ),
        format,
        columns: fundHealthExportColumns(lang),
        rows: exportFundHealth(request.deps, filters),
        options: { sheetName: lang === "en" ? "Fund health" : "สุขภาพกองทุน", language: lang },
      });
    },
  );

  app.get(
    "/api/health/summary",
    {
      schema: {
        tags: ["health"],
        summary:
          "Totals of an area's fund health: funds, capital, outstanding, PAR30, missing fund, funds at risk",
        querystring: healthSummaryQuerySchema,
        response: { 200: healthSummarySchema, ...errors },
      },
    },
    async (request) => getHealthSummary(request.deps, request.query),
  );

  app.post(
    "/api/jobs/daily",
    {
      schema: {
        tags: ["health"],
        summary:
          "Run the daily overdue job now (central administrators): classify loans, recompute fund health",
        body: dailyJobBodySchema.nullish(),
        response: { 200: dailyJobResultSchema, ...errors },
      },
    },
    async (request) => runDailyJob(request.deps, { businessDate: request.body?.businessDate }),
  );
}
