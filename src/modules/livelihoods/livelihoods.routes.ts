// HTTP routes of community livelihoods: organisations, plans and their five steps, lecturer teams, trainings,
// households' fund access, evidence files and exports.
import { z } from "zod";
import { receiveUpload, sendAttachment } from "../../http/attachments.routes";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import { DEFAULT_ATTACHMENT_LIMITS } from "../../platform/attachments/index";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import { addEvidence } from "./add-evidence";
import { addFundLink } from "./add-fund-link";
import { addOrganisationMember } from "./add-organisation-member";
import { addTargetHousehold } from "./add-target-household";
import { advancePlan } from "./advance-plan";
import {
  advanceBodySchema,
  areaListQuerySchema,
  createOrganisationBodySchema,
  createPlanBodySchema,
  createTeamBodySchema,
  createTrainingBodySchema,
  evidenceBodySchema,
  fundAccessSchema,
  fundLinkBodySchema,
  organisationMemberInputSchema,
  organisationSchema,
  planDetailSchema,
  planListQuerySchema,
  planSummarySchema,
  targetHouseholdBodySchema,
  teamSchema,
  trainingSchema,
} from "./contracts";
import { createLecturerTeam } from "./create-lecturer-team";
import { createOrganisation } from "./create-organisation";
import { createPlan } from "./create-plan";
import { addEvidenceFile, readEvidenceFile } from "./evidence-files";
import { exportPlans, exportTrainings, planExportColumns, trainingExportColumns } from "./export-livelihoods";
import { getHouseholdFundAccess } from "./household-funds";
import { getOrganisation, listOrganisations } from "./read-organisations";
import { getPlan, listPlans } from "./read-plans";
import { listTeams } from "./read-teams";
import { listTrainings } from "./read-trainings";
import { recordTraining } from "./record-training";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const tags = ["livelihoods"];
const base = "/api/livelihoods";
const planParams = z.object({ planId: z.string().uuid() });
const idParams = z.object({ id: z.string().uuid() });
const householdParams = z.object({ householdId: z.string().uuid() });
const evidenceParams = z.object({ evidenceId: z.string().uuid() });
const fileFields = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
});

export function registerLivelihoodRoutes(app: App) {
  app.get(
    `${base}/organisations`,
    {
      schema: {
        tags,
        summary: "Supporting organisations in an area (my area by default) with their members",
        querystring: areaListQuerySchema,
        response: { 200: pageSchema(organisationSchema), ...errors },
      },
    },
    async (request) => listOrganisations(request.deps, request.query),
  );
  app.post(
    `${base}/organisations`,
    {
      schema: {
        tags,
        summary:
          "Record a supporting organisation (ศอช.อ., กพสอ., อช., savings network or other) with members",
        body: createOrganisationBodySchema,
        response: { 200: organisationSchema, ...errors },
      },
    },
    async (request) => createOrganisation(request.deps, request.body),
  );
  app.get(
    `${base}/organisations/:id`,
    {
      schema: {
        tags,
        summary: "A supporting organisation",
        params: idParams,
        response: { 200: organisationSchema, ...errors },
      },
    },
    async (request) => getOrganisation(request.deps, request.params.id),
  );
  app.post(
    `${base}/organisations/:id/members`,
    {
      schema: {
        tags,
        summary: "Add a member with a role to a supporting organisation",
        params: idParams,
        body: organisationMemberInputSchema,
        response: { 200: organisationSchema, ...errors },
      },
    },
    async (request) => addOrganisationMember(request.deps, request.params.id, request.body),
  );

  app.get(
    `${base}/plans`,
    {
      schema: {
        tags,
        summary: "Livelihood action plans in an area, optionally of one fiscal year, with their current step",
        querystring: planListQuerySchema,
        response: { 200: pageSchema(planSummarySchema), ...errors },
      },
    },
    async (request) => listPlans(request.deps, request.query),
  );
  app.get(
    `${base}/plans/export`,
    {
      schema: {
        tags,
        summary: "Livelihood action plans as CSV or XLSX: the list's filters, every page, streamed",
        querystring: planListQuerySchema.omit({ limit: true, cursor: true }).extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const filters = listFilters(request.query);
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "แผนสัมมาชีพชุมชน", en: "livelihood-plans" },
          filters.area ?? request.deps.actor.scopeCode,
          filters.fiscalYear,
        ),
        format,
        columns: planExportColumns(lang),
        rows: exportPlans(request.deps, filters),
        options: { sheetName: lang === "en" ? "Plans" : "แผนสัมมาชีพ", language: lang },
      });
    },
  );
  app.post(
    `${base}/plans`,
    {
      schema: {
        tags,
        summary: "Open the action plan of a sub-district or village for a fiscal year, at step 1 (prepare)",
        body: createPlanBodySchema,
        response: { 200: planDetailSchema, ...errors },
      },
    },
    async (request) => createPlan(request.deps, request.body),
  );
  app.get(
    `${base}/plans/:planId`,
    {
      schema: {
        tags,
        summary: "A plan: the five steps with dates, dated evidence, target and model households",
        params: planParams,
        response: { 200: planDetailSchema, ...errors },
      },
    },
    async (request) => getPlan(request.deps, request.params.planId),
  );
  app.post(
    `${base}/plans/:planId/evidence`,
    {
      schema: {
        tags,
        summary: "Record dated evidence of the current step (or a step already passed)",
        params: planParams,
        body: evidenceBodySchema,
        response: { 200: planDetailSchema.extend({ evidenceId: z.string() }), ...errors },
      },
    },
    async (request) => addEvidence(request.deps, request.params.planId, request.body),
  );
  app.post(
    `${base}/plans/:planId/advance`,
    {
      schema: {
        tags,
        summary: "Move the plan to the next step (no skipping; the current step needs evidence)",
        params: planParams,
        body: advanceBodySchema,
        response: { 200: planDetailSchema, ...errors },
      },
    },
    async (request) => advancePlan(request.deps, request.params.planId, request.body),
  );
  app.post(
    `${base}/plans/:planId/households`,
    {
      schema: {
        tags,
        summary: "Add a target livelihood household (or a model household) of the plan's area",
        params: planParams,
        body: targetHouseholdBodySchema,
        response: { 200: planDetailSchema, ...errors },
      },
    },
    async (request) => addTargetHousehold(request.deps, request.params.planId, request.body),
  );

  app.post(
    `${base}/evidence/:evidenceId/files`,
    {
      schema: {
        tags,
        summary: "Attach a file (image, PDF, xlsx or docx checked from its bytes; 10 MB at most) to evidence",
        params: evidenceParams,
        consumes: ["multipart/form-data"],
        response: { 200: fileFields, ...errors, 413: errorBodySchema },
      },
    },
    async (request) => {
      const file = await receiveUpload(request, DEFAULT_ATTACHMENT_LIMITS);
      return addEvidenceFile(request.deps, request.params.evidenceId, file);
    },
  );
  app.get(
    `${base}/evidence/:evidenceId/files/:fileId`,
    {
      schema: {
        tags,
        summary: "An evidence file (only for users whose area covers the plan)",
        params: evidenceParams.extend({ fileId: z.string().uuid() }),
        response: errors,
      },
    },
    async (request, reply) =>
      sendAttachment(
        reply,
        await readEvidenceFile(request.deps, request.params.evidenceId, request.params.fileId),
      ),
  );

  app.get(
    `${base}/teams`,
    {
      schema: {
        tags,
        summary: "Village lecturer teams (ทีมวิทยากรสัมมาชีพชุมชน) in an area with their lecturers",
        querystring: areaListQuerySchema,
        response: { 200: pageSchema(teamSchema), ...errors },
      },
    },
    async (request) => listTeams(request.deps, request.query),
  );
  app.post(
    `${base}/teams`,
    {
      schema: {
        tags,
        summary: "Record a village lecturer team with its lecturers",
        body: createTeamBodySchema,
        response: { 200: teamSchema, ...errors },
      },
    },
    async (request) => createLecturerTeam(request.deps, request.body),
  );

  app.get(
    `${base}/trainings`,
    {
      schema: {
        tags,
        summary: "Trainings in an area, newest first, with lecturers and participating households",
        querystring: areaListQuerySchema,
        response: { 200: pageSchema(trainingSchema), ...errors },
      },
    },
    async (request) => listTrainings(request.deps, request.query),
  );
  app.get(
    `${base}/trainings/export`,
    {
      schema: {
        tags,
        summary: "Trainings as CSV or XLSX: the list's filters, every page, streamed",
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
          { th: "การอบรมสัมมาชีพ", en: "livelihood-trainings" },
          filters.area ?? request.deps.actor.scopeCode,
          request.deps.clock.today(),
        ),
        format,
        columns: trainingExportColumns(),
        rows: exportTrainings(request.deps, filters),
        options: { sheetName: lang === "en" ? "Trainings" : "การอบรม", language: lang },
      });
    },
  );
  app.post(
    `${base}/trainings`,
    {
      schema: {
        tags,
        summary:
          "Record a training: date, topic, place, lecturers of the area's teams, participating households",
        body: createTrainingBodySchema,
        response: { 200: trainingSchema, ...errors },
      },
    },
    async (request) => recordTraining(request.deps, request.body),
  );

  app.get(
    `${base}/households/:householdId/funds`,
    {
      schema: {
        tags,
        summary: "The funds a household gained access to: Kaejon funds it borrowed from, and outside funds",
        params: householdParams,
        response: { 200: fundAccessSchema, ...errors },
      },
    },
    async (request) => getHouseholdFundAccess(request.deps, request.params.householdId),
  );
  app.post(
    `${base}/households/:householdId/funds`,
    {
      schema: {
        tags,
        summary: "Record a household's access to a fund outside Kaejon",
        params: householdParams,
        body: fundLinkBodySchema,
        response: { 200: fundAccessSchema, ...errors },
      },
    },
    async (request) => addFundLink(request.deps, request.params.householdId, request.body),
  );
}
