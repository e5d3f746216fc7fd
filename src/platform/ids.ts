// Identifiers: time-ordered UUIDs (version 7) so that new rows sort by creation and indexes stay compact.
import { randomBytes } from "node:crypto";

export interface Ids {
  uuid(): string;
}

// Random bytes are drawn from a pool: one randomBytes call per id costs more than the rest of the id.
const POOL_SIZE = 16 * 1024;
let pool = randomBytes(POOL_SIZE);
let poolOffset = 0;

function randomInto(target: Buffer): void {
  if (poolOffset + target.length > POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    poolOffset = 0;
  }
  pool.copy(target, 0, poolOffset, poolOffset + target.length);
  poolOffset += target.length;
}

let lastMs = 0;
let seq = 0;

/** RFC 9562 UUIDv7: 48-bit ms timestamp, 12-bit counter within the ms, 62 random bits. */
export function uuidv7(now: number = Date.now()): string {
  if (now <= lastMs) {
    seq++;
    if (seq > 0xfff) {
      lastMs++;
      seq = 0;
    }
    now = lastMs;
  } else {
    lastMs = now;
    seq = 0;
  }
  const bytes = Buffer.alloc(16);
  randomInto(bytes);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((seq >> 8) & 0x0f);
  bytes[7] = seq & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const h = bytes.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const systemIds: Ids = { uuid: () => uuidv7() };
