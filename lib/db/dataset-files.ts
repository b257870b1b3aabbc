import "server-only";

import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

import { parse } from "csv-parse/sync";
import type { z } from "zod";

import * as rows from "@/lib/contracts/dataset";
import type { Dataset } from "@/lib/contracts/dataset";
import { WeightPresetFileSchema } from "@/lib/contracts/weight-presets";
import { presetMismatches, presetShares } from "@/lib/workspace/weight-presets";

import { SeedDataError } from "./errors";

// Reads and checks the shipped data set in data/. The first problem stops everything, named by
// file, row and column, so a bad file never reaches the database half-written.

export const DATA_DIR = path.resolve(import.meta.dirname, "../../data");

/** Region codes an evidence item may use instead of a market code. */
export const REGION_SCOPES = {
  SEA6: "Southeast Asia's six largest markets (IDN, MYS, PHL, SGP, THA, VNM)",
  SEA: "Southeast Asia",
  GLOBAL: "Worldwide",
} as const;

export const PERFORMANCE_TOPIC = "performance";

function readCsv<S extends z.ZodType>(dataDir: string, file: string, schema: S): z.output<S>[] {
  const fullPath = path.join(dataDir, file);
  let records: Record<string, string>[];
  try {
    records = parse(readFileSync(fullPath, "utf8"), { columns: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    throw new SeedDataError(file, undefined, undefined, `cannot be read as CSV (${(error as Error).message})`);
  }
  return records.map((record, index) => {
    const result = schema.safeParse(record);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const column = issue.path.map(String).join(".");
    const cell = record[column];
    const shown = cell === undefined ? "missing" : JSON.stringify(cell);
    // Row numbers count the header as row 1, as a spreadsheet shows them.
    throw new SeedDataError(file, index + 2, column, `${shown} ${issue.message}`);
  });
}

function readJson<S extends z.ZodType>(dataDir: string, file: string, schema: S): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path.join(dataDir, file), "utf8"));
  } catch (error) {
    throw new SeedDataError(file, undefined, undefined, `cannot be read as JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new SeedDataError(file, undefined, issue.path.map(String).join("."), issue.message);
  }
  return result.data;
}

/** SHA-256 over every file of the data set (names and bytes), so any edit is noticed. */
export function dataSetHash(dataDir: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(csv|json)$/.test(name))
        hash.update(path.relative(dataDir, full)).update("\0").update(readFileSync(full));
    }
  };
  walk(dataDir);
  return hash.digest("hex");
}

export function readDataset(dataDir: string = DATA_DIR): Dataset {
  const dataset: Dataset = {
    manifest: readJson(dataDir, "dataset.json", rows.DatasetManifest),
    contentHash: dataSetHash(dataDir),
    markets: readCsv(dataDir, "markets.csv", rows.MarketRow),
    criteriaGroups: readCsv(dataDir, "criteria-groups.csv", rows.CriteriaGroupRow),
    indicators: readCsv(dataDir, "indicators.csv", rows.IndicatorRow),
    indicatorValues: readCsv(dataDir, "indicator-values.csv", rows.IndicatorValueRow),
    evidence: readCsv(dataDir, "evidence.csv", rows.EvidenceRow),
    driverGroups: readCsv(dataDir, "framework/driver-groups.csv", rows.DriverGroupRow),
    drivers: readCsv(dataDir, "framework/drivers.csv", rows.DriverRow),
    strategies: readCsv(dataDir, "framework/strategies.csv", rows.StrategyRow),
    entryModes: readCsv(dataDir, "framework/entry-modes.csv", rows.EntryModeRow),
    frameworkEvidence: readCsv(dataDir, "framework/framework-evidence.csv", rows.FrameworkEvidenceRow),
    factors: readCsv(dataDir, "framework/factors.csv", rows.FactorRow),
    marketFactorAnchors: readCsv(dataDir, "framework/market-factor-anchors.csv", rows.MarketFactorAnchorRow),
    effects: readCsv(dataDir, "framework/effects.csv", rows.EffectRow),
    firmPresets: readJson(dataDir, "framework/firm-presets.json", rows.FirmPresetEntry.array()),
    caseReplays: readJson(dataDir, "framework/case-replays.json", rows.CaseReplayEntry.array()),
    evidenceFiles: readEvidenceFiles(dataDir),
    home: {
      capitals: readCsv(dataDir, "home/capitals.csv", rows.HomeCapitalRow),
      landBorders: readCsv(dataDir, "home/land-borders.csv", rows.LandBorderRow),
      hofstede: readCsv(dataDir, "home/hofstede.csv", rows.HofstedeRow),
    },
  };
  checkReferences(dataset);
  checkEvidenceFiles(dataset.evidenceFiles);
  checkWeightPresets(dataDir, dataset);
  return dataset;
}

export const WEIGHT_PRESETS_FILE = "framework/weight-presets.json";

/**
 * The weight presets (docs/decisions/016-weight-presets.md) are not seeded: the workspace bundles
 * the file. They are checked here so that a data set whose presets miss a group or indicator, or
 * whose default weights are not the default preset's, is never seeded: one source of truth.
 */
function checkWeightPresets(dataDir: string, d: Dataset): void {
  const file = readJson(dataDir, WEIGHT_PRESETS_FILE, WeightPresetFileSchema);
  const indicators = d.indicators.map((i) => ({ key: i.key, criteriaGroup: i.criteria_group }));
  for (const preset of file.presets) {
    const problem = presetMismatches(preset, d.criteriaGroups, indicators)[0];
    if (problem) throw new SeedDataError(WEIGHT_PRESETS_FILE, undefined, `presets.${preset.key}`, problem);
  }
  const shares = presetShares(file.presets.find((p) => p.key === file.default)!);
  const differs = (a: number, b: number | undefined) => b === undefined || Math.abs(a - b) > 1e-9;
  const group = d.criteriaGroups.find((g) => differs(g.default_weight, shares.groups[g.key]));
  if (group)
    throw new SeedDataError(
      "criteria-groups.csv",
      undefined,
      "default_weight",
      `${group.key}: ${group.default_weight} is not the default weight preset's ${shares.groups[group.key]}`,
    );
  const indicator = d.indicators.find((i) => differs(i.default_weight, shares.indicators[i.key]));
  if (indicator)
    throw new SeedDataError(
      "indicators.csv",
      undefined,
      "default_weight",
      `${indicator.key}: ${indicator.default_weight} is not the default weight preset's ${shares.indicators[indicator.key]}`,
    );
}

/**
 * The evidence files research writes under data/evidence/. The four per-market files are required;
 * the two lists that cover every economy (trade agreements with China, sanctions programs) are read
 * when present, and their absence leaves the indicators derived from them as gaps.
 */
export function readEvidenceFiles(dataDir: string): rows.EvidenceFiles {
  const optional = <S extends z.ZodType>(file: string, schema: S): z.output<S>[] =>
    existsSync(path.join(dataDir, file)) ? readCsv(dataDir, file, schema) : [];
  return {
    ecommerceSize: readCsv(dataDir, "evidence/ecommerce-size.csv", rows.EcommerceSizeRow),
    incumbents: readCsv(dataDir, "evidence/incumbents.csv", rows.IncumbentRow),
    foreignSellerRules: readCsv(dataDir, "evidence/foreign-seller-rules.csv", rows.ForeignSellerRuleRow),
    marketContext: readCsv(dataDir, "evidence/market-context.csv", rows.MarketContextRow),
    tradeAgreements: optional("evidence/china-trade-agreements.csv", rows.TradeAgreementRow),
    sanctionsPrograms: optional("evidence/sanctions-programs.csv", rows.SanctionsProgramRow),
    partnerships: optional("evidence/china-diplomatic-partnerships.csv", rows.DiplomaticPartnershipRow),
  };
}

/** Ids are unique per file, and every row is dated: a fact without a date cannot be weighed. */
function checkEvidenceFiles(e: rows.EvidenceFiles): void {
  const id = (x: { id: string }) => x.id;
  unique("evidence/ecommerce-size.csv", e.ecommerceSize, id, "id");
  unique("evidence/incumbents.csv", e.incumbents, id, "id");
  unique("evidence/foreign-seller-rules.csv", e.foreignSellerRules, id, "id");
  unique("evidence/market-context.csv", e.marketContext, id, "id");
  unique("evidence/china-trade-agreements.csv", e.tradeAgreements, id, "id");
  unique("evidence/sanctions-programs.csv", e.sanctionsPrograms, id, "id");
  // Partnerships are seeded beside the context items: their ids must not collide.
  const contextIds = new Set(e.marketContext.map(id));
  check(
    "evidence/china-diplomatic-partnerships.csv",
    e.partnerships,
    "id",
    (p) => !contextIds.has(p.id),
    "is also an id in market-context.csv",
  );
  unique("evidence/china-diplomatic-partnerships.csv", e.partnerships, id, "id");
  // A rule whose source gives neither its start nor its own date (e.g. a live de-minimis database)
  // is kept and shown as "date not stated"; it counts as the oldest row of its type. Context items
  // are events and must be dated.
  check(
    "evidence/market-context.csv",
    e.marketContext,
    "effective",
    (r) => r.effective !== null || r.published !== null,
    "has no date: give the date it happened, or the date its source was published",
  );
  check(
    "evidence/china-trade-agreements.csv",
    e.tradeAgreements,
    "signed",
    (r) => r.signed !== null || r.in_force !== null,
    "has neither a signing date nor an entry-into-force date",
  );
  check(
    "evidence/sanctions-programs.csv",
    e.sanctionsPrograms,
    "until",
    (r) => r.until === null || r.since === null || r.until >= r.since,
    "is before the program's start (since)",
  );
}

/** Every reference between files resolves; keys are unique; values are plausible. */
function checkReferences(d: Dataset): void {
  unique("markets.csv", d.markets, (m) => m.iso3, "iso3");
  unique("indicators.csv", d.indicators, (i) => i.key, "key");
  unique("criteria-groups.csv", d.criteriaGroups, (g) => g.key, "key");
  unique("evidence.csv", d.evidence, (e) => e.id, "id");
  unique("framework/drivers.csv", d.drivers, (x) => x.key, "key");
  unique("framework/effects.csv", d.effects, (x) => x.id, "id");
  unique("framework/framework-evidence.csv", d.frameworkEvidence, (x) => x.id, "id");
  unique("indicator-values.csv", d.indicatorValues, (v) => `${v.market}/${v.indicator}/${v.year}`, "year");

  const markets = new Set(d.markets.map((m) => m.iso3));
  const groups = new Set(d.criteriaGroups.map((g) => g.key));
  const drivers = new Set(d.drivers.map((x) => x.key));
  const driverGroups = new Set(d.driverGroups.map((x) => x.key));
  const indicators = new Map(d.indicators.map((i) => [i.key, i]));
  const factors = new Set(d.factors.map((f) => f.key));
  const modes = new Set(d.entryModes.map((m) => m.key));
  const strategies = new Set(d.strategies.map((s) => s.key));

  unique("home/capitals.csv", d.home.capitals, (c) => c.iso3, "iso3");
  unique("home/hofstede.csv", d.home.hofstede, (h) => h.iso3, "iso3");
  check("home/capitals.csv", d.home.capitals, "iso3", (c) => markets.has(c.iso3), "not in markets.csv");
  check("home/land-borders.csv", d.home.landBorders, "iso3", (b) => markets.has(b.iso3), "not in markets.csv");
  check(
    "home/land-borders.csv",
    d.home.landBorders,
    "neighbour",
    (b) => markets.has(b.neighbour),
    "not in markets.csv",
  );
  // a border is shared: each direction is listed
  const borders = new Set(d.home.landBorders.map((b) => `${b.iso3}>${b.neighbour}`));
  check(
    "home/land-borders.csv",
    d.home.landBorders,
    "neighbour",
    (b) => borders.has(`${b.neighbour}>${b.iso3}`),
    "the reverse row is missing",
  );

  check("criteria-groups.csv", d.criteriaGroups, "driver", (g) => !g.driver || drivers.has(g.driver), "unknown driver");
  check(
    "indicators.csv",
    d.indicators,
    "criteria_group",
    (i) => groups.has(i.criteria_group),
    "unknown criteria group",
  );
  check(
    "indicators.csv",
    d.indicators,
    "plausible_max",
    (i) => i.plausible_max > i.plausible_min,
    "must exceed plausible_min",
  );
  check("indicator-values.csv", d.indicatorValues, "market", (v) => markets.has(v.market), "unknown market code");
  check(
    "indicator-values.csv",
    d.indicatorValues,
    "indicator",
    (v) => indicators.has(v.indicator),
    "unknown indicator",
  );
  check(
    "indicator-values.csv",
    d.indicatorValues,
    "value",
    (v) => {
      const indicator = indicators.get(v.indicator)!;
      return v.value >= indicator.plausible_min && v.value <= indicator.plausible_max;
    },
    "is outside the indicator's plausible range",
  );
  const topics = new Set<string>([...drivers, ...groups, PERFORMANCE_TOPIC]);
  check(
    "evidence.csv",
    d.evidence,
    "scope",
    (e) => markets.has(e.scope) || e.scope in REGION_SCOPES,
    "unknown market code",
  );
  check("evidence.csv", d.evidence, "driver", (e) => topics.has(e.driver), "unknown driver or criteria group");
  check("framework/drivers.csv", d.drivers, "group", (x) => driverGroups.has(x.group), "unknown driver group");
  const subjects = { driver: drivers, strategy: strategies, entry_mode: modes };
  check(
    "framework/framework-evidence.csv",
    d.frameworkEvidence,
    "subject",
    (x) => subjects[x.subject_kind].has(x.subject),
    "unknown subject",
  );
  check("framework/effects.csv", d.effects, "factor", (x) => factors.has(x.factor), "unknown factor");
  check(
    "framework/effects.csv",
    d.effects,
    "target",
    (x) => (x.target_kind === "entry_mode" ? modes : strategies).has(x.target),
    "unknown entry mode or strategy",
  );
  check(
    "framework/market-factor-anchors.csv",
    d.marketFactorAnchors,
    "factor",
    (x) => factors.has(x.factor),
    "unknown factor",
  );
  check(
    "framework/market-factor-anchors.csv",
    d.marketFactorAnchors,
    "indicator",
    (x) => indicators.has(x.indicator),
    "unknown indicator",
  );
  d.caseReplays.forEach((replay, index) => {
    if (!markets.has(replay.market))
      throw new SeedDataError("framework/case-replays.json", undefined, `${index}.market`, "unknown market code");
    if (!d.firmPresets.some((p) => p.key === replay.firmPreset)) {
      throw new SeedDataError("framework/case-replays.json", undefined, `${index}.firmPreset`, "unknown firm preset");
    }
  });
}

function check<T>(file: string, items: T[], column: string, ok: (item: T) => boolean, reason: string): void {
  const index = items.findIndex((item) => !ok(item));
  if (index >= 0) {
    const cell = (items[index] as Record<string, unknown>)[column];
    throw new SeedDataError(file, index + 2, column, `${JSON.stringify(cell)}: ${reason}`);
  }
}

function unique<T>(file: string, items: T[], keyOf: (item: T) => string, column: string): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const k = keyOf(item);
    if (seen.has(k)) throw new SeedDataError(file, index + 2, column, `duplicate of an earlier row (${k})`);
    seen.add(k);
  });
}
