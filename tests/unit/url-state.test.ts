import fc from "fast-check";
import { expect, test } from "vitest";

import { DEFAULT_MONTE_CARLO_SETTINGS, WorkspaceStateSchema, type WorkspaceState } from "@/lib/contracts/workspace";
import { readMonteCarloSettings } from "@/lib/workspace/view-params";
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

// Zod 4's own wording ("Invalid option: expected one of …", "Too big: expected number to be <=1",
// "Invalid input: expected number, received NaN"): a link's reader must never see it.
const VALIDATOR_WORDS = /Invalid|expected|received|Too big|Too small/;

test("a malformed market code in a link is left out, said in words, and the other markets kept", () => {
  const { state, problems } = decodeWorkspaceState(new URLSearchParams("m=RUS,X1,IDN"));
  expect(state.markets).toEqual(["RUS", "IDN"]);
  expect(problems).toEqual(['"X1" (in m=) is not a three-letter market code; it was left out.']);
});

test("every unreadable workspace parameter is reported in plain words naming the parameter, never the validator's text", () => {
  const bad: [param: string, value: string][] = [
    ["m", "1,2"],
    ["method", "magic"],
    ["missing", "guess"],
    ["norm", "zscore"],
    ["g", "attractiveness:abc"],
    ["w", "lpi_score:-3"],
    ["a", "RUS.competition:9"],
    ["cov", "2"],
    ["pref", "steep"],
    ["weights", "nope"],
    ["home", "12"],
  ];
  for (const [param, value] of bad) {
    const { state, problems } = decodeWorkspaceState(new URLSearchParams({ [param]: value }));
    expect(problems.length, `${param}=${value}`).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem, `${param}=${value}`).not.toMatch(VALIDATOR_WORDS);
      expect(problem, `${param}=${value}`).toMatch(/\.$/);
    }
    // Each names what was asked (the value or, for the markets, the codes) so a reader finds it in the link.
    expect(problems.join(" "), `${param}=${value}`).toContain(param === "m" ? '"1"' : value.split(":")[0]!);
    // What is shown instead is a valid state.
    expect(WorkspaceStateSchema.safeParse(state).success).toBe(true);
  }
});

test("unreadable Monte Carlo settings in a robustness link are reported in plain words", () => {
  const { settings, problems } = readMonteCarloSettings(
    new URLSearchParams({ samples: "abc", seed: "-1", concentration: "0" }),
  );
  expect(settings).toEqual(DEFAULT_MONTE_CARLO_SETTINGS);
  expect(problems).toHaveLength(3);
  for (const problem of problems) expect(problem).not.toMatch(VALIDATOR_WORDS);
  expect(problems[0]).toBe(
    `"abc" (samples=) is not a whole number of samples from 100 to 100,000; ${DEFAULT_MONTE_CARLO_SETTINGS.samples} is used instead.`,
  );
});

test("each problem of a link comes with a key and values the pages word in the reader's language", () => {
  const { problems, notices } = decodeWorkspaceState(
    new URLSearchParams("m=RUS,X1&method=magic&a=RUS.competitiveIntensity:9"),
  );
  expect(notices).toHaveLength(problems.length);
  expect(notices).toEqual([
    { key: "marketCode", values: { raw: "X1" } },
    {
      key: "ratingValue",
      values: {
        pair: "RUS.competitiveIntensity:9",
        iso3: "RUS",
        rating: "competitiveIntensity",
        value: "9",
        min: 1,
        max: 5,
      },
    },
    { key: "method", values: { input: "magic", param: "method" } },
  ]);
  const mc = readMonteCarloSettings({ samples: "12" });
  expect(mc.notices).toEqual([
    { key: "monteCarlo", values: { input: "12", param: "samples", fallback: DEFAULT_MONTE_CARLO_SETTINGS.samples } },
  ]);
});
