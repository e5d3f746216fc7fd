// Prints the gzip size of the JavaScript each page loads first: index.html's scripts and preloads, plus the
// lazy route chunk (and its imports) of that page. Run after `npx vite build --config web/vite.config.ts`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
const BUDGET_KB = 200;

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

const html = readFileSync(join(dist, "index.html"), "utf8");
const initial = new Set(
  [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map(
    (m) => m[1],
  ),
);

const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));

function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}

const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
if (!entry) throw new Error("no entry chunk in the manifest");
const initialKb = [...initial].reduce((sum, f) => sum + gzipKb(f), 0);

console.log(`index.html initial JS (${initial.size} files): ${initialKb.toFixed(1)} KB gzip`);
for (const f of initial) console.log(`  ${f.padEnd(44)} ${gzipKb(f).toFixed(1)} KB`);

let worst = initialKb;
console.log("\nper page (initial + route chunk and its imports):");
for (const key of entry[1].dynamicImports ?? []) {
  const files = [...closure(key)].filter((f) => !initial.has(f));
  const extra = files.reduce((sum, f) => sum + gzipKb(f), 0);
  const total = initialKb + extra;
  worst = Math.max(worst, total);
  const name = byFile.get(manifest[key].file)?.name ?? key;
  console.log(
    `  ${name.padEnd(28)} ${total.toFixed(1)} KB  (+${extra.toFixed(1)} KB in ${files.length} files)`,
  );
}
console.log(
  `\nworst page: ${worst.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB) ${worst <= BUDGET_KB ? "OK" : "OVER"}`,
);
process.exitCode = worst <= BUDGET_KB ? 0 : 1;
