// Matching target-list rows to registered households (exact citizen ID, else village + house number + name), with the reason for every match and the closed households reported.
import type { ImportRowError } from "../../shared/contracts/index";
import type { TargetRow } from "./target-list";
import { addressKey, nameKey } from "./thai-names";

export interface CandidateMember {
  title: string;
  firstName: string;
  lastName: string;
  /** The keyed hash of the member's citizen ID (households module, `citizen_id_hash`), null when not recorded. */
  citizenIdHash: string | null;
}

export interface CandidateHousehold {
  householdId: string;
  villageCode: string;
  houseNo: string;
  /** The register's status: "active", or anything else for a closed household. */
  status: string;
  members: readonly CandidateMember[];
}

/** How the caller finds candidates: by the keyed hash of a citizen ID, and by village + house number. */
export interface TargetLookups {
  hashCitizenId: (citizenId: string) => string;
  byIdHash: (hash: string) => readonly CandidateHousehold[];
  byAddress: (villageCode: string, houseNo: string) => readonly CandidateHousehold[];
}

export const MATCH_KINDS = ["exact_id", "address_name", "none"] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export type MatchDifference = "village_code" | "house_no" | "name" | "citizen_id";

export interface TargetMatch {
  line: number;
  kind: MatchKind;
  householdId: string | null;
  /** The matched household is no longer active (its status is given in the explanation). */
  closed: boolean;
  explanation: { th: string; en: string };
  /** What the row says differently from the matched household (shown in the reconciliation worklist). */
  differences: MatchDifference[];
  /** Households looked at when the row matched none of them, or more than one. */
  candidates: string[];
}

const isActive = (h: CandidateHousehold): boolean => h.status === "active";

const firstPart = (key: string): string => key.split(" ")[0] ?? "";

/** Names agree when both keys are equal, or one side has no last name and the first names are equal. */
function sameName(rowKey: string, memberKey: string): boolean {
  if (rowKey === "" || memberKey === "") return false;
  if (rowKey === memberKey) return true;
  const rowHasLast = rowKey.includes(" ");
  const memberHasLast = memberKey.includes(" ");
  return rowHasLast !== memberHasLast && firstPart(rowKey) === firstPart(memberKey);
}

const memberKey = (m: CandidateMember): string => nameKey(m.firstName, m.lastName);

const displayName = (m: CandidateMember): string => `${m.firstName} ${m.lastName}`.trim();

const uniqueById = (households: readonly CandidateHousehold[]): CandidateHousehold[] => {
  const seen = new Map<string, CandidateHousehold>();
  for (const h of households) if (!seen.has(h.householdId)) seen.set(h.householdId, h);
  return [...seen.values()];
};

function closedNote(h: CandidateHousehold): { th: string; en: string } {
  return isActive(h)
    ? { th: "", en: "" }
    : {
        th: ` แต่ครัวเรือนนี้ปิดแล้ว (สถานะ ${h.status})`,
        en: ` but the household is closed (status ${h.status})`,
      };
}

function result(
  row: TargetRow,
  kind: MatchKind,
  household: CandidateHousehold | null,
  explanation: { th: string; en: string },
  differences: MatchDifference[] = [],
  candidates: string[] = [],
): TargetMatch {
  const closed = household !== null && !isActive(household);
  const note = household ? closedNote(household) : { th: "", en: "" };
  return {
    line: row.line,
    kind,
    householdId: household?.householdId ?? null,
    closed,
    explanation: { th: explanation.th + note.th, en: explanation.en + note.en },
    differences,
    candidates,
  };
}

/** The row's address and name compared with the matched household and member. */
function differencesOf(
  row: TargetRow,
  h: CandidateHousehold,
  member: CandidateMember | null,
): MatchDifference[] {
  const out: MatchDifference[] = [];
  if (row.villageCode !== null && row.villageCode !== h.villageCode) out.push("village_code");
  if (
    row.houseNo !== null &&
    addressKey(h.villageCode, row.houseNo) !== addressKey(h.villageCode, h.houseNo)
  ) {
    out.push("house_no");
  }
  if (member !== null && row.nameKey !== "" && !sameName(row.nameKey, memberKey(member))) out.push("name");
  return out;
}

function describeDifferences(d: MatchDifference[]): { th: string; en: string } {
  if (d.length === 0) return { th: "", en: "" };
  const th: Record<MatchDifference, string> = {
    village_code: "รหัสหมู่บ้าน",
    house_no: "บ้านเลขที่",
    name: "ชื่อ",
    citizen_id: "เลขประจำตัวประชาชน",
  };
  const en: Record<MatchDifference, string> = {
    village_code: "village code",
    house_no: "house number",
    name: "name",
    citizen_id: "citizen ID",
  };
  return {
    th: ` (${d.map((x) => th[x]).join(", ")}ในบัญชีไม่ตรงกับทะเบียน)`,
    en: ` (the list's ${d.map((x) => en[x]).join(", ")} differ from the register)`,
  };
}

/**
 * Matches one row. A valid citizen ID that belongs to a member of exactly one household (an active one
 * preferred over closed ones, since a person may have moved on from a closed household) is `exact_id`.
 * Otherwise the house at village + house number whose members include the row's name (titles, spaces and
 * zero-width characters ignored) is `address_name`. Anything else is `none`, with the reason and the
 * households looked at. Citizen IDs never appear in the explanation.
 */
export function matchTarget(row: TargetRow, lookups: TargetLookups): TargetMatch {
  let idNote = { th: "", en: "" };
  let hash: string | null = null;
  if (row.citizenId !== null) {
    hash = lookups.hashCitizenId(row.citizenId);
    const found = uniqueById(lookups.byIdHash(hash));
    const active = found.filter(isActive);
    const pick = active.length > 0 ? active : found;
    if (pick.length === 1) {
      const h = pick[0]!;
      const member = h.members.find((m) => m.citizenIdHash === hash) ?? null;
      const d = differencesOf(row, h, member);
      const who = member ? displayName(member) : "";
      const diff = describeDifferences(d);
      return result(
        row,
        "exact_id",
        h,
        {
          th: `เลขประจำตัวประชาชนตรงกับสมาชิก ${who} บ้านเลขที่ ${h.houseNo} หมู่บ้าน ${h.villageCode}${diff.th}`,
          en: `The citizen ID is that of member ${who} of house ${h.houseNo}, village ${h.villageCode}${diff.en}`,
        },
        d,
      );
    }
    if (pick.length > 1) {
      return result(
        row,
        "none",
        null,
        {
          th: `เลขประจำตัวประชาชนพบในหลายครัวเรือน (${pick.length}) ต้องตรวจสอบ`,
          en: `The citizen ID belongs to members of ${pick.length} households: check by hand`,
        },
        [],
        pick.map((h) => h.householdId),
      );
    }
    idNote = { th: "ไม่พบเลขประจำตัวประชาชนในทะเบียน; ", en: "The citizen ID is not in the register; " };
  }
  if (row.villageCode === null || row.houseNo === null || row.nameKey === "") {
    return result(row, "none", null, {
      th: `${idNote.th}แถวนี้ไม่มีรหัสหมู่บ้าน บ้านเลขที่ และชื่อครบสำหรับจับคู่ตามที่อยู่`,
      en: `${idNote.en}the row lacks a village code, house number and name to match by address`,
    });
  }
  const houses = uniqueById(lookups.byAddress(row.villageCode, row.houseNo));
  if (houses.length === 0) {
    return result(row, "none", null, {
      th: `${idNote.th}ไม่พบบ้านเลขที่ ${row.houseNo} ในหมู่บ้าน ${row.villageCode}`,
      en: `${idNote.en}no house ${row.houseNo} in village ${row.villageCode}`,
    });
  }
  const named = houses.flatMap((h) =>
    h.members.filter((m) => sameName(row.nameKey, memberKey(m))).map((m) => ({ h, m })),
  );
  const byHousehold = uniqueById(named.map((x) => x.h));
  if (byHousehold.length === 1) {
    const { h, m } = named[0]!;
    const d = differencesOf(row, h, m);
    if (hash !== null && m.citizenIdHash !== null && m.citizenIdHash !== hash) d.push("citizen_id");
    const diff = describeDifferences(d);
    return result(
      row,
      "address_name",
      h,
      {
        th: `${idNote.th}บ้านเลขที่ ${h.houseNo} หมู่บ้าน ${h.villageCode} มีสมาชิกชื่อ ${displayName(m)}${diff.th}`,
        en: `${idNote.en}house ${h.houseNo} in village ${h.villageCode} has a member named ${displayName(m)}${diff.en}`,
      },
      d,
    );
  }
  if (byHousehold.length > 1) {
    return result(
      row,
      "none",
      null,
      {
        th: `${idNote.th}พบชื่อนี้ในหลายครัวเรือนที่บ้านเลขที่เดียวกัน (${byHousehold.length}) ต้องตรวจสอบ`,
        en: `${idNote.en}the name is in ${byHousehold.length} households at this address: check by hand`,
      },
      [],
      byHousehold.map((h) => h.householdId),
    );
  }
  return result(
    row,
    "none",
    null,
    {
      th: `${idNote.th}บ้านเลขที่ ${row.houseNo} หมู่บ้าน ${row.villageCode} มีในทะเบียน แต่ไม่มีสมาชิกชื่อ ${`${row.firstName} ${row.lastName}`.trim()}`,
      en: `${idNote.en}house ${row.houseNo} in village ${row.villageCode} is registered but has no member named ${`${row.firstName} ${row.lastName}`.trim()}`,
    },
    [],
    houses.map((h) => h.householdId),
  );
}

export interface MatchSummary {
  matches: TargetMatch[];
  counts: Record<MatchKind, number>;
  /** Rows matched to a closed household, one error each: they cannot become cases. */
  closedErrors: ImportRowError[];
}

/** Matches every row; rows that matched a closed household are reported with their reason. */
export function matchTargets(rows: readonly TargetRow[], lookups: TargetLookups): MatchSummary {
  const counts: Record<MatchKind, number> = { exact_id: 0, address_name: 0, none: 0 };
  const matches: TargetMatch[] = [];
  const closedErrors: ImportRowError[] = [];
  for (const row of rows) {
    const m = matchTarget(row, lookups);
    counts[m.kind]++;
    matches.push(m);
    if (m.closed) {
      closedErrors.push({
        line: m.line,
        field: null,
        code: "household_closed",
        message: `ครัวเรือนที่ตรงกันปิดแล้ว เปิดเป็นครัวเรือนเป้าหมายไม่ได้: ${m.explanation.th}`,
        messageEn: `The matching household is closed and cannot be a target: ${m.explanation.en}`,
      });
    }
  }
  return { matches, counts, closedErrors };
}

/**
 * Lookups over households held in memory (a village batch loaded by a use case, or the benchmark). Each
 * member's hash and each house's address are indexed once.
 */
export function inMemoryLookups(
  households: Iterable<CandidateHousehold>,
  hashCitizenId: (citizenId: string) => string,
): TargetLookups {
  const byHash = new Map<string, CandidateHousehold[]>();
  const byHouse = new Map<string, CandidateHousehold[]>();
  const push = (map: Map<string, CandidateHousehold[]>, key: string, h: CandidateHousehold) => {
    const list = map.get(key);
    if (list) list.push(h);
    else map.set(key, [h]);
  };
  for (const h of households) {
    push(byHouse, addressKey(h.villageCode, h.houseNo), h);
    for (const m of h.members) if (m.citizenIdHash !== null) push(byHash, m.citizenIdHash, h);
  }
  return {
    hashCitizenId,
    byIdHash: (hash) => byHash.get(hash) ?? [],
    byAddress: (villageCode, houseNo) => byHouse.get(addressKey(villageCode, houseNo)) ?? [],
  };
}
