// The complaint categories in use (built-in defaults with the administrators' overrides), with their SLA days.
import type { Deps } from "../../platform/deps";
import { hasPermission } from "../../shared/authorization";
import { forbidden } from "../../shared/errors";
import { mergeCategories } from "./complaint-rules";
import { toCategory } from "./complaint-views";
import { selectStoredCategories } from "./complaints.repository";

export async function listCategories(deps: Deps) {
  if (!hasPermission(deps.actor, "complaints.file") && !hasPermission(deps.actor, "complaints.read")) {
    throw forbidden("access.permission_complaints_read");
  }
  return { items: mergeCategories(await selectStoredCategories(deps.db)).map(toCategory) };
}
