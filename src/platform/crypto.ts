// Field encryption for personal identifiers: AES-256-GCM at rest, keyed HMAC for exact lookup.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface FieldCrypto {
  encrypt(plain: string): string;
  decrypt(token: string): string;
  /** Deterministic keyed hash (hex) for equality lookups of a secret value. */
  lookupHash(plain: string): string;
}

export function createFieldCrypto(masterKey: Buffer): FieldCrypto {
  if (masterKey.length < 32) throw new Error("the secret key must be at least 32 bytes");
  const encKey = Buffer.from(hkdfSync("sha256", masterKey, "kaejon", "field-encryption", 32));
  const macKey = Buffer.from(hkdfSync("sha256", masterKey, "kaejon", "lookup-hash", 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", encKey, iv);
      const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return `${iv.toString("base64")}.${cipher.getAuthTag().toString("base64")}.${data.toString("base64")}`;
    },
    decrypt(token) {
      const [iv, tag, data] = token.split(".");
      if (!iv || !tag || data === undefined) throw new Error("malformed ciphertext");
      const decipher = createDecipheriv("aes-256-gcm", encKey, Buffer.from(iv, "base64"));
      decipher.setAuthTag(Buffer.from(tag, "base64"));
      return Buffer.concat([decipher.update(Buffer.from(data, "base64")), decipher.final()]).toString("utf8");
    },
    lookupHash(plain) {
      return createHmac("sha256", macKey).update(plain).digest("hex");
    },
  };
}

/**
 * The master key: KAEJON_SECRET_KEY (base64, ≥ 32 bytes) when set, otherwise a key generated once and
 * kept in the data directory (readable by the owner only). Losing it makes stored citizen IDs unreadable.
 */
export function resolveMasterKey(secretKey: string | null, dataDir: string): Buffer {
  if (secretKey) return Buffer.from(secretKey, "base64");
  const file = path.join(dataDir, "secret.key");
  if (existsSync(file)) return Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString("base64"), { mode: 0o600 });
  return key;
}
