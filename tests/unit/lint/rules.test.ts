import { readFileSync } from "node:fs";
import path from "node:path";

import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules of eslint.config.mjs are only worth something if they bite: each fixture breaks
// known rules on known lines, and is linted as if it lived where the rule applies.

const ROOT = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: ROOT });

const LAYER_RULES = new Set([
  "no-restricted-imports",
  "no-restricted-globals",
  "no-restricted-properties",
  "no-restricted-syntax",
]);

/** `line:rule` for every layer-rule message when `fixture` is linted as the file `asPath`. */
async function violations(fixture: string, asPath: string): Promise<string[]> {
  const code = readFileSync(path.join(ROOT, "tests/fixtures/lint", fixture), "utf8");
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, asPath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId && LAYER_RULES.has(m.ruleId))
    .map((m) => `${m.line}:${m.ruleId}`)
    .sort();
}

const sorted = (xs: string[]) => [...xs].sort();

describe("eslint layer rules", () => {
  it("the engine (lib/scoring) refuses React, Next.js, Prisma, pg, lib/db, lib/server, node:* and lib/env, and the clock, randomness, fetch and process", async () => {
    expect(await violations("engine-breaks-every-rule.ts", "lib/scoring/fixture.ts")).toEqual(
      sorted([
        "2:no-restricted-imports", // react
        "3:no-restricted-imports", // next/server
        "4:no-restricted-imports", // @prisma/client
        "5:no-restricted-imports", // pg
        "6:no-restricted-imports", // @/lib/db
        "7:no-restricted-imports", // @/lib/server
        "8:no-restricted-imports", // node:fs
        "9:no-restricted-imports", // @/lib/env
        "12:no-restricted-properties", // Date.now
        "13:no-restricted-syntax", // new Date()
        "14:no-restricted-properties", // Math.random
        "15:no-restricted-globals", // fetch
        "16:no-restricted-globals", // process
      ]),
    );
  }, 60_000);

  it("a pure engine module passes (the rules do not fire on everything)", async () => {
    expect(await violations("engine-clean.ts", "lib/scoring/fixture.ts")).toEqual([]);
  }, 60_000);

  it("components import neither lib/db, lib/server nor Prisma", async () => {
    expect(await violations("component-reads-data.tsx", "components/fixture.tsx")).toEqual(
      sorted(["2:no-restricted-imports", "3:no-restricted-imports", "4:no-restricted-imports"]),
    );
  }, 60_000);

  it("pages and components link and navigate through lib/i18n/navigation (next/link and next/navigation's router drop the locale)", async () => {
    // Line 2 (next/link) and line 3 (useRouter, usePathname; useSearchParams stays allowed).
    expect(await violations("component-navigates.tsx", "components/fixture.tsx")).toEqual(
      sorted(["2:no-restricted-imports", "3:no-restricted-imports", "3:no-restricted-imports"]),
    );
    expect(await violations("component-navigates.tsx", "app/[locale]/fixture/page.tsx")).toHaveLength(3);
  }, 60_000);

  it("routes reach data through lib/server, never lib/db", async () => {
    expect(await violations("route-reads-db.ts", "app/api/v1/fixture/route.ts")).toEqual(["2:no-restricted-imports"]);
  }, 60_000);

  it("lib/server modules are marked server-only and leave Prisma to lib/db", async () => {
    expect(await violations("server-without-marker.ts", "lib/server/fixture.ts")).toEqual(
      sorted(["1:no-restricted-syntax", "2:no-restricted-imports"]),
    );
    expect(await violations("server-with-marker.ts", "lib/server/fixture.ts")).toEqual([]);
  }, 60_000);

  it("lib/db and lib/http modules must be marked server-only too", async () => {
    expect(await violations("engine-clean.ts", "lib/db/fixture.ts")).toEqual(["1:no-restricted-syntax"]);
    expect(await violations("engine-clean.ts", "lib/http/fixture.ts")).toEqual(["1:no-restricted-syntax"]);
  }, 60_000);
});
