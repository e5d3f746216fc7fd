// HTTP routes of debt centres: centres, member funds, committee, surveys, plans (propose, approve, execute, debt-free), counts, welfare, the certificate PDF and the CSV/XLSX exports.
import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import { errorBodySchema, pageQuerySchema, pageSchema } from "../../shared/contracts/index";
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
  debtFreeHouseholdSchema,
  executePlanBodySchema,
  memberFundBodySchema,
  memberFundSchema,
  planListQuerySchema,
  planSchema,
  proposePlanBodySchema,
  surveyBodySchema,
  surveyListQuerySchema,
  surveySchema,
  welfareBodySchema,
  welfareDecisionBodySchema,
  welfareListQuerySchema,
  welfarePayBodySchema,
  welfareSchema,
} from "./contracts";
import { createCentre } from "./create-centre";
import { decideWelfare } from "./decide-welfare";
import { executePlan } from "./execute-plan";
import {
  areaCountColumns,
  centreExportColumns,
  debtFreeExportColumns,
  exportAreaCounts,
  exportCentres,
  exportDebtFree,
  exportPlans,
  exportSurveys,
  exportWelfare,
  planExportColumns,
  surveyExportColumns,
  welfareExportColumns,
} from "./export-debt-centre";
import { markDebtFree } from "./mark-debt-free";
import { payWelfare } from "./pay-welfare";
import { printCertificate } from "./print-certificate";
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
import { listDebtFree, listWelfare } from "./read-welfare";
import { recordSurvey } from "./record-survey";
import { requestWelfare } from "./request-welfare";

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
const welfareParams = centreParams.extend({ wid: z.string().uuid() });
const pdfQuery = z.object({
  thaiDigits: z.enum(["0", "1"]).optional().describe("1 Thai digits (the default), 0 Western digits"),
});

function sendPdf(reply: FastifyReply, doc: { bytes: Buffer; fileName: string; asciiFileName: string }) {
  return reply
    .headers({
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${doc.asciiFileName}"; filename*=UTF-8''${rfc5987(doc.fileName)}`,
      "cache-control": "no-store",
    })
    .send(doc.bytes);
}

/** RFC 5987 percent-encoding of a Thai file name. */
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

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

  app.get(
    "/api/debt-centres/export",
    {
      schema: {
        tags,
        summary: "Centres of an area with their counts as CSV or XLSX",
        querystring: centreListQuerySchema
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
          { th: "ศูนย์จัดการกองทุนชุมชน", en: "debt-centres" },
          filters.area ?? request.deps.actor.scopeCode,
          request.deps.clock.today(),
        ),
        format,
        columns: centreExportColumns(lang),
        rows: exportCentres(request.deps, filters),
        options: { sheetName: lang === "en" ? "Debt centres" : "ศจก.", language: lang },
      });
    },
  );

  app.get(
    "/api/debt-centres/counts/export",
    {
      schema: {
        tags,
        summary:
          "Households surveyed, debt-free and relapsed per centre of an area (a district) as CSV or XLSX",
        querystring: areaCountsQuerySchema.extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang, area } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "ผลการปลดหนี้", en: "debt-centre-counts" },
          area ?? request.deps.actor.scopeCode,
          request.deps.clock.today(),
        ),
        format,
        columns: areaCountColumns(),
        rows: exportAreaCounts(request.deps, area),
        options: { sheetName: lang === "en" ? "Counts" : "ผลการปลดหนี้", language: lang },
      });
    },
  );

  const centreExports = [
    ["surveys", "Household debt surveys, one row per debt", { th: "แบบสำรวจหนี้สิน", en: "debt-surveys" }],
    [
      "plans",
      "Restructuring plans with status, interest before/after and dates",
      { th: "แผนปรับโครงสร้างหนี้", en: "debt-plans" },
    ],
    [
      "debt-free",
      "Debt-free households with their relapse flags",
      { th: "ครัวเรือนปลดหนี้", en: "debt-free-households" },
    ],
    ["welfare", "Welfare benefits and their payments", { th: "สวัสดิการ", en: "welfare" }],
  ] as const;
  for (const [path, summary, words] of centreExports) {
    app.get(
      `/api/debt-centres/:id/${path}/export`,
      {
        schema: {
          tags,
          summary: `${summary} as CSV or XLSX`,
          params: centreParams,
          querystring: exportQuerySchema,
          response: errors,
        },
      },
      async (request, reply) => {
        const { format, lang } = request.query;
        const { deps } = request;
        const id = request.params.id;
        const fileName = exportBaseName(lang, words, deps.clock.today());
        const options = { sheetName: lang === "en" ? words.en : words.th, language: lang };
        if (path === "surveys") {
          return sendExport(reply, {
            fileName,
            format,
            options,
            columns: surveyExportColumns(lang),
            rows: exportSurveys(deps, id),
          });
        }
        if (path === "plans") {
          return sendExport(reply, {
            fileName,
            format,
            options,
            columns: planExportColumns(lang),
            rows: exportPlans(deps, id, undefined),
          });
        }
        if (path === "debt-free") {
          return sendExport(reply, {
            fileName,
            format,
            options,
            columns: debtFreeExportColumns(lang),
            rows: exportDebtFree(deps, id),
          });
        }
        return sendExport(reply, {
          fileName,
          format,
          options,
          columns: welfareExportColumns(lang),
          rows: exportWelfare(deps, id),
        });
      },
    );
  }

  app.get(
    "/api/debt-centres/:id/debt-free",
    {
      schema: {
        tags,
        summary: "Households made debt-free by the centre, with their watch and relapse flags",
        params: centreParams,
        querystring: pageQuerySchema,
        response: { 200: pageSchema(debtFreeHouseholdSchema), ...errors },
      },
    },
    async (request) => listDebtFree(request.deps, request.params.id, request.query),
  );

  app.get(
    "/api/debt-centres/:id/plans/:planId/certificate/pdf",
    {
      schema: {
        tags: [...tags, "documents"],
        summary:
          "The certificate of honour (ใบประกาศเกียรติคุณ) of a debt-free household as PDF (404 unless debt-free)",
        params: planParams,
        querystring: pdfQuery,
        response: errors,
      },
    },
    async (request, reply) => {
      const { thaiDigits } = request.query;
      const doc = await printCertificate(request.deps, request.params.id, request.params.planId, {
        thaiDigits: thaiDigits === undefined ? undefined : thaiDigits === "1",
      });
      return sendPdf(reply, doc);
    },
  );

  app.get(
    "/api/debt-centres/:id/welfare",
    {
      schema: {
        tags,
        summary: "The centre's welfare benefits",
        params: centreParams,
        querystring: welfareListQuerySchema,
        response: { 200: pageSchema(welfareSchema), ...errors },
      },
    },
    async (request) => listWelfare(request.deps, request.params.id, request.query),
  );

  app.post(
    "/api/debt-centres/:id/welfare",
    {
      schema: {
        tags,
        summary: "Request a welfare benefit paid from a member fund (its cash must cover it)",
        params: centreParams,
        body: welfareBodySchema,
        response: { 201: welfareSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await requestWelfare(request.deps, request.params.id, request.body)),
  );

  for (const [path, approve, summary] of [
    ["approve", true, "Approve a welfare request (the centre chair, or an officer)"],
    ["reject", false, "Reject a welfare request (the centre chair, or an officer)"],
  ] as const) {
    app.post(
      `/api/debt-centres/:id/welfare/:wid/${path}`,
      {
        schema: {
          tags,
          summary,
          params: welfareParams,
          body: welfareDecisionBodySchema,
          response: { 200: welfareSchema, ...errors },
        },
      },
      async (request) =>
        decideWelfare(request.deps, request.params.id, request.params.wid, approve, request.body),
    );
  }

  app.post(
    "/api/debt-centres/:id/welfare/:wid/pay",
    {
      schema: {
        tags,
        summary: "Pay an approved welfare benefit from the member fund's cash (posted to its ledger)",
        params: welfareParams,
        body: welfarePayBodySchema,
        response: { 200: welfareSchema, ...errors },
      },
    },
    async (request) => payWelfare(request.deps, request.params.id, request.params.wid, request.body),
  );
}
