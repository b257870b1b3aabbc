import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PLAIN_NUMBER, SEEDS_DIR, itWithSources, readData, readShared, readText } from "./helpers";

const evidence = readData("evidence.csv");
const markets = readData("markets.csv");

const DRIVERS = [
  "ecosystem",
  "technology",
  "brand",
  "network",
  "quality",
  "domestic_saturation",
  "domestic_competition",
  "home_policy",
  "host_attractiveness",
  "host_regulation",
  "infrastructure",
  "proximity",
  "competition",
  "performance",
];
const REGION_SCOPES = ["SEA6", "SEA", "GLOBAL"];

describe("evidence.csv", () => {
  it("has unique, stable slug ids", () => {
    const ids = evidence.map((e) => e.id!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("uses known scopes and drivers", () => {
    const scopes = new Set([...markets.map((m) => m.iso3!), ...REGION_SCOPES]);
    for (const e of evidence) {
      expect(scopes.has(e.scope!), `${e.id} scope ${e.scope}`).toBe(true);
      expect(DRIVERS, `${e.id} driver`).toContain(e.driver);
    }
  });

  it("gives every item a statement, an integer year, a source and a locator", () => {
    for (const e of evidence) {
      expect(e.statement!.length, e.id).toBeGreaterThan(20);
      expect(e.statement, e.id).not.toContain("\n");
      expect(e.year, e.id).toMatch(/^\d{4}$/);
      expect(Number(e.year), e.id).toBeGreaterThanOrEqual(1990);
      expect(Number(e.year), e.id).toBeLessThanOrEqual(2026);
      expect(e.source!.trim(), e.id).not.toBe("");
      expect(e.locator!.trim(), e.id).not.toBe("");
    }
  });

  it("numeric evidence has a metric, a plain value and a unit together", () => {
    for (const e of evidence) {
      if (e.value === "") {
        expect(e.metric, e.id).toBe("");
        continue;
      }
      expect(e.value, e.id).toMatch(PLAIN_NUMBER);
      expect(e.metric, e.id).toMatch(/^[a-z0-9_]+$/);
      expect(e.unit, e.id).not.toBe("");
    }
  });

  itWithSources("seed locators point at existing files and lines", () => {
    const seedFiles = readdirSync(SEEDS_DIR);
    for (const e of evidence) {
      for (const part of e.locator!.split("; ")) {
        const m = /^seeds\/([\w.]+) lines? (.+)$/.exec(part);
        if (!m) {
          expect(part, e.id).toMatch(/^https?:\/\//);
          continue;
        }
        expect(seedFiles, e.id).toContain(m[1]);
        const lineCount = readText(path.join(SEEDS_DIR, m[1]!)).split("\n").length;
        for (const range of m[2]!.split(", ")) {
          const [from, to = from] = range.split("-").map(Number);
          expect(from, `${e.id} ${range}`).toBeGreaterThan(0);
          expect(to! >= from! && to! <= lineCount, `${e.id} ${range}`).toBe(true);
        }
      }
    }
  });

  itWithSources("contains every row of the shared thesis_evidence.csv with its thesis lines", () => {
    for (const t of readShared("thesis_evidence.csv")) {
      const match = evidence.find(
        (e) => e.scope === t.market && e.metric === t.metric && Number(e.value) === Number(t.value) && e.locator!.includes(t.thesis_line_numbers!),
      );
      expect(match, `${t.market} ${t.metric} ${t.year}`).toBeDefined();
      expect(match!.source).toMatch(/^Thesis \(seeds\/003_962a4ad03d6c2f4b\.txt\)/);
    }
  });

  itWithSources("contains every row of the shared market_evidence.csv with its page address", () => {
    const scopeOf = (m: string) => (m.startsWith("SEA6") ? "SEA6" : m.startsWith("Southeast Asia") || m === "ASEAN" ? "SEA" : m);
    for (const r of readShared("market_evidence.csv")) {
      const match = evidence.find(
        (e) => e.scope === scopeOf(r.market!) && e.metric === r.metric && Number(e.value) === Number(r.value) && e.locator === r.retrieved_from_url,
      );
      expect(match, `${r.market} ${r.metric} ${r.year}`).toBeDefined();
      expect(match!.source).toContain(r.primary_source!);
    }
  });

  it("covers the thesis-era facts the design names", () => {
    const ids = new Set(evidence.map((e) => e.id));
    for (const id of [
      "rus-aliexpress-first-site-2014",
      "rus-aliexpress-users-2017-12",
      "rus-delivery-time-30-to-7-days",
      "rus-customs-backlog-2013",
      "rus-payment-qiwi-2012",
      "rus-payment-webmoney-2013",
      "rus-payment-yandex-money-2014",
      "rus-regional-cities-focus",
      "rus-offline-shop-moscow",
      "rus-foreign-sellers-outside-russian-law",
      "rus-rules-tightened-2018",
      "rus-ebay-market-share-2014",
      "sea6-lazada-acquisition-2016",
      "sea6-lazada-stake-2017",
      "idn-tokopedia-investment-2017",
      "tha-kunming-bangkok-highway",
      "vnm-cultural-familiarity-2025",
      "sea-fragmented-markets-2025",
      "ind-app-ban-2020",
      "global-rivals-amazon-shopee-flipkart",
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  itWithSources("states facts in its own words (no run of 8 words copied from a seed document)", () => {
    const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9%$. ]+/g, " ").split(/\s+/).filter(Boolean);
    const N = 8;
    const shingles = new Set<string>();
    for (const f of readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt"))) {
      const w = words(readText(path.join(SEEDS_DIR, f)));
      for (let i = 0; i + N <= w.length; i++) shingles.add(w.slice(i, i + N).join(" "));
    }
    for (const e of evidence) {
      const w = words(e.statement!);
      for (let i = 0; i + N <= w.length; i++) {
        expect(shingles.has(w.slice(i, i + N).join(" ")), `${e.id}: "${w.slice(i, i + N).join(" ")}"`).toBe(false);
      }
    }
  });
});
