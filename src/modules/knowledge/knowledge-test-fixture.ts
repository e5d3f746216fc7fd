// Test fixture (used only by tests): the demo villages of the knowledge library, actors of several roles and areas, and the demo knowledge.
import type { Deps } from "../../platform/deps";
import { type Actor, SYSTEM_ACTOR } from "../../shared/actor";
import { createVillage, findArea } from "../geography/index";
import { type KnowledgeDemoSummary, seedKnowledgeDemo } from "./seed-knowledge-demo";

const VILLAGES = [
  { code: "40070908", nameTh: "บ้านดอกกระเจียว" },
  { code: "55011604", nameTh: "บ้านเชียงยืน" },
  { code: "33091512", nameTh: "บ้านสร้างปี่" },
  { code: "60030103", nameTh: "บ้านเกาะแก้ว" },
];

export async function ensureKnowledgeVillages(deps: Deps): Promise<void> {
  const system = { ...deps, actor: SYSTEM_ACTOR };
  for (const v of VILLAGES) {
    if (await findArea(deps.db, v.code)) continue;
    await createVillage(system, v.code.slice(0, 6), { villageNo: Number(v.code.slice(6)), nameTh: v.nameTh });
  }
}

/** An actor without an account row: the use cases check role and scope only. */
export function actor(
  role: Actor["role"],
  scopeCode: string,
  username = `${role}.${scopeCode || "nation"}`,
): Actor {
  return {
    kind: "user",
    userId: "0190a0a0-0000-7000-8000-000000000001",
    username,
    role,
    scopeCode,
    householdId: null,
  };
}

export const ACTORS = {
  admin: actor("central_admin", ""),
  khonKaen: actor("province_officer", "40"),
  namPhong: actor("district_officer", "4007"),
  saiMunWorker: actor("subdistrict_worker", "400709"),
  nanWorker: actor("subdistrict_worker", "550116"),
  committee: actor("committee_member", "40070908"),
  household: actor("household_member", "40070908"),
};

export async function seedKnowledgeFixture(deps: Deps): Promise<KnowledgeDemoSummary> {
  await ensureKnowledgeVillages(deps);
  return seedKnowledgeDemo(deps);
}
