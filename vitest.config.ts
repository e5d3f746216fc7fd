import { defineConfig } from "vitest/config";
import { findPostgresBin } from "./test/support/postgres-cluster.ts";

const dbTests = [
  "src/**/*.db.test.ts",
  "src/**/*.routes.test.ts",
  "test/**/*.db.test.ts",
  "test/**/*.routes.test.ts",
];
const withPostgres = findPostgresBin() !== null;

export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "web/src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: [...dbTests, "**/node_modules/**"],
        },
      },
      {
        test: {
          name: "pglite",
          include: dbTests,
          env: { KAEJON_TEST_ENGINE: "pglite" },
          globalSetup: ["test/support/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(withPostgres
        ? [
            {
              test: {
                name: "postgres",
                include: dbTests,
                env: { KAEJON_TEST_ENGINE: "postgres" },
                globalSetup: ["test/support/global-setup.ts"],
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
