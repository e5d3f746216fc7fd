// Request and response shapes of monitoring visits and follow-ups (zod; also the OpenAPI document).
import { z } from "zod";
import { pageQuerySchema } from "../../shared/contracts/index";
import { FOLLOW_UP_STATUSES, SUBJECT_TYPES } from "./monitoring-rules";

const text = (max: number) => z.string().trim().min(1).max(max);
const dateText = z.string().max(32).describe("YYYY-MM-DD (C.E.)");
const areaCode = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{8})$/, "2, 4, 6 or 8 digits")
  .describe("Area code prefix: province 2 digits, district 4, sub-district 6, village 8");

export const teamMemberInputSchema = z
  .object({
    userId: z.string().uuid().optional().describe("A Kaejon user; their name and position are filled in"),
    name: z.string().trim().max(200).optional().describe("Someone from outside Kaejon"),
    position: z.string().trim().max(200).optional(),
  })
  .strict();
export type TeamMemberInput = z.infer<typeof teamMemberInputSchema>;

export const personMetSchema = z
  .object({ name: text(200), role: z.string().trim().max(200).default("") })
  .strict();

export const followUpInputSchema = z
  .object({
    description: text(2000),
    ownerId: z.string().uuid().describe("The officer responsible"),
    dueOn: dateText,
  })
  .strict();
export type FollowUpInput = z.infer<typeof followUpInputSchema>;

export const createVisitBodySchema = z
  .object({
    subjectType: z.enum(SUBJECT_TYPES),
    subjectId: z.string().uuid().optional().describe("The fund, debt centre or household visited"),
    villageCode: z
      .string()
      .regex(/^\d{8}$/, "8 digits")
      .optional()
      .describe("The village visited (subjectType village)"),
    visitedOn: dateText,
    purpose: text(2000),
    peopleMet: z.array(personMetSchema).max(100).default([]),
    findings: text(10_000),
    recommendations: z.string().trim().max(10_000).default(""),
    team: z.array(teamMemberInputSchema).max(30),
    followUps: z.array(followUpInputSchema).max(100).default([]),
  })
  .strict();
export type CreateVisitBody = z.input<typeof createVisitBodySchema>;

export const updateVisitBodySchema = z
  .object({
    visitedOn: dateText.optional(),
    purpose: text(2000).optional(),
    peopleMet: z.array(personMetSchema).max(100).optional(),
    findings: text(10_000).optional(),
    recommendations: z.string().trim().max(10_000).optional(),
    team: z.array(teamMemberInputSchema).max(30).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "nothing to change");
export type UpdateVisitBody = z.input<typeof updateVisitBodySchema>;

export const updateFollowUpBodySchema = z
  .object({
    description: text(2000).optional(),
    ownerId: z.string().uuid().optional(),
    dueOn: dateText.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, "nothing to change");
export type UpdateFollowUpBody = z.infer<typeof updateFollowUpBodySchema>;

export const completeFollowUpBodySchema = z.object({ doneOn: dateText, note: text(2000) }).strict();
export type CompleteFollowUpBody = z.infer<typeof completeFollowUpBodySchema>;

export const teamMemberSchema = z.object({
  seq: z.number().int(),
  userId: z.string().nullable(),
  name: z.string(),
  position: z.string(),
});

export const followUpSchema = z.object({
  id: z.string(),
  visitId: z.string(),
  areaCode: z.string(),
  description: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  dueOn: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  doneOn: z.string().nullable(),
  doneNote: z.string().nullable(),
  isOverdue: z.boolean().describe("Open and due before today's Bangkok business date"),
  daysOverdue: z.number().int(),
  /** Present in follow-up lists: what the visit was. */
  visitedOn: z.string().optional(),
  subjectType: z.enum(SUBJECT_TYPES).optional(),
  subjectName: z.string().optional(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const visitSummarySchema = z.object({
  id: z.string(),
  areaCode: z.string(),
  subjectType: z.enum(SUBJECT_TYPES),
  subjectId: z.string().nullable(),
  subjectName: z.string(),
  visitedOn: z.string(),
  purpose: z.string(),
  teamNames: z.array(z.string()),
  followUpsOpen: z.number().int(),
  followUpsOverdue: z.number().int(),
  followUpsDone: z.number().int(),
});
export type VisitSummary = z.infer<typeof visitSummarySchema>;

export const photoSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
});
export type Photo = z.infer<typeof photoSchema>;

export const visitDetailSchema = visitSummarySchema.extend({
  areaPath: z.array(z.object({ code: z.string(), nameTh: z.string() })),
  peopleMet: z.array(z.object({ name: z.string(), role: z.string() })),
  findings: z.string(),
  recommendations: z.string(),
  team: z.array(teamMemberSchema),
  followUps: z.array(followUpSchema),
  photos: z.array(photoSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VisitDetail = z.infer<typeof visitDetailSchema>;

export const visitListQuerySchema = pageQuerySchema.extend({
  area: areaCode.optional(),
  subjectType: z.enum(SUBJECT_TYPES).optional(),
  subjectId: z.string().uuid().optional(),
  from: dateText.optional().describe("Visits on or after this date"),
  to: dateText.optional().describe("Visits on or before this date"),
});
export type VisitListQuery = z.infer<typeof visitListQuerySchema>;

export const followUpListQuerySchema = pageQuerySchema.extend({
  scope: z
    .enum(["mine", "area"])
    .default("mine")
    .describe("mine: the follow-ups I own; area: everyone's in my area (district officers and above)"),
  area: areaCode.optional().describe("With scope=area: an area inside my own"),
  overdue: z
    .enum(["true", "false"])
    .default("true")
    .describe("true: only overdue ones; false: every open follow-up"),
});
export type FollowUpListQuery = z.infer<typeof followUpListQuerySchema>;

export const assigneeSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  role: z.string(),
  position: z.string().nullable(),
  scopeCode: z.string(),
});
export type Assignee = z.infer<typeof assigneeSchema>;

export const assigneeQuerySchema = z.object({ area: areaCode });
