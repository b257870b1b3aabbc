import { readFileSync } from "node:fs";
import path from "node:path";

import { parse } from "csv-parse/sync";

import { MarketFactorAnchorRowSchema, parseEffectsTable } from "@/lib/contracts/fit";
import {
  FIRM_FACTOR_KEYS,
  type FirmProfile,
  type FitEffect,
  type FitTarget,
  type FrameworkEvidenceItem,
  MARKET_FACTOR_KEYS,
  type MarketFactorAnchor,
} from "@/lib/scoring/fit";

// Reads the shipped framework tables (data/framework/) the way the seed does: as CSV and JSON files.

export const DATA_DIR = path.resolve(import.meta.dirname, "../../../data");
export const FRAMEWORK_DIR = path.join(DATA_DIR, "framework");

export type CsvRecord = Record<string, string>;

export function readCsv(file: string, dir = FRAMEWORK_DIR): CsvRecord[] {
  return parse(readFileSync(path.join(dir, file), "utf8"), { columns: true, skip_empty_lines: true, bom: true });
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(FRAMEWORK_DIR, file), "utf8")) as T;
}

export type FirmPreset = {
  key: string;
  name: string;
  year: number;
  values: FirmProfile;
  justification: Record<string, string>;
};

export type ReplayAssessment = { value: number; reason: string; locator: string };

export type CaseReplay = {
  key: string;
  name: string;
  market: string;
  firmPreset: string;
  indicatorYear: number;
  assessments: Record<"competitiveIntensity" | "foreignOwnershipRestriction", ReplayAssessment>;
  expectedTop: string[];
  expectedStrategies: string[];
  thesisConclusion: string;
  locator: string;
};

export type Framework = {
  modes: (FitTarget & { control: number; commitment: number })[];
  strategies: FitTarget[];
  drivers: CsvRecord[];
  factors: CsvRecord[];
  effectRecords: CsvRecord[];
  effects: FitEffect[];
  anchors: MarketFactorAnchor[];
  evidence: FrameworkEvidenceItem[];
  presets: FirmPreset[];
  replays: CaseReplay[];
};

export function loadFramework(): Framework {
  const modes = readCsv("entry-modes.csv").map((r) => ({
    key: r.key!,
    name: r.name!,
    control: Number(r.control),
    commitment: Number(r.commitment),
  }));
  const strategies = readCsv("strategies.csv").map((r) => ({ key: r.key!, name: r.name! }));
  const factors = readCsv("factors.csv");
  const effectRecords = readCsv("effects.csv");
  const parsed = parseEffectsTable(effectRecords, {
    factors: factors.map((f) => f.key!),
    modes: modes.map((m) => m.key),
    strategies: strategies.map((s) => s.key),
  });
  if (!parsed.ok) throw new Error(`effects.csv: ${JSON.stringify(parsed.issues, null, 2)}`);
  const anchors = readCsv("market-factor-anchors.csv").map((r) => MarketFactorAnchorRowSchema.parse(r));
  const evidence = readCsv("framework-evidence.csv").map((r): FrameworkEvidenceItem => ({
    id: r.id!,
    subjectKind: r.subject_kind as FrameworkEvidenceItem["subjectKind"],
    subject: r.subject!,
    case: r.case as FrameworkEvidenceItem["case"],
    statement: r.statement!,
    year: Number(r.year),
    yearNote: r.year_note ? r.year_note : null,
    source: r.source!,
    locator: r.locator!,
  }));
  return {
    modes,
    strategies,
    drivers: readCsv("drivers.csv"),
    factors,
    effectRecords,
    effects: parsed.effects,
    anchors,
    evidence,
    presets: readJson<FirmPreset[]>("firm-presets.json"),
    replays: readJson<CaseReplay[]>("case-replays.json"),
  };
}

export const ALL_FACTOR_KEYS: readonly string[] = [...FIRM_FACTOR_KEYS, ...MARKET_FACTOR_KEYS];

/**
 * One market's indicator values for a year, from data/indicator-values.csv: the value for that
 * year where there is one, else the value of the nearest year (the earlier one on a tie).
 */
export function marketIndicators(
  market: string,
  year: number,
): { values: Record<string, number>; years: Record<string, number> } {
  const best = new Map<string, { year: number; value: number }>();
  for (const row of readCsv("indicator-values.csv", DATA_DIR)) {
    if (row.market !== market) continue;
    const y = Number(row.year);
    const current = best.get(row.indicator!);
    const better =
      !current ||
      Math.abs(y - year) < Math.abs(current.year - year) ||
      (Math.abs(y - year) === Math.abs(current.year - year) && y < current.year);
    if (better) best.set(row.indicator!, { year: y, value: Number(row.value) });
  }
  return {
    values: Object.fromEntries([...best].map(([k, v]) => [k, v.value])),
    years: Object.fromEntries([...best].map(([k, v]) => [k, v.year])),
  };
}
