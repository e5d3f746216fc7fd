// Savings groups (กลุ่มออมทรัพย์เพื่อการผลิต): bylaws, monthly share savings, beneficiaries, member-loan rules and the year-end close.
export { type Beneficiary, checkBeneficiaries, MAX_BENEFICIARIES, splitBenefit } from "./beneficiaries";
export {
  DEFAULT_GROUP_BYLAWS,
  DIVIDEND_BASES,
  type DividendBasis,
  type GroupBylaws,
  PROFIT_BUCKET_NAMES,
  PROFIT_BUCKETS,
  type ProfitBucket,
  parseGroupBylaws,
} from "./group-bylaws";
export {
  assertMemberLoan,
  checkMemberLoan,
  type GroupMember,
  MEMBER_STATUSES,
  type MemberLoanCheck,
  type MemberStatus,
  memberLoanLimit,
  memberLoanProduct,
  memberLoanSchedule,
} from "./member-loan-rules";
export { checkMonthlyDeposit, depositFor, shareMonths } from "./share-savings";
export {
  type CloseMember,
  closeYear,
  compareMemberNo,
  type MemberShare,
  type YearEndClose,
} from "./year-end-close";
