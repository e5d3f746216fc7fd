// Creates households with their members: one, from the form, or many at once, from an import.

import { inTransaction } from "../../platform/database";
import type { Deps } from "../../platform/deps";
import { ancestry } from "../../shared/area-code";
import { inScope, requirePermission } from "../../shared/authorization";
import type { CreateHouseholdBody, HouseholdSummary } from "../../shared/contracts/index";
import type { AppError } from "../../shared/errors";
import { maskCitizenId } from "../../shared/thai-id";
import { recordAudit } from "../audit/index";
import { addHouseholdCounts, findAreas } from "../geography/index";
import { householdErrors } from "./household-errors";
import { countHeads, displayName, headOf } from "./household-rules";
import {
  existingAddresses,
  existingCitizenHashes,
  type HouseholdInsert,
  insertHouseholds,
  insertMembers,
  type MemberInsert,
} from "./households.repository";

export interface BatchProblem {
  index: number;
  error: AppError;
}

export interface BatchResult {
  ids: string[];
  problems: BatchProblem[];
}

/**
 * Checks every household of the batch against the database (village exists and is in scope, address
 * free, citizen IDs unused) and, only when none has a problem, inserts them all. Runs in the caller's
 * transaction; writes nothing when it returns problems.
 */
export async function createHouseholdBatch(
  deps: Deps,
  bodies: CreateHouseholdBody[],
  options: { dryRun?: boolean } = {},
): Promise<BatchResult> {
  requirePermission(deps.actor, "households.write");
  const problems: BatchProblem[] = [];
  const villageCodes = [...new Set(bodies.map((b) => b.villageCode))];
  const villages = new Map(
    (await findAreas(deps.db, villageCodes)).filter((a) => a.level === "village").map((a) => [a.code, a]),
  );
  const addresses = await existingAddresses(
    deps.db,
    bodies.map((b) => [b.villageCode, b.houseNo]),
  );
  const hashed = bodies.map((b) =>
    b.members.map((m) => (m.citizenId ? deps.crypto.lookupHash(m.citizenId) : null)),
  );
  const taken = await existingCitizenHashes(
    deps.db,
    hashed.flat().filter((h): h is string => h !== null),
  );
  const seenAddress = new Set<string>();
  const seenCitizen = new Set<string>();
  bodies.forEach((b, index) => {
    const heads = countHeads(b.members);
    // Villages outside the actor's area are reported exactly like villages that do not exist.
    if (!villages.has(b.villageCode) || !inScope(deps.actor, b.villageCode)) {
      problems.push({ index, error: householdErrors.villageUnknown(b.villageCode) });
    } else if (heads !== 1) {
      problems.push({ index, error: householdErrors.headCount(heads) });
    } else {
      const key = `${b.villageCode}|${b.houseNo}`;
      if (addresses.has(key) || seenAddress.has(key)) {
        problems.push({ index, error: householdErrors.duplicateAddress(b.villageCode, b.houseNo) });
      }
      seenAddress.add(key);
    }
    b.members.forEach((m, j) => {
      const h = hashed[index]![j];
      if (!h || !m.citizenId) return;
      if (taken.has(h))
        problems.push({ index, error: householdErrors.citizenIdTaken(maskCitizenId(m.citizenId)) });
      else if (seenCitizen.has(h))
        problems.push({ index, error: householdErrors.citizenIdRepeated(maskCitizenId(m.citizenId)) });
      seenCitizen.add(h);
    });
  });
  if (problems.length > 0 || options.dryRun) return { ids: [], problems };

  const { households, members, counts } = buildHouseholdRows(deps, bodies, hashed);
  await insertHouseholds(deps.db, households);
  await insertMembers(deps.db, members);
  await addHouseholdCounts(deps.db, counts);
  return { ids: households.map((h) => h.id!), problems: [] };
}

/**
 * The rows a batch writes: ids, encrypted and masked citizen IDs (hashes already computed), and the
 * household count each area gains. Exported for the import profile in bench/.
 */
export function buildHouseholdRows(
  deps: Pick<Deps, "clock" | "ids" | "crypto">,
  bodies: CreateHouseholdBody[],
  hashed: Array<Array<string | null>>,
): { households: HouseholdInsert[]; members: MemberInsert[]; counts: Map<string, number> } {
  const now = deps.clock.now();
  const households: HouseholdInsert[] = [];
  const members: MemberInsert[] = [];
  const counts = new Map<string, number>();
  bodies.forEach((b, index) => {
    const id = deps.ids.uuid();
    const head = headOf(b.members)!;
    households.push({
      id,
      villageCode: b.villageCode,
      houseNo: b.houseNo,
      phone: b.phone ?? null,
      headName: displayName(head),
      memberCount: b.members.length,
      status: "active",
      createdAt: now,
      updatedAt: now,
    });
    // The head is always member no. 1; the others keep their given order.
    const ordered = [head, ...b.members.filter((m) => m !== head)];
    ordered.forEach((m, seq) => {
      const original = b.members.indexOf(m);
      members.push({
        id: deps.ids.uuid(),
        householdId: id,
        seq: seq + 1,
        relation: m.relation,
        title: m.title,
        firstName: m.firstName,
        lastName: m.lastName,
        citizenIdEnc: m.citizenId ? deps.crypto.encrypt(m.citizenId) : null,
        citizenIdHash: hashed[index]![original] ?? null,
        citizenIdMasked: m.citizenId ? maskCitizenId(m.citizenId) : null,
        birthDate: m.birthDate ?? null,
        sex: m.sex ?? null,
        isActive: true,
        createdAt: now,
      });
    });
    for (const code of ancestry(b.villageCode)) counts.set(code, (counts.get(code) ?? 0) + 1);
  });
  return { households, members, counts };
}

/** The audit view of a new household: citizen IDs appear masked, never in full. */
export function householdAuditView(b: CreateHouseholdBody) {
  return {
    villageCode: b.villageCode,
    houseNo: b.houseNo,
    phone: b.phone ?? null,
    members: b.members.map((m) => ({
      relation: m.relation,
      name: `${m.title}${displayName(m)}`,
      citizenId: m.citizenId ? maskCitizenId(m.citizenId) : null,
      birthDate: m.birthDate ?? null,
    })),
  };
}

export async function createHousehold(deps: Deps, body: CreateHouseholdBody): Promise<HouseholdSummary> {
  return inTransaction(deps.db, async (tx) => {
    const txDeps = { ...deps, db: tx };
    const result = await createHouseholdBatch(txDeps, [body]);
    if (result.problems.length > 0) throw result.problems[0]!.error;
    const id = result.ids[0]!;
    await recordAudit(txDeps, {
      action: "household.created",
      entityType: "household",
      entityId: id,
      areaCode: body.villageCode,
      after: householdAuditView(body),
    });
    const village = (await findAreas(tx, [body.villageCode]))[0]!;
    return {
      id,
      villageCode: body.villageCode,
      villageName: village.nameTh,
      houseNo: body.houseNo,
      headName: displayName(headOf(body.members)!),
      memberCount: body.members.length,
      phone: body.phone ?? null,
      latestBmnYear: null,
      latestIncomePerPersonSatang: null,
      passesIncomeCriterion: null,
    };
  });
}
