import { readFileSync } from "node:fs";

import { expect, test } from "vitest";

// `npm install` on one platform can leave other platforms' optional native builds (SWC, Tailwind's
// oxide, lightningcss, sharp) out of package-lock.json; `npm ci` then fails there (STACK-NOTES).
test("package-lock.json has an entry for every optional platform package it depends on", () => {
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };
  const missing: string[] = [];
  for (const [where, entry] of Object.entries(lock.packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      const nested = `${where}/node_modules/${name}`.replace(/^\//, "");
      if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`])
        missing.push(`${name} (wanted by ${where || "root"})`);
    }
  }
  expect(missing).toEqual([]);
});
