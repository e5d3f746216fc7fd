// The project's root folder (where package.json is), found from this file: the same from the TypeScript sources
// (run by tsx) and from the bundled server in dist/server, so files like db/migrations resolve either way.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

export function projectRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "kaejon"
    ) {
      root = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find Kaejon's package.json above the running code");
    dir = parent;
  }
}

/** A path inside the project, e.g. `fromRoot("db", "migrations")`. */
export function fromRoot(...parts: string[]): string {
  return path.join(projectRoot(), ...parts);
}
