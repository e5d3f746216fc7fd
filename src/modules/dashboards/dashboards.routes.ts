// HTTP routes of the dashboards (an area's figures, the rollup refresh) and of the choropleth base maps.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { App } from "../../http/context";
import { errorBodySchema } from "../../shared/contracts/index";
import {
  dashboardQuerySchema,
  dashboardSchema,
  districtMapQuerySchema,
  mapSchema,
  refreshBodySchema,
  refreshResultSchema,
} from "./contracts";
import { getDashboard } from "./read-dashboard";
import { getDistrictMap, getProvinceMap, type MapBytes } from "./read-maps";
import { refreshRollups } from "./refresh-rollups";

const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** The cached bytes, gzipped when the client takes gzip (the app has no compression plugin). */
function sendMap(request: FastifyRequest, reply: FastifyReply, map: MapBytes) {
  const accepts = String(request.headers["accept-encoding"] ?? "");
  reply
    .header("content-type", "application/json; charset=utf-8")
    .header("vary", "accept-encoding")
    // Boundaries change only with a release; the session check still runs on every request.
    .header("cache-control", "private, max-age=86400");
  if (/\bgzip\b/.test(accepts)) return reply.header("content-encoding", "gzip").send(map.gzip);
  return reply.send(map.json);
}

export function registerDashboardRoutes(app: App) {
  app.get(
    "/api/dashboards",
    {
      schema: {
        tags: ["dashboards"],
        summary:
          "An area's dashboard for a fiscal year (my area by default): totals, children one level down, trend",
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema, ...errors },
      },
    },
    async (request) => getDashboard(request.deps, request.query),
  );

  app.post(
    "/api/dashboards/refresh",
    {
      schema: {
        tags: ["dashboards"],
        summary:
          "Rebuild the fiscal-year rollups now (central administrators); the daily job does it nightly",
        body: refreshBodySchema.nullish(),
        response: { 200: refreshResultSchema, ...errors },
      },
    },
    async (request) =>
      refreshRollups(request.deps, {
        businessDate: request.body?.businessDate,
        fiscalYears: request.body?.fiscalYears,
      }),
  );

  app.get(
    "/api/maps/provinces",
    {
      schema: {
        tags: ["maps"],
        summary: "Province boundaries as SVG paths (gzip), with the boundary attribution",
        response: { 200: mapSchema, ...errors },
      },
    },
    async (request, reply) => sendMap(request, reply, getProvinceMap(request.deps)),
  );

  app.get(
    "/api/maps/districts",
    {
      schema: {
        tags: ["maps"],
        summary: "The district boundaries of one province as SVG paths (gzip), with the boundary attribution",
        querystring: districtMapQuerySchema,
        response: { 200: mapSchema, ...errors },
      },
    },
    async (request, reply) => sendMap(request, reply, getDistrictMap(request.deps, request.query.province)),
  );
}
