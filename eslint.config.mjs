import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layer rules (docs/architecture.md). In flat config a later block that sets the same rule for
// a file replaces the earlier setting instead of adding to it, so every path gets exactly ONE
// block that sets `no-restricted-imports`, built from the bans that apply to it.
// tests/unit/lint/rules.test.ts lints a fixture that breaks each rule and asserts each is reported.

const ban = (group, message) => ({ group, message });
const PRISMA = ban(
  ["@prisma/*", "@/lib/db/generated", "@/lib/db/generated/*", "pg", "@electric-sql/*"],
  "Only lib/db touches Prisma and the database drivers.",
);
const DB = ban(["@/lib/db", "@/lib/db/*"], "Only the server layer (lib/server) and scripts import lib/db.");
const SERVER = ban(
  ["@/lib/server", "@/lib/server/*"],
  "Components get data as props or through the API, never from the server layer.",
);
const UI = ban(
  ["react", "react-dom", "react/*", "react-dom/*", "next", "next/*"],
  "lib/scoring is pure: no React or Next.js.",
);
const IO = ban(
  ["node:*", "fs", "fs/*", "path", "child_process", "http", "https", "net", "os", "worker_threads", "server-only"],
  "lib/scoring is pure: no IO.",
);
const ENGINE_LAYERS = ban(
  ["@/lib/server", "@/lib/server/*", "@/lib/http", "@/lib/http/*", "@/lib/env"],
  "lib/scoring is pure: it imports no app layer.",
);

// Pages and components link and navigate with lib/i18n/navigation's wrappers, which keep the
// reader's locale in the address (issue 12); next/link and Next.js's router would drop it.
const NAVIGATION = [
  ban(["next/link"], "Use Link from @/lib/i18n/navigation: it keeps the locale in the address."),
  {
    group: ["next/navigation"],
    importNames: ["useRouter", "usePathname", "redirect", "permanentRedirect"],
    message: "Use useRouter, usePathname and redirect from @/lib/i18n/navigation: they keep the locale.",
  },
];

const restrictImports = (...patterns) => ["error", { patterns: patterns.flat() }];

// Server-only modules say so, so that a client import fails the build (t3's habit).
const SERVER_ONLY_FILES = ["lib/server/**/*.{ts,tsx}", "lib/db/**/*.{ts,tsx}", "lib/http/**/*.{ts,tsx}", "lib/env.ts"];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    ".data/**",
    "node_modules/**",
    "lib/db/generated/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "tests/fixtures/lint/**",
    "tests/fixtures/i18n/**",
  ]),
  {
    // The decision engine is pure: the same code runs in the browser, on the server and in the
    // CLI, deterministic for the same input (a clock or a seed is an argument, never ambient).
    files: ["lib/scoring/**"],
    rules: {
      "no-restricted-imports": restrictImports(UI, PRISMA, DB, IO, ENGINE_LAYERS),
      "no-restricted-globals": [
        "error",
        ...[
          "fetch",
          "process",
          "window",
          "document",
          "localStorage",
          "sessionStorage",
          "XMLHttpRequest",
          "performance",
          "crypto",
          "setTimeout",
          "setInterval",
        ].map((name) => ({
          name,
          message: "lib/scoring is pure: take what you need as an argument.",
        })),
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "lib/scoring takes the clock as an argument." },
        { object: "Math", property: "random", message: "lib/scoring takes a seed (lib/scoring/random.ts)." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "lib/scoring takes the clock as an argument.",
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: { "no-restricted-imports": restrictImports(PRISMA, DB, SERVER, NAVIGATION) },
  },
  {
    // Routes and the other lib folders reach data through the server layer.
    files: ["app/**", "lib/**", "instrumentation.ts", "proxy.ts"],
    ignores: ["lib/scoring/**", "lib/db/**", "lib/server/**"],
    rules: { "no-restricted-imports": restrictImports(PRISMA, DB, NAVIGATION) },
  },
  {
    files: ["lib/server/**"],
    rules: { "no-restricted-imports": restrictImports(PRISMA) },
  },
  {
    files: SERVER_ONLY_FILES,
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Program:not(:has(ImportDeclaration[source.value='server-only']))",
          message:
            'A server-only module starts with `import "server-only"` (lib/server, lib/db, lib/http, lib/env.ts).',
        },
      ],
    },
  },
  {
    files: ["scripts/**", "tests/**"],
    rules: { "no-console": "off" },
  },
]);
