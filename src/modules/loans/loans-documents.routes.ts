// HTTP route of a repayment receipt as PDF, next to the loan's repayments (the form itself is the กข.คจ. module's).
import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { App } from "../../http/context";
import { errorBodySchema } from "../../shared/contracts/index";
import { digitsOption, pdfHeaders, pdfQuerySchema, printRepaymentReceipt } from "../kkj/index";

const errors = { 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

export function registerLoanDocumentRoutes(app: App) {
  app.get(
    "/api/loans/:loanId/repayments/:repaymentId/pdf",
    {
      schema: {
        tags: ["loans", "documents"],
        summary:
          "A repayment receipt as PDF (แบบรับคืนเงินยืมจากครัวเรือนเป้าหมาย for a กข.คจ. loan), numbered as issued",
        params: z.object({ loanId: z.string().uuid(), repaymentId: z.string().uuid() }),
        querystring: pdfQuerySchema,
        response: errors,
      },
    },
    async (request, reply) => {
      const doc = await printRepaymentReceipt(
        request.deps,
        request.params.loanId,
        request.params.repaymentId,
        {
          thaiDigits: digitsOption(request.query.thaiDigits),
        },
      );
      // The PDF bypasses the JSON response schemas, which describe the error bodies only.
      return (reply as FastifyReply).headers(pdfHeaders(doc)).send(doc.bytes);
    },
  );
}
