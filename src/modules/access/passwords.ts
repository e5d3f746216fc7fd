// Password hashing (argon2id) and the password policy.
import { hash, verify } from "@node-rs/argon2";
import { invalidInput } from "../../shared/errors";

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the username does not exist, so timing does not reveal which names exist. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("kaejon-no-such-user-password");
  return dummyHash;
}

export function assertPasswordPolicy(password: string, username: string): void {
  if (password.length < 10) {
    throw invalidInput("access.password_too_short", {
      th: "รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร",
      en: "The password must be at least 10 characters long",
    });
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw invalidInput("access.password_contains_username", {
      th: "รหัสผ่านต้องไม่มีชื่อผู้ใช้อยู่ในนั้น",
      en: "The password must not contain the username",
    });
  }
}
