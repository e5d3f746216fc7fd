// The categories of knowledge (หมวดองค์ความรู้), active and retired, in their display order.
import type { Deps } from "../../platform/deps";
import type { Category } from "./contracts";
import { selectCategories } from "./knowledge.repository";
import { toCategory } from "./knowledge-views";

export async function listCategories(deps: Deps): Promise<Category[]> {
  return (await selectCategories(deps.db)).map(toCategory);
}
