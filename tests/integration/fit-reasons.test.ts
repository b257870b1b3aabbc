import { readFileSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { GET as getReport } from "@/app/api/v1/scenarios/[id]/[report]/route";
import { GET as getScenario } from "@/app/api/v1/scenarios/[id]/route";
import { POST as postScenario } from "@/app/api/v1/scenarios/route";
import { POST as postEntryModes } from "@/app/api/v1/entry-modes/route";
import { EntryModeResponseSchema } from "@/lib/contracts/fit";
import { ScenarioSchema, type ScenarioInputsInput } from "@/lib/contracts/scenarios";
import { DEFAULT_MARKETS } from "@/lib/contracts/workspace";
import { closeDatabase, getPrisma } from "@/lib/db/client";
import { readFirmPresets } from "@/lib/db/fit";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { loadFramework } from "../unit/fit/framework-data";
import { seededAppDatabase } from "./support/database";

// Issue 11 §1 and §2 on a real (embedded) database: the entry-mode answer states each reason's
// effect, the rule's direction apart, and carries the backtest's score uncertainty; a scenario
// saved before issue 11 (reasons in the old shape) still opens and its report reads right.
// Expectations come from the effects table and the calibration file, read here on their own.

type Reason = { effectId: string; value: number; direction: string; ruleDirection?: string; contribution: number };
type Target = { id: string; name?: string; score: number; reasons: Reason[] };
type Answer = { modes: Target[]; strategies: Target[] };

const rules = new Map(loadFramework().effects.map((e) => [e.id, e.direction]));
const effect = (rule: string, value: number) => {
  const sign = (rule === "raises" ? 1 : -1) * Math.sign(value - 3);
  return sign > 0 ? "raises" : sign < 0 ? "lowers" : "neutral";
};

const calibration = JSON.parse(
  readFileSync(path.join(process.cwd(), "data/framework/entry-mode-calibration.json"), "utf8"),
) as {
  inputsHash: string;
  leaveOneOut: { predictions: { actual: string; predicted: string[]; scores: Record<string, number> }[] };
};

let cleanup: () => Promise<void>;
let thesisFirm: Record<string, number>;
beforeAll(async () => {
  cleanup = (await seededAppDatabase()).cleanup;
  const presets = await readFirmPresets(await getPrisma());
  thesisFirm = presets.find((p) => p.key === "alibaba-2012")!.values;
});
afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const post = (url: string, body: unknown) =>
  new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("POST /api/v1/entry-modes for Russia with Alibaba's 2012 profile", () => {
  test("every reason's direction is its effect, sign(rule) × sign(value − 3), and ruleDirection is the table's rule", async () => {
    const response = await postEntryModes(
      post("http://localhost/api/v1/entry-modes", { market: "RUS", firm: thesisFirm }),
    );
    expect(response.status).toBe(200);
    const raw = (await response.json()) as Answer;
    EntryModeResponseSchema.parse(raw);
    const reasons = [...raw.modes, ...raw.strategies].flatMap((t) => t.reasons);
    expect(reasons.length).toBeGreaterThan(20);
    for (const r of reasons) {
      expect(r.ruleDirection, r.effectId).toBe(rules.get(r.effectId));
      expect(r.direction, r.effectId).toBe(effect(rules.get(r.effectId)!, r.value));
    }
    // the issue's own kind of case is there: a "lowers" rule whose factor is low, so it added
    expect(reasons.some((r) => r.ruleDirection === "lowers" && r.value < 3 && r.direction === "raises")).toBe(true);
  });

  test("the score uncertainty is the conformal band of the backtest's gaps, and names the modes within it of the first", async () => {
    const response = await postEntryModes(
      post("http://localhost/api/v1/entry-modes", { market: "RUS", firm: thesisFirm }),
    );
    const body = EntryModeResponseSchema.parse(await response.json());
    // the band by hand from the file: the ⌈(n + 1) / 2⌉-th smallest first-choice-minus-actual gap
    const gaps = calibration.leaveOneOut.predictions
      .map((p) => Math.round((p.scores[p.predicted[0]!]! - p.scores[p.actual]!) * 10) / 10)
      .sort((a, b) => a - b);
    const band = gaps[Math.ceil((gaps.length + 1) / 2) - 1]!;
    const u = body.scoreUncertainty!;
    expect(u.points).toBe(band);
    expect(u.cases).toBe(gaps.length);
    expect(u.calibrationInputsHash).toBe(calibration.inputsHash);
    const top = Math.max(...body.modes.map((m) => m.score));
    const within = body.modes.filter((m) => Math.round((top - m.score) * 10) <= Math.round(band * 10)).map((m) => m.id);
    expect(u.tiedWithFirst).toEqual(within.length >= 2 ? within : []);
    console.info(
      `RUS, alibaba-2012: ${body.modes.map((m) => `${m.id} ${m.score}`).join(", ")}; ±${u.points} (${u.within}/${u.cases}); tied: ${u.tiedWithFirst.join(", ")}`,
    );
  });
});

describe("a scenario saved before issue 11", () => {
  test("opens with its reasons read right and its report says what each factor did; the stored row is left as saved", async () => {
    const inputs: ScenarioInputsInput = {
      state: { ...defaultWorkspaceState(), markets: [...DEFAULT_MARKETS] },
      firmProfile: thesisFirm as ScenarioInputsInput["firmProfile"],
      monteCarlo: { samples: 500, seed: 7, concentration: 50 },
    };
    const created = await postScenario(
      post("http://localhost/api/v1/scenarios", { name: "Before issue 11", notes: "", inputs }),
    );
    expect(created.status).toBe(201);
    const scenario = ScenarioSchema.parse(await created.json());

    // Put the answer back into the old shape, as a save before issue 11 wrote it: the rule's
    // direction in `direction`, no ruleDirection, no scoreUncertainty.
    const prisma = await getPrisma();
    const row = await prisma.scenario.findUniqueOrThrow({ where: { id: scenario.id } });
    const results = structuredClone(row.results) as { entryModes: Answer & { scoreUncertainty?: unknown } };
    const oldShape = (t: Target) => ({
      ...t,
      reasons: t.reasons.map(({ ruleDirection, ...r }) => ({ ...r, direction: ruleDirection! })),
    });
    delete results.entryModes.scoreUncertainty;
    results.entryModes.modes = results.entryModes.modes.map(oldShape);
    results.entryModes.strategies = results.entryModes.strategies.map(oldShape);
    await prisma.scenario.update({ where: { id: scenario.id }, data: { results: results as object } });

    const read = await getScenario(new Request(`http://localhost/api/v1/scenarios/${scenario.id}`), {
      params: Promise.resolve({ id: scenario.id }),
    });
    expect(read.status).toBe(200);
    const opened = (await read.json()) as { results: { entryModes: Answer } };
    const reasons = [...opened.results.entryModes.modes, ...opened.results.entryModes.strategies].flatMap(
      (t) => t.reasons,
    );
    for (const r of reasons) {
      expect(r.ruleDirection, r.effectId).toBe(rules.get(r.effectId));
      expect(r.direction, r.effectId).toBe(effect(rules.get(r.effectId)!, r.value));
    }

    const report = await getReport(new Request(`http://localhost/api/v1/scenarios/${scenario.id}/report.md`), {
      params: Promise.resolve({ id: scenario.id, report: "report.md" }),
    });
    expect(report.status).toBe(200);
    const text = (await report.text()).replace(/\\/g, "");
    // the old wording ("… of 5 lowers it (strength 1, …") is gone; each shown reason says adds / takes off
    expect(text).not.toMatch(/of 5 (raises|lowers) it/);
    const first = opened.results.entryModes.modes[0]!;
    const shown = first.reasons.filter((r) => r.contribution !== 0).slice(0, 6);
    expect(shown.length).toBeGreaterThan(0);
    for (const r of shown) {
      const verb = effect(rules.get(r.effectId)!, r.value) === "raises" ? "adds" : "takes";
      expect(text, r.effectId).toContain(
        `of 5 ${verb} ${Math.abs(r.contribution)
          .toFixed(2)
          .replace(/\.?0+$/, "")}`,
      );
    }
    // today's backtest band stands in for the one the old save lacks
    expect(text).toContain("The model's error");

    const after = await prisma.scenario.findUniqueOrThrow({ where: { id: scenario.id } });
    expect(after.results).toEqual(results);
  });
});
