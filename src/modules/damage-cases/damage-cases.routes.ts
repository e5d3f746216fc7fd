// HTTP routes of damage cases: list and export, open, the case with its timeline, steps, documents, repayment plan, recoveries and closing.
import { z } from "zod";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import { addDocument } from "./add-document";
import { closeCase } from "./close-case";
import {
  addDocumentBodySchema,
  caseDetailSchema,
  caseSchema,
  closeBodySchema,
  listCasesQuerySchema,
  openCaseBodySchema,
  planBodySchema,
  recoveryBodySchema,
  stepBodySchema,
} from "./contracts";
import { caseExportColumns, exportCases } from "./export-cases";
import { openCase } from "./open-case";
import { getCase, listCases } from "./read-cases";
import { recordRecovery } from "./record-recovery";
import { recordStep } from "./record-step";
import { setRepaymentPlan } from "./set-repayment-plan";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const params = z.object({ id: z.string().uuid() });
const tags = ["damage-cases"];

export function registerDamageCaseRoutes(app: App) {
  app.get(
    "/api/damage-cases",
    {
      schema: {
        tags,
        summary: "Damage cases in my area (newest discovery first)",
        querystring: listCasesQuerySchema,
        response: { 200: pageSchema(caseSchema), ...errors },
      },
    },
    async (request) => listCases(request.deps, request.query),
  );

  app.get(
    "/api/damage-cases/export",
    {
      schema: {
        tags,
        summary: "The damage-case list as CSV or XLSX",
        querystring: listCasesQuerySchema.omit({ limit: true, cursor: true }).extend(exportQuerySchema.shape),
        response: { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const filters = listFilters(request.query);
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "ความเสียหาย", en: "damage-cases" },
          filters.area,
          request.deps.clock.today(),
        ),
        format,
        columns: caseExportColumns(lang),
        rows: exportCases(request.deps, filters),
        options: { sheetName: lang === "en" ? "Damage cases" : "ความเสียหาย", language: lang },
      });
    },
  );

  app.post(
    "/api/damage-cases",
    {
      schema: {
        tags,
        summary: "Open a damage case against a fund",
        body: openCaseBodySchema,
        response: { 201: caseDetailSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await openCase(request.deps, request.body)),
  );

  app.get(
    "/api/damage-cases/:id",
    {
      schema: {
        tags,
        summary: "A damage case with its step timeline, documents, repayment plan and recoveries",
        params,
        response: { 200: caseDetailSchema, ...errors },
      },
    },
    async (request) => getCase(request.deps, request.params.id),
  );

  app.post(
    "/api/damage-cases/:id/steps",
    {
      schema: {
        tags,
        summary: "Record the next procedure step with its date and documents",
        params,
        body: stepBodySchema,
        response: { 200: caseDetailSchema, ...errors },
      },
    },
    async (request) => recordStep(request.deps, request.params.id, request.body),
  );

  app.post(
    "/api/damage-cases/:id/documents",
    {
      schema: {
        tags,
        summary: "Add a document reference to a step (the latest by default)",
        params,
        body: addDocumentBodySchema,
        response: { 200: caseDetailSchema, ...errors },
      },
    },
    async (request) => addDocument(request.deps, request.params.id, request.body),
  );

  app.put(
    "/api/damage-cases/:id/repayment-plan",
    {
      schema: {
        tags,
        summary: "Set or replace the repayment plan of the acknowledged debt",
        params,
        body: planBodySchema,
        response: { 200: caseDetailSchema, ...errors },
      },
    },
    async (request) => setRepaymentPlan(request.deps, request.params.id, request.body),
  );

  app.post(
    "/api/damage-cases/:id/recoveries",
    {
      schema: {
        tags,
        summary: "Record a recovery: posted to the fund's journal (Dr cash/bank, Cr damage recoveries)",
        params,
        body: recoveryBodySchema,
        response: { 200: caseDetailSchema, ...errors },
      },
    },
    async (request) => recordRecovery(request.deps, request.params.id, request.body),
  );

  app.post(
    "/api/damage-cases/:id/close",
    {
      schema: {
        tags,
        summary: "Close: fully recovered, written off with approval, or on a legal outcome",
        params,
        body: closeBodySchema,
        response: { 200: caseDetailSchema, ...errors },
      },
    },
    async (request) => closeCase(request.deps, request.params.id, request.body),
  );
}
