import { expect, test } from "vitest";

import { ScenarioInputsSchema, withCurrentRatings } from "@/lib/contracts/scenarios";
import { WorkspaceStateSchema } from "@/lib/contracts/workspace";
import { decodeWorkspaceState, defaultWorkspaceState, encodeWorkspaceState } from "@/lib/workspace/url-state";

// The market ratings, entered once (issue 11 §7): one set in the workspace state and its link.
// Expectations are written out by hand from the link format `a=ISO3.rating:value`.

test("two markets' ratings go into the link in a fixed order and come back unchanged", () => {
  const state = {
    ...defaultWorkspaceState(),
    assessments: {
      RUS: { foreignOwnershipRestriction: 4, competitiveIntensity: 3 },
      IDN: { competitiveIntensity: 5 },
    },
  };
  const query = encodeWorkspaceState(state);
  expect(new URLSearchParams(query).get("a")).toBe(
    "IDN.competitiveIntensity:5,RUS.competitiveIntensity:3,RUS.foreignOwnershipRestriction:4",
  );
  const decoded = decodeWorkspaceState(new URLSearchParams(query));
  expect(decoded.problems).toEqual([]);
  expect(decoded.state.assessments).toEqual({
    IDN: { competitiveIntensity: 5 },
    RUS: { competitiveIntensity: 3, foreignOwnershipRestriction: 4 },
  });
});

test("a link of before the one set (a=RUS.competition:4) opens with that rating as competitive intensity", () => {
  const { state, problems } = decodeWorkspaceState(new URLSearchParams("a=RUS.competition:4,vnm.competition:2"));
  expect(problems).toEqual([]);
  expect(state.assessments).toEqual({ RUS: { competitiveIntensity: 4 }, VNM: { competitiveIntensity: 2 } });
});

test("a rating out of range is left out with a problem naming the market, the rating and the 1-5 range; the others stay", () => {
  const { state, problems } = decodeWorkspaceState(
    new URLSearchParams("a=RUS.competitiveIntensity:7,IDN.foreignOwnershipRestriction:2,THA.competitiveIntensity:0"),
  );
  expect(state.assessments).toEqual({ IDN: { foreignOwnershipRestriction: 2 } });
  expect(problems).toEqual([
    '"RUS.competitiveIntensity:7" (in a=): RUS competitive intensity "7" is not a rating from 1 to 5; it was left unrated.',
    '"THA.competitiveIntensity:0" (in a=): THA competitive intensity "0" is not a rating from 1 to 5; it was left unrated.',
  ]);
});

test("an unknown rating name or a value that is not a number is named in the problem", () => {
  const { state, problems } = decodeWorkspaceState(
    new URLSearchParams("a=RUS.attractiveness:3,MYS.foreignOwnershipRestriction:high,PHL-3"),
  );
  expect(state.assessments).toEqual({});
  expect(problems).toEqual([
    '"RUS.attractiveness:3" (in a=): "attractiveness" is not a market rating (known: competitiveIntensity, foreignOwnershipRestriction); it was left out.',
    '"MYS.foreignOwnershipRestriction:high" (in a=): MYS foreign-entry restrictions "high" is not a rating from 1 to 5; it was left unrated.',
    '"PHL-3" (in a=) is not a rating written MARKET.rating:value (for example RUS.competitiveIntensity:4); it was left out.',
  ]);
});

test("the state schema refuses a rating of 6 with the range in the message, at the market and rating's path", () => {
  const result = WorkspaceStateSchema.safeParse({
    ...defaultWorkspaceState(),
    assessments: { RUS: { competitiveIntensity: 6 } },
  });
  expect(result.success).toBe(false);
  const issue = result.error!.issues[0]!;
  expect(issue.path).toEqual(["assessments", "RUS", "competitiveIntensity"]);
  expect(issue.message).toBe("must be at most 5 (ratings run 1-5)");
});

test("a scenario saved with its ratings apart, in entryMode.assessments, opens with them in the state's one set", () => {
  const firm = null;
  const inputs = ScenarioInputsSchema.parse({
    state: { ...defaultWorkspaceState(), assessments: { RUS: { competition: 4 } } },
    firmProfile: firm,
    entryMode: {
      market: "RUS",
      assessments: { competitiveIntensity: 2, foreignOwnershipRestriction: { value: 5, reason: "sanctions" } },
    },
    monteCarlo: { samples: 500, seed: 1, concentration: 50 },
  });
  // The state's own rating (4, under its old key) is kept; the entry-mode-only one (5) is read in.
  expect(inputs.state.assessments).toEqual({ RUS: { competitiveIntensity: 4, foreignOwnershipRestriction: 5 } });
});

test("a stored scenario read back from the database (not parsed again) gets its old ratings under the current keys", () => {
  const stored = {
    state: { ...defaultWorkspaceState(), assessments: { VNM: { competition: 3 } } },
    firmProfile: null,
    entryMode: { market: "IDN", assessments: { foreignOwnershipRestriction: 4 } },
    monteCarlo: { samples: 500, seed: 1, concentration: 50 },
  };
  expect(withCurrentRatings(stored).state.assessments).toEqual({
    VNM: { competitiveIntensity: 3 },
    IDN: { foreignOwnershipRestriction: 4 },
  });
});
