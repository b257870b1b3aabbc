import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "vitest";

import { rankAlternatives, type ScoringInput } from "@/lib/scoring";

// Issue 10 changed how gaps and scales are handled (decision record 013); with complete data and
// no reference set the engine must give exactly what it gave before. The fixture holds 40 random
// complete problems (every method and normalization, linear and usual PROMETHEE criteria) with the
// rankings the engine produced at commit 6f51adf, before the change; JSON keeps every double exact.
const fixture = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../fixtures/scoring/complete-data-before-issue-10.json"), "utf8"),
) as { cases: { input: ScoringInput; output: Record<string, unknown> }[] };

test.each(fixture.cases.map((c, i) => [i, c] as const))(
  "complete data without a reference set: problem %i ranks bit for bit as before",
  (_, { input, output }) => {
    const result = rankAlternatives(input);
    const now = JSON.parse(
      JSON.stringify({
        method: result.method,
        normalization: result.normalization,
        missing: result.missing,
        weights: result.weights,
        ranking: result.ranking,
      }),
    );
    expect(now).toStrictEqual(output);
  },
);
