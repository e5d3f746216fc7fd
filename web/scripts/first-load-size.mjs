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

// A page of these features also loads, before it renders, the feature's strings (the router's beforeLoad) and
// the layout it sits in; counted for every page of the feature, so the figure errs on the high side.
const ALSO_LOADED = [
  {
    under: /^src\/features\/(funds|ledger|loans|kkj)\//,
    keys: ["src/locales/funds.th.json", "src/features/funds/routes/fund-layout.tsx"],
  },
  {
    under:
      /^src\/features\/funds\/routes\/(funds-page|create-fund-page|fund-overview-tab|committee-tab|bank-accounts-tab)\./,
    keys: ["src/locales/fund-admin.th.json"],
  },
  { under: /^src\/features\/ledger\//, keys: ["src/locales/ledger.th.json"] },
  { under: /^src\/features\/loans\//, keys: ["src/locales/loans.th.json"] },
  {
    under: /^src\/features\/kkj\//,
    keys: ["src/locales/kkj.th.json", "src/features/kkj/routes/kkj-layout.tsx"],
  },
  {
    under: /^src\/features\/kkj\/routes\/(purple|green|yellow|brown)-book-page/,
    keys: ["src/locales/books.th.json"],
  },
  { under: /^src\/features\/kkj\/routes\/confirmations-page/, keys: ["src/locales/confirmations.th.json"] },
  { under: /^src\/features\/kkj\/routes\/contract-page/, keys: ["src/locales/kkj-contract.th.json"] },
  { under: /^src\/features\/dashboards\//, keys: ["src/locales/dashboards.th.json"] },
  { under: /^src\/features\/reports\//, keys: ["src/locales/reports.th.json"] },
  { under: /^src\/features\/(users|audit)\//, keys: ["src/locales/admin.th.json"] },
  { under: /^src\/features\/import\//, keys: ["src/locales/import.th.json"] },
  { under: /^src\/features\/monitoring\//, keys: ["src/locales/monitoring.th.json"] },
  { under: /^src\/features\/livelihoods\//, keys: ["src/locales/livelihoods.th.json"] },
  { under: /^src\/features\/governance\//, keys: ["src/locales/governance.th.json"] },
  { under: /^src\/features\/debt-centre\//, keys: ["src/locales/debt-centre.th.json"] },
  { under: /^src\/features\/poverty-targets\//, keys: ["src/locales/poverty-targets.th.json"] },
  { under: /^src\/features\/poverty-cases\//, keys: ["src/locales/poverty-cases.th.json"] },
  { under: /^src\/features\/savings-groups\//, keys: ["src/locales/savings-groups.th.json"] },
  { under: /^src\/features\/complaints\//, keys: ["src/locales/complaints.th.json"] },
  { under: /^src\/features\/damage-cases\//, keys: ["src/locales/damage-cases.th.json"] },
  { under: /^src\/features\/households\/routes\/household-page/, keys: ["src/locales/bmn.th.json"] },
  { under: /^src\/features\/knowledge\//, keys: ["src/locales/knowledge.th.json"] },
];
for (const { keys } of ALSO_LOADED) {
  for (const k of keys) if (!manifest[k]) throw new Error(`${k} is not in the build manifest`);
}

let worst = initialKb;
console.log("\nper page (initial + route chunk and its imports + the feature's strings and layouts):");
for (const key of entry[1].dynamicImports ?? []) {
  const seen = closure(key);
  for (const { under, keys } of ALSO_LOADED) {
    if (under.test(key)) for (const k of keys) closure(k, seen);
  }
  const files = [...seen].filter((f) => !initial.has(f));
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
