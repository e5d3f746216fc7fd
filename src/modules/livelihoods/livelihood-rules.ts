// Pure rules of community livelihoods: the five-step cycle (no skipping, evidence before moving on), the kinds of
// supporting organisations and the roles of their members and lecturers.

/** The five steps of the cycle (article 5), then completed. */
export const PLAN_STEPS = ["prepare", "plan", "act", "evaluate", "summarise"] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];
export type PlanState = PlanStep | "completed";

export const STEP_NAMES: Record<PlanState, { th: string; en: string }> = {
  prepare: { th: "เตรียมการ", en: "Prepare" },
  plan: { th: "วางแผน", en: "Plan" },
  act: { th: "ดำเนินการ", en: "Act" },
  evaluate: { th: "ติดตามประเมินผล", en: "Monitor and evaluate" },
  summarise: { th: "สรุปผล", en: "Summarise" },
  completed: { th: "เสร็จสิ้น", en: "Completed" },
};

/** The step after `step`; after the fifth the plan is completed. */
export function nextState(step: PlanStep): PlanState {
  const i = PLAN_STEPS.indexOf(step);
  return PLAN_STEPS[i + 1] ?? "completed";
}

export const isPlanStep = (s: string): s is PlanStep => (PLAN_STEPS as readonly string[]).includes(s);

/** 1 … 5 for the steps, 6 once completed (for progress bars). */
export function stepNumber(state: PlanState): number {
  return state === "completed" ? 6 : PLAN_STEPS.indexOf(state) + 1;
}

export type AdvanceRefusal = "completed" | "skip" | "no_evidence";

/**
 * Why a plan at `current` may not move to `target`, or null when it may: only to the very next step, and only
 * once the current step has at least one dated evidence entry.
 */
export function advanceRefusal(
  current: PlanState,
  target: PlanState,
  evidenceAtCurrent: number,
): AdvanceRefusal | null {
  if (current === "completed") return "completed";
  if (target !== nextState(current)) return "skip";
  if (evidenceAtCurrent < 1) return "no_evidence";
  return null;
}

/** The four supporting organisations of article 5, and any other. */
export const ORGANISATION_KINDS = [
  "community_council",
  "women_committee",
  "cd_volunteers",
  "savings_network",
  "other",
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_NAMES: Record<OrganisationKind, { th: string; en: string }> = {
  community_council: {
    th: "คณะกรรมการศูนย์ประสานงานองค์การชุมชนระดับอำเภอ (ศอช.อ.)",
    en: "District community organisations coordinating centre",
  },
  women_committee: { th: "คณะกรรมการพัฒนาสตรีอำเภอ (กพสอ.)", en: "District women's development committee" },
  cd_volunteers: { th: "ชมรมอาสาพัฒนาชุมชน (อช.)", en: "Community development volunteers' club" },
  savings_network: {
    th: "เครือข่ายกลุ่มออมทรัพย์เพื่อการผลิต",
    en: "Network of savings groups for production",
  },
  other: { th: "องค์กรอื่น", en: "Other organisation" },
};

export const MEMBER_ROLES = ["chair", "vice_chair", "secretary", "treasurer", "member", "advisor"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEMBER_ROLE_NAMES: Record<MemberRole, { th: string; en: string }> = {
  chair: { th: "ประธาน", en: "Chair" },
  vice_chair: { th: "รองประธาน", en: "Vice-chair" },
  secretary: { th: "เลขานุการ", en: "Secretary" },
  treasurer: { th: "เหรัญญิก", en: "Treasurer" },
  member: { th: "กรรมการ/สมาชิก", en: "Member" },
  advisor: { th: "ที่ปรึกษา", en: "Advisor" },
};

export const LECTURER_ROLES = ["leader", "member"] as const;
export type LecturerRole = (typeof LECTURER_ROLES)[number];

/** How a household reached a fund outside Kaejon. */
export const ACCESS_KINDS = ["member", "borrower", "grant"] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** A plan belongs to a sub-district (6 digits) or a village (8 digits). */
export function planLevel(areaCode: string): "subdistrict" | "village" | null {
  if (/^\d{6}$/.test(areaCode)) return "subdistrict";
  if (/^\d{8}$/.test(areaCode)) return "village";
  return null;
}
