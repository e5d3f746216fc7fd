// Builds the Fastify application: security headers, sessions, CSRF, OpenAPI, every route, the web app.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyMultipart from "@fastify/multipart";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyBaseLogger } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { registerAccessRoutes } from "../modules/access/access.routes";
import { CSRF_HEADER, resolveSession, SESSION_COOKIE } from "../modules/access/index";
import { registerAuditRoutes } from "../modules/audit/audit.routes";
import { registerComplaintRoutes } from "../modules/complaints/complaints.routes";
import { registerDamageCaseRoutes } from "../modules/damage-cases/damage-cases.routes";
import { registerDashboardRoutes } from "../modules/dashboards/dashboards.routes";
import { registerDebtCentreRoutes } from "../modules/debt-centre/debt-centre.routes";
import { registerFundRoutes } from "../modules/funds/funds.routes";
import { registerGeographyRoutes } from "../modules/geography/geography.routes";
import { registerGovernanceRoutes } from "../modules/governance/governance.routes";
import { registerFundHealthRoutes } from "../modules/health/health.routes";
import { registerHouseholdRoutes } from "../modules/households/households.routes";
import { registerKkjDocumentRoutes, registerKkjExportRoutes } from "../modules/kkj/index";
import { registerKkjRoutes } from "../modules/kkj/kkj.routes";
import { registerKnowledgeRoutes } from "../modules/knowledge/knowledge.routes";
import { registerLedgerRoutes } from "../modules/ledger/ledger.routes";
import { registerLivelihoodRoutes } from "../modules/livelihoods/livelihoods.routes";
import { registerLoanRoutes } from "../modules/loans/loans.routes";
import { registerLoanDocumentRoutes } from "../modules/loans/loans-documents.routes";
import { registerMonitoringRoutes } from "../modules/monitoring/monitoring.routes";
import { registerPovertyCaseRoutes } from "../modules/poverty-cases/cases.routes";
import { registerPovertyTargetRoutes } from "../modules/poverty-cases/targets.routes";
import { registerReportRoutes } from "../modules/reports/reports.routes";
import { registerSavingsGroupRoutes } from "../modules/savings-groups/savings-groups.routes";
import type { Logger } from "../platform/logger";
import { AppError } from "../shared/errors";
import { registerAttachmentRoutes } from "./attachments.routes";
import type { App, AppContext } from "./context";
import { errorHandler } from "./errors";
import { registerHealthRoutes } from "./health.routes";

export const JSON_BODY_LIMIT = 1024 * 1024;
export const UPLOAD_LIMIT = 20 * 1024 * 1024;
/** Room for the multipart boundaries and part headers around the file. */
const UPLOAD_OVERHEAD = 64 * 1024;

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export async function buildApp(ctx: AppContext, logger: Logger): Promise<App> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: JSON_BODY_LIMIT,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine and the API docs inject style elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, { limits: { fileSize: UPLOAD_LIMIT, files: 1, fields: 10 } });
  // An upload that announces a size beyond the limit is refused before its body is read, so no parser is
  // left streaming into a request that has already been answered.
  app.addHook("onRequest", async (request) => {
    const declared = Number(request.headers["content-length"] ?? 0);
    // Read from the header: the multipart plugin marks the request only later, in its body parser.
    const multipart =
      request.headers["content-type"]?.toLowerCase().startsWith("multipart/form-data") ?? false;
    if (multipart && declared > UPLOAD_LIMIT + UPLOAD_OVERHEAD) {
      throw Object.assign(new Error("upload too large"), { code: "FST_REQ_FILE_TOO_LARGE", statusCode: 413 });
    }
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: "Kaejon API",
        description: "แก้จน — community funds and poverty eradication",
        version: "0.1.0",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: SESSION_COOKIE },
          csrf: { type: "apiKey", in: "header", name: CSRF_HEADER },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  app.decorateRequest("actor", null);
  app.decorateRequest("sessionTokenHash", null);
  app.decorateRequest("csrfToken", null);

  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", String(request.id));
    request.deps = { ...ctx.base, actor: anonymous, requestId: String(request.id) };
    if (!request.url.startsWith("/api/")) return;
    reply.header("cache-control", "no-store");
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(ctx.base, token, ctx.config.sessionHours);
      if (session) {
        request.actor = session.actor;
        request.sessionTokenHash = session.tokenHash;
        request.csrfToken = session.csrfToken;
        request.deps = { ...ctx.base, actor: session.actor, requestId: String(request.id) };
      }
    }
    if (request.routeOptions.config?.public) return;
    if (!request.actor) {
      throw new AppError("unauthenticated", "auth.required", {
        th: "กรุณาเข้าสู่ระบบ",
        en: "Please sign in",
      });
    }
    if (UNSAFE.has(request.method) && request.headers[CSRF_HEADER] !== request.csrfToken) {
      throw new AppError("forbidden", "auth.csrf", {
        th: "คำขอไม่ผ่านการตรวจสอบความปลอดภัย (CSRF) กรุณาโหลดหน้าใหม่",
        en: "The request failed the CSRF check; reload the page",
      });
    }
  });

  registerHealthRoutes(app, ctx);
  registerAccessRoutes(app, ctx);
  registerGeographyRoutes(app);
  registerHouseholdRoutes(app);
  registerAuditRoutes(app);
  registerFundRoutes(app);
  registerLedgerRoutes(app);
  registerLoanRoutes(app);
  registerKkjRoutes(app);
  registerKkjExportRoutes(app);
  registerKkjDocumentRoutes(app);
  registerLoanDocumentRoutes(app);
  registerFundHealthRoutes(app);
  registerGovernanceRoutes(app);
  registerReportRoutes(app);
  registerDashboardRoutes(app);
  registerDebtCentreRoutes(app);
  registerMonitoringRoutes(app);
  registerLivelihoodRoutes(app);
  registerSavingsGroupRoutes(app);
  registerPovertyTargetRoutes(app);
  registerPovertyCaseRoutes(app);
  registerComplaintRoutes(app, ctx);
  registerDamageCaseRoutes(app);
  registerKnowledgeRoutes(app);
  registerAttachmentRoutes(app);
  app.get("/api/openapi.json", { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  );

  const dist = ctx.config.webDistDir;
  if (existsSync(path.join(dist, "index.html"))) {
    await app.register(fastifyStatic, { root: dist, wildcard: true, index: ["index.html"] });
  }
  app.setNotFoundHandler((request, reply) => {
    if (
      request.method === "GET" &&
      !request.url.startsWith("/api/") &&
      existsSync(path.join(dist, "index.html"))
    ) {
      return reply.type("text/html; charset=utf-8").sendFile("index.html");
    }
    return reply.code(404).send({
      error: {
        code: "common.route_not_found",
        message: "ไม่พบหน้าที่ต้องการ",
        messageEn: "No such route",
        requestId: String(request.id),
      },
    });
  });
  return app;
}

/**
 * The actor of a request without a session: its scope "-" is a prefix of no area code and public routes
 * call no scoped use case, so it can never read or write a record.
 */
const anonymous = {
  kind: "user" as const,
  userId: null,
  username: "anonymous",
  role: "household_member" as const,
  scopeCode: "-",
  householdId: null,
};
