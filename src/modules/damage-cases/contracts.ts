// Request and response shapes of the damage-cases API (the web app keeps its own copies of the views it reads).
import { z } from "zod";
import { areaCodeSchema, pageQuerySchema } from "../../shared/contracts/index";
import { isIsoDate } from "../../shared/thai-date";
import { CASE_TYPES, CLOSURES, PERSON_RELATIONS, STAGES } from "./damage-rules";

const businessDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine(isIsoDate, "not a calendar date");
const satang = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const positiveSatang = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().trim().min(1).max(max);

export const documentBodySchema = z
  .object({
    docNo: text(64),
    docDate: businessDate,
    title: text(300),
  })
  .strict();
export type DocumentBody = z.infer<typeof documentBodySchema>;

export const personBodySchema = z
  .object({
    name: text(200),
    relation: z.enum(PERSON_RELATIONS),
    committeeMemberId: z.string().uuid().optional(),
  })
  .strict();

export const openCaseBodySchema = z
  .object({
    fundId: z.string().uuid(),
    caseType: z.enum(CASE_TYPES),
    title: text(200),
    description: text(5000),
    amountSatang: satang,
    discoveredOn: businessDate,
    persons: z.array(personBodySchema).max(20).default([]),
    documents: z.array(documentBodySchema).max(20).default([]),
  })
  .strict();
export type OpenCaseBody = z.input<typeof openCaseBodySchema>;

export const stepBodySchema = z
  .object({
    stage: z.enum(STAGES),
    stepOn: businessDate,
    note: z.string().trim().max(2000).optional(),
    documents: z.array(documentBodySchema).max(20).default([]),
  })
  .strict();
export type StepBody = z.input<typeof stepBodySchema>;

export const addDocumentBodySchema = documentBodySchema
  .extend({ stepId: z.string().uuid().optional() })
  .strict();
export type AddDocumentBody = z.infer<typeof addDocumentBodySchema>;

export const planBodySchema = z
  .object({
    instalments: z
      .array(z.object({ dueOn: businessDate, amountSatang: positiveSatang }).strict())
      .min(1)
      .max(120),
  })
  .strict();
export type PlanBody = z.infer<typeof planBodySchema>;

export const recoveryBodySchema = z
  .object({
    amountSatang: positiveSatang,
    receivedOn: businessDate.optional(),
    payer: text(200),
    into: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("cash") }).strict(),
      z.object({ kind: z.literal("bank"), bankAccountId: z.string().uuid() }).strict(),
    ]),
    note: z.string().trim().max(1000).optional(),
    idempotencyKey: z.string().min(8).max(100).optional(),
  })
  .strict();
export type RecoveryBody = z.infer<typeof recoveryBodySchema>;

export const closeBodySchema = z
  .object({
    closure: z.enum(CLOSURES),
    note: text(2000),
    /** The number of the approval letter, for a write-off. */
    approvalRef: z.string().trim().max(100).optional(),
  })
  .strict();
export type CloseBody = z.infer<typeof closeBodySchema>;

export const listCasesQuerySchema = pageQuerySchema.extend({
  area: areaCodeSchema.optional(),
  status: z.enum(["open", "closed"]).optional(),
  fundId: z.string().uuid().optional(),
});
export type ListCasesQuery = z.infer<typeof listCasesQuerySchema>;

const localized = z.object({ th: z.string(), en: z.string() });

export const caseSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  fundName: z.string(),
  areaCode: z.string(),
  caseType: z.enum(CASE_TYPES),
  caseTypeName: localized,
  title: z.string(),
  amountSatang: z.number(),
  recoveredSatang: z.number(),
  outstandingSatang: z.number(),
  discoveredOn: z.string(),
  stage: z.enum(STAGES),
  stageName: localized,
  status: z.enum(["open", "closed"]),
  closure: z.enum(CLOSURES).nullable(),
  closedOn: z.string().nullable(),
});
export type CaseView = z.infer<typeof caseSchema>;

export const documentFileSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
});
export type DocumentFileView = z.infer<typeof documentFileSchema>;

export const caseDetailSchema = z.object({
  case: caseSchema.extend({
    description: z.string(),
    closingNote: z.string().nullable(),
    writeOffApprovalRef: z.string().nullable(),
  }),
  persons: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      relation: z.string(),
      committeeMemberId: z.string().nullable(),
    }),
  ),
  steps: z.array(
    z.object({
      id: z.string(),
      stage: z.enum(STAGES),
      stageName: localized,
      stepOn: z.string(),
      note: z.string().nullable(),
      documents: z.array(
        z.object({
          id: z.string(),
          docNo: z.string(),
          docDate: z.string(),
          title: z.string(),
          /** The live file's id (null once it is deleted). */
          attachmentId: z.string().nullable(),
          file: documentFileSchema.nullable(),
        }),
      ),
    }),
  ),
  instalments: z.array(
    z.object({
      seq: z.number(),
      dueOn: z.string(),
      amountSatang: z.number(),
      paidSatang: z.number(),
      state: z.enum(["paid", "partly_paid", "due", "overdue"]),
    }),
  ),
  recoveries: z.array(
    z.object({
      id: z.string(),
      receivedOn: z.string(),
      amountSatang: z.number(),
      payer: z.string(),
      method: z.string(),
      journalEntryId: z.string(),
      note: z.string().nullable(),
    }),
  ),
  allowedStages: z.array(z.enum(STAGES)),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;
