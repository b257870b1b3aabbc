import fc from "fast-check";
import { expect, test } from "vitest";

import { WorkspaceStateSchema, type WorkspaceState } from "@/lib/contracts/workspace";
import { decodeWorkspaceState, defaultWorkspaceState, encodeWorkspaceState } from "@/lib/workspace/url-state";

test("an empty URL gives the default workspace: Russia and the six Southeast Asian markets", () => {
  const { state, problems } = decodeWorkspaceState(new URLSearchParams(""));
  expect(state).toEqual(defaultWorkspaceState());
  expect(state.markets).toEqual(["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM"]);
  expect(problems).toEqual([]);
});

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/);
const weight = fc.double({ min: 0, max: 100, noNaN: true }).map((w) => Number(w.toPrecision(6)));
const stateArb: fc.Arbitrary<WorkspaceState> = fc.record({
  markets: fc.uniqueArray(fc.stringMatching(/^[A-Z]{3}$/), { minLength: 1, maxLength: 10 }),
  method: fc.constantFrom("wsm", "topsis", "promethee2"),
  missing: fc.constantFrom("renormalize", "worst"),
  groupWeights: fc.dictionary(key, weight, { maxKeys: 5 }),
  indicatorWeights: fc.dictionary(key, weight, { maxKeys: 20 }),
  assessments: fc.dictionary(
    fc.stringMatching(/^[A-Z]{3}$/),
    // The market ratings are one set of two keys (lib/workspace/market-ratings.ts).
    fc.dictionary(
      fc.constantFrom("competitiveIntensity", "foreignOwnershipRestriction"),
      fc.integer({ min: 1, max: 5 }),
      {
        minKeys: 1,
        maxKeys: 2,
      },
    ),
    { maxKeys: 3 },
  ),
}) as fc.Arbitrary<WorkspaceState>;

test("encoding then decoding a state gives the same state (a copied link restores the view)", () => {
  fc.assert(
    fc.property(stateArb, (state) => {
      const parsed = WorkspaceStateSchema.parse(state);
      const decoded = decodeWorkspaceState(new URLSearchParams(encodeWorkspaceState(parsed)));
      expect(decoded.problems).toEqual([]);
      expect(decoded.state).toEqual(parsed);
    }),
  );
});

test("an unreadable part of a link falls back to its default and is reported", () => {
  const { state, problems } = decodeWorkspaceState(new URLSearchParams("m=RUS,IDN&method=magic&g=attractiveness:abc"));
  expect(state.markets).toEqual(["RUS", "IDN"]);
  expect(state.method).toBe("wsm");
  expect(problems.join(" ")).toMatch(/method/);
  expect(problems.join(" ")).toMatch(/attractiveness:abc/);
});
