import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-*/**", ".data/**", "node_modules/**", "lib/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    // The decision engine is pure: the same code runs in the browser, on the server and in the CLI.
    files: ["lib/scoring/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "next", "next/*"], message: "lib/scoring is pure: no React or Next.js." },
            { group: ["@prisma/*", "@/lib/db", "@/lib/db/*", "pg", "@electric-sql/*"], message: "lib/scoring is pure: no database." },
            { group: ["node:*", "fs", "path", "child_process", "http", "https"], message: "lib/scoring is pure: no IO." },
          ],
        },
      ],
    },
  },
  {
    // Only lib/db touches Prisma.
    files: ["app/**", "components/**", "lib/contracts/**", "lib/scoring/**", "lib/reports/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@prisma/*", "@/lib/db/generated", "@/lib/db/generated/*"], message: "Only lib/db imports Prisma." }] },
      ],
    },
  },
  {
    files: ["scripts/**", "tests/**"],
    rules: { "no-console": "off" },
  },
]);
