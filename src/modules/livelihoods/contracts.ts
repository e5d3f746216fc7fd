// Request and response shapes of community livelihoods (zod; also the OpenAPI document).
import { z } from "zod";
import { pageQuerySchema } from "../../shared/contracts/index";
import {
  ACCESS_KINDS,
  LECTURER_ROLES,
  MEMBER_ROLES,
  ORGANISATION_KINDS,
  PLAN_STEPS,
} from "./livelihood-rules";

const text = (max: number) => z.string().trim().min(1).max(max);
const dateText = z.string().max(32).describe("YYYY-MM-DD (C.E.)");
const areaCode = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{8})$/, "2, 4, 6 or 8 digits")
  .describe("Area code: province 2 digits, district 4, sub-district 6, village 8");
const states = [...PLAN_STEPS, "completed"] as const;

export const areaListQuerySchema = pageQuerySchema.extend({ area: areaCode.optional() });
export type AreaListQuery = z.infer<typeof areaListQuerySchema>;

// Organisations

export const organisationMemberInputSchema = z
  .object({ name: text(200), role: z.enum(MEMBER_ROLES), phone: z.string().trim().max(32).optional() })
  .strict();
export type OrganisationMemberInput = z.infer<typeof organisationMemberInputSchema>;

export const createOrganisationBodySchema = z
  .object({
    areaCode,
    kind: z.enum(ORGANISATION_KINDS),
    name: text(300),
    mission: z.string().trim().max(4000).default(""),
    members: z.array(organisationMemberInputSchema).max(100).default([]),
  })
  .strict();
export type CreateOrganisationBody = z.input<typeof createOrganisationBodySchema>;

export const organisationMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(MEMBER_ROLES),
  phone: z.string().nullable(),
});

export const organisationSchema = z.object({
  id: z.string(),
  areaCode: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  name: z.string(),
  mission: z.string(),
  members: z.array(organisationMemberSchema),
});
export type Organisation = z.infer<typeof organisationSchema>;

// Plans

export const createPlanBodySchema = z
  .object({
    areaCode: z.string().regex(/^(\d{6}|\d{8})$/, "6 or 8 digits"),
    fiscalYear: z.number().int().describe("B.E. fiscal year, e.g. 2567"),
    title: text(300),
    startedOn: dateText.optional().describe("When preparation began; today when absent"),
  })
  .strict();
export type CreatePlanBody = z.input<typeof createPlanBodySchema>;

export const evidenceBodySchema = z
  .object({
    step: z.enum(PLAN_STEPS).optional().describe("The plan's current step when absent"),
    evidenceOn: dateText,
    description: text(4000),
  })
  .strict();
export type EvidenceBody = z.input<typeof evidenceBodySchema>;

export const advanceBodySchema = z
  .object({
    to: z.enum(states).describe("The next step (or completed after summarise)"),
    on: dateText.optional().describe("The date the current step ended; today when absent"),
  })
  .strict();
export type AdvanceBody = z.input<typeof advanceBodySchema>;

export const targetHouseholdBodySchema = z
  .object({
    householdId: z.string().uuid(),
    occupation: text(300),
    isModel: z.boolean().default(false),
  })
  .strict();
export type TargetHouseholdBody = z.input<typeof targetHouseholdBodySchema>;

export const evidenceSchema = z.object({
  id: z.string(),
  step: z.enum(PLAN_STEPS),
  evidenceOn: z.string(),
  description: z.string(),
  files: z.array(
    z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number() }),
  ),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const planStepSchema = z.object({
  step: z.enum(PLAN_STEPS),
  startedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  evidenceCount: z.number().int(),
});

export const targetHouseholdSchema = z.object({
  id: z.string(),
  householdId: z.string(),
  areaCode: z.string(),
  houseNo: z.string(),
  headName: z.string(),
  occupation: z.string(),
  isModel: z.boolean(),
});

export const planSummarySchema = z.object({
  id: z.string(),
  areaCode: z.string(),
  areaName: z.string(),
  fiscalYear: z.number().int(),
  title: z.string(),
  step: z.enum(states),
  stepNumber: z.number().int().describe("1–5, 6 once completed"),
  targetHouseholds: z.number().int(),
  modelHouseholds: z.number().int(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planDetailSchema = planSummarySchema.extend({
  steps: z.array(planStepSchema),
  evidence: z.array(evidenceSchema),
  households: z.array(targetHouseholdSchema),
});
export type PlanDetail = z.infer<typeof planDetailSchema>;

export const planListQuerySchema = areaListQuerySchema.extend({
  fiscalYear: z.coerce.number().int().min(2500).max(2700).optional(),
});
export type PlanListQuery = z.infer<typeof planListQuerySchema>;

// Lecturer teams and trainings

export const lecturerInputSchema = z
  .object({
    name: text(200),
    role: z.enum(LECTURER_ROLES).default("member"),
    expertise: z.string().trim().max(500).default(""),
    householdId: z.string().uuid().optional(),
  })
  .strict();

export const createTeamBodySchema = z
  .object({
    areaCode: z.string().regex(/^\d{8}$/, "8 digits (a village)"),
    name: text(300),
    formedOn: dateText,
    lecturers: z.array(lecturerInputSchema).min(1).max(30),
  })
  .strict();
export type CreateTeamBody = z.input<typeof createTeamBodySchema>;

export const lecturerSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(LECTURER_ROLES),
  expertise: z.string(),
  householdId: z.string().nullable(),
});

export const teamSchema = z.object({
  id: z.string(),
  areaCode: z.string(),
  name: z.string(),
  formedOn: z.string(),
  lecturers: z.array(lecturerSchema),
});
export type LecturerTeam = z.infer<typeof teamSchema>;

export const createTrainingBodySchema = z
  .object({
    areaCode,
    planId: z.string().uuid().optional(),
    heldOn: dateText,
    topic: text(500),
    place: z.string().trim().max(500).default(""),
    lecturerIds: z.array(z.string().uuid()).max(30).default([]),
    participants: z
      .array(z.object({ householdId: z.string().uuid(), name: text(200) }).strict())
      .max(500)
      .default([]),
  })
  .strict();
export type CreateTrainingBody = z.input<typeof createTrainingBodySchema>;

export const trainingSchema = z.object({
  id: z.string(),
  areaCode: z.string(),
  planId: z.string().nullable(),
  heldOn: z.string(),
  topic: z.string(),
  place: z.string(),
  lecturers: z.array(z.object({ id: z.string(), name: z.string() })),
  participants: z.array(z.object({ householdId: z.string(), name: z.string(), houseNo: z.string() })),
});
export type Training = z.infer<typeof trainingSchema>;

// A household's access to funds

export const fundLinkBodySchema = z
  .object({
    fundName: text(300),
    accessKind: z.enum(ACCESS_KINDS),
    since: dateText,
    note: z.string().trim().max(1000).default(""),
  })
  .strict();
export type FundLinkBody = z.input<typeof fundLinkBodySchema>;

export const fundAccessSchema = z.object({
  householdId: z.string(),
  kaejon: z.array(
    z.object({
      fundId: z.string(),
      fundName: z.string(),
      fundType: z.string(),
      loans: z.number().int(),
      principalSatang: z.number().int(),
      outstandingSatang: z.number().int(),
      firstContractedOn: z.string(),
    }),
  ),
  outside: z.array(
    z.object({
      id: z.string(),
      fundName: z.string(),
      accessKind: z.enum(ACCESS_KINDS),
      since: z.string(),
      note: z.string(),
    }),
  ),
});
export type FundAccess = z.infer<typeof fundAccessSchema>;
