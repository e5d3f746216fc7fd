// HTTP routes of complaints: intake, officers' lists, case, routing, replies, statuses, categories, export and the public tracking.
import { z } from "zod";
import { receiveUpload, sendAttachment } from "../../http/attachments.routes";
import type { App, AppContext } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import { addComplaintDocument } from "./add-complaint-document";
import { changeComplaintStatus } from "./change-complaint-status";
import { COMPLAINT_DOCUMENT_LIMITS } from "./complaint-documents";
import {
  categoryBodySchema,
  categoryCodeSchema,
  categorySchema,
  complaintDetailSchema,
  complaintDocumentSchema,
  complaintSchema,
  fileComplaintBodySchema,
  filedComplaintSchema,
  listComplaintsQuerySchema,
  replyBodySchema,
  routeBodySchema,
  statusBodySchema,
  trackBodySchema,
  trackResultSchema,
} from "./contracts";
import { complaintExportColumns, exportComplaints } from "./export-complaints";
import { fileComplaint } from "./file-complaint";
import { listCategories } from "./list-categories";
import { listComplaintDocuments, readComplaintDocument } from "./read-complaint-documents";
import { getComplaint, listComplaints, listMyComplaints } from "./read-complaints";
import { removeComplaintDocument } from "./remove-complaint-document";
import { replyToComplaint } from "./reply-to-complaint";
import { routeComplaint } from "./route-complaint";
import { saveCategory } from "./save-category";
import { trackComplaint } from "./track-complaint";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const params = z.object({ id: z.string().uuid() });
const documentParams = params.extend({ fileId: z.string().uuid() });
const tags = ["complaints"];

export function registerComplaintRoutes(app: App, ctx: Pick<AppContext, "config">) {
  app.post(
    "/api/complaints/track",
    {
      schema: {
        tags,
        summary:
          "Public: a complaint's status, dates and public replies by reference (+ phone's last 4 digits)",
        body: trackBodySchema,
        response: { 200: trackResultSchema, 400: errorBodySchema, 404: errorBodySchema },
        security: [],
      },
      config: { public: true, rateLimit: { max: ctx.config.loginRatePerMinute, timeWindow: "1 minute" } },
    },
    async (request) => trackComplaint(request.deps, request.body),
  );

  app.get(
    "/api/complaints",
    {
      schema: {
        tags,
        summary: "Complaints in my area (or a part of it): open ones first by due date, overdue leading",
        querystring: listComplaintsQuerySchema,
        response: { 200: pageSchema(complaintSchema), ...errors },
      },
    },
    async (request) => listComplaints(request.deps, request.query),
  );

  app.get(
    "/api/complaints/export",
    {
      schema: {
        tags,
        summary: "The complaint list as CSV or XLSX (anonymous complainants shown only as anonymous)",
        querystring: listComplaintsQuerySchema
          .omit({ limit: true, cursor: true })
          .extend(exportQuerySchema.shape),
        response: { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const filters = listFilters(request.query);
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "ข้อร้องเรียน", en: "complaints" },
          filters.area,
          request.deps.clock.today(),
        ),
        format,
        columns: complaintExportColumns(lang),
        rows: exportComplaints(request.deps, filters),
        options: { sheetName: lang === "en" ? "Complaints" : "ข้อร้องเรียน", language: lang },
      });
    },
  );

  app.post(
    "/api/complaints",
    {
      schema: {
        tags,
        summary: "File a complaint (staff or a signed-in household; anonymous stores no identity at all)",
        body: fileComplaintBodySchema,
        response: { 201: filedComplaintSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await fileComplaint(request.deps, request.body)),
  );

  app.get(
    "/api/complaints/mine",
    {
      schema: {
        tags,
        summary: "The named complaints I filed from my household account",
        response: { 200: z.object({ items: z.array(complaintSchema) }), ...errors },
      },
    },
    async (request) => listMyComplaints(request.deps),
  );

  app.get(
    "/api/complaints/categories",
    {
      schema: {
        tags,
        summary: "Complaint categories with their SLA days",
        response: { 200: z.object({ items: z.array(categorySchema) }), ...errors },
      },
    },
    async (request) => listCategories(request.deps),
  );

  app.put(
    "/api/complaints/categories/:code",
    {
      schema: {
        tags,
        summary: "Override a built-in category or add one (central administrators)",
        params: z.object({ code: categoryCodeSchema }),
        body: categoryBodySchema,
        response: { 200: z.object({ items: z.array(categorySchema) }), ...errors },
      },
    },
    async (request) => saveCategory(request.deps, request.params.code, request.body),
  );

  app.get(
    "/api/complaints/:id",
    {
      schema: {
        tags,
        summary: "A complaint with its history and replies (internal notes included)",
        params,
        response: { 200: complaintDetailSchema, ...errors },
      },
    },
    async (request) => getComplaint(request.deps, request.params.id),
  );

  app.post(
    "/api/complaints/:id/route",
    {
      schema: {
        tags,
        summary: "Re-route to another responsible office (province or district of the area), with a reason",
        params,
        body: routeBodySchema,
        response: { 200: complaintDetailSchema, ...errors },
      },
    },
    async (request) => routeComplaint(request.deps, request.params.id, request.body),
  );

  app.post(
    "/api/complaints/:id/replies",
    {
      schema: {
        tags,
        summary: "Add an internal note or a public reply (a public reply marks the complaint replied)",
        params,
        body: replyBodySchema,
        response: { 200: complaintDetailSchema, ...errors },
      },
    },
    async (request) => replyToComplaint(request.deps, request.params.id, request.body),
  );

  app.post(
    "/api/complaints/:id/status",
    {
      schema: {
        tags,
        summary: "Change the status: in progress, or closed / rejected with an outcome",
        params,
        body: statusBodySchema,
        response: { 200: complaintDetailSchema, ...errors },
      },
    },
    async (request) => changeComplaintStatus(request.deps, request.params.id, request.body),
  );

  app.get(
    "/api/complaints/:id/documents",
    {
      schema: {
        tags,
        summary: "The documents attached to a complaint (officers who handle complaints in its area)",
        params,
        response: { 200: z.object({ items: z.array(complaintDocumentSchema) }), ...errors },
      },
    },
    async (request) => listComplaintDocuments(request.deps, request.params.id),
  );

  app.post(
    "/api/complaints/:id/documents",
    {
      schema: {
        tags,
        summary:
          "Attach a letter, photo or PDF (type checked from its bytes; 10 MB at most) to an open complaint; " +
          "an anonymous complaint's file is stored under a generic name",
        params,
        consumes: ["multipart/form-data"],
        response: { 201: complaintDocumentSchema, ...errors, 413: errorBodySchema },
      },
    },
    async (request, reply) => {
      const file = await receiveUpload(request, COMPLAINT_DOCUMENT_LIMITS);
      return reply.code(201).send(await addComplaintDocument(request.deps, request.params.id, file));
    },
  );

  app.get(
    "/api/complaints/:id/documents/:fileId",
    {
      schema: {
        tags,
        summary:
          "One document of a complaint (404 outside the officer's area; never through public tracking)",
        params: documentParams,
        response: errors,
      },
    },
    async (request, reply) =>
      sendAttachment(
        reply,
        await readComplaintDocument(request.deps, request.params.id, request.params.fileId),
      ),
  );

  app.delete(
    "/api/complaints/:id/documents/:fileId",
    {
      schema: {
        tags,
        summary:
          "Delete a document of an open complaint (soft and audited: the bytes stay for the audit trail)",
        params: documentParams,
        response: { 200: complaintDocumentSchema, ...errors },
      },
    },
    async (request) => removeComplaintDocument(request.deps, request.params.id, request.params.fileId),
  );
}
