// Reads the process environment once into a typed configuration.
import path from "node:path";

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  secretKey: string | null;
  demo: boolean;
  logLevel: string;
  sessionHours: number;
  /** Sign-in attempts per client address per minute (the per-account lock-out is separate). */
  loginRatePerMinute: number;
  webDistDir: string;
  isProduction: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT is not a port number: ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? "0.0.0.0",
    dataDir: path.resolve(env.KAEJON_DATA_DIR ?? "data"),
    databaseUrl: env.DATABASE_URL?.trim() || null,
    secretKey: env.KAEJON_SECRET_KEY?.trim() || null,
    demo: (env.KAEJON_DEMO ?? (env.NODE_ENV === "production" ? "false" : "true")) !== "false",
    logLevel: env.LOG_LEVEL ?? "info",
    sessionHours: Number(env.KAEJON_SESSION_HOURS ?? 12),
    loginRatePerMinute: Number(env.KAEJON_LOGIN_RATE_PER_MINUTE ?? 30),
    webDistDir: path.resolve(env.KAEJON_WEB_DIST ?? "web/dist"),
    isProduction: env.NODE_ENV === "production",
  };
}
