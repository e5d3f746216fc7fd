// Every translation key the web app uses exists in Thai and in English, and both languages have the same keys.
// (Keys are not checked by the type system: see the note in i18n.ts.)
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const webSrc = path.resolve(import.meta.dirname, "..");
const locales = path.join(webSrc, "locales");

type Tree = { [key: string]: string | Tree };

function load(language: "th" | "en"): Tree {
  const merged: Tree = {};
  for (const file of readdirSync(locales)) {
    const match = /^(?:(.+)\.)?(th|en)\.json$/.exec(file);
    if (!match || match[2] !== language) continue;
    const part = JSON.parse(readFileSync(path.join(locales, file), "utf8")) as Tree;
    for (const key of Object.keys(part)) {
      expect(merged[key], `top-level key "${key}" is defined in two ${language} files`).toBeUndefined();
      merged[key] = part[key]!;
    }
  }
  return merged;
}

function leaves(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`),
  );
}

function lookup(tree: Tree, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return node;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
  });
}

const th = load("th");
const en = load("en");
const code = sourceFiles(webSrc).map((f) => ({
  file: path.relative(webSrc, f),
  text: readFileSync(f, "utf8"),
}));

describe("translation keys", () => {
  it("has the same keys in Thai and English", () => {
    expect(leaves(en).sort()).toEqual(leaves(th).sort());
  });

  it("resolves every literal key used in the code to a string in both languages", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const { file, text } of code) {
      for (const m of text.matchAll(/\bt\(\s*"([A-Za-z0-9_.]+)"/g)) {
        checked++;
        for (const [lang, tree] of [
          ["th", th],
          ["en", en],
        ] as const) {
          // i18next plurals: "key_one"/"key_other" stand for "key".
          const found = lookup(tree, m[1]!) ?? lookup(tree, `${m[1]}_other`);
          if (typeof found !== "string") missing.push(`${file}: ${m[1]} (${lang})`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it("uses a lazily loaded feature's strings only in the pages that load them (router beforeLoad)", () => {
    // Which web/src/features/<dir> may use the strings of each lazily loaded file pair.
    const users: Record<string, readonly string[]> = {
      funds: ["funds", "ledger", "loans", "kkj"],
      // Only the fund list, the new-fund page and the overview, committee and bank-account tabs load these
      // (not the fund layout, so not the ledger, loan and กข.คจ. pages inside it).
      "fund-admin": [
        "funds/routes/funds-page.tsx",
        "funds/routes/create-fund-page.tsx",
        "funds/routes/fund-overview-tab.tsx",
        "funds/routes/committee-tab.tsx",
        "funds/routes/bank-accounts-tab.tsx",
        "funds/components/add-member-form.tsx",
        "funds/components/bank-account-form.tsx",
        "funds/components/committee-set-form.tsx",
        "funds/components/fund-edit-form.tsx",
        "funds/components/fund-health-card.tsx",
        "funds/components/fund-position-card.tsx",
        "funds/components/member-fields.tsx",
        "funds/components/signatories-form.tsx",
      ],
      ledger: ["ledger"],
      loans: ["loans"],
      kkj: ["kkj"],
      "kkj-contract": ["kkj/routes/contract-page.tsx", "kkj/components/voucher-panel.tsx"],
      books: [
        "kkj/routes/purple-book-page.tsx",
        "kkj/routes/green-book-page.tsx",
        "kkj/routes/yellow-book-page.tsx",
        "kkj/routes/brown-book-page.tsx",
        "kkj/components/kkj-ui.tsx",
        "kkj/components/village-status.tsx",
        "kkj/components/handover-form.tsx",
      ],
      confirmations: ["kkj/routes/confirmations-page.tsx"],
      dashboards: ["dashboards"],
      admin: ["users", "audit"],
      import: ["import"],
      bmn: ["households/components/bmn-form.tsx", "households/routes/household-page.tsx"],
      reports: ["reports"],
      monitoring: ["monitoring"],
      livelihoods: ["livelihoods"],
      governance: ["governance"],
      "poverty-targets": ["poverty-targets"],
      "poverty-cases": ["poverty-cases"],
      "poverty-progress": ["poverty-cases/routes/progress-page.tsx"],
      complaints: ["complaints"],
      "damage-cases": ["damage-cases"],
      "debt-centre": ["debt-centre"],
      "savings-groups": ["savings-groups"],
      knowledge: ["knowledge"],
    };
    const owner = new Map<string, string>();
    for (const file of readdirSync(locales)) {
      const match = /^(.+)\.th\.json$/.exec(file);
      if (!match) continue;
      expect(users[match[1]!], `${file} has no entry in this test`).toBeDefined();
      const part = JSON.parse(readFileSync(path.join(locales, file), "utf8")) as Tree;
      for (const key of Object.keys(part)) owner.set(key, match[1]!);
    }
    const misplaced: string[] = [];
    for (const { file, text } of code) {
      const relative = file
        .split(path.sep)
        .join("/")
        .replace(/^features\//, "");
      const feature = relative.split("/")[0];
      for (const m of text.matchAll(/\bt\(\s*["`]([A-Za-z0-9_]+)\./g)) {
        const lazy = owner.get(m[1]!);
        // An entry is a feature folder, or one file (for strings only some pages of a feature load).
        const allowed = lazy !== undefined && users[lazy]!.some((u) => u === feature || u === relative);
        if (lazy && !(file.startsWith("features") && allowed)) misplaced.push(`${file}: ${m[1]} (${lazy})`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it("resolves the fixed part of every computed key to a group of strings", () => {
    const missing: string[] = [];
    for (const { file, text } of code) {
      for (const m of text.matchAll(/\bt\(\s*`([A-Za-z0-9_.]+)\.\$\{/g)) {
        for (const [lang, tree] of [
          ["th", th],
          ["en", en],
        ] as const) {
          const group = lookup(tree, m[1]!);
          if (group === undefined || typeof group === "string") missing.push(`${file}: ${m[1]}.* (${lang})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
