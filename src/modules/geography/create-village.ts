// Creates a village (หมู่บ้าน) in a sub-district: code = sub-district code + two-digit หมู่ที่.

import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { villageCode } from "../../shared/area-code";
import { assertInScope, outOfScope, requirePermission } from "../../shared/authorization";
import type { Area, CreateVillageBody } from "../../shared/contracts/index";
import { conflict, invalidInput } from "../../shared/errors";
import { recordAudit } from "../audit/index";
import { toArea } from "./areas";
import { findArea, insertAreas } from "./geography.repository";

export async function createVillage(
  deps: Deps,
  subdistrictCode: string,
  input: CreateVillageBody,
): Promise<Area> {
  requirePermission(deps.actor, "villages.write");
  const SUBDISTRICT = { th: "ตำบล", en: "Sub-district" };
  if (!/^\d{6}$/.test(subdistrictCode)) throw outOfScope(SUBDISTRICT);
  assertInScope(deps.actor, subdistrictCode, SUBDISTRICT);
  if ((input.latitude === undefined) !== (input.longitude === undefined)) {
    throw invalidInput("village.coordinates_incomplete", {
      th: "ต้องระบุทั้งละติจูดและลองจิจูด",
      en: "Give both latitude and longitude, or neither",
    });
  }
  const code = villageCode(subdistrictCode, input.villageNo);
  return inTransaction(deps.db, async (tx) => {
    const parent = await findArea(tx, subdistrictCode);
    if (parent?.level !== "subdistrict") throw outOfScope(SUBDISTRICT);
    if (await findArea(tx, code)) {
      throw conflict("village.exists", {
        th: `หมู่ที่ ${input.villageNo} มีอยู่แล้วในตำบล${parent.nameTh}`,
        en: `Village no. ${input.villageNo} already exists in ${parent.nameEn ?? parent.nameTh}`,
      });
    }
    const row = {
      code,
      level: "village",
      parentCode: subdistrictCode,
      nameTh: input.nameTh,
      nameEn: input.nameEn ?? null,
      villageNo: input.villageNo,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      isModel: false,
      householdCount: 0,
      createdAt: deps.clock.now(),
    };
    await insertAreas(tx, [row]);
    await recordAudit(
      { ...deps, db: tx },
      { action: "village.created", entityType: "area", entityId: code, areaCode: code, after: input },
    );
    return toArea(row);
  });
}
