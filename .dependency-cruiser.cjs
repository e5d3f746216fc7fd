// Module boundaries from ARCHITECTURE.md, enforced on every `npm run check`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    {
      name: "shared-is-pure",
      comment: "src/shared is isomorphic and imports nothing internal",
      severity: "error",
      from: { path: "^src/shared" },
      to: { path: "^(src/(platform|modules|http|cli|jobs|main)|db)/" },
    },
    {
      name: "platform-only-shared",
      severity: "error",
      from: { path: "^src/platform" },
      to: { path: "^src/(modules|http|cli|jobs|main)/" },
    },
    {
      name: "modules-through-index",
      comment: "a module imports another module only through its index.ts",
      severity: "error",
      from: { path: "^src/modules/([^/]+)/" },
      to: { path: "^src/modules/([^/]+)/", pathNot: ["^src/modules/$1/", "^src/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "outside-modules-through-index",
      comment: "http, cli, jobs and main reach modules through index.ts (routes are registered by the app)",
      severity: "error",
      from: { path: "^src/(cli|jobs|main)/" },
      to: { path: "^src/modules/[^/]+/", pathNot: "^src/modules/[^/]+/index\\.ts$" },
    },
    {
      name: "web-only-shared",
      severity: "error",
      from: { path: "^web/src" },
      to: { path: "^(src/(platform|modules|http|cli|jobs|main)|db)/" },
    },
    {
      name: "fastify-only-in-http-and-routes",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/http/", "\\.routes(\\.test)?\\.ts$", "^src/main/"] },
      to: { path: "node_modules/(fastify|@fastify)/" },
    },
    {
      name: "sql-only-in-repositories",
      comment: "drizzle queries live in repositories, platform, db and report queries",
      severity: "error",
      from: {
        path: "^src/modules/",
        pathNot: ["\\.repository\\.ts$", "\\.test\\.ts$", "-queries\\.ts$"],
      },
      to: { path: "node_modules/drizzle-orm/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
