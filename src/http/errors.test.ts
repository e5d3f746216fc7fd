import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { errorHandler } from "./errors";

describe("error mapping", () => {
  it("answers a unique violation that lost a race with 409 in Thai and English, hiding the SQL", async () => {
    const app = Fastify();
    app.setErrorHandler(errorHandler);
    app.get("/x", async () => {
      throw Object.assign(new Error("Failed query: insert …"), {
        cause: Object.assign(new Error("duplicate key value"), { code: "23505" }),
      });
    });
    const res = await app.inject({ method: "GET", url: "/x" });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: "common.conflict",
      message: expect.stringMatching(/มีอยู่แล้ว/),
    });
    expect(res.body).not.toMatch(/insert|duplicate key/);
  });

  it("answers an unknown error with 500 and a request id, never the stack", async () => {
    const app = Fastify({ logger: false });
    app.setErrorHandler(errorHandler);
    app.get("/y", async () => {
      throw new Error("secret internals");
    });
    const res = await app.inject({ method: "GET", url: "/y" });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.requestId).toBeTruthy();
    expect(res.body).not.toMatch(/secret internals/);
  });
});
