import "server-only";

import { readFileSync } from "node:fs";
import path from "node:path";

import { entryModeBacktest } from "@/lib/cases/backtest";
import { libraryCase, type LibraryCase } from "@/lib/cases/similar";
import type { CaseLibrary, CasesQuery, EntryModeBacktest } from "@/lib/contracts/case-library";
import {
  type EntryCase,
  EntryCaseEntry,
  type EntryModeCalibration,
  EntryModeCalibrationFile,
} from "@/lib/contracts/cases";
import { RequestError } from "@/lib/http/errors";
import { dataText } from "@/lib/i18n/data-text";
import type { Locale } from "@/lib/i18n/locales";

import { decisionFramework, localizedFramework } from "./framework";
import { localizedMarketList } from "./markets";

// The case library of documented market entries and the backtest of the entry-mode model
// (issue 10 §5.1, §5.3, §5.4).
//
// Served from the files shipped in data/framework/, not seeded into the database: the library and
// its calibration are one versioned artefact (`npm run calibrate` hashes the library into the
// calibration file, and a unit test fails when they drift), read-only, small (about 0.3 MB), and the
// same for every user. A database copy would be a second place for them to disagree. Each file is
// read once per process and checked with its zod contract; a file that breaks it stops the answer
// with the file named rather than showing half a library.

// The app runs from the project's root (next start, the tests); import.meta.dirname is not defined
// inside Next's server bundle, so the path is taken from the working directory.
const FRAMEWORK_DIR = path.join(process.cwd(), "data", "framework");

function readChecked<T>(file: string, parse: (value: unknown) => T): T {
  const full = path.join(FRAMEWORK_DIR, file);
  try {
    return parse(JSON.parse(readFileSync(full, "utf8")));
  } catch (error) {
    throw new Error(`data/framework/${file} cannot be read: ${(error as Error).message}`, { cause: error });
  }
}

let entries: EntryCase[] | undefined;
let calibration: EntryModeCalibration | undefined;

/** Every documented entry, in the file's order. */
export function documentedEntries(): EntryCase[] {
  entries ??= readChecked("entry-cases.json", (v) => EntryCaseEntry.array().parse(v));
  return entries;
}

function calibrationFile(): EntryModeCalibration {
  calibration ??= readChecked("entry-mode-calibration.json", (v) => EntryModeCalibrationFile.parse(v));
  return calibration;
}

async function entryModeNames(): Promise<Map<string, string>> {
  const framework = await decisionFramework();
  return new Map(framework.entryModes.map((m) => [m.key, m.name]));
}

/** GET /api/v1/cases: the library, narrowed by the query's filters (an unknown mode is a 400). */
export async function caseLibrary(filters: CasesQuery): Promise<CaseLibrary> {
  const all = documentedEntries();
  if (filters.mode !== undefined) {
    const modes = await entryModeNames();
    if (!modes.has(filters.mode)) {
      const known = [...modes.keys()].join(", ");
      throw new RequestError(400, "invalid_request", `The query string is invalid: mode: must be one of ${known}`, [
        { path: "mode", message: `must be one of ${known}` },
      ]);
    }
  }
  const cases = all.filter(
    (c) =>
      (filters.host === undefined || c.host === filters.host) &&
      (filters.home === undefined || c.home === filters.home) &&
      (filters.mode === undefined || c.mode === filters.mode) &&
      (filters.outcome === undefined || c.outcome === filters.outcome),
  );
  return { total: all.length, count: cases.length, filters, cases };
}

/** One documented entry, or null. */
export function documentedEntry(id: string): EntryCase | null {
  return documentedEntries().find((c) => c.id === id) ?? null;
}

/**
 * GET /api/v1/entry-modes/backtest, the "How good is this model?" page and the report; with a
 * locale, the entry modes are named in the reader's language (the `summary` sentences stay
 * English: the page words them from the figures, the API and the report keep them).
 */
export async function backtestOfEntryModes(locale: Locale = "en"): Promise<EntryModeBacktest> {
  const framework = await localizedFramework(locale);
  const names = new Map(framework.entryModes.map((m) => [m.key, m.name]));
  return entryModeBacktest(calibrationFile(), (mode) => names.get(mode) ?? mode);
}

/**
 * A documented entry with its notes and the justification of each factor rating in the reader's
 * language (issue 12 §3); firm names, sources and their titles stay as published.
 */
export function localizedEntry(locale: Locale, entry: EntryCase): EntryCase {
  if (locale === "en") return entry;
  const text = (field: string, english: string) => dataText(locale, "entry-cases", entry.id, field, english);
  const ratings = (scope: "firmFactors" | "marketFactors") =>
    Object.fromEntries(
      Object.entries(entry[scope]).map(([key, r]) => [key, r ? { ...r, why: text(`${scope}.${key}.why`, r.why) } : r]),
    ) as EntryCase[typeof scope];
  return {
    ...entry,
    modeNote: text("modeNote", entry.modeNote),
    outcomeNote: entry.outcomeNote && text("outcomeNote", entry.outcomeNote),
    ratingNote: entry.ratingNote && text("ratingNote", entry.ratingNote),
    firmFactors: ratings("firmFactors"),
    marketFactors: ratings("marketFactors"),
  };
}

/** The library as the similar-cases list compares it (sent to the entry-mode page's browser code). */
export function similarityLibrary(): LibraryCase[] {
  return documentedEntries().map(libraryCase);
}

/**
 * Names the case pages print, in the reader's language: entry modes, factors and markets (a code
 * the data set lacks stays a code).
 */
export async function caseNames(locale: Locale = "en"): Promise<{
  modes: Record<string, string>;
  factors: Record<string, string>;
  markets: Record<string, string>;
}> {
  const [framework, list] = await Promise.all([localizedFramework(locale), localizedMarketList(locale)]);
  return {
    modes: Object.fromEntries(framework.entryModes.map((m) => [m.key, m.name])),
    factors: Object.fromEntries(framework.factors.map((f) => [f.key, f.name])),
    markets: Object.fromEntries(list.markets.map((m) => [m.iso3, m.name])),
  };
}
