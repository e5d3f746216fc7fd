// The baseline: the same households and members written with a raw COPY (PGlite '/dev/blob', PostgreSQL STDIN).
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { HouseholdInsert, MemberInsert } from "../src/modules/households/households.repository";
import type { FieldCrypto } from "../src/platform/crypto";
import { uuidv7 } from "../src/platform/ids";
import { maskCitizenId } from "../src/shared/thai-id";
import type { SyntheticHousehold } from "./synthetic";

export const HOUSEHOLD_COPY_SQL =
  "COPY household (id, village_code, house_no, phone, head_name, member_count, status, created_at, updated_at)";
export const MEMBER_COPY_SQL =
  "COPY household_member (id, household_id, seq, relation, title, first_name, last_name, citizen_id_enc, citizen_id_hash, citizen_id_masked, birth_date, sex, is_active, created_at)";

/** COPY text-format rows, in chunks so that no single string grows past a few MB. */
export interface CopyPayload {
  households: string[];
  members: string[];
  householdCount: number;
  memberCount: number;
  bytes: number;
}

const CHUNK_ROWS = 20_000;

function field(value: string | number | boolean | null): string {
  if (value === null) return "\\N";
  if (typeof value !== "string") return String(value);
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : value;
}

function row(values: Array<string | number | boolean | null>): string {
  return `${values.map(field).join("\t")}\n`;
}

/**
 * The rows the import would write for these households (head first, encrypted and hashed citizen IDs,
 * UUIDv7 keys), prepared ahead so that the COPY timing holds database work only.
 */
export function buildCopyPayload(
  households: readonly SyntheticHousehold[],
  crypto: FieldCrypto,
): CopyPayload {
  const now = new Date().toISOString();
  const householdChunks: string[] = [];
  const memberChunks: string[] = [];
  let hBuf: string[] = [];
  let mBuf: string[] = [];
  let memberCount = 0;
  let bytes = 0;
  const flush = (force: boolean) => {
    if (hBuf.length >= CHUNK_ROWS || (force && hBuf.length > 0)) {
      const text = hBuf.join("");
      bytes += Buffer.byteLength(text);
      householdChunks.push(text);
      hBuf = [];
    }
    if (mBuf.length >= CHUNK_ROWS || (force && mBuf.length > 0)) {
      const text = mBuf.join("");
      bytes += Buffer.byteLength(text);
      memberChunks.push(text);
      mBuf = [];
    }
  };
  for (const h of households) {
    const id = uuidv7();
    const head = h.members[0]!;
    hBuf.push(
      row([
        id,
        h.villageCode,
        h.houseNo,
        h.phone,
        `${head.firstName} ${head.lastName}`.trim(),
        h.members.length,
        "active",
        now,
        now,
      ]),
    );
    h.members.forEach((m, i) => {
      mBuf.push(
        row([
          uuidv7(),
          id,
          i + 1,
          m.relation,
          m.title,
          m.firstName,
          m.lastName,
          crypto.encrypt(m.citizenId),
          crypto.lookupHash(m.citizenId),
          maskCitizenId(m.citizenId),
          m.birthDate,
          m.sex,
          true,
          now,
        ]),
      );
    });
    memberCount += h.members.length;
    flush(false);
  }
  flush(true);
  return {
    households: householdChunks,
    members: memberChunks,
    householdCount: households.length,
    memberCount,
    bytes,
  };
}

function instant(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : value;
}

/** COPY text of rows already built by the use case (HouseholdInsert / MemberInsert objects). */
export function copyPayloadFromRows(
  households: readonly HouseholdInsert[],
  members: readonly MemberInsert[],
): CopyPayload {
  const chunk = <T>(items: readonly T[], toRow: (item: T) => string): string[] => {
    const out: string[] = [];
    for (let i = 0; i < items.length; i += CHUNK_ROWS)
      out.push(
        items
          .slice(i, i + CHUNK_ROWS)
          .map(toRow)
          .join(""),
      );
    return out;
  };
  const h = chunk(households, (r) =>
    row([
      r.id!,
      r.villageCode,
      r.houseNo,
      r.phone ?? null,
      r.headName ?? "",
      r.memberCount ?? 0,
      r.status ?? "active",
      instant(r.createdAt),
      instant(r.updatedAt),
    ]),
  );
  const m = chunk(members, (r) =>
    row([
      r.id!,
      r.householdId,
      r.seq,
      r.relation,
      r.title ?? "",
      r.firstName,
      r.lastName ?? "",
      r.citizenIdEnc ?? null,
      r.citizenIdHash ?? null,
      r.citizenIdMasked ?? null,
      r.birthDate ?? null,
      r.sex ?? null,
      r.isActive ?? true,
      instant(r.createdAt),
    ]),
  );
  return {
    households: h,
    members: m,
    householdCount: households.length,
    memberCount: members.length,
    bytes: [...h, ...m].reduce((n, c) => n + Buffer.byteLength(c), 0),
  };
}

/** Both tables in one transaction, each with a single COPY fed from a Blob. */
export async function copyIntoPglite(client: PGlite, payload: CopyPayload): Promise<void> {
  await client.transaction(async (tx) => {
    await tx.query(`${HOUSEHOLD_COPY_SQL} FROM '/dev/blob'`, [], { blob: new Blob(payload.households) });
    await tx.query(`${MEMBER_COPY_SQL} FROM '/dev/blob'`, [], { blob: new Blob(payload.members) });
  });
}

async function copyStream(client: pg.Client, sql: string, chunks: readonly string[]): Promise<void> {
  await pipeline(Readable.from(chunks), client.query(copyFrom(`${sql} FROM STDIN`)));
}

/** Both tables in one transaction over one open connection, streamed with pg-copy-streams. */
export async function copyIntoPostgres(client: pg.Client, payload: CopyPayload): Promise<void> {
  await client.query("BEGIN");
  try {
    await copyStream(client, HOUSEHOLD_COPY_SQL, payload.households);
    await copyStream(client, MEMBER_COPY_SQL, payload.members);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
