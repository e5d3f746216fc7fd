// The plain view models the กข.คจ. form templates render: everything a form prints, already looked up.
import type { IsoDate } from "../../../shared/thai-date";

/** Where the fund is: the village and the areas above it, as printed on forms. */
export interface FundPlace {
  fundName: string;
  villageName: string;
  villageNo: string;
  subdistrict: string;
  district: string;
  province: string;
}

export interface HouseAddress {
  houseNo: string;
  villageNo: string;
  villageName: string;
  subdistrict: string;
  district: string;
  province: string;
}

export interface WorkerOpinionModel {
  /** Proposal: feasible / not_feasible; request: agree / disagree. */
  positive: boolean;
  reason: string | null;
  name: string | null;
  on: IsoDate | null;
}

export interface DecisionModel {
  approved: boolean;
  amountSatang: number | null;
  reason: string | null;
  meetingNo: string | null;
  decidedOn: IsoDate | null;
  chairName: string | null;
}

export interface ProposalModel {
  place: FundPlace;
  docNo: string;
  registerSeq: number | null;
  borrowRound: number;
  submittedOn: IsoDate;
  applicantName: string;
  applicantAge: number | null;
  occupation: string;
  address: HouseAddress | null;
  projectName: string;
  items: { no: string; description: string; amountSatang: number }[];
  totalSatang: number;
  workerOpinion: WorkerOpinionModel | null;
  decision: DecisionModel | null;
}

export interface InstalmentLine {
  seq: number;
  dueOn: IsoDate;
  amountSatang: number;
}

export interface LoanRequestModel {
  place: FundPlace;
  docNo: string;
  registerSeq: number;
  requestedOn: IsoDate;
  applicantName: string;
  applicantAge: number | null;
  occupation: string;
  address: HouseAddress | null;
  projectName: string;
  proposalDocNo: string;
  amountSatang: number;
  /** The repayment plan the request asks for, counted from the request date. */
  instalments: InstalmentLine[];
  consentName: string | null;
  consentRelation: "spouse" | "heir" | null;
  workerOpinion: WorkerOpinionModel | null;
  decision: DecisionModel | null;
}

export interface ContractModel {
  place: FundPlace;
  contractNo: string;
  volumeNo: string | null;
  borrowRound: number;
  signedOn: IsoDate;
  writtenAt: string;
  borrowerName: string;
  address: HouseAddress;
  amountSatang: number;
  projectName: string;
  instalments: InstalmentLine[];
  consentName: string | null;
  consentRelation: "spouse" | "heir" | null;
  lenderName: string;
  witness1Name: string;
  witness2Name: string;
}

export interface VoucherModel {
  place: FundPlace;
  voucherNo: string;
  status: "pending" | "paid" | "cancelled";
  /** The payout date (null while a bank voucher waits for its withdrawal). */
  paidOn: IsoDate | null;
  issuedOn: IsoDate;
  payeeName: string;
  address: HouseAddress | null;
  contractNo: string;
  contractSignedOn: IsoDate;
  projectName: string;
  amountSatang: number;
  source: "cash" | "bank";
  withdrawal: {
    reference: string;
    bankName: string;
    branch: string;
    accountNo: string;
    entryDate: IsoDate | null;
    status: string;
  } | null;
  payerName: string | null;
  approverName: string | null;
}

export interface ReceiptModel {
  place: FundPlace;
  /** A กข.คจ. loan prints the regulation's form; any other fund's loan a plain repayment receipt. */
  kkj: boolean;
  receiptNo: string;
  paidOn: IsoDate;
  payerName: string;
  address: HouseAddress | null;
  loanNo: string;
  loanPrincipalSatang: number;
  amountSatang: number;
  principalSatang: number;
  interestSatang: number;
  lines: { seq: number; dueOn: IsoDate | null; principalSatang: number; interestSatang: number }[];
  outstandingAfterSatang: number;
  method: "cash" | "bank";
  bankAccount: string | null;
  cancelled: boolean;
  receiverName: string | null;
}

export interface DebtConfirmationModel {
  place: FundPlace;
  fiscalYear: number;
  asOf: IsoDate;
  confirmedOn: IsoDate;
  borrowerName: string;
  address: HouseAddress | null;
  contractNo: string;
  contractSignedOn: IsoDate | null;
  principalSatang: number;
  outstandingSatang: number;
  agrees: boolean;
  claimedSatang: number | null;
  note: string | null;
  chairName: string | null;
}

export interface BookCheckModel {
  exists: boolean;
  correct: boolean;
  note: string;
}

export interface HandoverModel {
  place: FundPlace;
  handedOn: IsoDate;
  fromName: string;
  fromPosition: string;
  toName: string;
  toPosition: string;
  notes: string | null;
  status: {
    asOf: IsoDate;
    originalCapitalSatang: number;
    targetHouseholds: number;
    borrowerHouseholds: number;
    repayingHouseholds: number;
    withHouseholdsSatang: number;
    bankSatang: number;
    bankAccounts: { nameTh: string; balanceSatang: number }[];
    cashSatang: number;
    otherAssetsSatang: number;
    elsewhereSatang: number;
    totalFundSatang: number;
    defaultingHouseholds: number;
    defaultedSatang: number;
    missingSatang: number;
    books: { purple: BookCheckModel; green: BookCheckModel; yellow: BookCheckModel; brown: BookCheckModel };
  };
}
