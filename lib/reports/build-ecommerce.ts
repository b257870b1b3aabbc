import type { MarketProfile } from "@/lib/contracts/api";
import type { IncumbentPlatform } from "@/lib/contracts/evidence";
import {
  BURDEN_LABELS,
  MEASURE_LABELS,
  RULE_TYPE_LABELS,
  formatAmount,
  formatIncumbentMeasure,
  sourceLine,
} from "@/lib/evidence/labels";
import { formatNumber } from "@/lib/format";

import type { EvidenceLine } from "./model";

// A market's e-commerce facts for its profile in the report, short, each a dated, sourced line:
// the size figures of the latest year (every source, so a disagreement shows) and the newest
// forecast labelled with the year it was made; the leading platforms by their best size measure;
// the rules for foreign sellers in force (one per type).

const SIZE_LINES = 4;
const INCUMBENT_LINES = 5;

export function ecommerceFacts(profile: MarketProfile | undefined): {
  size: EvidenceLine[];
  incumbents: EvidenceLine[];
  rules: EvidenceLine[];
} {
  if (!profile?.ecommerceSize) return { size: [], incumbents: [], rules: [] };
  return { size: sizeLines(profile), incumbents: incumbentLines(profile.incumbents), rules: ruleLines(profile) };
}

function sizeLines(profile: MarketProfile): EvidenceLine[] {
  const figures = profile.ecommerceSize.figures.filter((f) => f.measure !== "ecommerce_growth_pct");
  const latestYear = profile.ecommerceSize.latestRanges[0]?.year;
  const latest = figures.filter((f) => f.kind !== "forecast" && f.year === latestYear);
  const forecast = figures
    .filter((f) => f.kind === "forecast")
    .sort((a, b) => b.published.localeCompare(a.published) || a.year - b.year)[0];
  const lines = [...latest.slice(0, SIZE_LINES - (forecast ? 1 : 0)), ...(forecast ? [forecast] : [])].map((f) => ({
    statement: `${MEASURE_LABELS[f.measure] ?? f.measure}: ${formatAmount(f.value, f.currency)}${
      f.kind === "forecast"
        ? ` (forecast made in ${f.published.slice(0, 4)})`
        : f.kind === "estimate"
          ? " (estimate)"
          : ""
    }, by ${f.publisher}`,
    year: f.year,
    yearNote: null,
    source: sourceLine(f),
    locator: f.locator,
  }));
  const range = profile.ecommerceSize.latestRanges[0];
  if (range && range.min !== range.max) {
    lines.unshift({
      statement: `Range across ${range.figureIds.length} sources: ${formatAmount(range.min, range.currency)} to ${formatAmount(range.max, range.currency)}`,
      year: range.year,
      yearNote: null,
      source: range.publishers.join("; "),
      locator: `figures ${range.figureIds.join(", ")} below`,
    });
  }
  return lines;
}

/** Each platform once, by its most telling measure: a market share, then a money figure, then any other, then presence. */
function incumbentLines(incumbents: IncumbentPlatform[]): EvidenceLine[] {
  const rank = (i: IncumbentPlatform) =>
    i.measure === "market_share_pct" ? 0 : i.unit && /^[A-Z]{3}$/.test(i.unit) ? 1 : i.value !== null ? 2 : 3;
  const best = new Map<string, IncumbentPlatform>();
  for (const i of incumbents) {
    const held = best.get(i.platform);
    if (!held || rank(i) < rank(held) || (rank(i) === rank(held) && i.year > held.year)) best.set(i.platform, i);
  }
  return [...best.values()]
    .sort((a, b) => rank(a) - rank(b) || (b.value ?? 0) - (a.value ?? 0) || a.platform.localeCompare(b.platform))
    .slice(0, INCUMBENT_LINES)
    .map((i) => ({
      statement: `${i.platform} (${i.owner}${i.ownerHome ? `, ${i.ownerHome}` : ""}): ${formatIncumbentMeasure(i)}`,
      year: i.year,
      yearNote: null,
      source: sourceLine(i),
      locator: i.locator,
    }));
}

function ruleLines(profile: MarketProfile): EvidenceLine[] {
  return profile.foreignSellerRules
    .filter((r) => r.inForce)
    .map((r) => ({
      statement: `${RULE_TYPE_LABELS[r.ruleType] ?? r.ruleType}${
        r.threshold !== null ? ` (${formatNumber(r.threshold, 2)} ${r.thresholdUnit ?? ""})`.replace(" )", ")") : ""
      }, ${BURDEN_LABELS[r.burden]}: ${r.statement}`,
      year: Number((r.effective ?? r.published ?? "0").slice(0, 4)),
      yearNote: r.effective ? `in force since ${r.effective}` : "start date not stated by the source",
      source: sourceLine(r),
      locator: r.locator,
    }));
}
