// Idempotency keys for money-moving requests: one key per intended operation, so a retry posts it once.

/**
 * A random UUID v4. `crypto.randomUUID` exists only in secure contexts (HTTPS or localhost); a village
 * office reaching the server over plain HTTP on its LAN still has `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One key per intended operation: the same body sent again (a double tap, a retry after a dropped
 * connection) reuses the key so the server records it once; a changed body is a new operation and gets a
 * new key. Call `reset` after a success so the next operation starts fresh.
 */
export function createIdempotencyKeeper(): { keyFor: (body: unknown) => string; reset: () => void } {
  let last: { fingerprint: string; key: string } | null = null;
  return {
    keyFor(body) {
      const fingerprint = JSON.stringify(body);
      if (last?.fingerprint !== fingerprint) last = { fingerprint, key: newIdempotencyKey() };
      return last.key;
    },
    reset() {
      last = null;
    },
  };
}
