// Identifiers: time-ordered UUIDs (version 7) so that new rows sort by creation and indexes stay compact.
import { randomBytes } from "node:crypto";

export interface Ids {
  uuid(): string;
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
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((seq >> 8) & 0x0f);
  bytes[7] = seq & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const h = bytes.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const systemIds: Ids = { uuid: () => uuidv7() };
