// HTTP routes of the กข.คจ. workflow under /api/funds/{fundId}/kkj, committee meetings of any fund, and a household's rounds.
import { z } from "zod";
import type { App } from "../../http/context";
import { errorBodySchema, pageQuerySchema, pageSchema } from "../../shared/contracts/index";
import { cancelVoucher } from "./cancel-voucher";
import { confirmDebt } from "./confirm-debt";
import {
  brownBookQuerySchema,
  brownBookSchema,
  cancelVoucherBodySchema,
  candidateSchema,
  contractBodySchema,
  contractSchema,
  debtConfirmationBodySchema,
  debtConfirmationSchema,
  decisionBodySchema,
  fiscalYearQuerySchema,
  greenBookQuerySchema,
  greenBookSchema,
  handoverBodySchema,
  handoverSchema,
  householdRoundsSchema,
  listQuerySchema,
  loanRequestBodySchema,
  loanRequestSchema,
  meetingBodySchema,
  meetingSchema,
  payVoucherBodySchema,
  proposalBodySchema,
  proposalOpinionBodySchema,
  proposalSchema,
  purpleBookSchema,
  registerTargetsBodySchema,
  requestOpinionBodySchema,
  targetSchema,
  unconfirmedLoanSchema,
  villageStatusSchema,
  voucherBodySchema,
  voucherSchema,
  withdrawBodySchema,
  yellowBookQuerySchema,
  yellowBookSchema,
} from "./contracts";
import { decideLoanRequest } from "./decide-loan-request";
import { decideProposal } from "./decide-proposal";
import { giveProposalOpinion } from "./give-proposal-opinion";
import { giveRequestOpinion } from "./give-request-opinion";
import { issueVoucher } from "./issue-voucher";
import { payVoucher } from "./pay-voucher";
import { getBrownBook, getGreenBook, getPurpleBook, getYellowBook } from "./read-books";
import { listDebtConfirmations, listHandovers, listUnconfirmedLoans } from "./read-confirmations";
import { getMeeting, listMeetings } from "./read-meetings";
import {
  getContract,
  getHouseholdRounds,
  getProposal,
  getRequest,
  getVoucher,
  listContracts,
  listProposals,
  listRequests,
  listVouchers,
} from "./read-rounds";
import { listCandidates, listTargets } from "./read-targets";
import { recordHandover } from "./record-handover";
import { recordMeeting } from "./record-meeting";
import { registerTargets } from "./register-targets";
import { signContract } from "./sign-contract";
import { submitLoanRequest } from "./submit-loan-request";
import { submitProposal } from "./submit-proposal";
import { getVillageStatus } from "./village-status";
import { withdrawProposal } from "./withdraw-proposal";

const errors = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const tags = ["kkj"];
const fundParams = z.object({ fundId: z.string().uuid() });
const meetingParams = fundParams.extend({ meetingId: z.string().uuid() });
const proposalParams = fundParams.extend({ proposalId: z.string().uuid() });
const requestParams = fundParams.extend({ requestId: z.string().uuid() });
const contractParams = fundParams.extend({ contractId: z.string().uuid() });
const voucherParams = fundParams.extend({ voucherId: z.string().uuid() });
const base = "/api/funds/:fundId/kkj";

function registerMeetingRoutes(app: App, prefix: string, only: "any" | "kkj") {
  const which = only === "kkj" ? "a กข.คจ. fund" : "any fund";
  app.get(
    `${prefix}/meetings`,
    {
      schema: {
        tags,
        summary: `Committee meetings of ${which}, newest first`,
        params: fundParams,
        querystring: pageQuerySchema,
        response: { 200: pageSchema(meetingSchema), ...errors },
      },
    },
    async (request) => listMeetings(request.deps, request.params.fundId, request.query, only),
  );
  app.post(
    `${prefix}/meetings`,
    {
      schema: {
        tags,
        summary: `The secretary records a committee meeting of ${which} (numbered n/<B.E. fiscal year> if not given)`,
        params: fundParams,
        body: meetingBodySchema,
        response: { 201: meetingSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordMeeting(request.deps, request.params.fundId, request.body, only)),
  );
  app.get(
    `${prefix}/meetings/:meetingId`,
    {
      schema: {
        tags,
        summary: `One committee meeting of ${which}`,
        params: meetingParams,
        response: { 200: meetingSchema, ...errors },
      },
    },
    async (request) => getMeeting(request.deps, request.params.fundId, request.params.meetingId, only),
  );
}

export function registerKkjRoutes(app: App) {
  registerMeetingRoutes(app, "/api/funds/:fundId", "any");
  registerMeetingRoutes(app, base, "kkj");

  app.get(
    `${base}/targets`,
    {
      schema: {
        tags,
        summary:
          "The target register (purple book) in rank order, with incomes after the first loan and loans",
        params: fundParams,
        querystring: pageQuerySchema,
        response: { 200: pageSchema(targetSchema), ...errors },
      },
    },
    async (request) => listTargets(request.deps, request.params.fundId, request.query),
  );
  app.post(
    `${base}/targets`,
    {
      schema: {
        tags,
        summary: "The secretary registers eligible households of the village (ranked by income, appended)",
        params: fundParams,
        body: registerTargetsBodySchema,
        response: { 201: z.object({ items: z.array(targetSchema) }), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ items: await registerTargets(request.deps, request.params.fundId, request.body) }),
  );
  app.get(
    `${base}/targets/candidates`,
    {
      schema: {
        tags,
        summary:
          "Households of the village not yet registered, lowest per-person income first, with eligibility",
        params: fundParams,
        querystring: pageQuerySchema,
        response: { 200: pageSchema(candidateSchema), ...errors },
      },
    },
    async (request) => listCandidates(request.deps, request.params.fundId, request.query),
  );

  app.get(
    `${base}/proposals`,
    {
      schema: {
        tags,
        summary: "Project proposals (borrowing rounds), newest first",
        params: fundParams,
        querystring: listQuerySchema,
        response: { 200: pageSchema(proposalSchema), ...errors },
      },
    },
    async (request) => listProposals(request.deps, request.params.fundId, request.query),
  );
  app.post(
    `${base}/proposals`,
    {
      schema: {
        tags,
        summary: "The secretary records a target household's project proposal (one open round per household)",
        params: fundParams,
        body: proposalBodySchema,
        response: { 201: proposalSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await submitProposal(request.deps, request.params.fundId, request.body)),
  );
  app.get(
    `${base}/proposals/:proposalId`,
    {
      schema: {
        tags,
        summary: "One proposal",
        params: proposalParams,
        response: { 200: proposalSchema, ...errors },
      },
    },
    async (request) => getProposal(request.deps, request.params.fundId, request.params.proposalId),
  );
  app.post(
    `${base}/proposals/:proposalId/opinion`,
    {
      schema: {
        tags,
        summary: "The พัฒนากร of the area gives the worker opinion (feasible / not feasible + reason)",
        params: proposalParams,
        body: proposalOpinionBodySchema,
        response: { 200: proposalSchema, ...errors },
      },
    },
    async (request) =>
      giveProposalOpinion(request.deps, request.params.fundId, request.params.proposalId, request.body),
  );
  app.post(
    `${base}/proposals/:proposalId/decision`,
    {
      schema: {
        tags,
        summary: "The chair records the committee decision, citing a recorded meeting",
        params: proposalParams,
        body: decisionBodySchema,
        response: { 200: proposalSchema, ...errors },
      },
    },
    async (request) =>
      decideProposal(request.deps, request.params.fundId, request.params.proposalId, request.body),
  );
  app.post(
    `${base}/proposals/:proposalId/withdrawal`,
    {
      schema: {
        tags,
        summary: "The secretary or the chair withdraws a round before its contract",
        params: proposalParams,
        body: withdrawBodySchema,
        response: { 200: proposalSchema, ...errors },
      },
    },
    async (request) =>
      withdrawProposal(request.deps, request.params.fundId, request.params.proposalId, request.body),
  );

  app.get(
    `${base}/requests`,
    {
      schema: {
        tags,
        summary: "Loan requests, newest first",
        params: fundParams,
        querystring: listQuerySchema,
        response: { 200: pageSchema(loanRequestSchema), ...errors },
      },
    },
    async (request) => listRequests(request.deps, request.params.fundId, request.query),
  );
  app.post(
    `${base}/requests`,
    {
      schema: {
        tags,
        summary: "The secretary records the loan request of an approved proposal (amount, plan, consent)",
        params: fundParams,
        body: loanRequestBodySchema,
        response: { 201: loanRequestSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await submitLoanRequest(request.deps, request.params.fundId, request.body)),
  );
  app.get(
    `${base}/requests/:requestId`,
    {
      schema: {
        tags,
        summary: "One loan request",
        params: requestParams,
        response: { 200: loanRequestSchema, ...errors },
      },
    },
    async (request) => getRequest(request.deps, request.params.fundId, request.params.requestId),
  );
  app.post(
    `${base}/requests/:requestId/opinion`,
    {
      schema: {
        tags,
        summary: "The พัฒนากร of the area gives the worker opinion (agree / disagree + reason)",
        params: requestParams,
        body: requestOpinionBodySchema,
        response: { 200: loanRequestSchema, ...errors },
      },
    },
    async (request) =>
      giveRequestOpinion(request.deps, request.params.fundId, request.params.requestId, request.body),
  );
  app.post(
    `${base}/requests/:requestId/decision`,
    {
      schema: {
        tags,
        summary: "The chair records the committee decision on the request, citing a meeting; needs the money",
        params: requestParams,
        body: decisionBodySchema,
        response: { 200: loanRequestSchema, ...errors },
      },
    },
    async (request) =>
      decideLoanRequest(request.deps, request.params.fundId, request.params.requestId, request.body),
  );

  app.get(
    `${base}/contracts`,
    {
      schema: {
        tags,
        summary: "Loan contracts with their instalment tables, newest first",
        params: fundParams,
        querystring: pageQuerySchema,
        response: { 200: pageSchema(contractSchema), ...errors },
      },
    },
    async (request) => listContracts(request.deps, request.params.fundId, request.query),
  );
  app.post(
    `${base}/contracts`,
    {
      schema: {
        tags,
        summary:
          "The secretary records the signed contract of an approved request; the loan is created with it",
        params: fundParams,
        body: contractBodySchema,
        response: { 201: contractSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await signContract(request.deps, request.params.fundId, request.body)),
  );
  app.get(
    `${base}/contracts/:contractId`,
    {
      schema: {
        tags,
        summary: "One contract",
        params: contractParams,
        response: { 200: contractSchema, ...errors },
      },
    },
    async (request) => getContract(request.deps, request.params.fundId, request.params.contractId),
  );

  app.get(
    `${base}/vouchers`,
    {
      schema: {
        tags,
        summary: "Payment vouchers, newest first",
        params: fundParams,
        querystring: listQuerySchema,
        response: { 200: pageSchema(voucherSchema), ...errors },
      },
    },
    async (request) => listVouchers(request.deps, request.params.fundId, request.query),
  );
  app.post(
    `${base}/vouchers`,
    {
      schema: {
        tags,
        summary:
          "The finance member issues a contract's voucher: cash pays out now; bank asks the signatories for a withdrawal",
        params: fundParams,
        body: voucherBodySchema,
        response: { 201: voucherSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await issueVoucher(request.deps, request.params.fundId, request.body)),
  );
  app.get(
    `${base}/vouchers/:voucherId`,
    {
      schema: {
        tags,
        summary: "One voucher",
        params: voucherParams,
        response: { 200: voucherSchema, ...errors },
      },
    },
    async (request) => getVoucher(request.deps, request.params.fundId, request.params.voucherId),
  );
  app.post(
    `${base}/vouchers/:voucherId/pay`,
    {
      schema: {
        tags,
        summary: "The finance member pays a bank voucher out once its withdrawal is posted",
        params: voucherParams,
        body: payVoucherBodySchema,
        response: { 200: voucherSchema, ...errors },
      },
    },
    async (request) =>
      payVoucher(request.deps, request.params.fundId, request.params.voucherId, request.body),
  );
  app.post(
    `${base}/vouchers/:voucherId/cancellation`,
    {
      schema: {
        tags,
        summary:
          "The chair or the finance member cancels a voucher not yet paid (and its pending withdrawal)",
        params: voucherParams,
        body: cancelVoucherBodySchema,
        response: { 200: voucherSchema, ...errors },
      },
    },
    async (request) =>
      cancelVoucher(request.deps, request.params.fundId, request.params.voucherId, request.body),
  );

  app.get(
    `${base}/debt-confirmations`,
    {
      schema: {
        tags,
        summary: "Debt confirmations (of a fiscal year if given), newest first",
        params: fundParams,
        querystring: fiscalYearQuerySchema,
        response: { 200: pageSchema(debtConfirmationSchema), ...errors },
      },
    },
    async (request) => listDebtConfirmations(request.deps, request.params.fundId, request.query),
  );
  app.get(
    `${base}/debt-confirmations/pending`,
    {
      schema: {
        tags,
        summary: "Active loans not yet confirmed for the fiscal year (default: the current one)",
        params: fundParams,
        querystring: fiscalYearQuerySchema,
        response: {
          200: pageSchema(unconfirmedLoanSchema).extend({ fiscalYear: z.number().int() }),
          ...errors,
        },
      },
    },
    async (request) => listUnconfirmedLoans(request.deps, request.params.fundId, request.query),
  );
  app.post(
    `${base}/debt-confirmations`,
    {
      schema: {
        tags,
        summary:
          "The secretary (or the household member, for their own loan) records the annual debt confirmation",
        params: fundParams,
        body: debtConfirmationBodySchema,
        response: { 201: debtConfirmationSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await confirmDebt(request.deps, request.params.fundId, request.body)),
  );

  app.get(
    `${base}/books/purple`,
    {
      schema: {
        tags,
        summary: "Purple book: target register with loans, committee sets, the พัฒนากร of the area",
        params: fundParams,
        querystring: pageQuerySchema,
        response: { 200: purpleBookSchema, ...errors },
      },
    },
    async (request) => getPurpleBook(request.deps, request.params.fundId, request.query),
  );
  app.get(
    `${base}/books/green`,
    {
      schema: {
        tags,
        summary: "Green book: a bank account's movements with document numbers and running balance",
        params: fundParams,
        querystring: greenBookQuerySchema,
        response: { 200: greenBookSchema, ...errors },
      },
    },
    async (request) => getGreenBook(request.deps, request.params.fundId, request.query),
  );
  app.get(
    `${base}/books/yellow`,
    {
      schema: {
        tags,
        summary:
          "Yellow book: debtor accounts per loan, or one loan's movements with running balance (loanId)",
        params: fundParams,
        querystring: yellowBookQuerySchema,
        response: { 200: yellowBookSchema, ...errors },
      },
    },
    async (request) => getYellowBook(request.deps, request.params.fundId, request.query),
  );
  app.get(
    `${base}/books/brown`,
    {
      schema: {
        tags,
        summary: "Brown book: the district's กข.คจ. villages, the handovers, the village status",
        params: fundParams,
        querystring: brownBookQuerySchema,
        response: { 200: brownBookSchema, ...errors },
      },
    },
    async (request) => getBrownBook(request.deps, request.params.fundId, request.query),
  );
  app.get(
    `${base}/status`,
    {
      schema: {
        tags,
        summary: "The village status now (what a handover would freeze)",
        params: fundParams,
        response: { 200: villageStatusSchema, ...errors },
      },
    },
    async (request) => getVillageStatus(request.deps, request.params.fundId),
  );
  app.get(
    `${base}/handovers`,
    {
      schema: {
        tags,
        summary: "Handovers between officers (brown book part 2), newest first",
        params: fundParams,
        querystring: pageQuerySchema,
        response: { 200: pageSchema(handoverSchema), ...errors },
      },
    },
    async (request) => listHandovers(request.deps, request.params.fundId, request.query),
  );
  app.post(
    `${base}/handovers`,
    {
      schema: {
        tags,
        summary:
          "A district officer or พัฒนากร of the area records a handover; the village status is frozen in it",
        params: fundParams,
        body: handoverBodySchema,
        response: { 201: handoverSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordHandover(request.deps, request.params.fundId, request.body)),
  );

  app.get(
    "/api/households/:householdId/kkj",
    {
      schema: {
        tags,
        summary: "A household's กข.คจ. rounds (a household member sees only their own household)",
        params: z.object({ householdId: z.string().uuid() }),
        response: { 200: householdRoundsSchema, ...errors },
      },
    },
    async (request) => getHouseholdRounds(request.deps, request.params.householdId),
  );
}
