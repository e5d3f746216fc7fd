// HTTP routes of the กข.คจ. documents as PDF: GET …/pdf next to each record's JSON route.
import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { App } from "../../http/context";
import { errorBodySchema } from "../../shared/contracts/index";
import type { ContractCopy } from "./documents/contract-pdf";
import { type PdfDocument, pdfHeaders } from "./documents/document-kit";
import { contractPdfQuerySchema, digitsOption, pdfQuerySchema } from "./documents/document-query";
import { printContract } from "./documents/print-contract";
import { printDebtConfirmation } from "./documents/print-debt-confirmation";
import { printHandover } from "./documents/print-handover";
import { printLoanRequest } from "./documents/print-loan-request";
import { printProposal } from "./documents/print-proposal";
import { printVoucher } from "./documents/print-voucher";

const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 422: errorBodySchema };
const tags = ["kkj", "documents"];
const base = "/api/funds/:fundId/kkj";
const fundParams = z.object({ fundId: z.string().uuid() });

export function sendPdf(reply: FastifyReply, doc: PdfDocument) {
  return reply.headers(pdfHeaders(doc)).send(doc.bytes);
}

export function registerKkjDocumentRoutes(app: App) {
  const simple = [
    ["proposals", "proposalId", "The project proposal (แบบเสนอโครงการ) as PDF", printProposal],
    ["requests", "requestId", "The loan request (แบบขอยืมเงินทุน) as PDF", printLoanRequest],
    ["vouchers", "voucherId", "The payment voucher (ใบสำคัญจ่ายเงินยืม) as PDF", printVoucher],
    [
      "debt-confirmations",
      "confirmationId",
      "The debt confirmation letter (หนังสือยืนยันยอดหนี้) as PDF, Thai digits by default",
      printDebtConfirmation,
    ],
    [
      "handovers",
      "handoverId",
      "The handover record with the village status (brown book parts 2–3) as PDF",
      printHandover,
    ],
  ] as const;
  for (const [path, idName, summary, print] of simple) {
    app.get(
      `${base}/${path}/:${idName}/pdf`,
      {
        schema: {
          tags,
          summary,
          params: fundParams.extend({ [idName]: z.string().uuid() }),
          querystring: pdfQuerySchema,
          response: errors,
        },
      },
      async (request, reply) => {
        const params = request.params as Record<string, string>;
        const doc = await print(request.deps, params.fundId!, params[idName]!, {
          thaiDigits: digitsOption(request.query.thaiDigits),
        });
        return sendPdf(reply, doc);
      },
    );
  }

  app.get(
    `${base}/contracts/:contractId/pdf`,
    {
      schema: {
        tags,
        summary: "The loan contract (สัญญายืมเงินทุน) as PDF: three copies, one A4 page each, or ?copy=1|2|3",
        params: fundParams.extend({ contractId: z.string().uuid() }),
        querystring: contractPdfQuerySchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const { copy, thaiDigits } = request.query;
      const doc = await printContract(request.deps, request.params.fundId, request.params.contractId, {
        thaiDigits: digitsOption(thaiDigits),
        copy: copy === undefined ? undefined : (Number(copy) as ContractCopy),
      });
      return sendPdf(reply, doc);
    },
  );
}
