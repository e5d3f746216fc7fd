// Request and response shapes of the complaints API (the web app keeps its own copies of the views it reads).
import { z } from "zod";
import { areaCodeSchema, pageQuerySchema } from "../../shared/contracts/index";
import { isIsoDate } from "../../shared/thai-date";
import { COMPLAINT_STATUSES, OUTCOMES } from "./complaint-rules";

const businessDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine(isIsoDate, "not a calendar date");
const localized = z.object({ th: z.string(), en: z.string() });
const text = (max: number) => z.string().trim().min(1).max(max);

export const complainantBodySchema = z
  .object({ name: text(200), phone: text(32), address: z.string().trim().max(500).optional() })
  .strict();

export const fileComplaintBodySchema = z
  .object({
    /** true: nothing about the complainant is stored, not even who filed it. */
    anonymous: z.boolean(),
    /** Required unless anonymous; forbidden when anonymous. */
    complainant: complainantBodySchema.optional(),
    category: text(32),
    subject: text(200),
    details: text(5000),
    fundId: z.string().uuid().optional(),
    /** The area concerned; defaults to the fund's village. */
    areaCode: areaCodeSchema.optional(),
    concernedName: text(200).optional(),
    /** Province or district office; defaults to the district of the area. */
    officeCode: z
      .string()
      .regex(/^(\d{2}|\d{4})$/, "2 or 4 digits")
      .optional(),
    /** Staff only: the date a paper or phone complaint was received (default today). */
    receivedOn: businessDate.optional(),
  })
  .strict();
export type FileComplaintBody = z.infer<typeof fileComplaintBodySchema>;

export const complainantSchema = z.object({
  name: z.string(),
  phone: z.string(),
  address: z.string().nullable(),
});

export const complaintSchema = z.object({
  id: z.string(),
  referenceNo: z.string(),
  fundId: z.string().nullable(),
  fundName: z.string().nullable(),
  areaCode: z.string(),
  areaName: z.string().nullable(),
  officeCode: z.string(),
  officeName: z.string().nullable(),
  category: z.string(),
  categoryName: localized,
  subject: z.string(),
  concernedName: z.string().nullable(),
  channel: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  receivedOn: z.string(),
  dueOn: z.string(),
  closedOn: z.string().nullable(),
  outcome: z.string().nullable(),
  anonymous: z.boolean(),
  overdue: z.boolean(),
  /** null for an anonymous complaint. */
  complainant: complainantSchema.nullable(),
});
export type ComplaintView = z.infer<typeof complaintSchema>;

export const complaintEventSchema = z.object({
  id: z.string(),
  kind: z.string(),
  fromValue: z.string().nullable(),
  toValue: z.string(),
  occurredOn: z.string(),
  note: z.string().nullable(),
});

export const replySchema = z.object({
  id: z.string(),
  visibility: z.enum(["public", "internal"]),
  body: z.string(),
  repliedOn: z.string(),
  authorName: z.string(),
});
export type ReplyView = z.infer<typeof replySchema>;

export const complaintDetailSchema = z.object({
  complaint: complaintSchema.extend({ details: z.string(), outcomeNote: z.string().nullable() }),
  events: z.array(complaintEventSchema),
  replies: z.array(replySchema),
  allowedMoves: z.array(z.enum(COMPLAINT_STATUSES)),
});
export type ComplaintDetail = z.infer<typeof complaintDetailSchema>;

export const complaintDocumentSchema = z.object({
  id: z.string(),
  fileName: z.string().describe("A generic name for an anonymous complaint's files"),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
});
export type ComplaintDocument = z.infer<typeof complaintDocumentSchema>;

/** The receipt given to whoever filed: the reference to track with, and how to verify. */
export const filedComplaintSchema = z.object({
  id: z.string(),
  referenceNo: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  receivedOn: z.string(),
  dueOn: z.string(),
  anonymous: z.boolean(),
  /** "reference_only" (anonymous) or "reference_and_phone_last4". */
  trackWith: z.enum(["reference_only", "reference_and_phone_last4"]),
});
export type FiledComplaint = z.infer<typeof filedComplaintSchema>;

export const listComplaintsQuerySchema = pageQuerySchema.extend({
  area: areaCodeSchema.optional(),
  status: z.enum([...COMPLAINT_STATUSES, "open"]).optional(),
  category: z.string().max(32).optional(),
  fundId: z.string().uuid().optional(),
  overdue: z.enum(["true", "false"]).optional(),
});
export type ListComplaintsQuery = z.infer<typeof listComplaintsQuerySchema>;

export const trackBodySchema = z
  .object({
    referenceNo: z.string().max(40),
    /** Required for a named complaint: the last 4 digits of the phone given at intake. */
    phoneLast4: z.string().max(10).optional(),
  })
  .strict();
export type TrackBody = z.infer<typeof trackBodySchema>;

export const trackResultSchema = z.object({
  referenceNo: z.string(),
  status: z.enum(COMPLAINT_STATUSES),
  categoryName: localized,
  receivedOn: z.string(),
  dueOn: z.string(),
  closedOn: z.string().nullable(),
  outcome: z.string().nullable(),
  replies: z.array(z.object({ repliedOn: z.string(), body: z.string() })),
});
export type TrackResult = z.infer<typeof trackResultSchema>;

export const routeBodySchema = z
  .object({ officeCode: z.string().regex(/^(\d{2}|\d{4})$/, "2 or 4 digits"), reason: text(1000) })
  .strict();
export type RouteBody = z.infer<typeof routeBodySchema>;

export const replyBodySchema = z
  .object({ visibility: z.enum(["public", "internal"]), body: text(5000) })
  .strict();
export type ReplyBody = z.infer<typeof replyBodySchema>;

export const statusBodySchema = z
  .object({
    status: z.enum(["in_progress", "closed", "rejected"]),
    outcome: z.enum(OUTCOMES).optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();
export type StatusBody = z.infer<typeof statusBodySchema>;

export const categorySchema = z.object({
  code: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  slaDays: z.number(),
  isActive: z.boolean(),
  sortOrder: z.number(),
});

export const categoryBodySchema = z
  .object({
    nameTh: text(200),
    nameEn: text(200),
    slaDays: z.number().int().min(1).max(365),
    isActive: z.boolean(),
    sortOrder: z.number().int().min(0).max(999),
  })
  .strict();
export type CategoryBody = z.infer<typeof categoryBodySchema>;
export const categoryCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{1,31}$/, "lower-case code");
