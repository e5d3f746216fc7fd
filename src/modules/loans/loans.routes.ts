// HTTP routes of loans: direct loans, repayments and their reversal, rescheduling, write-off, and the reads.
import { z } from "zod";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import { exportFundLoans, exportHouseholdLoans, loanExportColumns } from "./export-loans";
import {
  directLoanBodySchema,
  idempotencyHeaderSchema,
  loanActionResultSchema,
  loanDetailSchema,
  loanListQuerySchema,
  loanSchema,
  reasonBodySchema,
  repaymentBodySchema,
  repaymentListQuerySchema,
  repaymentResultSchema,
  repaymentSchema,
  rescheduleBodySchema,
  writeOffBodySchema,
} from "./loan-contracts";
import { makeDirectLoan } from "./make-direct-loan";
import { getLoan, listFundLoans, listHouseholdLoans, listLoanRepayments } from "./read-loans";
import { recordRepayment } from "./record-repayment";
import { recordRescheduling } from "./record-rescheduling";
import { recordWriteOff } from "./record-write-off";
import { reverseRepayment } from "./reverse-repayment";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const fundParams = z.object({ fundId: z.string().uuid() });
const loanParams = z.object({ loanId: z.string().uuid() });
const repaymentParams = loanParams.extend({ repaymentId: z.string().uuid() });
const householdParams = z.object({ householdId: z.string().uuid() });
const loanExportQuerySchema = loanListQuerySchema
  .omit({ limit: true, cursor: true })
  .extend(exportQuerySchema.shape);
const LOANS = { th: "เงินยืม", en: "loans" };

export function registerLoanRoutes(app: App) {
  app.get(
    "/api/funds/:fundId/loans",
    {
      schema: {
        tags: ["loans"],
        summary: "A fund's loans (filter by status, classification, borrower name prefix), cursor-paginated",
        params: fundParams,
        querystring: loanListQuerySchema,
        response: { 200: pageSchema(loanSchema), ...errors },
      },
    },
    async (request) => listFundLoans(request.deps, request.params.fundId, request.query),
  );

  app.get(
    "/api/funds/:fundId/loans/export",
    {
      schema: {
        tags: ["loans"],
        summary: "A fund's loans as CSV or XLSX: the list's filters, every page, streamed",
        params: fundParams,
        querystring: loanExportQuerySchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(lang, LOANS, request.deps.clock.today()),
        format,
        columns: loanExportColumns(lang),
        rows: exportFundLoans(request.deps, request.params.fundId, listFilters(request.query)),
        options: { sheetName: lang === "en" ? "Loans" : "เงินยืม", language: lang },
      });
    },
  );

  app.get(
    "/api/households/:householdId/loans/export",
    {
      schema: {
        tags: ["loans"],
        summary: "A household's loans as CSV or XLSX",
        params: householdParams,
        querystring: loanExportQuerySchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(lang, LOANS, request.deps.clock.today()),
        format,
        columns: loanExportColumns(lang),
        rows: exportHouseholdLoans(request.deps, request.params.householdId, listFilters(request.query)),
        options: { sheetName: lang === "en" ? "Loans" : "เงินยืม", language: lang },
      });
    },
  );

  app.post(
    "/api/funds/:fundId/loans",
    {
      schema: {
        tags: ["loans"],
        summary: "Record and pay out a loan the committee approved (chair; not for กข.คจ. funds)",
        params: fundParams,
        body: directLoanBodySchema,
        response: { 201: loanActionResultSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await makeDirectLoan(request.deps, request.params.fundId, request.body)),
  );

  app.get(
    "/api/households/:householdId/loans",
    {
      schema: {
        tags: ["loans"],
        summary: "A household's loans (household members see only their own household)",
        params: householdParams,
        querystring: loanListQuerySchema,
        response: { 200: pageSchema(loanSchema), ...errors },
      },
    },
    async (request) => listHouseholdLoans(request.deps, request.params.householdId, request.query),
  );

  app.get(
    "/api/loans/:loanId",
    {
      schema: {
        tags: ["loans"],
        summary:
          "One loan: product, schedule with paid state, versions, outstanding, due today, payoff, repayments",
        params: loanParams,
        response: { 200: loanDetailSchema, ...errors },
      },
    },
    async (request) => getLoan(request.deps, request.params.loanId),
  );

  app.get(
    "/api/loans/:loanId/repayments",
    {
      schema: {
        tags: ["loans"],
        summary: "A loan's repayments (receipts), newest first, cursor-paginated",
        params: loanParams,
        querystring: repaymentListQuerySchema,
        response: { 200: pageSchema(repaymentSchema), ...errors },
      },
    },
    async (request) => listLoanRepayments(request.deps, request.params.loanId, request.query),
  );

  app.post(
    "/api/loans/:loanId/repayments",
    {
      schema: {
        tags: ["loans"],
        summary:
          "Record a repayment (finance member or secretary; bank only the finance member). " +
          "Send an Idempotency-Key: a retry returns the first repayment with 200",
        params: loanParams,
        headers: idempotencyHeaderSchema,
        body: repaymentBodySchema,
        response: { 200: repaymentResultSchema, 201: repaymentResultSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { replayed, ...result } = await recordRepayment(
        request.deps,
        request.params.loanId,
        request.body,
        request.headers["idempotency-key"],
      );
      return reply.code(replayed ? 200 : 201).send(result);
    },
  );

  app.post(
    "/api/loans/:loanId/repayments/:repaymentId/reversal",
    {
      schema: {
        tags: ["loans"],
        summary: "Reverse the loan's latest repayment and cancel its receipt (chair, with a reason)",
        params: repaymentParams,
        body: reasonBodySchema,
        response: { 201: repaymentResultSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await reverseRepayment(
            request.deps,
            request.params.loanId,
            request.params.repaymentId,
            request.body.reason,
          ),
        ),
  );

  app.post(
    "/api/loans/:loanId/reschedule",
    {
      schema: {
        tags: ["loans"],
        summary:
          "Reschedule (ผ่อนผัน) the outstanding debt into a new schedule version (chair, committee resolution)",
        params: loanParams,
        body: rescheduleBodySchema,
        response: { 201: loanActionResultSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordRescheduling(request.deps, request.params.loanId, request.body)),
  );

  app.post(
    "/api/loans/:loanId/write-off",
    {
      schema: {
        tags: ["loans"],
        summary: "Write the loan off as bad debt (chair, committee resolution)",
        params: loanParams,
        body: writeOffBodySchema,
        response: { 201: loanActionResultSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordWriteOff(request.deps, request.params.loanId, request.body)),
  );
}
