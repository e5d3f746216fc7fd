// Request and response shapes of the poverty-case API: agencies, menu, cases, plan, deliveries, mentors, pairings, visits and progress.
import { z } from "zod";
import { areaCodeSchema, pageQuerySchema } from "../../shared/contracts/index";
import { isIsoDate } from "../../shared/thai-date";
import { CLOSING_REASONS, STAGES } from "./case-stages";
import { DIMENSIONS } from "./deprivation-config";

const businessDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine(isIsoDate, "not a calendar date");
const provinceCode = z.string().regex(/^\d{2}$/, "2-digit province code");
const programmeYear = z.coerce.number().int().min(2540).max(2700);
const localized = z.object({ th: z.string(), en: z.string() });

/** Thailand's bounding box (with a small margin): a GPS point outside it is a typing or device error. */
export const THAILAND_BOUNDS = { minLat: 5.5, maxLat: 20.5, minLon: 97.3, maxLon: 105.7 } as const;

export const AGENCY_KINDS = ["government", "local_government", "civil_society", "private"] as const;
export const MENTOR_KINDS = ["official", "volunteer_leader", "model_household"] as const;
export const MENTOR_KIND_NAMES: Record<(typeof MENTOR_KINDS)[number], { th: string; en: string }> = {
  official: { th: "ข้าราชการ/เจ้าหน้าที่", en: "Official" },
  volunteer_leader: { th: "ผู้นำอาสาพัฒนาชุมชน", en: "Volunteer leader" },
  model_household: { th: "ครัวเรือนต้นแบบ", en: "Model household" },
};

// Agencies and responsibilities.

export const agencyBodySchema = z
  .object({
    areaCode: provinceCode,
    code: z.string().regex(/^[a-z0-9_]{2,40}$/, "2–40 of a–z, 0–9, _"),
    nameTh: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().min(1).max(200).optional(),
    kind: z.enum(AGENCY_KINDS),
  })
  .strict();
export type AgencyBody = z.infer<typeof agencyBodySchema>;

export const agencySchema = z.object({
  id: z.string(),
  areaCode: z.string(),
  code: z.string(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  kind: z.string(),
});
export type AgencyView = z.infer<typeof agencySchema>;

export const provinceQuerySchema = z.object({ province: provinceCode });

export const responsibilityBodySchema = z
  .object({
    areaCode: provinceCode,
    dimension: z.enum(DIMENSIONS),
    /** In rank order: the first is the lead agency of the working group. */
    agencyIds: z.array(z.string().uuid()).max(10),
  })
  .strict();
export type ResponsibilityBody = z.infer<typeof responsibilityBodySchema>;

export const responsibilityTableSchema = z.object({
  areaCode: z.string(),
  dimensions: z.array(
    z.object({
      dimension: z.enum(DIMENSIONS),
      name: localized,
      agencies: z.array(agencySchema),
    }),
  ),
});
export type ResponsibilityTable = z.infer<typeof responsibilityTableSchema>;

export const agencyUserBodySchema = z.object({ userId: z.string().uuid() }).strict();

// Menu.

export const menuItemBodySchema = z
  .object({
    areaCode: provinceCode,
    code: z.string(),
    nameTh: z.string(),
    nameEn: z.string().optional(),
    dimension: z.string(),
    agencyId: z.string().uuid(),
    unitValueSatang: z.number(),
    unit: z.string(),
    stages: z.array(z.string()).optional(),
    eligibilityNotes: z.string().optional(),
    isActive: z.boolean().optional(),
  })
  .strict();
export type MenuItemBody = z.infer<typeof menuItemBodySchema>;

export const menuItemSchema = z.object({
  id: z.string(),
  areaCode: z.string(),
  code: z.string(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  dimension: z.string(),
  agencyId: z.string(),
  unitValueSatang: z.number(),
  unit: z.string(),
  stages: z.array(z.string()),
  eligibilityNotes: z.string().nullable(),
  isActive: z.boolean(),
});
export type MenuItemView = z.infer<typeof menuItemSchema>;

// Cases.

export const openCaseBodySchema = z
  .object({
    householdId: z.string().uuid(),
    programmeYear: z.number().int().min(2540).max(2700).optional(),
    openedOn: businessDate.optional(),
  })
  .strict();
export type OpenCaseBody = z.infer<typeof openCaseBodySchema>;

export const openFromListBodySchema = z
  .object({ listId: z.string().uuid(), openedOn: businessDate.optional() })
  .strict();
export type OpenFromListBody = z.infer<typeof openFromListBodySchema>;

export const openFromListResultSchema = z.object({
  listId: z.string(),
  programmeYear: z.number(),
  opened: z.number(),
  openedCaseIds: z.array(z.string()),
  alreadyOpen: z.array(z.object({ householdId: z.string(), caseId: z.string() })),
  closedHouseholds: z.array(z.string()),
  unmatchedRows: z.number(),
});
export type OpenFromListResult = z.infer<typeof openFromListResultSchema>;

export const caseSchema = z.object({
  id: z.string(),
  householdId: z.string(),
  headName: z.string(),
  houseNo: z.string(),
  areaCode: z.string(),
  programmeYear: z.number(),
  stage: z.enum(STAGES),
  status: z.enum(["open", "closed"]),
  openedOn: z.string(),
  source: z.string(),
  dataYear: z.number().nullable(),
  failingDimensions: z.array(z.string()),
  closedOn: z.string().nullable(),
  closingReason: z.string().nullable(),
  closingNote: z.string().nullable(),
  mergedIntoCaseId: z.string().nullable(),
});
export type CaseView = z.infer<typeof caseSchema>;

export const caseListQuerySchema = pageQuerySchema.extend({
  area: areaCodeSchema.optional(),
  year: programmeYear.optional(),
  stage: z.enum(STAGES).optional(),
  status: z.enum(["open", "closed"]).optional(),
  dimension: z.enum(DIMENSIONS).optional(),
  q: z.string().trim().min(1).max(100).optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuerySchema>;

const criterionResultSchema = z.object({
  stage: z.string(),
  kind: z.string(),
  met: z.boolean(),
  reason: localized,
});

export const evaluationSchema = z.object({
  dataYear: z.number().nullable(),
  highestMet: z.string().nullable(),
  stages: z.array(z.object({ stage: z.string(), met: z.boolean(), results: z.array(criterionResultSchema) })),
  /** The move the system proposes from the current stage (a person confirms it), or null. */
  proposedStage: z.string().nullable(),
  graduationRequiresLoansCurrent: z.boolean(),
  loansCurrent: z.object({ met: z.boolean(), reason: localized }),
});
export type EvaluationView = z.infer<typeof evaluationSchema>;

export const stageChangeSchema = z.object({
  seq: z.number(),
  stage: z.string(),
  on: z.string(),
  kind: z.string(),
  confirmedByName: z.string(),
  reason: z.string().nullable(),
  evaluatedDataYear: z.number().nullable(),
});

export const planItemSchema = z.object({
  id: z.string(),
  menuItemId: z.string(),
  menuCode: z.string(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  dimension: z.string(),
  agencyId: z.string(),
  agencyCode: z.string(),
  agencyNameTh: z.string(),
  quantity: z.number(),
  unit: z.string(),
  plannedValueSatang: z.number(),
  deliveredSatang: z.number(),
  note: z.string().nullable(),
});
export type PlanItemView = z.infer<typeof planItemSchema>;

/** A file attached to a visit (a photo) or a delivery (evidence): metadata only, the bytes come from its own route. */
export const caseFileSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
});
export type CaseFileView = z.infer<typeof caseFileSchema>;

export const deliverySchema = z.object({
  id: z.string(),
  planItemId: z.string(),
  dimension: z.string(),
  agencyId: z.string(),
  agencyCode: z.string(),
  agencyNameTh: z.string(),
  deliveredOn: z.string(),
  quantity: z.number(),
  valueSatang: z.number(),
  evidence: z.array(z.object({ kind: z.string(), ref: z.string() })),
  files: z.array(caseFileSchema),
});
export type DeliveryView = z.infer<typeof deliverySchema>;

export const caseLoanSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  loanNo: z.string(),
  principalSatang: z.number(),
  outstandingSatang: z.number(),
  status: z.string(),
  classification: z.string().nullable(),
  nextDueOn: z.string().nullable(),
});

export const caseDebtPlanSchema = z.object({
  id: z.string(),
  centreId: z.string(),
  centreName: z.string(),
  status: z.string(),
  plannedOn: z.string(),
  executedOn: z.string().nullable(),
  debtFreeOn: z.string().nullable(),
});

export const caseMentorSchema = z.object({
  pairingId: z.string(),
  mentorId: z.string(),
  mentorName: z.string(),
  schemeCode: z.string(),
  schemeName: z.object({ th: z.string(), en: z.string() }),
  startOn: z.string(),
  lastVisitOn: z.string().nullable(),
});

export const caseDetailSchema = z.object({
  case: caseSchema,
  profile: z
    .object({
      /** Where the profile comes from: a จปฐ. record ("bmn") or a row of an imported target list ("import"). */
      source: z.enum(["bmn", "import"]),
      dataYear: z.number(),
      failingIndicators: z.record(z.string(), z.array(z.number())),
      failingDimensions: z.array(z.string()),
    })
    .nullable(),
  evaluation: evaluationSchema,
  history: z.array(stageChangeSchema),
  plan: z.array(planItemSchema),
  deliveries: z.array(deliverySchema),
  totals: z.object({ plannedSatang: z.number(), deliveredSatang: z.number() }),
  /** Null for an agency account: it sees its own items only, not the household's loans. */
  loans: z.array(caseLoanSchema).nullable(),
  debtPlans: z.array(caseDebtPlanSchema).nullable(),
  /** The latest debt-centre survey of the household (null without one, or for an agency account). */
  debtSurvey: z
    .object({
      surveyedOn: z.string(),
      debts: z.number().int(),
      outstandingSatang: z.number(),
      arrearsSatang: z.number(),
    })
    .nullable(),
  mentors: z.array(caseMentorSchema),
  asOf: z.string(),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const confirmStageBodySchema = z
  .object({ to: z.enum(STAGES), on: businessDate.optional(), reason: z.string().max(1000).optional() })
  .strict();
export type ConfirmStageBody = z.infer<typeof confirmStageBodySchema>;

export const planItemBodySchema = z
  .object({
    menuItemId: z.string().uuid(),
    quantity: z.number(),
    agencyId: z.string().uuid().optional(),
    note: z.string().max(1000).optional(),
  })
  .strict();
export type PlanItemBody = z.infer<typeof planItemBodySchema>;

export const deliveryBodySchema = z
  .object({
    planItemId: z.string(),
    deliveredOn: z.string(),
    agencyId: z.string().uuid().optional(),
    quantity: z.number(),
    valueSatang: z.number().optional(),
    evidence: z.array(z.object({ kind: z.string(), ref: z.string() })),
  })
  .strict();
export type DeliveryBody = z.infer<typeof deliveryBodySchema>;

export const closeCaseBodySchema = z
  .object({
    reason: z.enum(CLOSING_REASONS),
    on: businessDate.optional(),
    note: z.string().max(1000).optional(),
    mergedIntoCaseId: z.string().uuid().optional(),
  })
  .strict();
export type CloseCaseBody = z.infer<typeof closeCaseBodySchema>;

export const stageRulesBodySchema = z.object({ areaCode: provinceCode, rules: z.unknown() }).strict();

// Mentors.

export const schemeBodySchema = z
  .object({
    code: z.string(),
    nameTh: z.string(),
    nameEn: z.string(),
    areaCode: z.union([z.literal(""), areaCodeSchema]).default(""),
    maxHouseholdsPerMentor: z.number().optional(),
    visitIntervalDays: z.number().optional(),
  })
  .strict();
export type SchemeBody = z.infer<typeof schemeBodySchema>;

export const schemeSchema = z.object({
  id: z.string(),
  code: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  areaCode: z.string(),
  maxHouseholdsPerMentor: z.number(),
  visitIntervalDays: z.number(),
});
export type SchemeView = z.infer<typeof schemeSchema>;

export const mentorBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(MENTOR_KINDS),
    phone: z
      .string()
      .regex(/^[0-9+\- ]{6,32}$/, "digits, +, - and spaces")
      .optional(),
    areaCode: areaCodeSchema,
    userId: z.string().uuid().optional(),
  })
  .strict();
export type MentorBody = z.infer<typeof mentorBodySchema>;

export const mentorSchema = z.object({
  id: z.string(),
  userId: z.string().nullable(),
  name: z.string(),
  kind: z.string(),
  phone: z.string().nullable(),
  areaCode: z.string(),
  isActive: z.boolean(),
});
export type MentorView = z.infer<typeof mentorSchema>;

export const mentorListQuerySchema = pageQuerySchema.extend({ area: areaCodeSchema.optional() });

export const pairingBodySchema = z
  .object({ schemeId: z.string().uuid(), householdId: z.string().uuid(), startOn: businessDate.optional() })
  .strict();
export type PairingBody = z.infer<typeof pairingBodySchema>;

export const pairingSchema = z.object({
  id: z.string(),
  schemeId: z.string(),
  mentorId: z.string(),
  householdId: z.string(),
  areaCode: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
});
export type PairingView = z.infer<typeof pairingSchema>;

export const endPairingBodySchema = z.object({ endOn: businessDate.optional() }).strict();

export const worklistItemSchema = z.object({
  pairingId: z.string(),
  mentorId: z.string(),
  householdId: z.string(),
  headName: z.string(),
  houseNo: z.string(),
  areaCode: z.string(),
  schemeCode: z.string(),
  caseId: z.string().nullable(),
  stage: z.string().nullable(),
  lastVisitOn: z.string().nullable(),
  dueOn: z.string(),
  overdueDays: z.number(),
  isOverdue: z.boolean(),
});
export type WorklistItem = z.infer<typeof worklistItemSchema>;

export const worklistSchema = z.object({
  mentor: mentorSchema.nullable(),
  asOf: z.string(),
  items: z.array(worklistItemSchema),
  overdue: z.number(),
});
export type Worklist = z.infer<typeof worklistSchema>;

export const overdueQuerySchema = z.object({ area: areaCodeSchema.optional() });

export const visitBodySchema = z
  .object({
    pairingId: z.string().uuid(),
    visitedOn: z.string(),
    findings: z.record(z.string(), z.string()),
    advice: z.string().max(2000).optional(),
    nextStep: z.string().max(2000).optional(),
    latitude: z.number().optional(),
    longitude: z.number().optional(),
  })
  .strict();
export type VisitBody = z.infer<typeof visitBodySchema>;

export const visitSchema = z.object({
  id: z.string(),
  pairingId: z.string(),
  mentorId: z.string(),
  mentorName: z.string(),
  householdId: z.string(),
  visitedOn: z.string(),
  findings: z.record(z.string(), z.string()),
  advice: z.string().nullable(),
  nextStep: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  photos: z.array(caseFileSchema),
});
export type VisitView = z.infer<typeof visitSchema>;

// Progress.

export const progressQuerySchema = z.object({
  area: z.union([z.literal(""), areaCodeSchema]).optional(),
  year: programmeYear.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
  cursor: z.string().max(20).optional(),
});
export type ProgressQuery = z.infer<typeof progressQuerySchema>;

const byDimension = z.object(
  Object.fromEntries(DIMENSIONS.map((d) => [d, z.number()])) as Record<
    (typeof DIMENSIONS)[number],
    z.ZodNumber
  >,
);

export const progressRowSchema = z.object({
  code: z.string(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  targeted: z.number(),
  open: z.number(),
  survive: z.number(),
  sufficient: z.number(),
  sustainable: z.number(),
  graduated: z.number(),
  helped: z.number(),
  helpedByDimension: byDimension,
  deliveries: z.number(),
  deliveredSatang: z.number(),
  mentors: z.number(),
  pairedHouseholds: z.number(),
  visitedRecently: z.number(),
  lastVisitOn: z.string().nullable(),
});
export type ProgressRow = z.infer<typeof progressRowSchema>;

export const agencyProgressSchema = z.object({
  agencyId: z.string(),
  code: z.string(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  households: z.number(),
  planItems: z.number(),
  plannedSatang: z.number(),
  deliveries: z.number(),
  deliveredSatang: z.number(),
});

export const progressSchema = z.object({
  area: z.string(),
  programmeYear: z.number(),
  asOf: z.string(),
  total: progressRowSchema,
  children: z.array(progressRowSchema),
  nextCursor: z.string().nullable(),
  agencies: z.array(agencyProgressSchema),
});
export type Progress = z.infer<typeof progressSchema>;

export const districtsTableSchema = z.object({
  province: z.string(),
  provinceNameTh: z.string(),
  programmeYear: z.number(),
  asOf: z.string(),
  rows: z.array(progressRowSchema),
  total: progressRowSchema,
});
export type DistrictsTable = z.infer<typeof districtsTableSchema>;
