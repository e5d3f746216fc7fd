// HTTP routes of funds, committee sets and members, and bank accounts with their approvals.
import { z } from "zod";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import { addCommitteeMember } from "./add-committee-member";
import { approveBankAccount } from "./approve-bank-account";
import {
  bankAccountSchema,
  committeeMemberBodySchema,
  committeeMemberSchema,
  committeeSetSchema,
  createCommitteeSetBodySchema,
  createFundBodySchema,
  fundDetailSchema,
  fundListQuerySchema,
  fundSchema,
  openBankAccountBodySchema,
  replaceSignatoriesBodySchema,
  updateFundBodySchema,
} from "./contracts";
import { createCommitteeSet } from "./create-committee-set";
import { createFund } from "./create-fund";
import { exportFunds, fundExportColumns } from "./export-funds";
import { openBankAccount } from "./open-bank-account";
import { getFund, listBankAccounts, listCommitteeSets, listFunds } from "./read-funds";
import { replaceSignatories } from "./replace-signatories";
import { updateFund } from "./update-fund";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const fundParams = z.object({ fundId: z.string().uuid() });
const setParams = fundParams.extend({ setId: z.string().uuid() });
const bankParams = fundParams.extend({ bankAccountId: z.string().uuid() });

export function registerFundRoutes(app: App) {
  app.get(
    "/api/funds",
    {
      schema: {
        tags: ["funds"],
        summary: "Funds in an area (my area by default), by village code",
        querystring: fundListQuerySchema,
        response: { 200: pageSchema(fundSchema), ...errors },
      },
    },
    async (request) => listFunds(request.deps, request.query),
  );

  app.get(
    "/api/funds/export",
    {
      schema: {
        tags: ["funds"],
        summary: "Funds in an area as CSV or XLSX: the list's filters, every page, streamed",
        querystring: fundListQuerySchema.omit({ limit: true, cursor: true }).extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const filters = listFilters(request.query);
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "กองทุน", en: "funds" },
          filters.area ?? request.deps.actor.scopeCode,
          request.deps.clock.today(),
        ),
        format,
        columns: fundExportColumns(lang),
        rows: exportFunds(request.deps, filters),
        options: { sheetName: lang === "en" ? "Funds" : "กองทุน", language: lang },
      });
    },
  );

  app.post(
    "/api/funds",
    {
      schema: {
        tags: ["funds"],
        summary: "Create a fund in a village, with its standard chart of accounts",
        body: createFundBodySchema,
        response: { 201: fundSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createFund(request.deps, request.body)),
  );

  app.get(
    "/api/funds/:fundId",
    {
      schema: {
        tags: ["funds"],
        summary: "A fund with its current committee set, my positions and its bank accounts",
        params: fundParams,
        response: { 200: fundDetailSchema, ...errors },
      },
    },
    async (request) => getFund(request.deps, request.params.fundId),
  );

  app.patch(
    "/api/funds/:fundId",
    {
      schema: {
        tags: ["funds"],
        summary: "Change a fund's name, status, flags or bylaws",
        params: fundParams,
        body: updateFundBodySchema,
        response: { 200: fundSchema, ...errors },
      },
    },
    async (request) => updateFund(request.deps, request.params.fundId, request.body),
  );

  app.get(
    "/api/funds/:fundId/committee-sets",
    {
      schema: {
        tags: ["funds"],
        summary: "The fund's committee sets, newest first, with members",
        params: fundParams,
        response: { 200: z.object({ items: z.array(committeeSetSchema) }), ...errors },
      },
    },
    async (request) => listCommitteeSets(request.deps, request.params.fundId),
  );

  app.post(
    "/api/funds/:fundId/committee-sets",
    {
      schema: {
        tags: ["funds"],
        summary: "Record a new committee set (ชุดที่ n) with its members",
        params: fundParams,
        body: createCommitteeSetBodySchema,
        response: { 201: committeeSetSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createCommitteeSet(request.deps, request.params.fundId, request.body)),
  );

  app.post(
    "/api/funds/:fundId/committee-sets/:setId/members",
    {
      schema: {
        tags: ["funds"],
        summary: "Add a member to a committee set whose term has not ended",
        params: setParams,
        body: committeeMemberBodySchema,
        response: { 201: committeeMemberSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addCommitteeMember(request.deps, request.params.fundId, request.params.setId, request.body),
        ),
  );

  app.get(
    "/api/funds/:fundId/bank-accounts",
    {
      schema: {
        tags: ["funds"],
        summary: "The fund's bank accounts with signatories and approvals",
        params: fundParams,
        response: { 200: z.object({ items: z.array(bankAccountSchema) }), ...errors },
      },
    },
    async (request) => listBankAccounts(request.deps, request.params.fundId),
  );

  app.post(
    "/api/funds/:fundId/bank-accounts",
    {
      schema: {
        tags: ["funds"],
        summary: "Request a bank account (pending until the chair and the finance member approve)",
        params: fundParams,
        body: openBankAccountBodySchema,
        response: { 201: bankAccountSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await openBankAccount(request.deps, request.params.fundId, request.body)),
  );

  app.post(
    "/api/funds/:fundId/bank-accounts/:bankAccountId/approvals",
    {
      schema: {
        tags: ["funds"],
        summary: "Approve a pending bank account as the chair or the finance member",
        params: bankParams,
        response: { 200: bankAccountSchema, ...errors },
      },
    },
    async (request) => approveBankAccount(request.deps, request.params.fundId, request.params.bankAccountId),
  );

  app.put(
    "/api/funds/:fundId/bank-accounts/:bankAccountId/signatories",
    {
      schema: {
        tags: ["funds"],
        summary:
          "Name the account's signatories from the current committee set (chair, or an officer), citing the resolution",
        params: bankParams,
        body: replaceSignatoriesBodySchema,
        response: { 200: bankAccountSchema, ...errors },
      },
    },
    async (request) =>
      replaceSignatories(request.deps, request.params.fundId, request.params.bankAccountId, request.body),
  );
}
