import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/http";
import { rows } from "../../platform/database";
import { LOGIN_POLICY } from "./log-in";

let h: TestApp;
beforeAll(async () => {
  h = await createTestApp();
});
afterAll(async () => h.close());

const auditCount = async (action: string) =>
  (
    await rows<{ n: number }>(
      h.t.deps.db,
      sql`select count(*) as n from audit_event where action = ${action}`,
    )
  )[0]!.n;

describe("sign-in, session and CSRF", () => {
  it("signs in, sets an HttpOnly SameSite cookie, answers /api/me, and signs out", async () => {
    const res = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "admin", password: "kaejon-demo" },
    });
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers["set-cookie"]);
    expect(setCookie).toMatch(/kaejon_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const body = res.json();
    expect(body.user).toMatchObject({
      username: "admin",
      role: "central_admin",
      scopeCode: "",
      scopeName: "ทั้งประเทศ",
    });
    expect(body.user.permissions).toContain("users.write");
    const cookie = setCookie.split(";")[0]!;
    const me = await h.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(body.csrfToken);
    const noCsrf = await h.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe("auth.csrf");
    const out = await h.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie, "x-csrf-token": body.csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const after = await h.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error).toMatchObject({
      code: "auth.required",
      message: "กรุณาเข้าสู่ระบบ",
      messageEn: "Please sign in",
    });
  });

  it("answers 401 with Thai and English for a wrong password, and the same for an unknown user", async () => {
    const wrong = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "auditor", password: "nope-nope-nope" },
    });
    const unknown = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "ghost", password: "nope-nope-nope" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe(unknown.json().error.code);
    expect(wrong.json().error.message).toBe("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
  });

  it("locks the account after five wrong passwords, audits the lock, and unlocks after the lock period", async () => {
    const before = await auditCount("auth.locked");
    for (let i = 0; i < LOGIN_POLICY.maxFailures; i++) {
      const r = await h.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { username: "mentor.saimun", password: `wrong-${i}-xxxx` },
      });
      expect(r.statusCode).toBe(401);
      if (i === LOGIN_POLICY.maxFailures - 1) expect(r.json().error.code).toBe("auth.locked");
    }
    expect(await auditCount("auth.locked")).toBe(before + 1);
    const right = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "mentor.saimun", password: "kaejon-demo" },
    });
    expect(right.statusCode).toBe(401);
    expect(right.json().error.code).toBe("auth.locked");
    h.t.clock.advance((LOGIN_POLICY.lockMinutes + 1) * 60_000);
    const later = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "mentor.saimun", password: "kaejon-demo" },
    });
    expect(later.statusCode).toBe(200);
  });

  it("rejects malformed JSON, wrong types and huge bodies with Thai and English messages", async () => {
    const malformed = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toMatchObject({
      code: "common.malformed_json",
      message: "ข้อมูล JSON ไม่ถูกต้อง",
    });
    const wrongType = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: 5, password: [] },
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.code).toBe("common.invalid_input");
    expect(wrongType.json().error.message).toMatch(/ข้อมูลไม่ถูกต้อง/);
    const huge = await h.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "admin", password: "x".repeat(2 * 1024 * 1024) },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe("common.body_too_large");
  });

  it("changes the password: wrong current password refused, new one works, old one does not", async () => {
    const c = await h.login("itsupport");
    const bad = await c.send("POST", "/api/auth/password", {
      currentPassword: "wrong-password",
      newPassword: "a-new-secret-1",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("access.current_password_wrong");
    const ok = await c.send("POST", "/api/auth/password", {
      currentPassword: "kaejon-demo",
      newPassword: "a-new-secret-1",
    });
    expect(ok.statusCode).toBe(204);
    await expect(h.login("itsupport")).rejects.toThrow(/401/);
    await h.login("itsupport", "a-new-secret-1");
  });
});

describe("user management", () => {
  it("lets the central administrator create a scoped user who then signs in", async () => {
    const admin = await h.login("admin");
    const res = await admin.send("POST", "/api/users", {
      username: "worker.bosuak",
      displayName: "นางคำแพง ศรีสุข",
      role: "subdistrict_worker",
      scopeCode: "550116",
      password: "long-enough-pw",
    });
    expect(res.statusCode).toBe(201);
    const worker = await h.login("worker.bosuak", "long-enough-pw");
    const me = await worker.get("/api/me");
    expect(me.json().user.scopeName).toBe("บ่อสวก");
  });

  it("refuses bad users: scope level that does not fit the role, unknown area, taken name, short password", async () => {
    const admin = await h.login("admin");
    const cases: Array<[object, number, string]> = [
      [{ role: "district_officer", scopeCode: "40" }, 400, "user.scope_level_mismatch"],
      [{ role: "province_officer", scopeCode: "99" }, 400, "area.unknown"],
      [{ username: "admin" }, 409, "user.username_taken"],
      [{ password: "short" }, 400, "common.invalid_input"],
      [{ role: "household_member", scopeCode: "40070908" }, 400, "user.household_required"],
    ];
    for (const [patch, status, code] of cases) {
      const res = await admin.send("POST", "/api/users", {
        username: "new.user",
        displayName: "x",
        role: "province_officer",
        scopeCode: "40",
        password: "long-enough-pw",
        ...patch,
      });
      expect([res.statusCode, res.json().error.code]).toEqual([status, code]);
    }
    const n = await rows<{ n: number }>(
      h.t.deps.db,
      sql`select count(*) as n from app_user where username = 'new.user'`,
    );
    expect(n[0]!.n).toBe(0);
  });

  it("lets IT support manage accounts but never household data, and never grant central administration", async () => {
    const it = await h.login("auditor");
    expect((await it.get("/api/users")).statusCode).toBe(200);
    const itsupport = await h.login("itsupport", "a-new-secret-1");
    expect((await itsupport.get("/api/households")).statusCode).toBe(403);
    expect((await itsupport.get("/api/areas")).statusCode).toBe(403);
    const grant = await itsupport.send("POST", "/api/users", {
      username: "sneaky",
      displayName: "x",
      role: "central_admin",
      scopeCode: "",
      password: "long-enough-pw",
    });
    expect(grant.statusCode).toBe(403);
  });

  it("shows a district officer only the users of the district", async () => {
    const d = await h.login("district.namphong");
    const res = await d.get("/api/users?limit=200");
    const names = res.json().items.map((u: { username: string }) => u.username);
    expect(names).toContain("worker.saimun");
    expect(names).not.toContain("admin");
    expect(names).not.toContain("province.khonkaen");
  });

  it("unlocks an account and resets a password, audited", async () => {
    const admin = await h.login("admin");
    const list = await admin.get("/api/users?q=committee");
    const id = list.json().items[0].id;
    const res = await admin.send("PATCH", `/api/users/${id}`, {
      unlock: true,
      newPassword: "reset-password-1",
    });
    expect(res.statusCode).toBe(200);
    expect(await auditCount("user.unlocked")).toBeGreaterThan(0);
    const c = await h.login("committee.dokkrachiao", "reset-password-1");
    expect((await c.get("/api/me")).json().user.mustChangePassword).toBe(true);
  });
});

describe("login rate limit", () => {
  it("answers 429 in Thai and English past the per-address limit", async () => {
    const limited = await createTestApp({ demo: false, loginRatePerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await limited.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { username: "x", password: "y" },
        });
        codes.push(r.statusCode);
        if (r.statusCode === 429)
          expect(r.json().error).toMatchObject({
            code: "common.rate_limited",
            message: expect.stringMatching(/บ่อยเกินไป/),
          });
      }
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
