import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, test } from "vitest";

import { backtestSentence, entryModeBacktest } from "@/lib/cases/backtest";
import { type EntryModeCalibration, EntryModeCalibrationFile } from "@/lib/contracts/cases";

// The backtest as the API, the page and the report show it: counts from the per-case predictions,
// checked on a toy file counted by hand and on the shipped file against the shares the
// calibration script wrote.

const shipped = EntryModeCalibrationFile.parse(
  JSON.parse(readFileSync(path.join(process.cwd(), "data/framework/entry-mode-calibration.json"), "utf8")),
);
const names: Record<string, string> = { own: "Own subsidiary", jv: "Joint venture", export: "Cross-border export" };
const nameOf = (m: string) => names[m] ?? m;

const p = (caseId: string, actual: string, predicted: string[], baseline = "own", baselineTop2 = ["own", "jv"]) => ({
  caseId,
  actual,
  predicted,
  baseline,
  baselineTop2,
});

// Five held-out cases. Model first choice right: c1, c4 → 2 of 5; in the first two: c1, c2, c4 → 3.
// Base rate (always "own", then "own"/"jv"): right for c1, c2 → 2; top-2: c1, c2, c3 → 3.
const toy: EntryModeCalibration = {
  ...shipped,
  leaveOneOut: {
    ...shipped.leaveOneOut,
    perMode: {
      own: { cases: 2, top1: 0, top2: 0, top1Hits: 0, top2Hits: 0 },
      jv: { cases: 1, top1: 0, top2: 0, top1Hits: 0, top2Hits: 0 },
      export: { cases: 2, top1: 0, top2: 0, top1Hits: 0, top2Hits: 0 },
    },
    predictions: [
      p("c1", "own", ["own", "jv", "export"]),
      p("c2", "own", ["jv", "own", "export"]),
      p("c3", "jv", ["export", "own", "jv"]),
      p("c4", "export", ["export", "own", "jv"]),
      p("c5", "export", ["own", "jv", "export"]),
    ],
  },
  inSample: {
    ...shipped.inSample,
    predictions: [p("c1", "own", ["own"]), p("c2", "own", ["own"]), p("c3", "jv", ["jv"]), p("c4", "export", ["own"])],
  },
  noInformation: { mostCommon: ["own", "jv"], top1: 0.4, top2: 0.6 },
};

describe("the entry-mode backtest", () => {
  const b = entryModeBacktest(toy, nameOf);

  test("counts hits out of sample, for the base rate and in sample as counted by hand", () => {
    expect(b.outOfSample.top1).toEqual({ hits: 2, cases: 5, share: 0.4 });
    expect(b.outOfSample.top2).toEqual({ hits: 3, cases: 5, share: 0.6 });
    expect(b.baseRate.top1).toEqual({ hits: 2, cases: 5, share: 0.4 });
    expect(b.baseRate.top2).toEqual({ hits: 3, cases: 5, share: 0.6 });
    expect(b.inSample.top1).toEqual({ hits: 3, cases: 4, share: 0.75 });
    // Equal to the base rate is not beating it.
    expect(b.beatsBaseRate).toEqual({ top1: false, top2: false });
  });

  test("per mode and the confusion table (rows: what the firm chose; columns: the model's first choice)", () => {
    expect(b.perMode.map((m) => [m.mode, m.top1.hits, m.top2.hits, m.top1.cases])).toEqual([
      ["own", 1, 2, 2],
      ["jv", 0, 0, 1],
      ["export", 1, 1, 2],
    ]);
    expect(b.confusion.modes.map((m) => m.name)).toEqual(["Own subsidiary", "Joint venture", "Cross-border export"]);
    expect(b.confusion.counts).toEqual([
      [1, 1, 0],
      [0, 0, 1],
      [1, 0, 1],
    ]);
  });

  test("says in plain words that the model does not beat the base rate, and that replays are in sample", () => {
    expect(b.summary[0]).toBe(
      "On 5 documented entries it had not seen, the model's first choice matched what the firm did 2 times (40%); always naming own subsidiary, the most common mode, would have matched 2 (40%).",
    );
    expect(b.summary.join(" ")).toContain("does not beat always naming the most common mode");
    expect(b.summary.join(" ")).toMatch(/thesis replays .* in sample/);
    expect(backtestSentence(b)).toBe(
      "Tested on 5 documented entries it had not seen, the model's first choice matched the firm's actual entry mode in 40% of them and its first two choices in 60%, against 40% and 60% for always naming the most common modes: no better than that base rate.",
    );
  });

  test("a model that names one more entry right than the base rate is said to beat it", () => {
    const better = entryModeBacktest(
      {
        ...toy,
        leaveOneOut: {
          ...toy.leaveOneOut,
          predictions: toy.leaveOneOut.predictions.map((x) =>
            x.caseId === "c3" ? { ...x, predicted: ["jv", "own", "export"] } : x,
          ),
        },
      },
      nameOf,
    );
    expect(better.outOfSample.top1.hits).toBe(3);
    expect(better.beatsBaseRate.top1).toBe(true);
    expect(better.summary[2]).toBe("Its first choice beats always naming the most common mode by 1 of 5 entries.");
  });

  test("on the shipped file the counts agree with the shares the calibration script wrote", () => {
    const real = entryModeBacktest(shipped, nameOf);
    const loo = shipped.leaveOneOut;
    expect(real.outOfSample.cases).toBe(loo.cases);
    expect(real.outOfSample.top1.share).toBeCloseTo(loo.top1, 3);
    expect(real.outOfSample.top2.share).toBeCloseTo(loo.top2, 3);
    expect(real.baseRate.top1.share).toBeCloseTo(loo.baseRate, 3);
    expect(real.baseRate.top2.share).toBeCloseTo(loo.baseRateTop2, 3);
    for (const m of real.perMode) {
      expect(m.top1.cases).toBe(loo.perMode[m.mode]!.cases);
      expect(m.top1.share).toBeCloseTo(loo.perMode[m.mode]!.top1, 3);
    }
    expect(real.confusion.counts.flat().reduce((a, x) => a + x, 0)).toBe(loo.cases);
  });
});
