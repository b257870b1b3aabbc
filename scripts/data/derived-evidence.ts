import type {
  EcommerceSizeRecord,
  EvidenceFiles,
  ForeignSellerRuleRecord,
  IncumbentRecord,
  SanctionsProgramRecord,
  TradeAgreementRecord,
} from "../../lib/contracts/dataset";

import { readEvidenceFiles, readListCoverage, readMarketCodes, readReleaseDate, type ListCoverage } from "./evidence-files";
import { onOrBefore, rulesInForce, yearOf } from "../../lib/evidence/dates";

import type { ValueRow } from "./value-row";

export { onOrBefore };

/**
 * Indicator values the data build derives from the repository's own evidence files
 * (data/evidence/*.csv, written by research from public material). Each value is `computed`; its
 * `source` names the evidence file and its `locator` the ids of the rows used, so a reader can
 * trace the number to the rows and from there to the publisher. Rules, agreements and programs
 * count when in force on the data set's release date (data/dataset.json), so a rebuild gives the
 * same values; those three values describe the state on that day, so its year is their data year.
 * Definitions and thresholds: docs/decisions/011-evidence-tables.md.
 */
export function deriveEvidenceValues(dataDir: string, economies?: readonly string[]): ValueRow[] {
  const files = readEvidenceFiles(dataDir);
  return deriveFromEvidence(files, {
    asOf: readReleaseDate(dataDir),
    // The data build passes the whole economy universe (it decides afterwards which economies
    // ship); without it, the economies of data/markets.csv.
    markets: economies ?? readMarketCodes(dataDir),
    coverage: readListCoverage(dataDir),
  });
}

export interface DeriveOptions {
  /** YYYY-MM-DD: the day rules, agreements and programs are judged in force. */
  asOf: string;
  /** Every economy of data/markets.csv: the complete lists give each of them a value. */
  markets: readonly string[];
  coverage: ListCoverage;
}

export function deriveFromEvidence(files: EvidenceFiles, options: DeriveOptions): ValueRow[] {
  const inSet = new Set(options.markets);
  return [
    ...foreignSellerRestrictiveness(files.foreignSellerRules, options.asOf),
    ...tradeAgreementWithChina(files.tradeAgreements, options),
    ...sanctionsExposure(files.sanctionsPrograms, options),
    ...platformTop3Share(files.incumbents),
    ...ecommerceSalesUsd(files.ecommerceSize),
  ].filter((row) => inSet.has(row.market));
}

/** Fewer rule types than this in force and the mean says more about what research found than about the market. */
export const MIN_RULE_TYPES = 4;

/**
 * Mean burden (0-3, the research rubric) of the rules in force, one per rule type, for markets with
 * at least MIN_RULE_TYPES rule types in force. The mean, not the sum, so that a market researched
 * more closely does not look more restrictive only for having more rows.
 */
export function foreignSellerRestrictiveness(rules: readonly ForeignSellerRuleRecord[], asOf: string): ValueRow[] {
  const rows: ValueRow[] = [];
  const inForceRules = rulesInForce(
    rules.map((r) => ({ ...r, ruleType: r.rule_type })),
    asOf,
  );
  for (const [market, inForce] of groupBy(inForceRules, (r) => r.market)) {
    if (inForce.length < MIN_RULE_TYPES) continue;
    const mean = inForce.reduce((sum, r) => sum + r.burden, 0) / inForce.length;
    const dated = inForce.map((r) => r.effective).filter((d): d is string => d !== null);
    rows.push({
      market,
      indicator: "foreign_seller_restrictiveness",
      // The value describes the rules in force on asOf: that is its data year (a status, not a flow).
      year: yearOf(asOf),
      value: round(mean, 2),
      kind: "computed",
      edition: `Outbound evidence, rules for foreign sellers in force on ${asOf}`,
      source: "Outbound evidence file data/evidence/foreign-seller-rules.csv (each row cites its publisher)",
      locator: `data/evidence/foreign-seller-rules.csv rows ${inForce.map((r) => r.id).join(", ")}`,
      note: `Mean burden of ${inForce.length} rule types in force on ${asOf}: ${inForce
        .map((r) => `${r.rule_type} ${r.burden}`)
        .join(", ")}${dated.length > 0 ? `; latest change took effect ${dated.sort().at(-1)}` : ""}`,
    });
  }
  return rows;
}

// ─── trade_agreement_with_china ────────────────────────────────────────────────────────────────

/**
 * 0 no agreement with China in force; 1 an economic and trade cooperation agreement only (no tariff
 * preferences, e.g. China-EAEU 2019); 2 a regional FTA only (ASEAN-China FTA, RCEP); 3 a bilateral FTA.
 */
export const TRADE_AGREEMENT_LEVEL = { economic_cooperation: 1, regional_fta: 2, bilateral_fta: 3 } as const;

export function tradeAgreementWithChina(agreements: readonly TradeAgreementRecord[], options: DeriveOptions): ValueRow[] {
  const coverage = options.coverage["china-trade-agreements.csv"];
  const inForce = agreements.filter((a) => a.in_force !== null && onOrBefore(a.in_force, options.asOf));
  const byPartner = groupBy(inForce, (a) => a.partner);
  // Without a stated completeness date only the listed partners get a value: an economy the list
  // does not name may simply not have been checked.
  const economies = coverage ? options.markets.filter((m) => m !== "CHN") : [...byPartner.keys()];
  const rows: ValueRow[] = [];
  for (const market of economies) {
    const held = byPartner.get(market) ?? [];
    if (held.length === 0) {
      rows.push({
        market,
        indicator: "trade_agreement_with_china",
        year: yearOf(options.asOf),
        value: 0,
        kind: "computed",
        edition: `Outbound evidence, China's trade agreements (list complete as of ${coverage!.completeAsOf})`,
        source: `Outbound evidence file data/evidence/china-trade-agreements.csv, checked against ${coverage!.basis}`,
        locator: `data/evidence/china-trade-agreements.csv: no row for ${market}`,
        note: `No trade agreement with China in force on ${options.asOf} in a list complete as of ${coverage!.completeAsOf}`,
      });
      continue;
    }
    const best = Math.max(...held.map((a) => TRADE_AGREEMENT_LEVEL[a.kind]));
    rows.push({
      market,
      indicator: "trade_agreement_with_china",
      year: yearOf(options.asOf),
      value: best,
      kind: "computed",
      edition: `Outbound evidence, China's trade agreements in force on ${options.asOf}`,
      source: "Outbound evidence file data/evidence/china-trade-agreements.csv (each row cites its publisher)",
      locator: `data/evidence/china-trade-agreements.csv rows ${held.map((a) => a.id).join(", ")}`,
      note: `In force: ${held.map((a) => `${a.agreement} (${a.kind}, ${a.in_force})`).join("; ")}`,
    });
  }
  return rows;
}

// ─── sanctions_exposure ────────────────────────────────────────────────────────────────────────

/** 0 no program; 1 targeted (list-based); 2 sectoral; 3 comprehensive embargo. */
export const SANCTIONS_LEVEL = { targeted: 1, sectoral: 2, comprehensive: 3 } as const;

export function sanctionsExposure(programs: readonly SanctionsProgramRecord[], options: DeriveOptions): ValueRow[] {
  const coverage = options.coverage["sanctions-programs.csv"];
  // In force: started by the release date and not lifted before it (a program lifted that day no longer counts).
  // A program listed without its start date counts as in force since before the release date.
  const inForce = programs.filter(
    (p) => (p.since === null || onOrBefore(p.since, options.asOf)) && (p.until === null || !onOrBefore(p.until, options.asOf)),
  );
  const byMarket = groupBy(inForce, (p) => p.market);
  const economies = coverage ? [...options.markets] : [...byMarket.keys()];
  const rows: ValueRow[] = [];
  for (const market of economies) {
    const held = byMarket.get(market) ?? [];
    if (held.length === 0) {
      rows.push({
        market,
        indicator: "sanctions_exposure",
        year: yearOf(options.asOf),
        value: 0,
        kind: "computed",
        edition: `Outbound evidence, US, EU and UN sanctions programs (list complete as of ${coverage!.completeAsOf})`,
        source: `Outbound evidence file data/evidence/sanctions-programs.csv, checked against ${coverage!.basis}`,
        locator: `data/evidence/sanctions-programs.csv: no row for ${market}`,
        note: `No US, EU or UN sanctions program in force on ${options.asOf} in a list complete as of ${coverage!.completeAsOf}`,
      });
      continue;
    }
    rows.push({
      market,
      indicator: "sanctions_exposure",
      year: yearOf(options.asOf),
      value: Math.max(...held.map((p) => SANCTIONS_LEVEL[p.scope])),
      kind: "computed",
      edition: `Outbound evidence, US, EU and UN sanctions programs in force on ${options.asOf}`,
      source: "Outbound evidence file data/evidence/sanctions-programs.csv (each row cites its publisher)",
      locator: `data/evidence/sanctions-programs.csv rows ${held.map((p) => p.id).join(", ")}`,
      note: `Highest scope in force: ${held.map((p) => `${p.authority} ${p.program} (${p.scope}, since ${p.since ?? "a date the source does not give"})`).join("; ")}`,
    });
  }
  return rows;
}

// ─── platform_top3_share_pct ───────────────────────────────────────────────────────────────────

/**
 * The share sets usable for a concentration figure: market shares of at least three platforms from
 * one source, for one year and one base (the `unit` says of what: GMV, visits, sales of the leading
 * marketplaces). Shares from different sources or bases are never added together.
 */
export function shareSets(incumbents: readonly IncumbentRecord[]): Map<string, IncumbentRecord[][]> {
  const sets = groupBy(
    incumbents.filter((i) => i.measure === "market_share_pct" && i.value !== null),
    (i) => `${i.market}|${i.year}|${i.source}|${i.unit ?? ""}`,
  );
  const byMarket = new Map<string, IncumbentRecord[][]>();
  for (const set of sets.values()) {
    if (new Set(set.map((i) => i.platform)).size < 3) continue;
    byMarket.set(set[0]!.market, [...(byMarket.get(set[0]!.market) ?? []), set]);
  }
  return byMarket;
}

/**
 * Sum of the three largest shares in the market's preferred share set: the latest year, then the
 * set naming most platforms (the fullest picture), then the first by row id.
 */
export function platformTop3Share(incumbents: readonly IncumbentRecord[]): ValueRow[] {
  const rows: ValueRow[] = [];
  for (const [market, sets] of shareSets(incumbents)) {
    const firstId = (s: IncumbentRecord[]) => [...s].sort((a, b) => a.id.localeCompare(b.id))[0]!.id;
    const chosen = [...sets].sort(
      (a, b) => b[0]!.year - a[0]!.year || b.length - a.length || firstId(a).localeCompare(firstId(b)),
    )[0]!;
    const top3 = [...chosen].sort((a, b) => b.value! - a.value! || a.id.localeCompare(b.id)).slice(0, 3);
    const first = chosen[0]!;
    rows.push({
      market,
      indicator: "platform_top3_share_pct",
      year: first.year,
      value: round(top3.reduce((sum, i) => sum + i.value!, 0), 2),
      kind: "computed",
      edition: `${first.source}${first.secondary_of ? `, quoting ${first.secondary_of}` : ""}`,
      source: `Outbound evidence file data/evidence/incumbents.csv: shares from ${first.source}`,
      locator: `data/evidence/incumbents.csv rows ${top3.map((i) => i.id).join(", ")}`,
      note: `Top 3 of ${chosen.length} platforms, ${first.unit ?? "share"}: ${top3.map((i) => `${i.platform} ${i.value}`).join(" + ")}`,
    });
  }
  return rows;
}

// ─── ecommerce_sales_usd ───────────────────────────────────────────────────────────────────────

/**
 * Measures comparable enough to rank markets, in order of preference within a year: online retail
 * sales, then B2C sales (both as national statistics or associations measure them), then GMV (which
 * counts cancelled and returned orders, so runs higher). All online sales including B2B is left out.
 */
export const SIZE_MEASURE_PREFERENCE = ["retail_ecommerce_sales", "b2c_ecommerce_sales", "ecommerce_gmv"] as const;

/**
 * The latest figure in US$ that is not a forecast; within that year by SIZE_MEASURE_PREFERENCE, an
 * actual before an estimate, a primary source before a secondary one, then by row id. Figures in
 * other currencies stay out: converting them would add an exchange-rate choice no source made.
 */
export function ecommerceSalesUsd(figures: readonly EcommerceSizeRecord[]): ValueRow[] {
  const usable = figures.filter(
    (f) => f.currency === "USD" && f.kind !== "forecast" && (SIZE_MEASURE_PREFERENCE as readonly string[]).includes(f.measure),
  );
  const rank = (f: EcommerceSizeRecord) => [
    -f.year,
    (SIZE_MEASURE_PREFERENCE as readonly string[]).indexOf(f.measure),
    f.kind === "actual" ? 0 : 1,
    f.secondary_of === null ? 0 : 1,
  ];
  const rows: ValueRow[] = [];
  for (const [market, list] of groupBy(usable, (f) => f.market)) {
    const best = [...list].sort((a, b) => compareTuples(rank(a), rank(b)) || a.id.localeCompare(b.id))[0]!;
    rows.push({
      market,
      indicator: "ecommerce_sales_usd",
      year: best.year,
      value: best.value,
      kind: "computed",
      edition: `${best.publisher} (published ${best.published})`,
      source: `Outbound evidence file data/evidence/ecommerce-size.csv: ${best.source}${best.secondary_of ? `, quoting ${best.secondary_of}` : ""}`,
      locator: `data/evidence/ecommerce-size.csv row ${best.id}`,
      note: `${best.measure} (${best.kind}) chosen from ${list.length} US$ figure(s) for ${market}`,
    });
  }
  return rows;
}

// ─── helpers ───────────────────────────────────────────────────────────────────────────────────

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}
