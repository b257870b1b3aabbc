import { expect, test } from "vitest";

import { nextPathOf } from "@/lib/http/next-path";

// Where sign-in sends a person back to: the page they asked for, without its locale prefix (the
// locale-aware router adds the one they sign in under), and never another site.

test.each([
  ["/zh/scenarios/3f2b8c1e-9d4a-4e7b-8c2f-1a2b3c4d5e6f", "/scenarios/3f2b8c1e-9d4a-4e7b-8c2f-1a2b3c4d5e6f"],
  ["/ru/data?market=RUS", "/data?market=RUS"],
  ["/scenarios?cursor=abc", "/scenarios?cursor=abc"],
  ["/en", "/"],
  ["/zh?m=RUS,IDN", "/?m=RUS,IDN"],
  ["/zhx/page", "/zhx/page"],
  ["//evil.example/steal", "/"],
  ["/\\evil.example", "/"],
  ["https://evil.example/", "/"],
  ["", "/"],
  [null, "/"],
])("%s → %s", (path, expected) => {
  expect(nextPathOf(path)).toBe(expected);
});
