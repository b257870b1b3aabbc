import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as getReport } from "@/app/api/v1/scenarios/[id]/[report]/route";
import { POST as postScenario } from "@/app/api/v1/scenarios/route";
import { ApiError } from "@/lib/contracts/api";
import { ScenarioSchema, type ScenarioInputsInput } from "@/lib/contracts/scenarios";
import { closeDatabase } from "@/lib/db/client";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { seededAppDatabase } from "./support/database";

// A saved scenario measured from its home market, and its report naming that home (docs/decisions/017).

let cleanup: () => Promise<void>;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const post = (body: unknown) =>
  new Request("http://localhost/api/v1/scenarios", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

const inputs = (state: Partial<ReturnType<typeof defaultWorkspaceState>>): ScenarioInputsInput => ({
  state: { ...defaultWorkspaceState(), ...state },
  firmProfile: null,
  monteCarlo: { samples: 200, seed: 42, concentration: 50 },
});

test("a scenario with home USA ranks on distances from the United States and its report names the home", async () => {
  const response = await postScenario(
    post({ name: "From the US", inputs: inputs({ markets: ["CAN", "MEX", "DEU"], home: "USA" }) }),
  );
  expect(response.status).toBe(201);
  const scenario = ScenarioSchema.parse(await response.json());
  expect(scenario.inputs.state.home).toBe("USA");
  const distance = scenario.results.problem.alternatives.find((a) => a.id === "CAN")!.values.distance_to_beijing_km;
  // Washington-Ottawa 733 km, a shared border: 733 / 1.734 = 423 (rounded to whole km: 422 or 423)
  expect(distance).toBeGreaterThanOrEqual(421);
  expect(distance).toBeLessThanOrEqual(424);
  expect(scenario.results.labels.criteria.distance_to_beijing_km).toBe("Distance from home (US)");

  const md = await getReport(new Request(`http://localhost/api/v1/scenarios/${scenario.id}/report.md`), {
    params: Promise.resolve({ id: scenario.id, report: "report.md" }),
  });
  expect(md.status).toBe(200);
  const text = await md.text();
  expect(text).toContain("Measured from the home market US (USA).");
  expect(text).toContain("Home market: US (USA).");
  expect(text).toContain("measured only for a firm from China: gaps here");
});

test("a scenario without home is measured from China, as scenarios saved before homes existed", async () => {
  const response = await postScenario(post({ name: "Default", inputs: inputs({ markets: ["RUS", "KAZ", "VNM"] }) }));
  expect(response.status).toBe(201);
  const scenario = ScenarioSchema.parse(await response.json());
  expect(scenario.inputs.state.home).toBeUndefined();
  // Moscow-Beijing 5,790.9 km, a shared border: 5,790.9 / 1.734 = 3,339
  expect(scenario.results.problem.alternatives.find((a) => a.id === "RUS")!.values.distance_to_beijing_km).toBe(3339);
});

test("a scenario that ranks its own home market is a 400 naming the field", async () => {
  const response = await postScenario(post({ name: "Bad", inputs: inputs({ markets: ["CAN", "USA"], home: "USA" }) }));
  expect(response.status).toBe(400);
  expect(ApiError.parse(await response.json()).error.message).toMatch(
    /inputs\.state\.home: USA is also among inputs\.state\.markets/,
  );
});
