// HTTP routes of debt centres: centres, member funds, committee, surveys, plans (propose, approve, execute, debt-free) and counts.
import { z } from "zod";
import type { App } from "../../http/context";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import { addCentreCommitteeMember } from "./add-centre-committee-member";
import { addMemberFund } from "./add-member-fund";
import { approvePlan } from "./approve-plan";
import {
  approvePlanBodySchema,
  areaCountsQuerySchema,
  areaCountsSchema,
  centreCommitteeBodySchema,
  centreCountsDetailSchema,
  centreDetailSchema,
  centreListQuerySchema,
  centreSchema,
  centreSeatSchema,
  createCentreBodySchema,
  debtFreeBodySchema,
  executePlanBodySchema,
  memberFundBodySchema,
  memberFundSchema,
  planListQuerySchema,
  planSchema,
  proposePlanBodySchema,
  surveyBodySchema,
  surveyListQuerySchema,
  surveySchema,
} from "./contracts";
import { createCentre } from "./create-centre";
import { executePlan } from "./execute-plan";
import { markDebtFree } from "./mark-debt-free";
import { proposePlan } from "./propose-plan";
import {
  areaCounts,
  centreCounts,
  getCentre,
  getPlan,
  listCentres,
  listPlans,
  listSurveys,
} from "./read-centres";
import { recordSurvey } from "./record-survey";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const centreParams = z.object({ id: z.string().uuid() });
const planParams = centreParams.extend({ planId: z.string().uuid() });
const tags = ["debt-centre"];

export function registerDebtCentreRoutes(app: App) {
  app.get(
    "/api/debt-centres",
    {
      schema: {
        tags,
        summary: "Debt centres (ศจก.) in an area (my area by default)",
        querystring: centreListQuerySchema,
        response: { 200: pageSchema(centreSchema), ...errors },
      },
    },
    async (request) => listCentres(request.deps, request.query),
  );

  app.post(
    "/api/debt-centres",
    {
      schema: {
        tags,
        summary: "Create the debt centre of a village with its parameters",
        body: createCentreBodySchema,
        response: { 201: centreSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createCentre(request.deps, request.body)),
  );

  app.get(
    "/api/debt-centres/counts",
    {
      schema: {
        tags,
        summary: "Debt-free and relapsed households of the centres in an area (a district, say)",
        querystring: areaCountsQuerySchema,
        response: { 200: areaCountsSchema, ...errors },
      },
    },
    async (request) => areaCounts(request.deps, request.query.area),
  );

  app.get(
    "/api/debt-centres/:id",
    {
      schema: {
        tags,
        summary: "A centre with its member funds and committee",
        params: centreParams,
        response: { 200: centreDetailSchema, ...errors },
      },
    },
    async (request) => getCentre(request.deps, request.params.id),
  );

  app.get(
    "/api/debt-centres/:id/member-funds",
    {
      schema: {
        tags,
        summary: "The centre's member funds in preference order",
        params: centreParams,
        response: { 200: z.object({ items: z.array(memberFundSchema) }), ...errors },
      },
    },
    async (request) => ({ items: (await getCentre(request.deps, request.params.id)).memberFunds }),
  );

  app.post(
    "/api/debt-centres/:id/member-funds",
    {
      schema: {
        tags,
        summary: "Add a member fund: a Kaejon fund of the village or an outside fund by name and balance",
        params: centreParams,
        body: memberFundBodySchema,
        response: { 201: memberFundSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addMemberFund(request.deps, request.params.id, request.body)),
  );

  app.get(
    "/api/debt-centres/:id/committee",
    {
      schema: {
        tags,
        summary: "The centre committee, every term",
        params: centreParams,
        response: { 200: z.object({ items: z.array(centreSeatSchema) }), ...errors },
      },
    },
    async (request) => ({ items: (await getCentre(request.deps, request.params.id)).committee }),
  );

  app.post(
    "/api/debt-centres/:id/committee",
    {
      schema: {
        tags,
        summary: "Seat a member fund's representative on the centre committee for a term",
        params: centreParams,
        body: centreCommitteeBodySchema,
        response: { 201: centreSeatSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addCentreCommitteeMember(request.deps, request.params.id, request.body)),
  );

  app.get(
    "/api/debt-centres/:id/surveys",
    {
      schema: {
        tags,
        summary: "The centre's household debt surveys",
        params: centreParams,
        querystring: surveyListQuerySchema,
        response: { 200: pageSchema(surveySchema), ...errors },
      },
    },
    async (request) => listSurveys(request.deps, request.params.id, request.query),
  );

  app.post(
    "/api/debt-centres/:id/surveys",
    {
      schema: {
        tags,
        summary: "Record a household debt survey (income from the latest จปฐ. record when omitted)",
        params: centreParams,
        body: surveyBodySchema,
        response: { 201: surveySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordSurvey(request.deps, request.params.id, request.body)),
  );

  app.get(
    "/api/debt-centres/:id/plans",
    {
      schema: {
        tags,
        summary: "The centre's restructuring plans",
        params: centreParams,
        querystring: planListQuerySchema,
        response: { 200: pageSchema(planSchema), ...errors },
      },
    },
    async (request) => listPlans(request.deps, request.params.id, request.query),
  );

  app.post(
    "/api/debt-centres/:id/plans",
    {
      schema: {
        tags,
        summary:
          "Propose a restructuring plan for a survey (422 with the reasons when refused; nothing stored)",
        params: centreParams,
        body: proposePlanBodySchema,
        response: { 201: planSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await proposePlan(request.deps, request.params.id, request.body)),
  );

  app.get(
    "/api/debt-centres/:id/plans/:planId",
    {
      schema: {
        tags,
        summary: "A plan with its history, loans, creditor payments and relapse flags",
        params: planParams,
        response: { 200: planSchema, ...errors },
      },
    },
    async (request) => getPlan(request.deps, request.params.id, request.params.planId),
  );

  app.post(
    "/api/debt-centres/:id/plans/:planId/approve",
    {
      schema: {
        tags,
        summary: "Approve a plan (the chair only when an override broke a rule)",
        params: planParams,
        body: approvePlanBodySchema,
        response: { 200: planSchema, ...errors },
      },
    },
    async (request) => approvePlan(request.deps, request.params.id, request.params.planId, request.body),
  );

  app.post(
    "/api/debt-centres/:id/plans/:planId/execute",
    {
      schema: {
        tags,
        summary: "Execute an approved plan: loans paid out to the creditors, plan repaying",
        params: planParams,
        body: executePlanBodySchema,
        response: { 200: planSchema, ...errors },
      },
    },
    async (request) => executePlan(request.deps, request.params.id, request.params.planId, request.body),
  );

  app.post(
    "/api/debt-centres/:id/plans/:planId/debt-free",
    {
      schema: {
        tags,
        summary:
          "Mark the household debt-free (all plan loans closed, no other debt) and start the relapse watch",
        params: planParams,
        body: debtFreeBodySchema,
        response: { 200: planSchema, ...errors },
      },
    },
    async (request) => markDebtFree(request.deps, request.params.id, request.params.planId, request.body),
  );

  app.get(
    "/api/debt-centres/:id/counts",
    {
      schema: {
        tags,
        summary: "Households surveyed, debt-free and relapsed, and plans by status, of one centre",
        params: centreParams,
        response: { 200: centreCountsDetailSchema, ...errors },
      },
    },
    async (request) => centreCounts(request.deps, request.params.id),
  );
}
