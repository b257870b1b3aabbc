import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "vitest";

import { currentGroupKey, withCurrentGroupKeys } from "@/lib/contracts/legacy-keys";
import { ScenarioInputsSchema } from "@/lib/contracts/scenarios";
import { decodeWorkspaceState } from "@/lib/workspace/url-state";

// Scenarios saved and links copied with data set 2026.11.1 name the governance group
// `host_regulation`; it is `governance` since 2026.12.1 (issue 9). They must open with the same meaning.

const fixture = path.resolve(import.meta.dirname, "../../fixtures/scenarios/inputs-2026.11.1.json");
const oldInputs: unknown = JSON.parse(readFileSync(fixture, "utf8"));

test("a scenario saved with data set 2026.11.1 opens with its governance weight under the current key", () => {
  const inputs = ScenarioInputsSchema.parse(oldInputs);
  expect(inputs.state.groupWeights).toEqual({
    attractiveness: 35,
    governance: 20,
    infrastructure: 25,
    proximity: 20,
    competition: 0,
  });
  // indicator keys did not change: the old indicator weights stay as they were
  expect(inputs.state.indicatorWeights).toEqual({
    internet_users_pct: 0.3,
    population_15_64_pct: 0.1,
    wgi_rule_of_law_est: 0.4,
  });
  expect(inputs.ahp?.groups?.criteria).toEqual(["attractiveness", "governance", "infrastructure"]);
  expect(inputs.ahp?.groups?.matrix[0]).toEqual([1, 3, 2]);
  expect(Object.keys(inputs.ahp?.indicators ?? {})).toEqual(["governance"]);
  expect(inputs.ahp?.indicators?.governance?.criteria).toEqual(["wgi_regulatory_quality_est", "wgi_rule_of_law_est"]);
});

test("an old workspace link with g=host_regulation:20 sets the governance weight, with no problem reported", () => {
  const { state, problems } = decodeWorkspaceState(
    new URLSearchParams("m=RUS,IDN&g=attractiveness:35,host_regulation:20"),
  );
  expect(problems).toEqual([]);
  expect(state.groupWeights).toEqual({ attractiveness: 35, governance: 20 });
});

test("the current key wins when an input names a group under both keys; other keys pass unchanged", () => {
  expect(withCurrentGroupKeys({ host_regulation: 5, governance: 7, proximity: 1 })).toEqual({
    governance: 7,
    proximity: 1,
  });
  expect(currentGroupKey("host_policy")).toBe("host_policy");
  expect(currentGroupKey("host_regulation")).toBe("governance");
});
