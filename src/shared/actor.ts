// Who is acting: a signed-in user, or the system itself (seed, jobs, CLI run by an operator).
import type { Role } from "./roles";

export interface Actor {
  kind: "user" | "system";
  userId: string | null;
  username: string;
  role: Role;
  /** The area the actor may see; "" is the whole country. */
  scopeCode: string;
  /** For household members: their own household. */
  householdId: string | null;
}

export const SYSTEM_ACTOR: Actor = {
  kind: "system",
  userId: null,
  username: "system",
  role: "central_admin",
  scopeCode: "",
  householdId: null,
};
