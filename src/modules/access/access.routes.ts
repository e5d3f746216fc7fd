// HTTP routes for sign-in, the signed-in user, password change and user management.
import { z } from "zod";
import type { App, AppContext } from "../../http/context";
import { exportBaseName, exportQuerySchema, sendExport } from "../../http/export-reply";
import {
  changePasswordBodySchema,
  createUserBodySchema,
  errorBodySchema,
  loginBodySchema,
  pageSchema,
  sessionResponseSchema,
  updateUserBodySchema,
  userSchema,
} from "../../shared/contracts/index";
import { findUserById } from "./access.repository";
import { changePassword } from "./change-password";
import { exportUsers, userExportColumns } from "./export-users";
import { logIn } from "./log-in";
import { logOut } from "./log-out";
import { createUser, getUser, listUsers, updateUser } from "./manage-users";
import { describeUser } from "./me";
import { SESSION_COOKIE } from "./sessions";

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

export function registerAccessRoutes(app: App, ctx: AppContext) {
  app.post(
    "/api/auth/login",
    {
      config: { public: true, rateLimit: { max: ctx.config.loginRatePerMinute, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Sign in",
        body: loginBodySchema,
        response: { 200: sessionResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await logIn(request.deps, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers["user-agent"],
        sessionHours: ctx.config.sessionHours,
      });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: ctx.config.isProduction && request.protocol === "https",
        expires: result.expiresAt,
      });
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  app.post(
    "/api/auth/logout",
    { schema: { tags: ["auth"], summary: "Sign out", response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await logOut(request.deps, request.sessionTokenHash!);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/me",
    {
      schema: {
        tags: ["auth"],
        summary: "The signed-in user",
        response: { 200: sessionResponseSchema, ...errors },
      },
    },
    async (request) => {
      const user = await findUserById(request.deps.db, request.actor!.userId!);
      return { user: await describeUser(request.deps.db, user!), csrfToken: request.csrfToken! };
    },
  );

  app.post(
    "/api/auth/password",
    {
      config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Change my password",
        body: changePasswordBodySchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await changePassword(request.deps, { ...request.body, keepTokenHash: request.sessionTokenHash! });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/users",
    {
      schema: {
        tags: ["users"],
        summary: "Users in my area",
        querystring: z.object({
          q: z.string().trim().max(64).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          cursor: z.string().max(64).optional(),
        }),
        response: { 200: pageSchema(userSchema), ...errors },
      },
    },
    async (request) => listUsers(request.deps, request.query),
  );

  app.get(
    "/api/users/export",
    {
      schema: {
        tags: ["users"],
        summary: "Users in my area as CSV or XLSX (same search as the list), streamed",
        querystring: z.object({ q: z.string().trim().max(64).optional() }).extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang, q } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "ผู้ใช้", en: "users" },
          request.deps.actor.scopeCode,
          request.deps.clock.today(),
        ),
        format,
        columns: userExportColumns(lang),
        rows: exportUsers(request.deps, { q }),
        options: { sheetName: lang === "en" ? "Users" : "ผู้ใช้", language: lang },
      });
    },
  );

  app.get(
    "/api/users/:id",
    {
      schema: {
        tags: ["users"],
        summary: "One user",
        params: z.object({ id: z.string().uuid() }),
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => getUser(request.deps, request.params.id),
  );

  app.post(
    "/api/users",
    {
      schema: {
        tags: ["users"],
        summary: "Create a user",
        body: createUserBodySchema,
        response: { 201: userSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createUser(request.deps, request.body)),
  );

  app.patch(
    "/api/users/:id",
    {
      schema: {
        tags: ["users"],
        summary: "Change a user (role, area, active, unlock, password reset)",
        params: z.object({ id: z.string().uuid() }),
        body: updateUserBodySchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => updateUser(request.deps, request.params.id, request.body),
  );
}
