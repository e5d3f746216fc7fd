// Lookups the document use cases share: the fund's place names, a household's address, who sat in the
// committee on a date.
import type { Deps } from "../../../platform/deps";
import type { CommitteePosition } from "../../../shared/roles";
import { findCurrentSet, selectAreas, selectHouseholds, selectSetMembers } from "../kkj.repository";
import type { FundPlace, HouseAddress } from "./document-models";

export async function fundPlace(
  db: Deps["db"],
  fund: { name: string; areaCode: string },
): Promise<FundPlace> {
  const v = fund.areaCode;
  const areas = await selectAreas(db, [v, v.slice(0, 6), v.slice(0, 4), v.slice(0, 2)]);
  return {
    fundName: fund.name,
    villageName: areas.get(v)?.nameTh ?? "",
    villageNo: String(areas.get(v)?.villageNo ?? Number(v.slice(6))),
    subdistrict: areas.get(v.slice(0, 6))?.nameTh ?? "",
    district: areas.get(v.slice(0, 4))?.nameTh ?? "",
    province: areas.get(v.slice(0, 2))?.nameTh ?? "",
  };
}

/** The household's address: its house number in the fund's village (households live in the fund's village). */
export async function householdAddress(
  db: Deps["db"],
  householdId: string | null,
  place: FundPlace,
): Promise<HouseAddress | null> {
  if (!householdId) return null;
  const [household] = await selectHouseholds(db, [householdId]);
  if (!household) return null;
  return {
    houseNo: household.houseNo,
    villageNo: place.villageNo,
    villageName: place.villageName,
    subdistrict: place.subdistrict,
    district: place.district,
    province: place.province,
  };
}

/** The name of whoever held `position` in the committee set governing the fund on `date` (null if none). */
export async function seatHolderOn(
  db: Deps["db"],
  fundId: string,
  date: string,
  position: CommitteePosition,
): Promise<string | null> {
  const set = await findCurrentSet(db, fundId, date);
  if (!set) return null;
  return (await selectSetMembers(db, [set.id])).find((m) => m.position === position)?.name ?? null;
}
