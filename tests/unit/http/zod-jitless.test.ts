import { expect, test } from "vitest";
import { z } from "zod";

// instrumentation-client.ts turns zod's JIT off in the browser (the CSP forbids eval) by writing
// to zod's global configuration object without importing zod. This holds only while zod keeps
// reading its configuration from there: checked against the installed zod.

test("the browser's start-up script switches zod to jitless mode, and parsing still works", async () => {
  expect(z.config().jitless).not.toBe(true);
  await import("@/instrumentation-client");
  expect(z.config().jitless).toBe(true);
  const schema = z.object({ name: z.string().min(1), weight: z.number().min(0) });
  expect(schema.parse({ name: "gdp", weight: 0.5 })).toEqual({ name: "gdp", weight: 0.5 });
  expect(schema.safeParse({ name: "", weight: -1 }).error?.issues.map((issue) => issue.path.join("."))).toEqual([
    "name",
    "weight",
  ]);
});
