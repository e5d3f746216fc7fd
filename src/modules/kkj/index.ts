// กข.คจ.: committee meetings, the target register, proposals, loan requests, contracts, vouchers, debt confirmations, handovers and the four books.
export { cancelVoucher } from "./cancel-voucher";
export { confirmDebt } from "./confirm-debt";
export type {
  Candidate,
  Contract,
  DebtConfirmation,
  Handover,
  LoanRequest,
  Meeting,
  Proposal,
  Target,
  VillageStatus,
  Voucher,
} from "./contracts";
export { decideLoanRequest } from "./decide-loan-request";
export { decideProposal } from "./decide-proposal";
export { type PdfDocument, pdfHeaders } from "./documents/document-kit";
export { digitsOption, pdfQuerySchema } from "./documents/document-query";
export { printRepaymentReceipt } from "./documents/print-receipt";
export { giveProposalOpinion } from "./give-proposal-opinion";
export { giveRequestOpinion } from "./give-request-opinion";
export { issueVoucher } from "./issue-voucher";
export { kkjProductFor } from "./kkj-access";
export { registerKkjDocumentRoutes } from "./kkj-documents.routes";
export { registerKkjExportRoutes } from "./kkj-export.routes";
export { payVoucher } from "./pay-voucher";
export { getBrownBook, getGreenBook, getPurpleBook, getYellowBook } from "./read-books";
export { listDebtConfirmations, listHandovers, listUnconfirmedLoans } from "./read-confirmations";
export { getMeeting, listMeetings } from "./read-meetings";
export {
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
export { listCandidates, listTargets } from "./read-targets";
export { recordHandover } from "./record-handover";
export { recordMeeting } from "./record-meeting";
export { registerTargets } from "./register-targets";
export { signContract } from "./sign-contract";
export { submitLoanRequest } from "./submit-loan-request";
export { submitProposal } from "./submit-proposal";
export { computeVillageStatus, getVillageStatus } from "./village-status";
export { withdrawProposal } from "./withdraw-proposal";
