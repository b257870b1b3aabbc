import { expect, test } from "vitest";

import { DEFAULT_MONTE_CARLO_SETTINGS } from "@/lib/contracts/workspace";
import { decodeWorkspaceState, defaultWorkspaceState } from "@/lib/workspace/url-state";
import { monteCarloParams, readMonteCarloSettings, readWhyMarket, workspaceHref } from "@/lib/workspace/view-params";

test("a link to another page carries the same workspace state, plus the view's own settings", () => {
  const state = { ...defaultWorkspaceState(), method: "topsis" as const, groupWeights: { proximity: 0.5 } };
  const href = workspaceHref("/robustness", state, {
    ...monteCarloParams({ samples: 500, seed: 7, concentration: 20 }),
    why: "VNM",
  });
  const search = new URLSearchParams(href.split("?")[1]);
  expect(href.startsWith("/robustness?")).toBe(true);
  expect(decodeWorkspaceState(search).state).toEqual(state);
  expect(readMonteCarloSettings(search)).toEqual({
    settings: { samples: 500, seed: 7, concentration: 20 },
    problems: [],
    notices: [],
  });
  expect(readWhyMarket(search)).toBe("VNM");
});

test("unreadable view settings fall back to their defaults and say so", () => {
  const { settings, problems } = readMonteCarloSettings({ samples: "12", seed: "abc", concentration: "30" });
  expect(settings).toEqual({ ...DEFAULT_MONTE_CARLO_SETTINGS, concentration: 30 });
  expect(problems).toHaveLength(2);
  expect(readWhyMarket({ why: "russia" })).toBeNull();
  expect(readWhyMarket({ why: "rus" })).toBe("RUS");
});
