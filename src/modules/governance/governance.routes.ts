// HTTP routes of governance: bank reconciliations, assessments (draft → submitted), a fund's risk score and the funds at risk in an area, with exports.
import { z } from "zod";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import {
  assessmentListQuerySchema,
  assessmentSchema,
  assessmentSummarySchema,
  createAssessmentBodySchema,
  fundRiskDetailSchema,
  fundRiskSchema,
  reconciliationBodySchema,
  reconciliationSchema,
  riskListQuerySchema,
  updateItemBodySchema,
} from "./contracts";
import { createAssessment } from "./create-assessment";
import {
  assessmentExportColumns,
  exportAssessments,
  exportFundRisk,
  fundRiskExportColumns,
} from "./export-governance";
import { getAssessment, listAssessments } from "./read-assessments";
import { listReconciliations } from "./read-reconciliations";
import { getFundRisk, listFundRisk } from "./read-risk";
import { recordReconciliation } from "./record-reconciliation";
import { refreshAssessment } from "./refresh-assessment";
import { submitAssessment } from "./submit-assessment";
import { updateAssessmentItem } from "./update-assessment-item";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const fundParams = z.object({ fundId: z.string().uuid() });
const assessmentParams = z.object({ id: z.string().uuid() });
const itemParams = assessmentParams.extend({ itemKey: z.string().max(40) });

export function registerGovernanceRoutes(app: App) {
  app.get(
    "/api/governance/funds/:fundId/bank-reconciliations",
    {
      schema: {
        tags: ["governance"],
        summary: "A fund's bank reconciliations, newest statement first",
        params: fundParams,
        response: { 200: z.object({ items: z.array(reconciliationSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listReconciliations(request.deps, request.params.fundId) }),
  );

  app.post(
    "/api/governance/funds/:fundId/bank-reconciliations",
    {
      schema: {
        tags: ["governance"],
        summary:
          "Record a bank reconciliation: the statement balance against the books on that date (finance member, chair, secretary or an officer)",
        params: fundParams,
        body: reconciliationBodySchema,
        response: { 201: reconciliationSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordReconciliation(request.deps, request.params.fundId, request.body)),
  );

  app.get(
    "/api/governance/assessments",
    {
      schema: {
        tags: ["governance"],
        summary:
          "A fiscal year's governance assessments in an area (my area by default), in village-code order",
        querystring: assessmentListQuerySchema,
        response: { 200: pageSchema(assessmentSummarySchema), ...errors },
      },
    },
    async (request) => listAssessments(request.deps, request.query),
  );

  app.get(
    "/api/governance/assessments/export",
    {
      schema: {
        tags: ["governance"],
        summary: "A fiscal year's governance assessments in an area as CSV or XLSX",
        querystring: assessmentListQuerySchema
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
          { th: "ประเมินธรรมาภิบาล", en: "governance-assessments" },
          filters.area ?? request.deps.actor.scopeCode,
          filters.fiscalYear,
        ),
        format,
        columns: assessmentExportColumns(lang),
        rows: exportAssessments(request.deps, filters),
        options: { sheetName: lang === "en" ? "Assessments" : "ผลประเมินธรรมาภิบาล", language: lang },
      });
    },
  );

  app.post(
    "/api/governance/assessments",
    {
      schema: {
        tags: ["governance"],
        summary:
          "Start a fund's governance assessment for a fiscal year (officers): system items filled from data",
        body: createAssessmentBodySchema,
        response: { 201: assessmentSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createAssessment(request.deps, request.body)),
  );

  app.get(
    "/api/governance/assessments/:id",
    {
      schema: {
        tags: ["governance"],
        summary: "One assessment with its items, evidence, score and level",
        params: assessmentParams,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    async (request) => getAssessment(request.deps, request.params.id),
  );

  app.put(
    "/api/governance/assessments/:id/items/:itemKey",
    {
      schema: {
        tags: ["governance"],
        summary: "Fill an assessor item (result and note) or add a note to a system item of a draft",
        params: itemParams,
        body: updateItemBodySchema,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    async (request) =>
      updateAssessmentItem(request.deps, request.params.id, request.params.itemKey, request.body),
  );

  app.post(
    "/api/governance/assessments/:id/refresh",
    {
      schema: {
        tags: ["governance"],
        summary: "Re-read the data behind a draft's system items (assessor answers are kept)",
        params: assessmentParams,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    async (request) => refreshAssessment(request.deps, request.params.id),
  );

  app.post(
    "/api/governance/assessments/:id/submit",
    {
      schema: {
        tags: ["governance"],
        summary: "Submit a draft once no item waits for the assessor: score and level are frozen",
        params: assessmentParams,
        response: { 200: assessmentSchema, ...errors },
      },
    },
    async (request) => submitAssessment(request.deps, request.params.id),
  );

  app.get(
    "/api/funds/:fundId/risk",
    {
      schema: {
        tags: ["governance"],
        summary:
          "A fund's early-warning risk score as of the last daily job, factor by factor, with its history",
        params: fundParams,
        response: { 200: fundRiskDetailSchema, ...errors },
      },
    },
    async (request) => getFundRisk(request.deps, request.params.fundId),
  );

  app.get(
    "/api/risk/funds",
    {
      schema: {
        tags: ["governance"],
        summary: "Funds of an area by risk score, highest first (the district officer's early-warning list)",
        querystring: riskListQuerySchema,
        response: { 200: pageSchema(fundRiskSchema).extend({ asOf: z.string().nullable() }), ...errors },
      },
    },
    async (request) => listFundRisk(request.deps, request.query),
  );

  app.get(
    "/api/risk/funds/export",
    {
      schema: {
        tags: ["governance"],
        summary: "Funds of an area by risk score as CSV or XLSX, with the factors explained",
        querystring: riskListQuerySchema.omit({ limit: true, cursor: true }).extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const filters = listFilters(request.query);
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "กองทุนเสี่ยง", en: "funds-at-risk" },
          filters.area ?? request.deps.actor.scopeCode,
          request.deps.clock.today(),
        ),
        format,
        columns: fundRiskExportColumns(lang),
        rows: exportFundRisk(request.deps, filters),
        options: { sheetName: lang === "en" ? "Funds at risk" : "กองทุนเสี่ยง", language: lang },
      });
    },
  );
}
