// HTTP route of the audit viewer.

import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import {
  auditEventSchema,
  auditQuerySchema,
  errorBodySchema,
  pageSchema,
} from "../../shared/contracts/index";
import { auditExportColumns, exportAuditEvents } from "./export-audit-events";
import { listAuditEvents } from "./list-audit-events";

export function registerAuditRoutes(app: App) {
  app.get(
    "/api/audit",
    {
      schema: {
        tags: ["audit"],
        summary: "Audit events in my area, newest first",
        querystring: auditQuerySchema,
        response: {
          200: pageSchema(auditEventSchema),
          400: errorBodySchema,
          403: errorBodySchema,
          404: errorBodySchema,
        },
      },
    },
    async (request) => listAuditEvents(request.deps, request.query),
  );

  app.get(
    "/api/audit/export",
    {
      schema: {
        tags: ["audit"],
        summary: "Audit events in my area as CSV or XLSX: the viewer's filters, every page, streamed",
        querystring: auditQuerySchema.omit({ limit: true, cursor: true }).extend(exportQuerySchema.shape),
        response: { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const filters = listFilters(request.query);
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "บันทึกการใช้งาน", en: "audit-log" },
          filters.area,
          request.deps.clock.today(),
        ),
        format,
        columns: auditExportColumns,
        rows: exportAuditEvents(request.deps, filters),
        options: { sheetName: lang === "en" ? "Audit log" : "บันทึกการใช้งาน", language: lang },
      });
    },
  );
}
