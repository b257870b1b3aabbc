import type { MarketProfile } from "@/lib/contracts/api";
import type { IncumbentPlatform } from "@/lib/contracts/evidence";
import { sourceLine } from "@/lib/evidence/labels";
import { formattersFor } from "@/lib/format";
import { dataText } from "@/lib/i18n/data-text";
import type { Locale } from "@/lib/i18n/locales";

import type { ReportT } from "./i18n";
import type { EvidenceLine } from "./model";

// A market's e-commerce facts for its profile in the report, short, each a dated, sourced line:
// the size figures of the latest year (every source, so a disagreement shows) and the newest
// forecast labelled with the year it was made; the leading platforms by their best size measure;
// the rules for foreign sellers in force (one per type).

const SIZE_LINES = 4;
const INCUMBENT_LINES = 5;

/** The report's language: its translator, locale and formatters (the wording of the market page's evidence). */
type Words = { t: ReportT; locale: Locale; f: ReturnType<typeof formattersFor> };

export function ecommerceFacts(
  profile: MarketProfile | undefined,
  t: ReportT,
  locale: Locale,
): {
  size: EvidenceLine[];
  incumbents: EvidenceLine[];
  rules: EvidenceLine[];
} {
  if (!profile?.ecommerceSize) return { size: [], incumbents: [], rules: [] };
  const w: Words = { t, locale, f: formattersFor(locale) };
  return {
    size: sizeLines(profile, w),
    incumbents: incumbentLines(profile.incumbents, w),
    rules: ruleLines(profile, w),
  };
}

/** A money figure as published, e.g. "US$65.0 billion", "RUB 7.8 trillion", in the report's language. */
function amount(value: number, currency: string | null, { t, f }: Words): string {
  // The size lines leave out growth rates, the only figures without a currency.
  return t("sentencesB.ecommerce.amount", { currency: currency ?? "", value: f.formatValue(value) });
}

/** An incumbent's size measure in words: "46% of GMV", "US$1.2 billion GMV", "present (no size published)". */
function incumbentMeasure(i: { measure: string; value: number | null; unit: string | null }, w: Words): string {
  const { t, f } = w;
  if (i.value === null) return t("sentencesB.ecommerce.presentNoSize");
  if (i.unit?.startsWith("%")) return `${f.formatNumber(i.value, 1)}${i.unit}`;
  // A measure without a label reads as its code, underscores as spaces.
  const named = t("sentencesB.ecommerce.incumbentMeasure", { measure: i.measure }).replace(/_/g, " ");
  if (i.unit && /^[A-Z]{3}$/.test(i.unit))
    return t("sentencesB.ecommerce.money", { amount: amount(i.value, i.unit, w), measure: named });
  return t("sentencesB.ecommerce.other", { value: f.formatValue(i.value), unit: i.unit ?? "", measure: named }).replace(
    /\s+/g,
    " ",
  );
}

function sizeLines(profile: MarketProfile, w: Words): EvidenceLine[] {
  const { t } = w;
  const figures = profile.ecommerceSize.figures.filter((f) => f.measure !== "ecommerce_growth_pct");
  const latestYear = profile.ecommerceSize.latestRanges[0]?.year;
  const latest = figures.filter((f) => f.kind !== "forecast" && f.year === latestYear);
  const forecast = figures
    .filter((f) => f.kind === "forecast")
    .sort((a, b) => b.published.localeCompare(a.published) || a.year - b.year)[0];
  const lines = [...latest.slice(0, SIZE_LINES - (forecast ? 1 : 0)), ...(forecast ? [forecast] : [])].map((f) => ({
    statement: t("sentencesB.ecommerce.size", {
      measure: t("sentencesB.ecommerce.measure", { measure: f.measure }),
      amount: amount(f.value, f.currency, w),
      kind: f.kind === "forecast" || f.kind === "estimate" ? f.kind : "other",
      made: f.published.slice(0, 4),
      publisher: f.publisher,
    }),
    year: f.year,
    yearNote: null,
    source: sourceLine(f),
    locator: f.locator,
  }));
  const range = profile.ecommerceSize.latestRanges[0];
  if (range && range.min !== range.max) {
    lines.unshift({
      statement: t("sentencesB.ecommerce.range", {
        count: range.figureIds.length,
        min: amount(range.min, range.currency, w),
        max: amount(range.max, range.currency, w),
      }),
      year: range.year,
      yearNote: null,
      source: range.publishers.join("; "),
      locator: `figures ${range.figureIds.join(", ")} below`,
    });
  }
  return lines;
}

/** Each platform once, by its most telling measure: a market share, then a money figure, then any other, then presence. */
function incumbentLines(incumbents: IncumbentPlatform[], w: Words): EvidenceLine[] {
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
      statement: `${i.platform} (${i.owner}${i.ownerHome ? `, ${i.ownerHome}` : ""}): ${incumbentMeasure(i, w)}`,
      year: i.year,
      yearNote: null,
      source: sourceLine(i),
      locator: i.locator,
    }));
}

function ruleLines(profile: MarketProfile, w: Words): EvidenceLine[] {
  const { t, f, locale } = w;
  return profile.foreignSellerRules
    .filter((r) => r.inForce)
    .map((r) => ({
      statement: t("sentencesB.ecommerce.rule", {
        rule: t("sentencesB.ecommerce.ruleType", { rule: r.ruleType }),
        hasThreshold: r.threshold !== null ? "yes" : "no",
        threshold: r.threshold !== null ? `${f.formatNumber(r.threshold, 2)} ${r.thresholdUnit ?? ""}`.trim() : "",
        burden: t("sentencesB.ecommerce.burden", { burden: String(r.burden) }),
        statement: dataText(locale, "foreign-seller-rules", r.id, "statement", r.statement),
      }),
      year: Number((r.effective ?? r.published ?? "0").slice(0, 4)),
      yearNote: r.effective
        ? t("sentencesB.ecommerce.inForceSince", { date: r.effective })
        : t("sentencesB.ecommerce.dateNotStated"),
      source: sourceLine(r),
      locator: r.locator,
    }));
}
