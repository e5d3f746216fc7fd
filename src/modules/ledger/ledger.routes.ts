// HTTP routes of a fund's ledger: entries, balances, the standard operations, reversals and year closing.
import { z } from "zod";
import type { App } from "../../http/context";
import { exportBaseName, exportQuerySchema, listFilters, sendExport } from "../../http/export-reply";
import { errorBodySchema, pageSchema } from "../../shared/contracts/index";
import { approveBankWithdrawal } from "./approve-bank-withdrawal";
import { cancelBankWithdrawal } from "./cancel-bank-withdrawal";
import { closeFiscalYear } from "./close-fiscal-year";
import {
  accountBalanceSchema,
  asOfQuerySchema,
  bankDepositBodySchema,
  capitalGrantBodySchema,
  donationBodySchema,
  entryListQuerySchema,
  expenseBodySchema,
  fiscalYearCloseSchema,
  fiscalYearParamsSchema,
  fundPositionSchema,
  journalEntrySchema,
  postEntryBodySchema,
  reverseBodySchema,
  withdrawalBodySchema,
  withdrawalListQuerySchema,
  withdrawalSchema,
} from "./contracts";
import {
  accountBalanceExportColumns,
  exportAccountBalances,
  exportJournalLines,
  exportWithdrawals,
  journalExportColumns,
  withdrawalExportColumns,
} from "./export-ledger";
import { postManualEntry } from "./post-manual-entry";
import {
  getAccountBalances,
  getEntry,
  getFundPosition,
  listEntries,
  listFiscalYearCloses,
  listWithdrawals,
} from "./read-ledger";
import { recordBankDeposit } from "./record-bank-deposit";
import { recordCapitalGrant } from "./record-capital-grant";
import { recordDonation } from "./record-donation";
import { recordExpense } from "./record-expense";
import { requestBankWithdrawal } from "./request-bank-withdrawal";
import { reverseEntry } from "./reverse-entry";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const fundParams = z.object({ fundId: z.string().uuid() });
const entryParams = fundParams.extend({ entryId: z.string().uuid() });
const withdrawalParams = fundParams.extend({ withdrawalId: z.string().uuid() });
const base = "/api/funds/:fundId/ledger";

export function registerLedgerRoutes(app: App) {
  app.get(
    `${base}/accounts`,
    {
      schema: {
        tags: ["ledger"],
        summary: "The chart of accounts with balances (as of a date, inclusive, if given)",
        params: fundParams,
        querystring: asOfQuerySchema,
        response: { 200: z.object({ items: z.array(accountBalanceSchema) }), ...errors },
      },
    },
    async (request) => getAccountBalances(request.deps, request.params.fundId, request.query.asOf),
  );

  app.get(
    `${base}/position`,
    {
      schema: {
        tags: ["ledger"],
        summary: "The fund's position: cash, bank (per account), loans receivable, capital, income, expenses",
        params: fundParams,
        querystring: asOfQuerySchema,
        response: { 200: fundPositionSchema, ...errors },
      },
    },
    async (request) => getFundPosition(request.deps, request.params.fundId, request.query.asOf),
  );

  app.get(
    `${base}/entries`,
    {
      schema: {
        tags: ["ledger"],
        summary: "Journal entries in book order (date, then posting order), cursor-paginated",
        params: fundParams,
        querystring: entryListQuerySchema,
        response: { 200: pageSchema(journalEntrySchema), ...errors },
      },
    },
    async (request) => listEntries(request.deps, request.params.fundId, request.query),
  );

  app.get(
    `${base}/entries/export`,
    {
      schema: {
        tags: ["ledger"],
        summary: "The journal as CSV or XLSX, one row per line in book order (from/to filters), streamed",
        params: fundParams,
        querystring: entryListQuerySchema.omit({ limit: true, cursor: true }).extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang } = request.query;
      const filters = listFilters(request.query);
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "สมุดรายวัน", en: "journal" },
          filters.from,
          filters.to ?? request.deps.clock.today(),
        ),
        format,
        columns: journalExportColumns(lang),
        rows: exportJournalLines(request.deps, request.params.fundId, filters),
        options: { sheetName: lang === "en" ? "Journal" : "สมุดรายวัน", language: lang },
      });
    },
  );

  app.get(
    `${base}/accounts/export`,
    {
      schema: {
        tags: ["ledger"],
        summary: "The chart of accounts with balances (trial balance) as CSV or XLSX",
        params: fundParams,
        querystring: asOfQuerySchema.extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang, asOf } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "งบทดลอง", en: "trial-balance" },
          asOf ?? request.deps.clock.today(),
        ),
        format,
        columns: accountBalanceExportColumns(lang),
        rows: await exportAccountBalances(request.deps, request.params.fundId, asOf),
        options: { sheetName: lang === "en" ? "Trial balance" : "งบทดลอง", language: lang },
      });
    },
  );

  app.get(
    `${base}/withdrawals/export`,
    {
      schema: {
        tags: ["ledger"],
        summary: "Bank withdrawals and transfers as CSV or XLSX (status filter)",
        params: fundParams,
        querystring: withdrawalListQuerySchema.extend(exportQuerySchema.shape),
        response: errors,
      },
    },
    async (request, reply) => {
      const { format, lang, status } = request.query;
      return sendExport(reply, {
        fileName: exportBaseName(
          lang,
          { th: "การถอนเงินธนาคาร", en: "withdrawals" },
          status,
          request.deps.clock.today(),
        ),
        format,
        columns: withdrawalExportColumns(lang),
        rows: await exportWithdrawals(request.deps, request.params.fundId, status),
        options: { sheetName: lang === "en" ? "Withdrawals" : "การถอนเงิน", language: lang },
      });
    },
  );

  app.get(
    `${base}/entries/:entryId`,
    {
      schema: {
        tags: ["ledger"],
        summary: "One journal entry with its lines",
        params: entryParams,
        response: { 200: journalEntrySchema, ...errors },
      },
    },
    async (request) => getEntry(request.deps, request.params.fundId, request.params.entryId),
  );

  app.post(
    `${base}/entries`,
    {
      schema: {
        tags: ["ledger"],
        summary: "Post a manual entry (finance member; never crediting a bank account)",
        params: fundParams,
        body: postEntryBodySchema,
        response: { 201: journalEntrySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await postManualEntry(request.deps, request.params.fundId, request.body)),
  );

  app.post(
    `${base}/capital-grants`,
    {
      schema: {
        tags: ["ledger"],
        summary: "Record the original capital grant into a bank account (finance member)",
        params: fundParams,
        body: capitalGrantBodySchema,
        response: { 201: journalEntrySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordCapitalGrant(request.deps, request.params.fundId, request.body)),
  );

  app.post(
    `${base}/deposits`,
    {
      schema: {
        tags: ["ledger"],
        summary: "Record cash paid into a bank account (finance member)",
        params: fundParams,
        body: bankDepositBodySchema,
        response: { 201: journalEntrySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordBankDeposit(request.deps, request.params.fundId, request.body)),
  );

  app.post(
    `${base}/donations`,
    {
      schema: {
        tags: ["ledger"],
        summary: "Record a grant or donation received in cash or into a bank account",
        params: fundParams,
        body: donationBodySchema,
        response: { 201: journalEntrySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordDonation(request.deps, request.params.fundId, request.body)),
  );

  app.post(
    `${base}/expenses`,
    {
      schema: {
        tags: ["ledger"],
        summary: "Record an operating or welfare expense paid from cash (secretary or finance member)",
        params: fundParams,
        body: expenseBodySchema,
        response: { 201: journalEntrySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordExpense(request.deps, request.params.fundId, request.body)),
  );

  app.post(
    `${base}/entries/:entryId/reversal`,
    {
      schema: {
        tags: ["ledger"],
        summary: "Reverse an entry with a mirror entry dated today (once per entry)",
        params: entryParams,
        body: reverseBodySchema,
        response: { 201: journalEntrySchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await reverseEntry(request.deps, request.params.entryId, request.body.reason, {
          fundId: request.params.fundId,
        }),
      ),
  );

  app.get(
    `${base}/withdrawals`,
    {
      schema: {
        tags: ["ledger"],
        summary: "Bank withdrawals and transfers with their approvals",
        params: fundParams,
        querystring: withdrawalListQuerySchema,
        response: { 200: z.object({ items: z.array(withdrawalSchema) }), ...errors },
      },
    },
    async (request) => listWithdrawals(request.deps, request.params.fundId, request.query.status),
  );

  app.post(
    `${base}/withdrawals`,
    {
      schema: {
        tags: ["ledger"],
        summary:
          "Record a withdrawal to cash or a transfer to another account (finance member); posts when approved",
        params: fundParams,
        body: withdrawalBodySchema,
        response: { 201: withdrawalSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await requestBankWithdrawal(request.deps, request.params.fundId, request.body)),
  );

  app.post(
    `${base}/withdrawals/:withdrawalId/approvals`,
    {
      schema: {
        tags: ["ledger"],
        summary: "Approve a withdrawal as a signatory; the approval that satisfies the rule posts it",
        params: withdrawalParams,
        response: { 200: withdrawalSchema, ...errors },
      },
    },
    async (request) =>
      approveBankWithdrawal(request.deps, request.params.fundId, request.params.withdrawalId),
  );

  app.post(
    `${base}/withdrawals/:withdrawalId/cancellation`,
    {
      schema: {
        tags: ["ledger"],
        summary: "Cancel a pending withdrawal (chair or finance member)",
        params: withdrawalParams,
        response: { 200: withdrawalSchema, ...errors },
      },
    },
    async (request) => cancelBankWithdrawal(request.deps, request.params.fundId, request.params.withdrawalId),
  );

  app.get(
    `${base}/fiscal-years`,
    {
      schema: {
        tags: ["ledger"],
        summary: "The fund's closed fiscal years",
        params: fundParams,
        response: { 200: z.object({ items: z.array(fiscalYearCloseSchema) }), ...errors },
      },
    },
    async (request) => listFiscalYearCloses(request.deps, request.params.fundId),
  );

  app.post(
    `${base}/fiscal-years/:fiscalYear/close`,
    {
      schema: {
        tags: ["ledger"],
        summary: "Close an ended fiscal year (officers): no entry may be dated in it any more",
        params: fiscalYearParamsSchema,
        response: { 201: fiscalYearCloseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await closeFiscalYear(request.deps, request.params.fundId, request.params.fiscalYear)),
  );
}
