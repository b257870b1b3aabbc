import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, test } from "vitest";

// Every page under app/[locale] checks access on the server (issue 13 §1): its source calls
// pageAccess() (lib/server/page-access.ts), which sends a caller without a session to sign-in in
// team mode, or it is on the short public list below. A new page that does neither fails here.

const ROOT = process.cwd();
const PAGES = path.join(ROOT, "app", "[locale]");

/**
 * Pages anyone may open: signing in, accepting an invitation, resetting a password (built by the
 * accounts part of issue 13), a shared report link (the share part: it checks its token instead),
 * and "not found". Paths relative to app/[locale]; an entry whose file does not exist is harmless.
 */
const PUBLIC_PAGES = new Set([
  "sign-in/page.tsx",
  "join/[token]/page.tsx",
  "join/page.tsx",
  "reset/page.tsx",
  "reset/[token]/page.tsx",
  "shared/[token]/page.tsx",
  "[...rest]/page.tsx",
]);

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pageFiles(full);
    return entry.name === "page.tsx" ? [full] : [];
  });
}

/** Whether a page's source asks for the caller's access: it imports and awaits pageAccess(). */
export function checksAccess(source: string): boolean {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return (
    /import\s*\{[^}]*\bpageAccess\b[^}]*\}\s*from\s*["']@\/lib\/server\/page-access["']/.test(code) &&
    /\bawait\s+pageAccess\(\)/.test(code)
  );
}

describe("the check itself", () => {
  test("refuses a page that reads data without asking for access, accepts one that asks", () => {
    const read = (name: string) => readFileSync(path.join(ROOT, "tests/fixtures/pages", name, "page.tsx"), "utf8");
    expect(checksAccess(read("unguarded"))).toBe(false);
    expect(checksAccess(read("guarded"))).toBe(true);
  });

  test("is not fooled by a comment or an import that is never called", () => {
    expect(checksAccess("// await pageAccess()\nexport default function P() { return null; }")).toBe(false);
    expect(
      checksAccess(
        'import { pageAccess } from "@/lib/server/page-access";\nexport default function P() { return null; }',
      ),
    ).toBe(false);
  });
});

test("every page under app/[locale] calls pageAccess() or is on the public list", () => {
  const pages = pageFiles(PAGES).map((full) => path.relative(PAGES, full).split(path.sep).join("/"));
  expect(pages.length).toBeGreaterThanOrEqual(19);
  const unguarded = pages.filter(
    (page) => !PUBLIC_PAGES.has(page) && !checksAccess(readFileSync(path.join(PAGES, page), "utf8")),
  );
  expect(unguarded).toEqual([]);
});
