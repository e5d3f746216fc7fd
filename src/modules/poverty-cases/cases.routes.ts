// HTTP routes of poverty cases: agencies and responsibilities, the menu, stage rules, cases (open, plan, deliver, stage, close), mentors, pairings, visits, progress and exports.
import { z } from "zod";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import { createAgency } from "./agency-create";
import { linkAgencyUser } from "./agency-link-user";
import { getResponsibilityTable, listAgencies, listMenu } from "./agency-reads";
import { setResponsibility } from "./agency-set-responsibility";
import { saveMenuItem } from "./assistance-menu-save";
import { assertProvinceAccess } from "./case-access";
import { addPlanItem } from "./case-add-plan-item";
import { closeCase } from "./case-close";
import { confirmStage } from "./case-confirm-stage";
import {
  agencyBodySchema,
  agencySchema,
  agencyUserBodySchema,
  caseDetailSchema,
  caseListQuerySchema,
  caseSchema,
  closeCaseBodySchema,
  confirmStageBodySchema,
  deliveryBodySchema,
  endPairingBodySchema,
  mentorBodySchema,
  mentorListQuerySchema,
  mentorSchema,
  menuItemBodySchema,
  menuItemSchema,
  openCaseBodySchema,
  openFromListBodySchema,
  openFromListResultSchema,
  overdueQuerySchema,
  pairingBodySchema,
  pairingSchema,
  planItemBodySchema,
  progressQuerySchema,
  provinceQuerySchema,
  responsibilityBodySchema,
  responsibilityTableSchema,
  schemeBodySchema,
  schemeSchema,
  stageRulesBodySchema,
  visitBodySchema,
  visitSchema,
  worklistSchema,
} from "./case-contracts";
import { registerPovertyCaseFileRoutes } from "./case-files.routes";
import { logDelivery } from "./case-log-delivery";
import { openCase } from "./case-open";
import { openCasesFromTargetList } from "./case-open-from-list";
import { caseExportColumns, exportCases, getCase, listCases } from "./case-reads";
import { setStageRules, stageRulesOf } from "./case-stage-rules";
import { createMentor } from "./mentor-create";
import { endPairing } from "./mentor-end-pairing";
import { pairMentor } from "./mentor-pair";
import { listMentors, listSchemes, mentorWorklist, overdueVisitsOfArea } from "./mentor-reads";
import { saveScheme } from "./mentor-save-scheme";
import {
  districtsTableViewSchema,
  progressViewSchema,
  refreshProgressBodySchema,
  refreshProgressResultSchema,
} from "./progress-contracts";
import { asOfText, getDistrictsTable, getProgress, progressExportColumns } from "./progress-reads";
import { refreshPovertyProgress } from "./progress-refresh";
import { logVisit } from "./visit-log";
import { listCaseVisits } from "./visit-reads";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const idParams = z.object({ id: z.string().uuid() });
const tags = ["poverty-cases"];

export function registerPovertyCaseRoutes(app: App) {
  // Agencies, responsibilities, menu, stage rules.

  app.get(
    "/api/poverty/agencies",
    {
      schema: {
        tags,
        summary: "A province's agencies",
        querystring: provinceQuerySchema,
        response: { 200: z.object({ items: z.array(agencySchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listAgencies(request.deps, request.query.province) }),
  );

  app.post(
    "/api/poverty/agencies",
    {
      schema: {
        tags,
        summary: "Add an agency to a province",
        body: agencyBodySchema,
        response: { 201: agencySchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createAgency(request.deps, request.body)),
  );

  app.post(
    "/api/poverty/agencies/:id/users",
    {
      schema: {
        tags,
        summary: "Link an agency-officer account to the agency",
        params: idParams,
        body: agencyUserBodySchema,
        response: { 200: z.object({ userId: z.string(), agencyId: z.string() }), ...errors },
      },
    },
    async (request) => linkAgencyUser(request.deps, request.params.id, request.body.userId),
  );

  app.get(
    "/api/poverty/agencies/responsibilities",
    {
      schema: {
        tags,
        summary: "The responsible agencies per dimension of a province (working groups)",
        querystring: provinceQuerySchema,
        response: { 200: responsibilityTableSchema, ...errors },
      },
    },
    async (request) => getResponsibilityTable(request.deps, request.query.province),
  );

  app.put(
    "/api/poverty/agencies/responsibilities",
    {
      schema: {
        tags,
        summary: "Set the responsible agencies of one dimension in a province (lead first)",
        body: responsibilityBodySchema,
        response: { 200: responsibilityTableSchema, ...errors },
      },
    },
    async (request) => setResponsibility(request.deps, request.body),
  );

  app.get(
    "/api/poverty/menu",
    {
      schema: {
        tags,
        summary: "A province's assistance menu",
        querystring: provinceQuerySchema,
        response: { 200: z.object({ items: z.array(menuItemSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listMenu(request.deps, request.query.province) }),
  );

  app.post(
    "/api/poverty/menu",
    {
      schema: {
        tags,
        summary: "Add an item to a province's assistance menu",
        body: menuItemBodySchema,
        response: { 201: menuItemSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await saveMenuItem(request.deps, request.body)),
  );

  app.put(
    "/api/poverty/menu/:id",
    {
      schema: {
        tags,
        summary: "Change an item of the assistance menu",
        params: idParams,
        body: menuItemBodySchema,
        response: { 200: menuItemSchema, ...errors },
      },
    },
    async (request) => saveMenuItem(request.deps, request.body, request.params.id),
  );

  app.get(
    "/api/poverty/cases/stage-rules",
    {
      schema: {
        tags,
        summary: "The stage rules in force in a province",
        querystring: provinceQuerySchema,
        response: { 200: z.unknown(), ...errors },
      },
    },
    async (request) => {
      assertProvinceAccess(request.deps, request.query.province, "poverty.read");
      return stageRulesOf(request.deps.db, request.query.province);
    },
  );

  app.put(
    "/api/poverty/cases/stage-rules",
    {
      schema: {
        tags,
        summary: "Set a province's stage rules (criteria, graduation requiring current loans)",
        body: stageRulesBodySchema,
        response: { 200: z.unknown(), ...errors },
      },
    },
    async (request) => setStageRules(request.deps, request.body.areaCode, request.body.rules),
  );

  // Cases.

  app.get(
    "/api/poverty/cases",
    {
      schema: {
        tags,
        summary: "Cases in an area (a mentor's paired or an agency's own households only)",
        querystring: caseListQuerySchema,
        response: { 200: pageSchema(caseSchema), ...errors },
      },
    },
    async (request) => listCases(request.deps, request.query),
  );

  app.get(
    "/api/poverty/cases/export",
    {
      schema: {
        tags,
        summary: "Cases as CSV or XLSX: the list's filters and restrictions, every page, streamed",
        querystring: caseListQuerySchema.omit({ limit: true, cursor: true }).extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const filters = listFilters(request.query);
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "เคสครัวเรือนเป้าหมาย", en: "poverty-cases" },
          filters.area ?? request.deps.actor.scopeCode,
          request.deps.clock.today(),
        ),
        format,
        columns: caseExportColumns(),
        rows: exportCases(request.deps, filters),
        options: { sheetName: lang === "en" ? "Cases" : "เคส", language: lang },
      });
    },
  );

  app.post(
    "/api/poverty/cases",
    {
      schema: {
        tags,
        summary: "Open the case of one household for a programme year",
        body: openCaseBodySchema,
        response: { 201: caseSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await openCase(request.deps, request.body)),
  );

  app.post(
    "/api/poverty/cases/from-target-list",
    {
      schema: {
        tags,
        summary: "Open one case per matched household of a target list (idempotent)",
        body: openFromListBodySchema,
        response: { 200: openFromListResultSchema, ...errors },
      },
    },
    async (request) => openCasesFromTargetList(request.deps, request.body),
  );

  app.get(
    "/api/poverty/cases/:id",
    {
      schema: {
        tags,
        summary: "A case: profile, evaluated stages, history, plan, deliveries, loans, debt plans, mentors",
        params: idParams,
        response: { 200: caseDetailSchema, ...errors },
      },
    },
    async (request) => getCase(request.deps, request.params.id),
  );

  app.post(
    "/api/poverty/cases/:id/stage",
    {
      schema: {
        tags,
        summary: "Confirm a stage move (forward when met, back with a reason)",
        params: idParams,
        body: confirmStageBodySchema,
        response: { 200: caseDetailSchema, ...errors },
      },
    },
    async (request) => confirmStage(request.deps, request.params.id, request.body),
  );

  app.post(
    "/api/poverty/cases/:id/plan-items",
    {
      schema: {
        tags,
        summary: "Add a menu item to the case's plan",
        params: idParams,
        body: planItemBodySchema,
        response: { 201: caseDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addPlanItem(request.deps, request.params.id, request.body)),
  );

  app.post(
    "/api/poverty/cases/:id/deliveries",
    {
      schema: {
        tags,
        summary: "Log a delivered plan item with its evidence",
        params: idParams,
        body: deliveryBodySchema,
        response: { 201: caseDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await logDelivery(request.deps, request.params.id, request.body)),
  );

  app.post(
    "/api/poverty/cases/:id/close",
    {
      schema: {
        tags,
        summary: "Close the case with a reason",
        params: idParams,
        body: closeCaseBodySchema,
        response: { 200: caseDetailSchema, ...errors },
      },
    },
    async (request) => closeCase(request.deps, request.params.id, request.body),
  );

  app.get(
    "/api/poverty/cases/:id/visits",
    {
      schema: {
        tags,
        summary: "Mentors' visits to the case's household",
        params: idParams,
        response: { 200: z.object({ items: z.array(visitSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listCaseVisits(request.deps, request.params.id) }),
  );

  registerPovertyCaseFileRoutes(app);

  // Mentors.

  app.get(
    "/api/poverty/mentors/schemes",
    {
      schema: {
        tags,
        summary: "Mentoring schemes",
        response: { 200: z.object({ items: z.array(schemeSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await listSchemes(request.deps) }),
  );

  app.post(
    "/api/poverty/mentors/schemes",
    {
      schema: {
        tags,
        summary: "Add a mentoring scheme",
        body: schemeBodySchema,
        response: { 201: schemeSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await saveScheme(request.deps, request.body)),
  );

  app.put(
    "/api/poverty/mentors/schemes/:id",
    {
      schema: {
        tags,
        summary: "Change a mentoring scheme (maximum households per mentor, visit interval)",
        params: idParams,
        body: schemeBodySchema,
        response: { 200: schemeSchema, ...errors },
      },
    },
    async (request) => saveScheme(request.deps, request.body, request.params.id),
  );

  app.get(
    "/api/poverty/mentors",
    {
      schema: {
        tags,
        summary: "Mentors working in an area",
        querystring: mentorListQuerySchema,
        response: { 200: pageSchema(mentorSchema), ...errors },
      },
    },
    async (request) => listMentors(request.deps, request.query),
  );

  app.post(
    "/api/poverty/mentors",
    {
      schema: {
        tags,
        summary: "Register a mentor",
        body: mentorBodySchema,
        response: { 201: mentorSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createMentor(request.deps, request.body)),
  );

  app.get(
    "/api/poverty/mentors/me/households",
    {
      schema: {
        tags,
        summary: "The signed-in mentor's households with due and overdue visits",
        response: { 200: worklistSchema, ...errors },
      },
    },
    async (request) => mentorWorklist(request.deps),
  );

  app.get(
    "/api/poverty/mentors/overdue",
    {
      schema: {
        tags,
        summary: "Overdue mentor visits in an area",
        querystring: overdueQuerySchema,
        response: { 200: worklistSchema, ...errors },
      },
    },
    async (request) => overdueVisitsOfArea(request.deps, request.query.area),
  );

  app.get(
    "/api/poverty/mentors/:id/households",
    {
      schema: {
        tags,
        summary: "A mentor's households with due and overdue visits",
        params: idParams,
        response: { 200: worklistSchema, ...errors },
      },
    },
    async (request) => mentorWorklist(request.deps, request.params.id),
  );

  app.post(
    "/api/poverty/mentors/:id/pairings",
    {
      schema: {
        tags,
        summary: "Pair the mentor with a household under a scheme",
        params: idParams,
        body: pairingBodySchema,
        response: { 201: pairingSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await pairMentor(request.deps, request.params.id, request.body)),
  );

  app.post(
    "/api/poverty/mentors/pairings/:id/end",
    {
      schema: {
        tags,
        summary: "End a pairing",
        params: idParams,
        body: endPairingBodySchema,
        response: { 200: pairingSchema, ...errors },
      },
    },
    async (request) => endPairing(request.deps, request.params.id, request.body.endOn),
  );

  app.post(
    "/api/poverty/mentors/visits",
    {
      schema: {
        tags,
        summary: "Log a mentor's visit (findings per dimension, advice, next step, GPS)",
        body: visitBodySchema,
        response: { 201: visitSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await logVisit(request.deps, request.body)),
  );

  // Progress.

  app.get(
    "/api/poverty/progress",
    {
      schema: {
        tags,
        summary:
          "Progress of an area from the refreshed rollup: totals, children (keyset pages by code), agencies, as of",
        querystring: progressQuerySchema,
        response: { 200: progressViewSchema, ...errors },
      },
    },
    async (request) => getProgress(request.deps, request.query),
  );

  app.get(
    "/api/poverty/progress/export",
    {
      schema: {
        tags,
        summary: "The children of an area with their progress, as CSV or XLSX",
        querystring: progressQuerySchema.omit({ limit: true, cursor: true }).extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const filters = listFilters(request.query);
      // The first page is read before the reply starts: its errors answer as JSON, its refresh time heads the file.
      const first = await getProgress(request.deps, { ...filters, limit: 200 });
      async function* rows() {
        let page = first;
        yield* page.children;
        while (page.nextCursor) {
          page = await getProgress(request.deps, { ...filters, limit: 200, cursor: page.nextCursor });
          yield* page.children;
        }
      }
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "ความก้าวหน้า-ศจพ", en: "poverty-progress" },
          filters.area ?? request.deps.actor.scopeCode,
          request.deps.clock.today(),
        ),
        format,
        columns: progressExportColumns(first),
        rows: rows(),
        options: {
          sheetName: lang === "en" ? "Progress" : "ความก้าวหน้า",
          language: lang,
          title:
            lang === "en"
              ? `Poverty eradication progress: ${first.total.nameEn ?? first.total.nameTh}, programme year ${first.programmeYear}; ${asOfText(first, "en")}`
              : `ความก้าวหน้าการขจัดความยากจน ${first.total.nameTh} ปีงบประมาณ ${first.programmeYear} ${asOfText(first, "th")}`,
        },
      });
    },
  );

  const districtsQuery = z.object({ year: progressQuerySchema.shape.year });
  const provinceParams = z.object({ province: z.string().regex(/^\d{2}$/, "2-digit province code") });

  app.get(
    "/api/poverty/progress/provinces/:province/districts",
    {
      schema: {
        tags,
        summary: "Every district of a province in one table (the Si Sa Ket view)",
        params: provinceParams,
        querystring: districtsQuery,
        response: { 200: districtsTableViewSchema, ...errors },
      },
    },
    async (request) => getDistrictsTable(request.deps, request.params.province, request.query.year),
  );

  app.get(
    "/api/poverty/progress/provinces/:province/districts/export",
    {
      schema: {
        tags,
        summary: "The districts table of a province as CSV or XLSX, with the province total last",
        params: provinceParams,
        querystring: districtsQuery.extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang, year } = request.query;
      const table = await getDistrictsTable(request.deps, request.params.province, year);
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "ความก้าวหน้า-รายอำเภอ", en: "poverty-districts" },
          table.province,
          table.programmeYear,
        ),
        format,
        columns: progressExportColumns(table),
        rows: [...table.rows, { ...table.total, nameTh: `รวม ${table.provinceNameTh}` }],
        options: {
          sheetName: lang === "en" ? "Districts" : "รายอำเภอ",
          language: lang,
          title: `ความก้าวหน้าการขจัดความยากจน จังหวัด${table.provinceNameTh} ปีงบประมาณ ${table.programmeYear} ${asOfText(table, "th")}`,
        },
      });
    },
  );

  app.post(
    "/api/poverty/progress/refresh",
    {
      schema: {
        tags,
        summary: "Rebuild the progress rollups now (central administrators); the daily job does it nightly",
        body: refreshProgressBodySchema,
        response: { 200: refreshProgressResultSchema, ...errors },
      },
    },
    async (request) => refreshPovertyProgress(request.deps, { businessDate: request.body?.businessDate }),
  );
}
