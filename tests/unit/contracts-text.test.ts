import { expect, test } from "vitest";
import { z } from "zod";

import { storable, unstorableTextReason } from "@/lib/contracts/text";

// What PostgreSQL text and jsonb can hold: anything but U+0000 and unpaired UTF-16 surrogates.

test("ordinary text, including emoji (a surrogate pair) and line breaks, is storable", () => {
  for (const text of ["", "Southeast Asia first", "Ünïcødé – 東南アジア", "🚀 launch", "line 1\nline 2\ttab"]) {
    expect(unstorableTextReason(text), text).toBeNull();
  }
});

test("a NUL anywhere, or a lone high or low surrogate, is refused with a reason", () => {
  expect(unstorableTextReason("a\u0000b")).toMatch(/NUL/);
  expect(unstorableTextReason("\u0000")).toMatch(/NUL/);
  expect(unstorableTextReason("end\uD83D")).toMatch(/unpaired surrogate/);
  expect(unstorableTextReason("\uDE80start")).toMatch(/unpaired surrogate/);
  expect(unstorableTextReason("\uDE80\uD83D")).toMatch(/unpaired surrogate/); // reversed pair
});

test("the refinement names every offending string and key inside a JSON value by its path", () => {
  const schema = z.json().superRefine(storable);
  const result = schema.safeParse({
    ok: "fine",
    list: ["x", "bad\u0000"],
    nested: { "k\u0000": 1, deep: { t: "\uD800" } },
  });
  expect(result.success).toBe(false);
  const issues = result.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
  expect(issues).toEqual([
    ["list.1", expect.stringMatching(/NUL/)],
    ["nested", expect.stringMatching(/^has a key that .*NUL/)],
    ["nested.deep.t", expect.stringMatching(/unpaired surrogate/)],
  ]);
  expect(schema.safeParse({ ok: ["fine", 1, null, true] }).success).toBe(true);
});
