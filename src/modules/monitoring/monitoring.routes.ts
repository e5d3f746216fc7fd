// HTTP routes of monitoring visits: visits, follow-ups ("my follow-ups"), photos, the visit report PDF and exports.
import type { FastifyReply } from "fastify";
import { z } from "zod";
import { receiveUpload, sendAttachment } from "../../http/attachments.routes";
import type { App } from "../../http/context";
import {
  contentDisposition,
  exportBaseName,
  exportQuerySchema,
  listFilters,
  sendExport,
} from "../../http/export-reply";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import { addFollowUp } from "./add-follow-up";
import { completeFollowUp } from "./complete-follow-up";
import {
  assigneeQuerySchema,
  assigneeSchema,
  completeFollowUpBodySchema,
  createVisitBodySchema,
  followUpInputSchema,
  followUpListQuerySchema,
  followUpSchema,
  photoSchema,
  updateFollowUpBodySchema,
  updateVisitBodySchema,
  visitDetailSchema,
  visitListQuerySchema,
  visitSummarySchema,
} from "./contracts";
import {
  exportFollowUps,
  exportVisits,
  followUpExportColumns,
  visitExportColumns,
} from "./export-monitoring";
import { printVisitReport } from "./print-visit-report";
import { getVisit, listAssignees, listFollowUps, listVisits } from "./read-visits";
import { recordVisit } from "./record-visit";
import { updateFollowUp } from "./update-follow-up";
import { updateVisit } from "./update-visit";
import { addVisitPhoto, PHOTO_LIMITS, readVisitPhoto } from "./visit-photos";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const tags = ["monitoring"];
const visitParams = z.object({ visitId: z.string().uuid() });
const followUpParams = z.object({ followUpId: z.string().uuid() });

function sendPdf(reply: FastifyReply, doc: { bytes: Buffer; fileName: string }) {
  return reply
    .headers({
      "content-type": "application/pdf",
      "content-disposition": contentDisposition(doc.fileName).replace(/^attachment/, "inline"),
      "cache-control": "no-store",
    })
    .send(doc.bytes);
}

export function registerMonitoringRoutes(app: App) {
  app.get(
    "/api/monitoring/visits",
    {
      schema: {
        tags,
        summary:
          "Monitoring visits in an area (my area by default), newest first; filters by subject and dates",
        querystring: visitListQuerySchema,
        response: { 200: pageSchema(visitSummarySchema), ...errors },
      },
    },
    async (request) => listVisits(request.deps, request.query),
  );

  app.get(
    "/api/monitoring/visits/export",
    {
      schema: {
        tags,
        summary: "Monitoring visits as CSV or XLSX: the list's filters, every page, streamed",
        querystring: visitListQuerySchema.omit({ limit: true, cursor: true }).extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const filters = listFilters(request.query);
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "การลงพื้นที่ติดตาม", en: "monitoring-visits" },
          filters.area ?? request.deps.actor.scopeCode,
          request.deps.clock.today(),
        ),
        format,
        columns: visitExportColumns(lang),
        rows: exportVisits(request.deps, filters),
        options: { sheetName: lang === "en" ? "Visits" : "การลงพื้นที่", language: lang },
      });
    },
  );

  app.post(
    "/api/monitoring/visits",
    {
      schema: {
        tags,
        summary: "Record a visit to a fund, debt centre, village or household, with its team and follow-ups",
        body: createVisitBodySchema,
        response: { 200: visitDetailSchema, ...errors },
      },
    },
    async (request) => recordVisit(request.deps, request.body),
  );

  app.get(
    "/api/monitoring/visits/:visitId",
    {
      schema: {
        tags,
        summary: "A visit: subject, team, people met, findings, recommendations, follow-ups and photos",
        params: visitParams,
        response: { 200: visitDetailSchema, ...errors },
      },
    },
    async (request) => getVisit(request.deps, request.params.visitId),
  );

  app.patch(
    "/api/monitoring/visits/:visitId",
    {
      schema: {
        tags,
        summary: "Correct a visit's date, purpose, people met, findings, recommendations or team",
        params: visitParams,
        body: updateVisitBodySchema,
        response: { 200: visitDetailSchema, ...errors },
      },
    },
    async (request) => updateVisit(request.deps, request.params.visitId, request.body),
  );

  app.get(
    "/api/monitoring/visits/:visitId/pdf",
    {
      schema: {
        tags: [...tags, "documents"],
        summary: "The visit report (รายงานการลงพื้นที่ติดตาม) as PDF, with the JPEG and PNG photos",
        params: visitParams,
        querystring: z.object({ thaiDigits: z.enum(["0", "1"]).optional().describe("1: Thai digits") }),
        response: errors,
      },
    },
    async (request, reply) => {
      const doc = await printVisitReport(request.deps, request.params.visitId, {
        thaiDigits: request.query.thaiDigits === undefined ? undefined : request.query.thaiDigits === "1",
      });
      return sendPdf(reply, doc);
    },
  );

  app.post(
    "/api/monitoring/visits/:visitId/follow-ups",
    {
      schema: {
        tags,
        summary: "Add a follow-up action (description, owner, due date) to a visit",
        params: visitParams,
        body: followUpInputSchema,
        response: { 200: followUpSchema, ...errors },
      },
    },
    async (request) => addFollowUp(request.deps, request.params.visitId, request.body),
  );

  app.post(
    "/api/monitoring/visits/:visitId/photos",
    {
      schema: {
        tags,
        summary: "Add a photo (JPEG, PNG or WebP, checked from its bytes; 10 MB at most) to a visit",
        params: visitParams,
        consumes: ["multipart/form-data"],
        response: { 200: photoSchema, ...errors, 413: errorBodySchema },
      },
    },
    async (request) => {
      const file = await receiveUpload(request, PHOTO_LIMITS);
      return addVisitPhoto(request.deps, request.params.visitId, file);
    },
  );

  app.get(
    "/api/monitoring/visits/:visitId/photos/:photoId",
    {
      schema: {
        tags,
        summary: "A photo of a visit (only for users whose area covers the visit)",
        params: visitParams.extend({ photoId: z.string().uuid() }),
        response: errors,
      },
    },
    async (request, reply) =>
      sendAttachment(
        reply,
        await readVisitPhoto(request.deps, request.params.visitId, request.params.photoId),
      ),
  );

  app.get(
    "/api/monitoring/follow-ups",
    {
      schema: {
        tags,
        summary:
          "Open follow-ups, oldest due first: mine, or everyone's in my area (scope=area); overdue only by default",
        querystring: followUpListQuerySchema,
        response: { 200: pageSchema(followUpSchema), ...errors },
      },
    },
    async (request) => listFollowUps(request.deps, request.query),
  );

  app.get(
    "/api/monitoring/follow-ups/export",
    {
      schema: {
        tags,
        summary: "Open or overdue follow-ups as CSV or XLSX: the list's filters, every page, streamed",
        querystring: followUpListQuerySchema
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
          { th: "งานที่ต้องติดตาม", en: "follow-ups" },
          filters.scope === "area"
            ? (filters.area ?? request.deps.actor.scopeCode)
            : request.deps.actor.username,
          request.deps.clock.today(),
        ),
        format,
        columns: followUpExportColumns(lang),
        rows: exportFollowUps(request.deps, filters),
        options: { sheetName: lang === "en" ? "Follow-ups" : "งานที่ต้องติดตาม", language: lang },
      });
    },
  );

  app.patch(
    "/api/monitoring/follow-ups/:followUpId",
    {
      schema: {
        tags,
        summary: "Change an open follow-up's description, owner or due date",
        params: followUpParams,
        body: updateFollowUpBodySchema,
        response: { 200: followUpSchema, ...errors },
      },
    },
    async (request) => updateFollowUp(request.deps, request.params.followUpId, request.body),
  );

  app.post(
    "/api/monitoring/follow-ups/:followUpId/complete",
    {
      schema: {
        tags,
        summary:
          "Record a follow-up as done, with the date and a note (its owner, or a district officer or above)",
        params: followUpParams,
        body: completeFollowUpBodySchema,
        response: { 200: followUpSchema, ...errors },
      },
    },
    async (request) => completeFollowUp(request.deps, request.params.followUpId, request.body),
  );

  app.get(
    "/api/monitoring/assignees",
    {
      schema: {
        tags,
        summary: "Officers who may own a follow-up of a visit in an area (their scope covers it)",
        querystring: assigneeQuerySchema,
        response: { 200: z.object({ items: z.array(assigneeSchema) }), ...errors },
      },
    },
    async (request) => listAssignees(request.deps, request.query.area),
  );
}
