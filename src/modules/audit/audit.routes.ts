// HTTP route of the audit viewer.

import type { App } from "../../http/context";
import {
  auditEventSchema,
  auditQuerySchema,
  errorBodySchema,
  pageSchema,
} from "../../shared/contracts/index";
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
}
