// User accounts managed by administrators.
import { z } from "zod";
import { ROLES } from "../roles";

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  scopeCode: z.string(),
  householdId: z.string().nullable(),
  position: z.string().nullable(),
  isActive: z.boolean(),
  isLocked: z.boolean(),
  lastLoginAt: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;

export const createUserBodySchema = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-z0-9._-]{3,64}$/, "3–64 lower-case letters, digits, . _ -"),
  displayName: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  scopeCode: z.string().regex(/^(|\d{2}|\d{4}|\d{6}|\d{8})$/),
  householdId: z.string().uuid().optional(),
  position: z.string().trim().max(120).optional(),
  password: z.string().min(10).max(256),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z.object({
  displayName: z.string().trim().min(1).max(120).optional(),
  role: z.enum(ROLES).optional(),
  scopeCode: z
    .string()
    .regex(/^(|\d{2}|\d{4}|\d{6}|\d{8})$/)
    .optional(),
  position: z.string().trim().max(120).nullable().optional(),
  isActive: z.boolean().optional(),
  unlock: z.boolean().optional(),
  newPassword: z.string().min(10).max(256).optional(),
});

export const auditEventSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  areaCode: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  details: z.unknown(),
  requestId: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = z.object({
  area: z
    .string()
    .regex(/^(\d{2}|\d{4}|\d{6}|\d{8})$/)
    .optional(),
  actor: z.string().uuid().optional(),
  entityType: z.string().max(32).optional(),
  entityId: z.string().max(64).optional(),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
