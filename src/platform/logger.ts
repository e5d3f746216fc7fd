// The pino logger every entry point shares.
import pino, { type Logger } from "pino";

export type { Logger };

export function createLogger(level = "info"): Logger {
  return pino({
    level,
    base: { app: "kaejon" },
    redact: ["req.headers.cookie", "req.headers['x-csrf-token']"],
  });
}

export const silentLogger: Logger = pino({ level: "silent" });
