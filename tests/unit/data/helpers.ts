import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { it } from "vitest";

export type Row = Record<string, string>;

export const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
export const DATA_DIR = path.join(REPO_ROOT, "data");
/** The raw source files data/ is built from: OUTBOUND_SOURCE_DATA, or the shared folder beside the checkout. */
export const SHARED_DIR = process.env.OUTBOUND_SOURCE_DATA || path.resolve(REPO_ROOT, "../shared/data");
export const SEEDS_DIR = path.resolve(SHARED_DIR, "../seeds");

export const THESIS_MARKETS = ["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM"] as const;

export function readText(file: string): string {
  return readFileSync(file, "utf8");
}

export function readCsvFile(file: string): Row[] {
  return parse(readText(file), { columns: true, skip_empty_lines: true }) as Row[];
}

export function readData(name: string): Row[] {
  return readCsvFile(path.join(DATA_DIR, name));
}

export function readShared(name: string): Row[] {
  return readCsvFile(path.join(SHARED_DIR, name));
}

export function headerOf(file: string): string[] {
  const firstLine = readText(file).split("\n", 1)[0] ?? "";
  return (parse(firstLine) as string[][])[0] ?? [];
}

export function sharedAvailable(): boolean {
  return (
    existsSync(path.join(SHARED_DIR, "markets.csv")) &&
    existsSync(path.join(SHARED_DIR, "world/indicators_long.csv")) &&
    existsSync(SEEDS_DIR)
  );
}

/**
 * A check of data/ against its raw sources (or of our writing against the seed documents): it runs
 * wherever the sources are (CI) and is skipped where they are not (a user's clone), with one line
 * printed by tests/setup/source-data.ts saying so.
 */
export const itWithSources = it.skipIf(!sharedAvailable());

/** Plain decimal as the data files write numbers: no thousands separators, no exponent. */
export const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
