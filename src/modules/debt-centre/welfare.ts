// Welfare of a debt centre: the kinds of benefit with their Thai names, the steps of a benefit and who may take them.
import { type AppError, ruleViolation } from "../../shared/errors";

export const WELFARE_TYPES = [
  "death",
  "illness",
  "birth",
  "elderly",
  "disaster",
  "education",
  "other",
] as const;
export type WelfareType = (typeof WELFARE_TYPES)[number];

export const WELFARE_TYPE_NAMES: Record<WelfareType, { th: string; en: string }> = {
  death: { th: "ฌาปนกิจ (เสียชีวิต)", en: "Funeral (death)" },
  illness: { th: "เจ็บป่วย/นอนโรงพยาบาล", en: "Illness or hospital stay" },
  birth: { th: "คลอดบุตร", en: "Birth of a child" },
  elderly: { th: "ผู้สูงอายุ", en: "Elderly" },
  disaster: { th: "ภัยพิบัติ", en: "Disaster" },
  education: { th: "การศึกษา", en: "Education" },
  other: { th: "อื่น ๆ", en: "Other" },
};

export const WELFARE_STATUSES = ["requested", "approved", "paid", "rejected"] as const;
export type WelfareStatus = (typeof WELFARE_STATUSES)[number];

export const WELFARE_STATUS_NAMES: Record<WelfareStatus, { th: string; en: string }> = {
  requested: { th: "ยื่นคำขอ", en: "Requested" },
  approved: { th: "อนุมัติแล้ว", en: "Approved" },
  paid: { th: "จ่ายแล้ว", en: "Paid" },
  rejected: { th: "ไม่อนุมัติ", en: "Rejected" },
};

/** The only moves: a request is approved or rejected once; only an approved benefit is paid, once. */
const NEXT: Record<WelfareStatus, readonly WelfareStatus[]> = {
  requested: ["approved", "rejected"],
  approved: ["paid"],
  paid: [],
  rejected: [],
};

export const canMoveWelfare = (from: WelfareStatus, to: WelfareStatus): boolean => NEXT[from].includes(to);

export function assertWelfareMove(from: WelfareStatus, to: WelfareStatus): void {
  if (canMoveWelfare(from, to)) return;
  throw welfareStatusError(from, to);
}

export function welfareStatusError(from: WelfareStatus, to: WelfareStatus): AppError {
  const need: WelfareStatus = to === "paid" ? "approved" : "requested";
  return ruleViolation(
    to === "paid" && from !== "paid" ? "debt.welfare_not_approved" : "debt.welfare_status",
    {
      th: `สวัสดิการนี้อยู่ในสถานะ "${WELFARE_STATUS_NAMES[from].th}" ต้องเป็น "${WELFARE_STATUS_NAMES[need].th}" จึงจะ${to === "paid" ? "จ่ายเงินได้" : "พิจารณาได้"}`,
      en: `The benefit is ${WELFARE_STATUS_NAMES[from].en.toLowerCase()}; it must be ${WELFARE_STATUS_NAMES[need].en.toLowerCase()} to be ${to === "paid" ? "paid" : "decided"}`,
    },
    { status: from, expected: need },
  );
}

/** A member's printed name: "นางสมศรี ใจดี" (title, first name and last name, blanks dropped). */
export const personName = (p: { title: string; firstName: string; lastName: string }): string =>
  `${p.title}${p.firstName}${p.lastName ? ` ${p.lastName}` : ""}`.trim();
