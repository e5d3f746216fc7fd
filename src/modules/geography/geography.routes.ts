// HTTP routes of the area tree and villages.
import { z } from "zod";
import type { App } from "../../http/context";
import { requirePermission } from "../../shared/authorization";
import {
  areaDetailSchema,
  areaSchema,
  areaSearchQuerySchema,
  areaWithCountsSchema,
  createVillageBodySchema,
  errorBodySchema,
  pageQuerySchema,
  pageSchema,
} from "../../shared/contracts/index";
import { getAreaDetail, listChildren, listTopAreas, searchAreas } from "./areas";
import { createVillage } from "./create-village";

const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
const codeParams = z.object({ code: z.string().max(8) });

export function registerGeographyRoutes(app: App) {
  app.get(
    "/api/areas",
    {
      schema: {
        tags: ["areas"],
        summary: "Top-level areas I may see (provinces, or my own area)",
        querystring: pageQuerySchema,
        response: { 200: pageSchema(areaWithCountsSchema), ...errors },
      },
    },
    async (request) => {
      requirePermission(request.deps.actor, "areas.read");
      return listTopAreas(request.deps, request.query);
    },
  );

  app.get(
    "/api/areas/search",
    {
      schema: {
        tags: ["areas"],
        summary: "Search areas by Thai or English name (prefix) or code",
        querystring: areaSearchQuerySchema,
        response: { 200: z.object({ items: z.array(areaSchema) }), ...errors },
      },
    },
    async (request) => {
      requirePermission(request.deps.actor, "areas.read");
      return searchAreas(request.deps, request.query);
    },
  );

  app.get(
    "/api/areas/:code",
    {
      schema: {
        tags: ["areas"],
        summary: "One area with its ancestors",
        params: codeParams,
        response: { 200: areaDetailSchema, ...errors },
      },
    },
    async (request) => {
      requirePermission(request.deps.actor, "areas.read");
      return getAreaDetail(request.deps, request.params.code);
    },
  );

  app.get(
    "/api/areas/:code/children",
    {
      schema: {
        tags: ["areas"],
        summary: "An area's children with counts",
        params: codeParams,
        querystring: pageQuerySchema,
        response: { 200: pageSchema(areaWithCountsSchema), ...errors },
      },
    },
    async (request) => {
      requirePermission(request.deps.actor, "areas.read");
      return listChildren(request.deps, request.params.code, request.query);
    },
  );

  app.post(
    "/api/areas/:code/villages",
    {
      schema: {
        tags: ["areas"],
        summary: "Create a village in a sub-district",
        params: codeParams,
        body: createVillageBodySchema,
        response: { 201: areaSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createVillage(request.deps, request.params.code, request.body)),
  );
}
