// Sample view models for the template tests and the render-time measurement: the demo village's data, and
// the stress cases (every Thai vowel and tone mark, an 80+ character name, 999,999,999.99 baht).
import type {
  ContractModel,
  DebtConfirmationModel,
  FundPlace,
  HandoverModel,
  HouseAddress,
  LoanRequestModel,
  ProposalModel,
  ReceiptModel,
  VoucherModel,
} from "./document-models";

export const MARKS_NAME = "ปิ่น ปั้น ปื๊ด ฐู่ ญี่ ฎุ้ ป๋ำ กั๊ก เปี๊ยะ ฟื้น ฝ๋อ ศักดิ์ ฤๅษี";
export const LONG_NAME = "นางสาวปิ่นแก้วมณีรัตน์ ชื่นฉ่ำวงศ์ประเสริฐศักดิ์สิทธิ์ ณ ป้อมเพ็ชร์ศรีสุวรรณภูมิ ไกรฤกษ์ธนากุลวัฒนา";
export const MAX_SATANG = 99_999_999_999;
export const CREATED_AT = new Date("2024-06-15T03:00:00Z");

export const PLACE: FundPlace = {
  fundName: "กองทุน กข.คจ. บ้านดอกกระเจียว",
  villageName: "บ้านดอกกระเจียว",
  villageNo: "8",
  subdistrict: "ทรายมูล",
  district: "น้ำพอง",
  province: "ขอนแก่น",
};

export const ADDRESS: HouseAddress = {
  houseNo: "45/2",
  villageNo: "8",
  villageName: "บ้านดอกกระเจียว",
  subdistrict: "ทรายมูล",
  district: "น้ำพอง",
  province: "ขอนแก่น",
};

export const proposalSample: ProposalModel = {
  place: PLACE,
  docNo: "3/2567",
  registerSeq: 2,
  borrowRound: 1,
  submittedOn: "2024-01-10",
  applicantName: "นางคำปุน ศรีหาบุตร",
  applicantAge: 47,
  occupation: "ทอผ้าไหม",
  address: ADDRESS,
  projectName: "ทอผ้าไหมมัดหมี่จำหน่าย",
  items: [
    { no: "2.1", description: "เส้นไหมและสีย้อม", amountSatang: 900_000 },
    { no: "2.2", description: "ซ่อมกี่ทอผ้า", amountSatang: 300_000 },
  ],
  totalSatang: 1_200_000,
  workerOpinion: {
    positive: true,
    reason: "มีประสบการณ์และตลาดรองรับ",
    name: "นางสาวมาลี บุญมา",
    on: "2024-01-13",
  },
  decision: {
    approved: true,
    amountSatang: 1_200_000,
    reason: null,
    meetingNo: "2/2567",
    decidedOn: "2024-01-17",
    chairName: "นายบุญมี ทองคำ",
  },
};

const SIX = [1, 2, 3, 4, 5, 6].map((seq) => ({
  seq,
  dueOn: `2024-0${seq + 1}-22`,
  amountSatang: seq === 6 ? 200_000 : 200_000,
}));

export const requestSample: LoanRequestModel = {
  place: PLACE,
  docNo: "3/2567",
  registerSeq: 2,
  requestedOn: "2024-01-18",
  applicantName: "นางคำปุน ศรีหาบุตร",
  applicantAge: 47,
  occupation: "ทอผ้าไหม",
  address: ADDRESS,
  projectName: "ทอผ้าไหมมัดหมี่จำหน่าย",
  proposalDocNo: "3/2567",
  amountSatang: 1_200_000,
  instalments: SIX,
  consentName: "นายสมหมาย ศรีหาบุตร",
  consentRelation: "spouse",
  workerOpinion: { positive: true, reason: null, name: "นางสาวมาลี บุญมา", on: "2024-01-19" },
  decision: {
    approved: true,
    amountSatang: 1_200_000,
    reason: null,
    meetingNo: "2/2567",
    decidedOn: "2024-01-20",
    chairName: "นายบุญมี ทองคำ",
  },
};

export const contractSample: ContractModel = {
  place: PLACE,
  contractNo: "3/2567",
  volumeNo: "1",
  borrowRound: 1,
  signedOn: "2024-01-22",
  writtenAt: "ที่ทำการกองทุน กข.คจ. บ้านดอกกระเจียว",
  borrowerName: "นางคำปุน ศรีหาบุตร",
  address: ADDRESS,
  amountSatang: 1_200_000,
  projectName: "ทอผ้าไหมมัดหมี่จำหน่าย",
  instalments: SIX,
  consentName: "นายสมหมาย ศรีหาบุตร",
  consentRelation: "spouse",
  lenderName: "นายบุญมี ทองคำ",
  witness1Name: "นายสมศักดิ์ พรมมา",
  witness2Name: "นางสาวอรอุมา บุญเรือง",
};

export const voucherSample: VoucherModel = {
  place: PLACE,
  voucherNo: "3/2567",
  status: "paid",
  paidOn: "2024-01-22",
  issuedOn: "2024-01-22",
  payeeName: "นางคำปุน ศรีหาบุตร",
  address: ADDRESS,
  contractNo: "3/2567",
  contractSignedOn: "2024-01-22",
  projectName: "ทอผ้าไหมมัดหมี่จำหน่าย",
  amountSatang: 1_200_000,
  source: "bank",
  withdrawal: {
    reference: "0190A1B2",
    bankName: "ธนาคารออมสิน",
    branch: "น้ำพอง",
    accountNo: "020-40070908",
    entryDate: "2024-01-22",
    status: "posted",
  },
  payerName: "นางบัวผัน แก้วมณี",
  approverName: "นายบุญมี ทองคำ",
};

export const receiptSample: ReceiptModel = {
  place: PLACE,
  kkj: true,
  receiptNo: "7/2567",
  paidOn: "2024-03-22",
  payerName: "นางคำปุน ศรีหาบุตร",
  address: ADDRESS,
  loanNo: "3/2567",
  loanPrincipalSatang: 1_200_000,
  amountSatang: 400_000,
  principalSatang: 400_000,
  interestSatang: 0,
  lines: [
    { seq: 1, dueOn: "2024-02-22", principalSatang: 200_000, interestSatang: 0 },
    { seq: 2, dueOn: "2024-03-22", principalSatang: 200_000, interestSatang: 0 },
  ],
  outstandingAfterSatang: 800_000,
  method: "cash",
  bankAccount: null,
  cancelled: false,
  receiverName: "นางบัวผัน แก้วมณี",
};

export const confirmationSample: DebtConfirmationModel = {
  place: PLACE,
  fiscalYear: 2567,
  asOf: "2024-04-26",
  confirmedOn: "2024-04-26",
  borrowerName: "นางคำปุน ศรีหาบุตร",
  address: ADDRESS,
  contractNo: "3/2567",
  contractSignedOn: "2024-01-22",
  principalSatang: 1_200_000,
  outstandingSatang: 800_000,
  agrees: true,
  claimedSatang: null,
  note: null,
  chairName: "นายบุญมี ทองคำ",
};

const CHECK = { exists: true, correct: true, note: "" };
export const handoverSample: HandoverModel = {
  place: PLACE,
  handedOn: "2024-05-26",
  fromName: "นายวีระ แสนดี",
  fromPosition: "พัฒนากรผู้รับผิดชอบตำบลทรายมูล (เดิม)",
  toName: "นางสาวมาลี บุญมา",
  toPosition: "พัฒนากรผู้รับผิดชอบตำบลทรายมูล",
  notes: "ส่งมอบสมุดบัญชี 4 เล่มครบถ้วน",
  status: {
    asOf: "2024-05-26",
    originalCapitalSatang: 28_000_000,
    targetHouseholds: 12,
    borrowerHouseholds: 4,
    repayingHouseholds: 3,
    withHouseholdsSatang: 3_200_000,
    bankSatang: 24_300_000,
    bankAccounts: [{ nameTh: "ธนาคารออมสิน สาขาน้ำพอง 020-40070908", balanceSatang: 24_300_000 }],
    cashSatang: 500_000,
    otherAssetsSatang: 0,
    elsewhereSatang: 500_000,
    totalFundSatang: 28_000_000,
    defaultingHouseholds: 0,
    defaultedSatang: 0,
    missingSatang: 0,
    books: { purple: CHECK, green: CHECK, yellow: CHECK, brown: CHECK },
  },
};

/** The same forms with names using every Thai mark, an 80+ character name and the largest amounts. */
export function stressed() {
  const big = MAX_SATANG;
  const address: HouseAddress = { ...ADDRESS, villageName: MARKS_NAME, subdistrict: MARKS_NAME };
  const items = [
    { no: "2.1", description: `${MARKS_NAME} ${LONG_NAME}`, amountSatang: big - 1_000_000 },
    { no: "2.2", description: MARKS_NAME, amountSatang: 1_000_000 },
  ];
  const six = SIX.map((i) => ({
    ...i,
    amountSatang: i.seq === 6 ? big - 5 * 16_666_666_666 : 16_666_666_666,
  }));
  return {
    proposal: {
      ...proposalSample,
      applicantName: LONG_NAME,
      occupation: MARKS_NAME,
      projectName: `${MARKS_NAME} ${LONG_NAME}`,
      address,
      items,
      totalSatang: big,
      workerOpinion: { positive: false, reason: LONG_NAME, name: MARKS_NAME, on: "2024-01-13" },
      decision: { ...proposalSample.decision!, amountSatang: big, chairName: LONG_NAME },
    } satisfies ProposalModel,
    request: {
      ...requestSample,
      applicantName: LONG_NAME,
      occupation: MARKS_NAME,
      projectName: MARKS_NAME,
      address,
      amountSatang: big,
      instalments: six,
      consentName: MARKS_NAME,
      decision: { ...requestSample.decision!, amountSatang: big, chairName: LONG_NAME },
    } satisfies LoanRequestModel,
    contract: {
      ...contractSample,
      borrowerName: LONG_NAME,
      address,
      amountSatang: big,
      projectName: MARKS_NAME,
      instalments: six,
      consentName: MARKS_NAME,
      lenderName: LONG_NAME,
      witness1Name: MARKS_NAME,
      witness2Name: LONG_NAME,
    } satisfies ContractModel,
    voucher: {
      ...voucherSample,
      payeeName: LONG_NAME,
      address,
      projectName: MARKS_NAME,
      amountSatang: big,
      payerName: MARKS_NAME,
      approverName: LONG_NAME,
    } satisfies VoucherModel,
    receipt: {
      ...receiptSample,
      payerName: LONG_NAME,
      address,
      amountSatang: big,
      principalSatang: big,
      loanPrincipalSatang: big,
      lines: [{ seq: 1, dueOn: "2024-02-22", principalSatang: big, interestSatang: 0 }],
      outstandingAfterSatang: big,
      receiverName: MARKS_NAME,
    } satisfies ReceiptModel,
    confirmation: {
      ...confirmationSample,
      borrowerName: LONG_NAME,
      address,
      principalSatang: big,
      outstandingSatang: big,
      agrees: false,
      claimedSatang: big - 1,
      note: `${MARKS_NAME} ${LONG_NAME}`,
      chairName: MARKS_NAME,
    } satisfies DebtConfirmationModel,
    handover: {
      ...handoverSample,
      fromName: LONG_NAME,
      toName: MARKS_NAME,
      fromPosition: LONG_NAME,
      notes: `${MARKS_NAME} ${LONG_NAME}`,
      status: {
        ...handoverSample.status,
        originalCapitalSatang: big,
        withHouseholdsSatang: big,
        bankSatang: big,
        bankAccounts: [{ nameTh: `${MARKS_NAME} ${LONG_NAME}`, balanceSatang: big }],
        totalFundSatang: big,
        defaultedSatang: big,
        missingSatang: big,
        books: {
          ...handoverSample.status.books,
          yellow: {
            exists: true,
            correct: false,
            note: "ยอดลูกหนี้รายสัญญารวมกันเท่ากับบัญชีลูกหนี้เงินยืมในสมุดรายวัน / loans' outstanding principal adds up",
          },
          green: { exists: false, correct: false, note: "มีบัญชีธนาคารที่ใช้งาน / an active bank account" },
        },
      },
    } satisfies HandoverModel,
  };
}
