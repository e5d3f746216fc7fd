// Savings groups (กลุ่มออมทรัพย์เพื่อการผลิต): bylaws, members, monthly share savings, member loans, meetings, the year-end close and statements.

export { addMember } from "./add-member";
export { amendBylaws } from "./amend-bylaws";
export { type Beneficiary, checkBeneficiaries, MAX_BENEFICIARIES, splitBenefit } from "./beneficiaries";
export { changeMemberStatus } from "./change-member-status";
export { checkMemberLoanRequest } from "./check-member-loan";
export { closeGroupYear } from "./close-group-year";
export { createGroup } from "./create-group";
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
export { makeMemberLoan } from "./make-member-loan";
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
export { getMemberStatement } from "./member-statement";
export { getDepositSheet, getGroup, getMember, listGroupLoans, listGroups, listMembers } from "./read-groups";
export { getYearClose } from "./read-year-close";
export { recordDeposits } from "./record-deposits";
export { recordSgMeeting } from "./record-meeting";
export { seedDemoSavingsGroup } from "./seed-demo-savings";
export { checkMonthlyDeposit, depositFor, shareMonths } from "./share-savings";
export {
  type CloseMember,
  closeYear,
  compareMemberNo,
  type MemberShare,
  type YearEndClose,
} from "./year-end-close";
