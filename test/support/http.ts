// HTTP test support: the real app on a test database, with demo data and a signed-in client per user.
import type { LightMyRequestResponse } from "fastify";
import { buildApp } from "../../src/http/app";
import type { App } from "../../src/http/context";
import { DEMO_PASSWORD, seedDemo } from "../../src/modules/demo/index";
import { openTestDatabase, type TestDatabase } from "./test-db";

export interface Client {
  username: string;
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  send(
    method: "POST" | "PUT" | "PATCH" | "DELETE",
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
  upload(url: string, fileName: string, bytes: Buffer, contentType?: string): Promise<LightMyRequestResponse>;
}

/** A multipart/form-data body with one file in the field "file". */
export function multipart(fileName: string, bytes: Buffer, contentType = "application/octet-stream") {
  const boundary = `----kaejon${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export interface TestApp {
  app: App;
  t: TestDatabase;
  login(username: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { demo?: boolean; demoFunds?: boolean; loginRatePerMinute?: number } = {},
): Promise<TestApp> {
  const t = await openTestDatabase();
  if (options.demo !== false) await seedDemo(t.deps, { funds: options.demoFunds ?? false });
  const app = await buildApp(
    {
      base: t.deps,
      config: {
        sessionHours: 12,
        webDistDir: "/nonexistent",
        isProduction: false,
        loginRatePerMinute: options.loginRatePerMinute ?? 10_000,
      },
      engine: t.database.engine,
    },
    t.deps.logger,
  );
  await app.ready();
  const login = async (username: string, password = DEMO_PASSWORD): Promise<Client> => {
    const res = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = String(res.headers["set-cookie"]).split(";")[0]!;
    const csrf = res.json<{ csrfToken: string }>().csrfToken;
    return {
      username,
      cookie,
      csrf,
      get: (url) => app.inject({ method: "GET", url, headers: { cookie } }),
      send: (method, url, body) =>
        app.inject({
          method,
          url,
          headers: { cookie, "x-csrf-token": csrf },
          ...(body === undefined ? {} : { payload: body as object }),
        }),
      upload: (url, fileName, bytes, contentType) => {
        const m = multipart(fileName, bytes, contentType);
        return app.inject({
          method: "POST",
          url,
          headers: { cookie, "x-csrf-token": csrf, "content-type": m.contentType },
          payload: m.payload,
        });
      },
    };
  };
  return {
    app,
    t,
    login,
    close: async () => {
      await app.close();
      await t.close();
    },
  };
}
