// HTTP routes of savings groups under /api/savings-groups: groups, bylaws, members, deposits, loans, meetings, the year-end close, statements and exports.
import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, sendExport } from "../../http/export-reply";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import { digitsOption, pdfHeaders, pdfQuerySchema } from "../kkj/index";
import { addMember } from "./add-member";
import { amendBylaws } from "./amend-bylaws";
import { changeMemberStatus } from "./change-member-status";
import { checkMemberLoanRequest } from "./check-member-loan";
import { closeGroupYear } from "./close-group-year";
import {
  addMemberBodySchema,
  amendBylawsBodySchema,
  beneficiariesBodySchema,
  closeBodySchema,
  closeQuerySchema,
  createGroupBodySchema,
  depositListQuerySchema,
  depositResultSchema,
  depositRowSchema,
  depositSheetBodySchema,
  depositSheetQuerySchema,
  depositSheetSchema,
  groupDetailSchema,
  groupListQuerySchema,
  groupSchema,
  loanBodySchema,
  loanCheckBodySchema,
  loanCheckSchema,
  meetingBodySchema,
  memberDetailSchema,
  memberListQuerySchema,
  memberSchema,
  memberStatusBodySchema,
  sgLoanSchema,
  sgMeetingSchema,
  statementQuerySchema,
  statementSchema,
  yearCloseSchema,
} from "./contracts";
import { createGroup } from "./create-group";
import { printMemberStatement } from "./documents/print-statement";
import {
  closeExportColumns,
  depositExportColumns,
  exportClose,
  exportDeposits,
  exportMembers,
  memberExportColumns,
} from "./export-savings";
import { makeMemberLoan } from "./make-member-loan";
import { getMemberStatement } from "./member-statement";
import {
  getDepositSheet,
  getGroup,
  getMeeting,
  getMember,
  listDeposits,
  listGroupLoans,
  listGroups,
  listMeetings,
  listMembers,
} from "./read-groups";
import { getYearClose } from "./read-year-close";
import { recordDeposits } from "./record-deposits";
import { recordSgMeeting } from "./record-meeting";
import { updateBeneficiaries } from "./update-beneficiaries";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const tags = ["savings-groups"];

function sendPdf(reply: FastifyReply, doc: { bytes: Buffer; fileName: string; asciiFileName: string }) {
  return reply.headers(pdfHeaders(doc)).send(doc.bytes);
}
const base = "/api/savings-groups";
const groupParams = z.object({ fundId: z.string().uuid() });
const memberParams = groupParams.extend({ memberId: z.string().uuid() });

export function registerSavingsGroupRoutes(app: App) {
  app.get(
    base,
    {
      schema: {
        tags,
        summary: "Savings groups in the actor's area (or a narrower `area`), by village",
        querystring: groupListQuerySchema,
        response: { 200: pageSchema(groupSchema), ...errors },
      },
    },
    async (request) => listGroups(request.deps, request.query),
  );
  app.post(
    base,
    {
      schema: {
        tags,
        summary:
          "An officer founds a savings group: a fund of type savings_group with its accounts and first bylaws",
        body: createGroupBodySchema,
        response: { 201: groupDetailSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createGroup(request.deps, request.body)),
  );
  app.get(
    `${base}/:fundId`,
    {
      schema: {
        tags,
        summary:
          "A savings group: totals, bylaws in force and their versions, cash, closed years, the actor's rights",
        params: groupParams,
        response: { 200: groupDetailSchema, ...errors },
      },
    },
    async (request) => getGroup(request.deps, request.params.fundId),
  );
  app.post(
    `${base}/:fundId/bylaws`,
    {
      schema: {
        tags,
        summary: "The chair or an officer records a new bylaws version in force from `effectiveOn`",
        params: groupParams,
        body: amendBylawsBodySchema,
        response: { 201: groupDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await amendBylaws(request.deps, request.params.fundId, request.body)),
  );

  app.get(
    `${base}/:fundId/members`,
    {
      schema: {
        tags,
        summary: "Members in member-number order, with share savings and loans outstanding",
        params: groupParams,
        querystring: memberListQuerySchema,
        response: { 200: pageSchema(memberSchema), ...errors },
      },
    },
    async (request) => listMembers(request.deps, request.params.fundId, request.query),
  );
  app.get(
    `${base}/:fundId/members/export`,
    {
      schema: {
        tags,
        summary: "Members as CSV or XLSX",
        params: groupParams,
        querystring: exportQuerySchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "สมาชิกกลุ่มออมทรัพย์", en: "savings-members" },
          request.deps.clock.today(),
        ),
        format,
        columns: memberExportColumns(lang),
        rows: exportMembers(request.deps, request.params.fundId),
        options: { sheetName: lang === "en" ? "Members" : "สมาชิก", language: lang },
      });
    },
  );
  app.post(
    `${base}/:fundId/members`,
    {
      schema: {
        tags,
        summary: "The secretary or the chair admits a member (next numbers, beneficiaries, entry fee posted)",
        params: groupParams,
        body: addMemberBodySchema,
        response: { 201: memberDetailSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addMember(request.deps, request.params.fundId, request.body)),
  );
  app.get(
    `${base}/:fundId/members/:memberId`,
    {
      schema: {
        tags,
        summary: "A member with beneficiaries (a household member: only their own household's)",
        params: memberParams,
        response: { 200: memberDetailSchema, ...errors },
      },
    },
    async (request) => getMember(request.deps, request.params.fundId, request.params.memberId),
  );
  app.put(
    `${base}/:fundId/members/:memberId/beneficiaries`,
    {
      schema: {
        tags,
        summary: "Replaces the beneficiary nomination (shares sum to 100 %)",
        params: memberParams,
        body: beneficiariesBodySchema,
        response: { 200: memberDetailSchema, ...errors },
      },
    },
    async (request) =>
      updateBeneficiaries(request.deps, request.params.fundId, request.params.memberId, request.body),
  );
  app.post(
    `${base}/:fundId/members/:memberId/status`,
    {
      schema: {
        tags,
        summary:
          "The chair ends a membership (resigned, died, expelled), paying the savings back unless told not to",
        params: memberParams,
        body: memberStatusBodySchema,
        response: { 200: memberDetailSchema, ...errors },
      },
    },
    async (request) =>
      changeMemberStatus(request.deps, request.params.fundId, request.params.memberId, request.body),
  );
  app.get(
    `${base}/:fundId/members/:memberId/statement`,
    {
      schema: {
        tags,
        summary: "A member's statement for a fiscal year (default: the current one)",
        params: memberParams,
        querystring: statementQuerySchema,
        response: { 200: statementSchema, ...errors },
      },
    },
    async (request) =>
      getMemberStatement(
        request.deps,
        request.params.fundId,
        request.params.memberId,
        request.query.fiscalYear,
      ),
  );
  app.get(
    `${base}/:fundId/members/:memberId/statement/pdf`,
    {
      schema: {
        tags: [...tags, "documents"],
        summary: "A member's statement as PDF",
        params: memberParams,
        querystring: statementQuerySchema.merge(pdfQuerySchema),
        response: errors,
      },
    },
    async (request, reply) => {
      const doc = await printMemberStatement(request.deps, request.params.fundId, request.params.memberId, {
        fiscalYear: request.query.fiscalYear,
        thaiDigits: digitsOption(request.query.thaiDigits),
      });
      return sendPdf(reply, doc);
    },
  );

  app.get(
    `${base}/:fundId/deposit-sheet`,
    {
      schema: {
        tags,
        summary: "The deposit sheet of a month: one row per member, with what each deposited",
        params: groupParams,
        querystring: depositSheetQuerySchema,
        response: { 200: depositSheetSchema, ...errors },
      },
    },
    async (request) => getDepositSheet(request.deps, request.params.fundId, request.query.month),
  );
  app.post(
    `${base}/:fundId/deposits`,
    {
      schema: {
        tags,
        summary: "The finance member or the secretary saves a month's deposit sheet (one journal entry)",
        params: groupParams,
        body: depositSheetBodySchema,
        response: { 201: depositResultSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordDeposits(request.deps, request.params.fundId, request.body)),
  );
  app.get(
    `${base}/:fundId/deposits`,
    {
      schema: {
        tags,
        summary: "Share deposits and payouts by month",
        params: groupParams,
        querystring: depositListQuerySchema,
        response: { 200: pageSchema(depositRowSchema), ...errors },
      },
    },
    async (request) => listDeposits(request.deps, request.params.fundId, request.query),
  );
  app.get(
    `${base}/:fundId/deposits/export`,
    {
      schema: {
        tags,
        summary: "Share deposits and payouts as CSV or XLSX",
        params: groupParams,
        querystring: exportQuerySchema.extend({
          from: depositListQuerySchema.shape.from,
          to: depositListQuerySchema.shape.to,
        }),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang, from, to } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(lang, { th: "เงินสัจจะสะสม", en: "share-deposits" }, from, to),
        format,
        columns: depositExportColumns(lang),
        rows: exportDeposits(request.deps, request.params.fundId, { from, to }),
        options: { sheetName: lang === "en" ? "Deposits" : "เงินสัจจะ", language: lang },
      });
    },
  );

  app.get(
    `${base}/:fundId/loans`,
    {
      schema: {
        tags,
        summary: "Member loans with guarantors, newest first",
        params: groupParams,
        response: { 200: z.object({ items: z.array(sgLoanSchema) }), ...errors },
      },
    },
    async (request) => listGroupLoans(request.deps, request.params.fundId),
  );
  app.post(
    `${base}/:fundId/loans/check`,
    {
      schema: {
        tags,
        summary:
          "Checks a loan request against the bylaws: limit, available, every broken rule (writes nothing)",
        params: groupParams,
        body: loanCheckBodySchema,
        response: { 200: loanCheckSchema, ...errors },
      },
    },
    async (request) => checkMemberLoanRequest(request.deps, request.params.fundId, request.body),
  );
  app.post(
    `${base}/:fundId/loans`,
    {
      schema: {
        tags,
        summary:
          "The chair or the finance member lends to a member (loan engine, paid from cash); only the chair overrides",
        params: groupParams,
        body: loanBodySchema,
        response: { 201: sgLoanSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await makeMemberLoan(request.deps, request.params.fundId, request.body)),
  );

  app.get(
    `${base}/:fundId/meetings`,
    {
      schema: {
        tags,
        summary: "Meetings of the group, newest first",
        params: groupParams,
        querystring: memberListQuerySchema.pick({ limit: true, cursor: true }),
        response: { 200: pageSchema(sgMeetingSchema), ...errors },
      },
    },
    async (request) => listMeetings(request.deps, request.params.fundId, request.query),
  );
  app.post(
    `${base}/:fundId/meetings`,
    {
      schema: {
        tags,
        summary: "The secretary or the chair records a meeting (numbered n/<fiscal year>)",
        params: groupParams,
        body: meetingBodySchema,
        response: { 201: sgMeetingSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordSgMeeting(request.deps, request.params.fundId, request.body)),
  );
  app.get(
    `${base}/:fundId/meetings/:meetingId`,
    {
      schema: {
        tags,
        summary: "One meeting",
        params: groupParams.extend({ meetingId: z.string().uuid() }),
        response: { 200: sgMeetingSchema, ...errors },
      },
    },
    async (request) => getMeeting(request.deps, request.params.fundId, request.params.meetingId),
  );

  app.get(
    `${base}/:fundId/close`,
    {
      schema: {
        tags,
        summary: "The year-end close of a fiscal year: stored if done, else a preview from the books now",
        params: groupParams,
        querystring: closeQuerySchema,
        response: { 200: yearCloseSchema, ...errors },
      },
    },
    async (request) => getYearClose(request.deps, request.params.fundId, request.query.fiscalYear),
  );
  app.post(
    `${base}/:fundId/close`,
    {
      schema: {
        tags,
        summary: "Closes an ended fiscal year once: allocation per member and the appropriation entry",
        params: groupParams,
        body: closeBodySchema,
        response: { 201: yearCloseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await closeGroupYear(request.deps, request.params.fundId, request.body)),
  );
  app.get(
    `${base}/:fundId/close/export`,
    {
      schema: {
        tags,
        summary: "A year's close per member as CSV or XLSX",
        params: groupParams,
        querystring: exportQuerySchema.extend({ fiscalYear: closeQuerySchema.shape.fiscalYear }),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang, fiscalYear } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(lang, { th: "ปิดบัญชีสิ้นปี", en: "year-end-close" }, fiscalYear),
        format,
        columns: closeExportColumns(),
        rows: exportClose(request.deps, request.params.fundId, fiscalYear),
        options: { sheetName: lang === "en" ? "Close" : "ปิดบัญชี", language: lang },
      });
    },
  );
}
