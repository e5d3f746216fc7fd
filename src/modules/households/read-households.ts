// Household list (search, cursor pages) and the household page, scoped to the actor's area.

import type { Deps } from "../../platform/deps";
import type { Actor } from "../../shared/actor";
import { ancestry } from "../../shared/area-code";
import { assertInScope, hasPermission, outOfScope, requirePermission } from "../../shared/authorization";
import type { HouseholdDetail, HouseholdSummary, Member, Page } from "../../shared/contracts/index";
import { invalidInput } from "../../shared/errors";
import { isValidCitizenId, normalizeCitizenId } from "../../shared/thai-id";
import { findAreas } from "../geography/index";
import { HOUSEHOLD } from "./household-errors";
import {
  findHousehold,
  findMemberIdsByCitizenHash,
  type HouseholdListRow,
  selectBmnRecords,
  selectHouseholdPage,
  selectMembers,
} from "./households.repository";
import { toBmnRecord } from "./record-bmn";

export interface ListHouseholdsInput {
  area?: string | undefined;
  q?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

function encodeCursor(row: HouseholdListRow): string {
  return Buffer.from(JSON.stringify([row.villageCode, row.houseNo, row.id])).toString("base64url");
}

function decodeCursor(cursor: string): { villageCode: string; houseNo: string; id: string } {
  try {
    const [villageCode, houseNo, id] = JSON.parse(
      Buffer.from(cursor, "base64url").toString("utf8"),
    ) as unknown[];
    if (typeof villageCode === "string" && typeof houseNo === "string" && typeof id === "string") {
      return { villageCode, houseNo, id };
    }
  } catch {
    // fall through to the error below
  }
  throw invalidInput("common.cursor_invalid", { th: "ตัวชี้หน้าไม่ถูกต้อง", en: "Invalid cursor" });
}

/** A household member account sees only its own household; everyone else sees their area. */
function ownHouseholdOnly(actor: Actor): string | undefined {
  return actor.role === "household_member" && actor.kind === "user"
    ? (actor.householdId ?? "none")
    : undefined;
}

export async function listHouseholds(
  deps: Deps,
  input: ListHouseholdsInput,
): Promise<Page<HouseholdSummary>> {
  requirePermission(deps.actor, "households.read");
  const area = input.area ?? deps.actor.scopeCode;
  assertInScope(deps.actor, area, { th: "พื้นที่", en: "Area" });
  const q = input.q?.trim() ?? "";
  let ids: string[] | undefined;
  let houseNo: string | undefined;
  let namePattern: string | undefined;
  if (q !== "") {
    const digits = normalizeCitizenId(q);
    if (/^\d{13}$/.test(digits) && isValidCitizenId(digits)) {
      ids = await findMemberIdsByCitizenHash(deps.db, deps.crypto.lookupHash(digits));
    } else {
      houseNo = q;
      const escaped = q.replace(/[\\%_]/g, "\\$&");
      // Contains-search inside a district or smaller; prefix search (index-backed) above that.
      namePattern = area.length >= 4 ? `%${escaped}%` : `${escaped}%`;
    }
  }
  const rows = await selectHouseholdPage(deps.db, {
    areaPrefix: area,
    onlyId: ownHouseholdOnly(deps.actor),
    ids,
    houseNo,
    namePattern,
    after: input.cursor ? decodeCursor(input.cursor) : undefined,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  return { items: page, nextCursor: rows.length > input.limit ? encodeCursor(page[page.length - 1]!) : null };
}

export async function getHousehold(deps: Deps, id: string): Promise<HouseholdDetail> {
  requirePermission(deps.actor, "households.read");
  const row = await findHousehold(deps.db, id);
  if (!row) throw outOfScope(HOUSEHOLD);
  assertInScope(deps.actor, row.villageCode, HOUSEHOLD);
  const own = ownHouseholdOnly(deps.actor);
  if (own !== undefined && own !== id) throw outOfScope(HOUSEHOLD);
  const [summary] = await selectHouseholdPage(deps.db, { areaPrefix: row.villageCode, onlyId: id, limit: 1 });
  const path = (await findAreas(deps.db, ancestry(row.villageCode))).sort(
    (a, b) => a.code.length - b.code.length,
  );
  const showIds = hasPermission(deps.actor, "households.citizen_id.read");
  const members: Member[] = (await selectMembers(deps.db, id)).map((m) => ({
    id: m.id,
    seq: m.seq,
    relation: m.relation as Member["relation"],
    title: m.title,
    firstName: m.firstName,
    lastName: m.lastName,
    citizenId: m.citizenIdEnc ? (showIds ? deps.crypto.decrypt(m.citizenIdEnc) : m.citizenIdMasked) : null,
    citizenIdMasked: m.citizenIdEnc !== null && !showIds,
    birthDate: m.birthDate,
    sex: (m.sex as "M" | "F" | null) ?? null,
  }));
  return {
    household: {
      ...summary!,
      status: row.status,
      areaPath: path.map((a) => ({ code: a.code, nameTh: a.nameTh, nameEn: a.nameEn })),
    },
    members,
    bmnRecords: (await selectBmnRecords(deps.db, id)).map(toBmnRecord),
  };
}

/** The village of a household (for other modules' checks), or undefined. */
export async function findHouseholdArea(db: Deps["db"], id: string): Promise<string | undefined> {
  return (await findHousehold(db, id))?.villageCode;
}
