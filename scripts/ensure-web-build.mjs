#!/usr/bin/env node
// Builds the web app before `npm start` when web/dist is missing or older than the web sources.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const dist = path.resolve("web/dist/index.html");

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sources = ["web/src", "web/index.html", "web/vite.config.ts", "src/shared"];
const sourceTime = Math.max(
  ...sources.filter(existsSync).map((s) => (statSync(s).isDirectory() ? newest(s) : statSync(s).mtimeMs)),
);
if (existsSync(dist) && statSync(dist).mtimeMs >= sourceTime) process.exit(0);
process.stdout.write("building the web app…\n");
const r = spawnSync(
  process.execPath,
  ["node_modules/vite/bin/vite.js", "build", "--config", "web/vite.config.ts"],
  { stdio: "inherit" },
);
process.exit(r.status ?? 1);
