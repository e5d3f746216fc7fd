// The กข.คจ. module's error texts, in one place (codes kkj.*).
import { AppError, conflict, invalidInput, ruleViolation } from "../../shared/errors";
import { formatBaht, type Satang } from "../../shared/money";

export const MEETING = { th: "การประชุมคณะกรรมการ", en: "Committee meeting" };
export const TARGET = { th: "ครัวเรือนเป้าหมาย", en: "Target household" };
export const PROPOSAL = { th: "แบบเสนอโครงการ", en: "Project proposal" };
export const LOAN_REQUEST = { th: "แบบขอยืมเงินทุน", en: "Loan request" };
export const CONTRACT = { th: "สัญญายืมเงินทุน", en: "Loan contract" };
export const VOUCHER = { th: "ใบสำคัญจ่ายเงินยืม", en: "Payment voucher" };
export const LOAN = { th: "สัญญาเงินยืม", en: "Loan" };
export const HOUSEHOLD = { th: "ครัวเรือน", en: "Household" };

const baht = (satang: number) => formatBaht(satang as Satang);

export const STATUS_TH: Record<string, string> = {
  submitted: "ยื่นแล้ว รอความเห็นพัฒนากร",
  worker_reviewed: "พัฒนากรให้ความเห็นแล้ว รอมติคณะกรรมการ",
  approved: "คณะกรรมการอนุมัติแล้ว",
  rejected: "คณะกรรมการไม่อนุมัติ",
  requested: "ยื่นแบบขอยืมเงินแล้ว",
  contracted: "ทำสัญญาแล้ว",
  disbursed: "จ่ายเงินยืมแล้ว",
  closed: "ปิดรอบการยืมแล้ว",
  withdrawn: "ถอนเรื่องแล้ว",
  pending: "รอจ่ายเงิน",
  paid: "จ่ายเงินแล้ว",
  cancelled: "ยกเลิกแล้ว",
};

export const kkjErrors = {
  notKkjFund: (fundType: string): AppError =>
    ruleViolation(
      "kkj.not_kkj_fund",
      {
        th: "รายการนี้ใช้ได้เฉพาะกองทุน กข.คจ. (โครงการแก้ไขปัญหาความยากจน)",
        en: `This is only for a กข.คจ. (poverty alleviation project) fund; this fund is a ${fundType}`,
      },
      { fundType },
    ),
  noCurrentCommittee: (): AppError =>
    new AppError("forbidden", "kkj.no_current_committee", {
      th: "กองทุนไม่มีคณะกรรมการชุดปัจจุบัน (ชุดเดิมหมดวาระแล้ว) จึงทำรายการในนามคณะกรรมการไม่ได้",
      en: "The fund has no current committee set (the last one's term has ended), so no one may act for it",
    }),
  workerRequired: (): AppError =>
    new AppError("forbidden", "kkj.worker_required", {
      th: "ความเห็นนี้ต้องให้โดยพัฒนากรผู้รับผิดชอบตำบลของหมู่บ้าน",
      en: "Only the sub-district CD worker (พัฒนากร) responsible for the village may give this opinion",
    }),
  officerRequired: (): AppError =>
    new AppError("forbidden", "kkj.officer_required", {
      th: "การส่งมอบ-รับมอบบันทึกโดยพัฒนาการอำเภอหรือพัฒนากรในพื้นที่เท่านั้น",
      en: "Only a district officer or sub-district CD worker of the area records a handover",
    }),
  dateInFuture: (field: string, date: string, today: string): AppError =>
    invalidInput(
      "kkj.date_in_future",
      {
        th: `วันที่ (${field}) ${date} ต้องไม่เกินวันนี้ (${today})`,
        en: `The date ${field} ${date} must not be after today (${today})`,
      },
      { field, date, today },
    ),
  dateBefore: (field: string, date: string, earliest: string, what: { th: string; en: string }): AppError =>
    invalidInput(
      "kkj.date_before_previous_step",
      {
        th: `วันที่ (${field}) ${date} ต้องไม่ก่อนวันที่${what.th} (${earliest})`,
        en: `The date ${field} ${date} must not be before the ${what.en} (${earliest})`,
      },
      { field, date, earliest },
    ),
  // Meetings.
  meetingNoTaken: (meetingNo: string): AppError =>
    conflict(
      "kkj.meeting_no_taken",
      {
        th: `การประชุมครั้งที่ ${meetingNo} มีอยู่แล้วในกองทุนนี้`,
        en: `Meeting ${meetingNo} is already recorded for this fund`,
      },
      { meetingNo },
    ),
  meetingRequired: (): AppError =>
    ruleViolation("kkj.meeting_required", {
      th: "มติคณะกรรมการต้องอ้างอิงการประชุมคณะกรรมการที่บันทึกไว้แล้ว (บันทึกรายงานการประชุมก่อน)",
      en: "A committee decision must cite a recorded committee meeting (record the meeting first)",
    }),
  meetingUnknown: (): AppError =>
    ruleViolation("kkj.meeting_unknown", {
      th: "ไม่พบการประชุมคณะกรรมการนี้ในกองทุนนี้",
      en: "No such committee meeting in this fund",
    }),
  meetingAfterDecision: (heldOn: string, decidedOn: string): AppError =>
    ruleViolation(
      "kkj.meeting_after_decision",
      {
        th: `การประชุมที่อ้างอิงจัดวันที่ ${heldOn} หลังวันที่มีมติ (${decidedOn})`,
        en: `The cited meeting was held on ${heldOn}, after the decision date ${decidedOn}`,
      },
      { heldOn, decidedOn },
    ),
  // Targets.
  householdNotInVillage: (householdId: string): AppError =>
    invalidInput(
      "kkj.household_not_in_village",
      {
        th: "ครัวเรือนนี้ไม่อยู่ในหมู่บ้านของกองทุน",
        en: "This household is not in the fund's village",
      },
      { householdId },
    ),
  householdNotActive: (houseNo: string): AppError =>
    ruleViolation(
      "kkj.household_not_active",
      {
        th: `ครัวเรือนบ้านเลขที่ ${houseNo} ไม่อยู่ในสถานะใช้งาน (ย้ายออกหรือยุบครัวเรือนแล้ว)`,
        en: `The household at house no. ${houseNo} is not active (moved away or dissolved)`,
      },
      { houseNo },
    ),
  householdRepeated: (): AppError =>
    invalidInput("kkj.household_repeated", {
      th: "ระบุครัวเรือนซ้ำกันในรายการ",
      en: "A household is listed twice",
    }),
  alreadyTarget: (houseNo: string): AppError =>
    conflict(
      "kkj.already_target",
      {
        th: `ครัวเรือนบ้านเลขที่ ${houseNo} อยู่ในทะเบียนครัวเรือนเป้าหมายแล้ว`,
        en: `The household at house no. ${houseNo} is already in the target register`,
      },
      { houseNo },
    ),
  noBmnRecord: (houseNo: string): AppError =>
    ruleViolation(
      "kkj.no_bmn_record",
      {
        th: `ครัวเรือนบ้านเลขที่ ${houseNo} ยังไม่มีข้อมูล จปฐ. จึงตรวจสอบรายได้ไม่ได้`,
        en: `The household at house no. ${houseNo} has no จปฐ. record, so its income cannot be checked`,
      },
      { houseNo },
    ),
  notEligible: (houseNo: string, year: number, perPerson: number, criterion: number): AppError =>
    ruleViolation(
      "kkj.household_not_eligible",
      {
        th: `ครัวเรือนบ้านเลขที่ ${houseNo} มีรายได้เฉลี่ย ${baht(perPerson)} บาท/คน/ปี (จปฐ. ปี ${year}) ไม่ต่ำกว่าเกณฑ์ ${baht(criterion)} บาท จึงไม่เป็นครัวเรือนเป้าหมาย`,
        en: `The household at house no. ${houseNo} earns ${baht(perPerson)} baht per person a year (จปฐ. ${year}), not below the ${baht(criterion)}-baht criterion, so it is not eligible`,
      },
      { houseNo, surveyYear: year, incomePerPersonSatang: perPerson, criterionSatang: criterion },
    ),
  targetRemoved: (): AppError =>
    ruleViolation("kkj.target_not_active", {
      th: "ครัวเรือนนี้ไม่อยู่ในทะเบียนครัวเรือนเป้าหมายแล้ว",
      en: "This household is no longer an active target",
    }),
  // Proposals and requests.
  openRound: (status: string): AppError =>
    conflict(
      "kkj.open_round_exists",
      {
        th: `ครัวเรือนนี้มีรอบการยืมที่ยังไม่ปิด (สถานะ: ${STATUS_TH[status] ?? status}) ยื่นโครงการใหม่ได้เมื่อรอบเดิมปิดแล้ว`,
        en: `This household already has an open borrowing round (status ${status}); a new proposal waits until it closes`,
      },
      { status },
    ),
  wrongStatus: (what: { th: string; en: string }, status: string, expected: readonly string[]): AppError =>
    conflict(
      "kkj.wrong_status",
      {
        th: `${what.th}อยู่ในสถานะ "${STATUS_TH[status] ?? status}" จึงทำขั้นตอนนี้ไม่ได้ (ต้องเป็น ${expected.map((s) => `"${STATUS_TH[s] ?? s}"`).join(" หรือ ")})`,
        en: `The ${what.en.toLowerCase()} is ${status}; this step needs ${expected.join(" or ")}`,
      },
      { status, expected },
    ),
  workerOpinionFirst: (what: { th: string; en: string }): AppError =>
    conflict(
      "kkj.worker_opinion_required",
      {
        th: `${what.th}ต้องมีความเห็นของพัฒนากรก่อนคณะกรรมการมีมติ`,
        en: `The ${what.en.toLowerCase()} needs the CD worker's opinion before the committee decides`,
      },
      {},
    ),
  reasonRequired: (field: string): AppError =>
    invalidInput(
      "kkj.reason_required",
      { th: "ต้องระบุเหตุผล", en: `A reason is required (${field})` },
      { field },
    ),
  amountRequired: (): AppError =>
    invalidInput("kkj.amount_required", {
      th: "การอนุมัติต้องระบุจำนวนเงินที่อนุมัติ",
      en: "An approval needs the approved amount",
    }),
  amountOverLimit: (amount: number, limit: number, limitWhat: { th: string; en: string }): AppError =>
    ruleViolation(
      "kkj.amount_over_limit",
      {
        th: `จำนวนเงิน ${baht(amount)} บาท เกิน${limitWhat.th} (${baht(limit)} บาท)`,
        en: `The amount ${baht(amount)} baht exceeds the ${limitWhat.en} (${baht(limit)} baht)`,
      },
      { amountSatang: amount, limitSatang: limit },
    ),
  insufficientFunds: (amount: number, available: number, cash: number, bank: number, committed: number) =>
    ruleViolation(
      "kkj.insufficient_funds",
      {
        th: `เงินทุนคงเหลือไม่พอให้ยืม: ขอ ${baht(amount)} บาท แต่มีเงินพร้อมให้ยืม ${baht(available)} บาท (เงินสด ${baht(cash)} + เงินฝากธนาคาร ${baht(bank)} − อนุมัติแล้วรอจ่าย ${baht(committed)})`,
        en: `Not enough money to lend: ${baht(amount)} baht asked, ${baht(available)} available (cash ${baht(cash)} + bank ${baht(bank)} − approved but not yet paid ${baht(committed)})`,
      },
      {
        amountSatang: amount,
        availableSatang: available,
        cashSatang: cash,
        bankSatang: bank,
        committedSatang: committed,
      },
    ),
  cashShort: (amount: number, cash: number): AppError =>
    ruleViolation(
      "kkj.cash_insufficient",
      {
        th: `เงินสดในมือมี ${baht(cash)} บาท ไม่พอจ่ายเงินยืม ${baht(amount)} บาท (จ่ายผ่านการถอนเงินจากธนาคารแทน)`,
        en: `Cash on hand is ${baht(cash)} baht, not enough to pay out ${baht(amount)} baht (pay through a bank withdrawal instead)`,
      },
      { amountSatang: amount, cashSatang: cash },
    ),
  roundRace: (): AppError =>
    conflict("kkj.open_round_exists", {
      th: "ครัวเรือนนี้มีรอบการยืมที่ยังไม่ปิด (มีผู้บันทึกพร้อมกัน) กรุณาโหลดหน้าใหม่",
      en: "This household already has an open borrowing round (recorded at the same moment); reload",
    }),
  // Contracts and vouchers.
  borrowerNotMember: (): AppError =>
    invalidInput("kkj.borrower_not_member", {
      th: "ผู้ยืมต้องเป็นสมาชิกของครัวเรือนเป้าหมายที่ขอยืม",
      en: "The borrower must be a member of the borrowing household",
    }),
  witnessesIdentical: (): AppError =>
    invalidInput("kkj.witnesses_identical", {
      th: "พยานทั้งสองคนต้องเป็นคนละคนกัน และไม่ใช่ผู้ยืมหรือผู้ให้ยืม",
      en: "The two witnesses must be two different people, neither the borrower nor the lender",
    }),
  noChair: (): AppError =>
    ruleViolation("kkj.no_chair", {
      th: "คณะกรรมการชุดปัจจุบันไม่มีประธานกรรมการ (ผู้ให้ยืม) จึงทำสัญญาไม่ได้",
      en: "The current committee set has no chair to sign as lender",
    }),
  voucherExists: (voucherNo: string): AppError =>
    conflict(
      "kkj.voucher_exists",
      {
        th: `สัญญานี้มีใบสำคัญจ่ายเลขที่ ${voucherNo} แล้ว`,
        en: `This contract already has voucher ${voucherNo}`,
      },
      { voucherNo },
    ),
  loanNotPending: (status: string): AppError =>
    conflict(
      "kkj.loan_not_pending",
      {
        th: "สัญญานี้จ่ายเงินยืมไปแล้วหรือยกเลิกแล้ว",
        en: `The loan is not waiting to be paid out (status ${status})`,
      },
      { status },
    ),
  bankAccountRequired: (): AppError =>
    invalidInput("kkj.bank_account_required", {
      th: "การจ่ายผ่านธนาคารต้องระบุบัญชีธนาคารของกองทุน",
      en: "A bank payment needs the fund's bank account",
    }),
  withdrawalNotPosted: (status: string): AppError =>
    conflict(
      "kkj.withdrawal_not_posted",
      {
        th:
          status === "cancelled"
            ? "รายการถอนเงินของใบสำคัญนี้ถูกยกเลิกแล้ว ให้ยกเลิกใบสำคัญแล้วออกใบใหม่"
            : "รายการถอนเงินจากธนาคารของใบสำคัญนี้ยังได้รับอนุมัติจากผู้มีอำนาจลงนามไม่ครบ",
        en:
          status === "cancelled"
            ? "The voucher's bank withdrawal was cancelled; cancel the voucher and issue a new one"
            : "The voucher's bank withdrawal has not yet been approved by the signatories",
      },
      { withdrawalStatus: status },
    ),
  // Debt confirmations.
  alreadyConfirmed: (fiscalYear: number): AppError =>
    conflict(
      "kkj.debt_already_confirmed",
      {
        th: `สัญญานี้ยืนยันยอดหนี้ปีงบประมาณ ${fiscalYear} แล้ว`,
        en: `This loan's debt is already confirmed for fiscal year ${fiscalYear}`,
      },
      { fiscalYear },
    ),
  claimRequired: (): AppError =>
    invalidInput("kkj.claim_required", {
      th: "ถ้าครัวเรือนไม่ยอมรับยอดหนี้ ต้องระบุยอดที่ครัวเรือนเห็นว่าถูกต้องและหมายเหตุ",
      en: "A disputed balance needs the amount the household claims and a note",
    }),
  loanNotDisbursed: (): AppError =>
    ruleViolation("kkj.loan_not_disbursed", {
      th: "สัญญานี้ยังไม่ได้จ่ายเงินยืม จึงยังไม่มียอดหนี้ให้ยืนยัน",
      en: "The loan has not been paid out, so there is no debt to confirm",
    }),
};

export const cursorInvalid = (): AppError =>
  invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
