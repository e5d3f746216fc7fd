// HTTP routes of the knowledge library: search and records, categories, learning centres, model villages, their exports and file uploads.
import { z } from "zod";
import { attachmentMetaSchema, receiveUpload } from "../../http/attachments.routes";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import { type AttachmentLimits, attachmentLimitsFromEnv } from "../../platform/attachments/index";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import {
  areaListQuerySchema,
  categoryBodySchema,
  categorySchema,
  learningCentreBodySchema,
  learningCentreDetailSchema,
  learningCentrePatchSchema,
  learningCentreSchema,
  modelVillageBodySchema,
  modelVillageDetailSchema,
  modelVillageListQuerySchema,
  modelVillagePatchSchema,
  modelVillageSchema,
  recordBodySchema,
  recordDetailSchema,
  recordPatchSchema,
  recordSearchQuerySchema,
  recordSummarySchema,
  searchMatchesSchema,
} from "./contracts";
import { createLearningCentre } from "./create-learning-centre";
import { createModelVillage } from "./create-model-village";
import { createRecord } from "./create-record";
import {
  exportLearningCentres,
  exportModelVillages,
  exportRecords,
  learningCentreExportColumns,
  modelVillageExportColumns,
  recordExportColumns,
} from "./export-knowledge";
import { getRecord } from "./get-record";
import { listCategories } from "./list-categories";
import { getLearningCentre, listLearningCentres } from "./read-learning-centres";
import { getModelVillage, listModelVillages } from "./read-model-villages";
import { saveCategory } from "./save-category";
import { searchRecords } from "./search-records";
import { updateLearningCentre } from "./update-learning-centre";
import { updateModelVillage } from "./update-model-village";
import { updateRecord } from "./update-record";
import { type KnowledgeOwner, uploadKnowledgeAttachment } from "./upload-attachment";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const idParams = z.object({ id: z.string().uuid() });
const tags = ["knowledge"];

export function registerKnowledgeRoutes(app: App, limits: AttachmentLimits = attachmentLimitsFromEnv()) {
  app.get(
    "/api/knowledge",
    {
      schema: {
        tags,
        summary:
          "Search knowledge records (Thai without spaces is fine), ranked with title matches first; filters by category, area, centre, village",
        querystring: recordSearchQuerySchema,
        response: {
          200: pageSchema(recordSummarySchema).extend({
            words: z.array(z.string()),
            matches: searchMatchesSchema.nullable().describe("with words: matches counted up to 1,000"),
          }),
          ...errors,
        },
      },
    },
    async (request) => searchRecords(request.deps, request.query),
  );

  app.get(
    "/api/knowledge/export",
    {
      schema: {
        tags,
        summary: "The search's records as CSV or XLSX with their full sections",
        querystring: recordSearchQuerySchema
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
          { th: "องค์ความรู้", en: "knowledge" },
          filters.area,
          request.deps.clock.today(),
        ),
        format,
        columns: recordExportColumns(lang),
        rows: exportRecords(request.deps, filters),
        options: { sheetName: lang === "en" ? "Knowledge" : "องค์ความรู้", language: lang },
      });
    },
  );

  app.get(
    "/api/knowledge/categories",
    {
      schema: {
        tags,
        summary: "Knowledge categories (active and retired) in display order",
        response: { 200: z.object({ items: z.array(categorySchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listCategories(request.deps) }),
  );

  app.put(
    "/api/knowledge/categories/:code",
    {
      schema: {
        tags,
        summary: "Add or change a category (administrators); retire one with active=false",
        params: z.object({ code: categoryBodySchema.shape.code }),
        body: categoryBodySchema.omit({ code: true }),
        response: { 200: categorySchema, ...errors },
      },
    },
    async (request) => saveCategory(request.deps, { ...request.body, code: request.params.code }),
  );

  app.post(
    "/api/knowledge",
    {
      schema: {
        tags,
        summary: "Record knowledge (draft or published) in an area of the caller's scope",
        body: recordBodySchema,
        response: { 201: recordDetailSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createRecord(request.deps, request.body)),
  );

  app.get(
    "/api/knowledge/:id",
    {
      schema: {
        tags,
        summary: "A knowledge record with its owner, links and files (drafts only for writers in scope)",
        params: idParams,
        response: { 200: recordDetailSchema, ...errors },
      },
    },
    async (request) => getRecord(request.deps, request.params.id),
  );

  app.patch(
    "/api/knowledge/:id",
    {
      schema: {
        tags,
        summary: "Change a knowledge record, publish it or take it back to draft",
        params: idParams,
        body: recordPatchSchema,
        response: { 200: recordDetailSchema, ...errors },
      },
    },
    async (request) => updateRecord(request.deps, request.params.id, request.body),
  );

  const upload = (path: string, owner: KnowledgeOwner, summary: string) =>
    app.post(
      path,
      {
        schema: {
          tags,
          summary,
          params: idParams,
          consumes: ["multipart/form-data"],
          response: { 201: attachmentMetaSchema, ...errors },
        },
      },
      async (request, reply) => {
        const file = await receiveUpload(request, limits);
        const meta = await uploadKnowledgeAttachment(request.deps, {
          owner,
          ownerId: request.params.id,
          fileName: file.fileName,
          bytes: file.bytes,
          limits,
        });
        return reply.code(201).send(meta);
      },
    );
  upload(
    "/api/knowledge/:id/attachments",
    "knowledge_record",
    "Attach a file (multipart field 'file': JPEG, PNG, WebP, PDF, XLSX, DOCX; 10 MB by default)",
  );
  upload("/api/learning-centres/:id/attachments", "learning_centre", "Attach a file to a learning centre");
  upload("/api/model-villages/:id/attachments", "model_village", "Attach a file to a model village");

  app.get(
    "/api/learning-centres",
    {
      schema: {
        tags,
        summary: "Learning centres of an area (all by default), by name or topic",
        querystring: areaListQuerySchema,
        response: { 200: pageSchema(learningCentreSchema), ...errors },
      },
    },
    async (request) => listLearningCentres(request.deps, request.query),
  );

  app.get(
    "/api/learning-centres/export",
    {
      schema: {
        tags,
        summary: "Learning centres as CSV or XLSX",
        querystring: areaListQuerySchema.omit({ limit: true, cursor: true }).extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const filters = listFilters(request.query);
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "ศูนย์เรียนรู้", en: "learning-centres" },
          filters.area,
          request.deps.clock.today(),
        ),
        format,
        columns: learningCentreExportColumns(),
        rows: exportLearningCentres(request.deps, filters),
        options: { sheetName: lang === "en" ? "Learning centres" : "ศูนย์เรียนรู้", language: lang },
      });
    },
  );

  app.post(
    "/api/learning-centres",
    {
      schema: {
        tags,
        summary: "Register a learning centre in an area of the caller's scope",
        body: learningCentreBodySchema,
        response: { 201: learningCentreSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createLearningCentre(request.deps, request.body)),
  );

  app.get(
    "/api/learning-centres/:id",
    {
      schema: {
        tags,
        summary: "A learning centre with its model villages, knowledge records and files",
        params: idParams,
        response: { 200: learningCentreDetailSchema, ...errors },
      },
    },
    async (request) => getLearningCentre(request.deps, request.params.id),
  );

  app.patch(
    "/api/learning-centres/:id",
    {
      schema: {
        tags,
        summary: "Change a learning centre",
        params: idParams,
        body: learningCentrePatchSchema,
        response: { 200: learningCentreSchema, ...errors },
      },
    },
    async (request) => updateLearningCentre(request.deps, request.params.id, request.body),
  );

  app.get(
    "/api/model-villages",
    {
      schema: {
        tags,
        summary: "Model villages of an area (all by default), by kind or village name",
        querystring: modelVillageListQuerySchema,
        response: { 200: pageSchema(modelVillageSchema), ...errors },
      },
    },
    async (request) => listModelVillages(request.deps, request.query),
  );

  app.get(
    "/api/model-villages/export",
    {
      schema: {
        tags,
        summary: "Model villages as CSV or XLSX",
        querystring: modelVillageListQuerySchema
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
          { th: "หมู่บ้านต้นแบบ", en: "model-villages" },
          filters.area,
          request.deps.clock.today(),
        ),
        format,
        columns: modelVillageExportColumns(lang),
        rows: exportModelVillages(request.deps, filters),
        options: { sheetName: lang === "en" ? "Model villages" : "หมู่บ้านต้นแบบ", language: lang },
      });
    },
  );

  app.post(
    "/api/model-villages",
    {
      schema: {
        tags,
        summary: "Designate a model village (village of the caller's scope, kind, year)",
        body: modelVillageBodySchema,
        response: { 201: modelVillageSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createModelVillage(request.deps, request.body)),
  );

  app.get(
    "/api/model-villages/:id",
    {
      schema: {
        tags,
        summary: "A model village with its knowledge records and files",
        params: idParams,
        response: { 200: modelVillageDetailSchema, ...errors },
      },
    },
    async (request) => getModelVillage(request.deps, request.params.id),
  );

  app.patch(
    "/api/model-villages/:id",
    {
      schema: {
        tags,
        summary: "Change a model village's year, learning centre or notes",
        params: idParams,
        body: modelVillagePatchSchema,
        response: { 200: modelVillageSchema, ...errors },
      },
    },
    async (request) => updateModelVillage(request.deps, request.params.id, request.body),
  );
}
