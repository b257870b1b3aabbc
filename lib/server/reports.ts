import "server-only";

import type { MarketProfile } from "@/lib/contracts/api";
import type { Locale } from "@/lib/i18n/locales";
import { parseJsonText } from "@/lib/http/errors";
import { RequestError } from "@/lib/http/errors";
import { buildReportModel, DEFAULT_PROFILE_COUNT } from "@/lib/reports/build";
import { renderCsv } from "@/lib/reports/csv";
import { safeFilename } from "@/lib/reports/escape";
import { renderJson, reproductionOf, ScenarioExportSchema, type ImportResponse } from "@/lib/reports/json";
import { renderMarkdown } from "@/lib/reports/markdown";
import type { ReportModel } from "@/lib/reports/model";

import { assertCan, type Access } from "./access";
import { backtestOfEntryModes, similarityLibrary } from "./cases";
import { MarketNotFoundError, ScenarioDeletedError } from "./errors";
import { groupDecisionOfScenario } from "./decisions";
import { decisionFramework } from "./framework";
import { marketProfile } from "./markets";
import { createScenario, getScenario } from "./scenarios";
import { enginePool } from "./worker-pool";
import { DEFAULT_HOME } from "@/lib/scoring/home";

import { scoringData } from "./workspace";

// The recommendation report of a saved scenario: what it needs read (the scenario, today's
// indicator metadata and framework names, the top markets' evidence), the report model, and the
// files (PDF, Markdown, CSV, JSON); and a JSON export read back into a new scenario.

async function scenarioForReport(access: Access, id: string) {
  const scenario = await getScenario(access, id);
  if (scenario.deletedAt) throw new ScenarioDeletedError(id);
  return scenario;
}

/** The default short list takes at most three of the top markets; their profiles are loaded with the profile pages'. */
const DEFAULT_SHORTLIST_PROFILES = Math.max(DEFAULT_PROFILE_COUNT, 3);

export type ReportOptions = {
  /** Markets for the short list (validated by ReportQuerySchema; checked here against the ranking). */
  shortlist?: string[] | undefined;
  /** The report's language; English when absent. */
  locale?: Locale | undefined;
};

/** A short list must name markets the scenario ranks; anything else is a 400 that lists them. */
export function checkShortlist(shortlist: string[] | undefined, ranked: string[]): void {
  if (!shortlist) return;
  const unknown = shortlist.filter((iso3) => !ranked.includes(iso3));
  if (unknown.length === 0) return;
  const message = `${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} not among the scenario's ranked markets (${ranked.join(", ")})`;
  throw new RequestError(400, "invalid_request", `The query string is invalid: shortlist: ${message}`, [
    { path: "shortlist", message },
  ]);
}

export async function reportModel(
  access: Access,
  id: string,
  now = new Date(),
  options: ReportOptions = {},
): Promise<ReportModel> {
  const scenario = await scenarioForReport(access, id);
  const ranked = scenario.results.ranking.ranking.map((r) => r.id);
  checkShortlist(options.shortlist, ranked);
  // Profiles (their dated evidence) of the top markets and of every short-listed one.
  const top = [...new Set([...ranked.slice(0, DEFAULT_SHORTLIST_PROFILES), ...(options.shortlist ?? [])])];
  // the report measures from the scenario's home market (docs/decisions/017)
  const home = scenario.inputs.state.home ?? DEFAULT_HOME;
  const [scoring, framework, profiles, backtest, groupDecision] = await Promise.all([
    scoringData(home),
    decisionFramework(),
    Promise.all(top.map((iso3) => profileOrNull(iso3, home))),
    backtestOfEntryModes(),
    groupDecisionOfScenario(scenario.id),
  ]);
  return buildReportModel({
    scenario,
    scoringData: scoring,
    framework,
    profiles: profiles.filter((p): p is MarketProfile => p !== null),
    generatedAt: now,
    caseLibrary: { backtest, library: similarityLibrary() },
    shortlist: options.shortlist,
    locale: options.locale,
    groupDecision,
  });
}

/** A market dropped from the data set since the scenario was saved has no evidence, not an error. */
async function profileOrNull(iso3: string, home: string): Promise<MarketProfile | null> {
  try {
    return await marketProfile(iso3, home);
  } catch (error) {
    if (error instanceof MarketNotFoundError) return null;
    throw error;
  }
}

export const REPORT_FORMATS = ["pdf", "md", "csv", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
};

export type ReportFile = { body: Uint8Array | string; contentType: string; filename: string };

/** GET /api/v1/scenarios/{id}/report.{pdf,md,csv,json}: the file with its type and a safe download name. */
export async function reportFile(
  access: Access,
  id: string,
  format: ReportFormat,
  now = new Date(),
  signal?: AbortSignal,
  options: ReportOptions = {},
): Promise<ReportFile> {
  assertCan(access, "scenario", "export");
  if (format === "json") {
    const scenario = await scenarioForReport(access, id);
    return {
      body: renderJson(scenario, now, await groupDecisionOfScenario(scenario.id)),
      contentType: CONTENT_TYPES.json,
      filename: safeFilename(scenario.name, "json", "outbound-scenario"),
    };
  }
  const model = await reportModel(access, id, now, options);
  const filename = safeFilename(model.title, format);
  if (format === "pdf") {
    // Rendered in the worker pool (~0.4 s the first time, then ~0.03 s), within its time budget.
    const { value } = await enginePool().run({ kind: "reportPdf", model }, signal);
    return { body: value, contentType: CONTENT_TYPES.pdf, filename };
  }
  // A byte-order mark lets Excel read the CSV as UTF-8 (names such as "Türkiye" survive).
  if (format === "csv") return { body: `\uFEFF${renderCsv(model)}`, contentType: CONTENT_TYPES.csv, filename };
  return { body: renderMarkdown(model), contentType: CONTENT_TYPES.md, filename };
}

/**
 * POST /api/v1/scenarios/import: a JSON export back into a new scenario, recomputed on today's
 * data set, with a statement of whether the results are identical to the file's.
 */
export async function importScenario(access: Access, text: string): Promise<ImportResponse> {
  assertCan(access, "scenario", "create");
  const file = parseJsonText(text, ScenarioExportSchema, "scenario file");
  const scenario = await createScenario(
    access,
    { name: file.scenario.name, notes: file.scenario.notes, inputs: file.scenario.inputs },
    "scenario.import",
  );
  return { scenario, reproduction: reproductionOf(file.scenario, scenario.results) };
}
