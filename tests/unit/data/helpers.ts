import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

export type Row = Record<string, string>;

export const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
export const DATA_DIR = path.join(REPO_ROOT, "data");
export const SHARED_DIR = process.env.OUTBOUND_SHARED_DATA ?? path.resolve(REPO_ROOT, "../shared/data");
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
  return existsSync(path.join(SHARED_DIR, "markets.csv"));
}

/** Plain decimal as the data files write numbers: no thousands separators, no exponent. */
export const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
