import { afterAll, beforeAll, expect, test } from "vitest";

import { GET as getOne } from "@/app/api/v1/scenarios/[id]/route";
import { POST as postList } from "@/app/api/v1/scenarios/route";
import { ScenarioSchema, type ScenarioInputsInput } from "@/lib/contracts/scenarios";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { readFirmPresets } from "@/lib/db/fit";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { seededAppDatabase } from "./support/database";

// A scenario keeps what the user entered once (issue 11 §7): the firm profile and the one set of
// market ratings come back as saved, and the entry-mode fit of the saved scenario uses them.

let cleanup: () => Promise<void>;
let firm: Record<string, number>;

beforeAll(async () => {
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  firm = (await readFirmPresets(await getPrisma()))[0]!.values;
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

test("a scenario saved with a firm profile and market ratings returns both, and its entry-mode fit reads the ratings", async () => {
  const ratings = {
    IDN: { competitiveIntensity: 5, foreignOwnershipRestriction: 1 },
    RUS: { competitiveIntensity: 2 },
  };
  const inputs: ScenarioInputsInput = {
    state: { ...defaultWorkspaceState(), assessments: ratings },
    firmProfile: firm as ScenarioInputsInput["firmProfile"],
    entryMode: { market: "IDN" },
    monteCarlo: { samples: 300, seed: 7, concentration: 50 },
  };
  const created = await postList(
    new Request("http://localhost/api/v1/scenarios", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Ratings kept", notes: "", inputs }),
    }),
  );
  expect(created.status).toBe(201);
  const { id } = ScenarioSchema.parse(await created.json());

  const response = await getOne(new Request(`http://localhost/api/v1/scenarios/${id}`), {
    params: Promise.resolve({ id }),
  });
  expect(response.status).toBe(200);
  const saved = ScenarioSchema.parse(await response.json());
  expect(saved.inputs.firmProfile).toEqual(firm);
  expect(saved.inputs.state.assessments).toEqual(ratings);
  // The two ratings of Indonesia as entered, marked as the user's, not derived from evidence.
  const factors = saved.results.entryModes!.marketProfile.factors;
  expect(factors.competitiveIntensity).toMatchObject({ value: 5, basis: "user_assessment" });
  expect(factors.foreignOwnershipRestriction).toMatchObject({ value: 1, basis: "user_assessment" });
});
