// HTTP routes of the กข.คจ. exports (CSV/XLSX): the four books, targets, meetings, debt confirmations and handovers.
import { z } from "zod";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, sendExport } from "../../http/export-reply";
import { errorBodySchema } from "../../shared/contracts/index";
import {
  brownBookExportColumns,
  confirmationExportColumns,
  exportBrownVillages,
  exportDebtConfirmations,
  exportGreenBook,
  exportHandovers,
  exportMeetings,
  exportPurpleBook,
  exportTargets,
  exportYellowDebtors,
  exportYellowLoan,
  greenBookExportColumns,
  handoverExportColumns,
  meetingExportColumns,
  purpleBookExportColumns,
  targetExportColumns,
  yellowDebtorExportColumns,
  yellowEntryExportColumns,
} from "./export-kkj";

const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
const tags = ["kkj"];
const fundParams = z.object({ fundId: z.string().uuid() });
const base = "/api/funds/:fundId/kkj";

export function registerKkjExportRoutes(app: App) {
  const today = (deps: { clock: { today(): string } }) => deps.clock.today();

  for (const [prefix, only] of [
    ["/api/funds/:fundId", "any"],
    [base, "kkj"],
  ] as const) {
    app.get(
      `${prefix}/meetings/export`,
      {
        schema: {
          tags,
          summary: `Committee meetings of ${only === "kkj" ? "a กข.คจ. fund" : "any fund"} as CSV or XLSX`,
          params: fundParams,
          querystring: exportQuerySchema,
          response: errors,
        },
      },
      async (request, reply) => {
        const { format, lang } = request.query;
        return sendExport(reply, {
          fileName: exportBaseName(lang, { th: "การประชุม", en: "meetings" }, today(request.deps)),
          format,
          columns: meetingExportColumns(),
          rows: exportMeetings(request.deps, request.params.fundId, only),
          options: { sheetName: lang === "en" ? "Meetings" : "การประชุม", language: lang },
        });
      },
    );
  }

  app.get(
    `${base}/targets/export`,
    {
      schema: {
        tags,
        summary: "The target register in rank order as CSV or XLSX, with each household's loan totals",
        params: fundParams,
        querystring: exportQuerySchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(lang, { th: "ครัวเรือนเป้าหมาย", en: "targets" }, today(request.deps)),
        format,
        columns: targetExportColumns(lang),
        rows: exportTargets(request.deps, request.params.fundId),
        options: { sheetName: lang === "en" ? "Targets" : "ครัวเรือนเป้าหมาย", language: lang },
      });
    },
  );

  app.get(
    `${base}/books/purple/export`,
    {
      schema: {
        tags,
        summary: "Purple book as CSV or XLSX: the target register, one row per household loan",
        params: fundParams,
        querystring: exportQuerySchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(lang, { th: "สมุดสีม่วง", en: "purple-book" }, today(request.deps)),
        format,
        columns: purpleBookExportColumns(lang),
        rows: exportPurpleBook(request.deps, request.params.fundId),
        options: {
          sheetName: lang === "en" ? "Purple book" : "สมุดสีม่วง",
          language: lang,
          title: lang === "en" ? "Target household register" : "สมุดบัญชีทะเบียนครัวเรือนเป้าหมาย",
        },
      });
    },
  );

  app.get(
    `${base}/books/green/export`,
    {
      schema: {
        tags,
        summary: "Green book as CSV or XLSX: a bank account's movements with the running balance",
        params: fundParams,
        querystring: exportQuerySchema.extend({ bankAccountId: z.string().uuid().optional() }),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang, bankAccountId } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(lang, { th: "สมุดสีเขียว", en: "green-book" }, today(request.deps)),
        format,
        columns: greenBookExportColumns(lang),
        rows: exportGreenBook(request.deps, request.params.fundId, bankAccountId),
        options: {
          sheetName: lang === "en" ? "Green book" : "สมุดสีเขียว",
          language: lang,
          title: lang === "en" ? "Bank deposit control account" : "บัญชีคุมเงินฝากธนาคาร",
        },
      });
    },
  );

  app.get(
    `${base}/books/yellow/export`,
    {
      schema: {
        tags,
        summary: "Yellow book as CSV or XLSX: one row per debtor, or one loan's movements (loanId)",
        params: fundParams,
        querystring: exportQuerySchema.extend({ loanId: z.string().uuid().optional() }),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang, loanId } = request.query;
      const options = {
        sheetName: lang === "en" ? "Yellow book" : "สมุดสีเหลือง",
        language: lang,
        title: lang === "en" ? "Debtor control account" : "บัญชีคุมลูกหนี้",
      };
      const fileName = exportBaseName(lang, { th: "สมุดสีเหลือง", en: "yellow-book" }, today(request.deps));
      if (loanId) {
        return sendExport(reply, {
          fileName,
          format,
          columns: yellowEntryExportColumns(lang),
          rows: exportYellowLoan(request.deps, request.params.fundId, loanId),
          options,
        });
      }
      return sendExport(reply, {
        fileName,
        format,
        columns: yellowDebtorExportColumns(),
        rows: exportYellowDebtors(request.deps, request.params.fundId),
        options,
      });
    },
  );

  app.get(
    `${base}/books/brown/export`,
    {
      schema: {
        tags,
        summary: "Brown book part 1 as CSV or XLSX: the district's กข.คจ. villages (year funded, amount)",
        params: fundParams,
        querystring: exportQuerySchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(lang, { th: "สมุดสีน้ำตาล", en: "brown-book" }, today(request.deps)),
        format,
        columns: brownBookExportColumns(),
        rows: exportBrownVillages(request.deps, request.params.fundId),
        options: {
          sheetName: lang === "en" ? "Brown book" : "สมุดสีน้ำตาล",
          language: lang,
          title: lang === "en" ? "Village status book, part 1" : "สมุดบันทึกสถานะหมู่บ้าน ส่วนที่ 1",
        },
      });
    },
  );

  app.get(
    `${base}/handovers/export`,
    {
      schema: {
        tags,
        summary: "Handovers between officers (brown book part 2) as CSV or XLSX",
        params: fundParams,
        querystring: exportQuerySchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(lang, { th: "การส่งมอบงาน", en: "handovers" }, today(request.deps)),
        format,
        columns: handoverExportColumns(),
        rows: exportHandovers(request.deps, request.params.fundId),
        options: { sheetName: lang === "en" ? "Handovers" : "การส่งมอบงาน", language: lang },
      });
    },
  );

  app.get(
    `${base}/debt-confirmations/export`,
    {
      schema: {
        tags,
        summary: "Debt confirmations (of a fiscal year if given) as CSV or XLSX",
        params: fundParams,
        querystring: exportQuerySchema.extend({
          fiscalYear: z.coerce.number().int().min(2500).max(2700).optional(),
        }),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang, fiscalYear } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "ยืนยันยอดหนี้", en: "debt-confirmations" },
          fiscalYear,
          today(request.deps),
        ),
        format,
        columns: confirmationExportColumns(lang),
        rows: exportDebtConfirmations(request.deps, request.params.fundId, fiscalYear),
        options: { sheetName: lang === "en" ? "Debt confirmations" : "ยืนยันยอดหนี้", language: lang },
      });
    },
  );
}
