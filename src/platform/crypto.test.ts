import { describe, expect, it } from "vitest";
import { createFieldCrypto } from "./crypto";
import { uuidv7 } from "./ids";

describe("field crypto", () => {
  const crypto = createFieldCrypto(Buffer.alloc(32, 1));
  it("round-trips, uses a fresh IV each time, and detects tampering", () => {
    const a = crypto.encrypt("1101700000003");
    const b = crypto.encrypt("1101700000003");
    expect(a).not.toBe(b);
    expect(crypto.decrypt(a)).toBe("1101700000003");
    const [iv, tag, data] = a.split(".");
    const flipped = Buffer.from(data!, "base64");
    flipped[0] = flipped[0]! ^ 1;
    expect(() => crypto.decrypt(`${iv}.${tag}.${flipped.toString("base64")}`)).toThrow();
  });
  it("hashes deterministically per key for exact lookup", () => {
    expect(crypto.lookupHash("x")).toBe(crypto.lookupHash("x"));
    expect(createFieldCrypto(Buffer.alloc(32, 2)).lookupHash("x")).not.toBe(crypto.lookupHash("x"));
  });
  it("refuses short keys", () => {
    expect(() => createFieldCrypto(Buffer.alloc(16))).toThrow();
  });
});

describe("uuidv7", () => {
  it("is version 7 and sorts by creation, even within one millisecond", () => {
    const ids = Array.from({ length: 1000 }, () => uuidv7(1_700_000_000_000));
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
