import { formatNumber, formatValue } from "@/lib/format";
import { citeSecondary } from "@/lib/data/citation";

// Words for the evidence files' codes, shared by the market page and the report (pure).

export const MEASURE_LABELS: Record<string, string> = {
  ecommerce_gmv: "E-commerce GMV",
  b2c_ecommerce_sales: "B2C e-commerce sales",
  retail_ecommerce_sales: "Online retail sales",
  online_sales_total: "All online sales (incl. B2B)",
  ecommerce_growth_pct: "E-commerce growth",
};

export const RULE_TYPE_LABELS: Record<string, string> = {
  duty_de_minimis: "Duty de minimis",
  vat_de_minimis: "VAT de minimis",
  vat_low_value_imports: "VAT on low-value imports",
  vat_digital_services: "VAT on digital services",
  foreign_ownership_limit: "Foreign-ownership limit",
  data_localisation: "Data localisation",
  platform_ban: "Platform ban",
  price_floor: "Price floor",
  marketplace_rule: "Marketplace rule",
  import_restriction: "Import restriction",
};

export const BURDEN_LABELS = [
  "opens the market or neutral",
  "a cost or compliance step",
  "a substantial barrier",
  "blocks an entry route",
];

export const CONTEXT_TOPIC_LABELS: Record<string, string> = {
  sanctions: "Sanctions",
  payment_rails: "Payment rails",
  settlement: "Cross-border settlement",
  political_relations: "Relations with China",
  trade_agreement: "Trade agreements",
  belt_and_road: "Belt and Road",
};

export const INCUMBENT_MEASURE_LABELS: Record<string, string> = {
  gmv: "GMV",
  gmv_h1: "GMV, first half-year",
  online_sales: "online sales",
  revenue: "revenue",
  usage_pct: "usage",
  orders: "orders",
  market_share_pct: "Market share",
  buyers: "Buyers",
  monthly_visits: "Monthly visits",
  presence: "Present",
};

/** A money figure as published, e.g. "US$65.0 billion", "RUB 7.8 trillion"; a growth rate as "+12.5%". */
export function formatAmount(value: number, currency: string | null): string {
  if (currency === null) return `${value > 0 ? "+" : ""}${formatNumber(value, 1)}%`;
  return `${currency === "USD" ? "US$" : `${currency} `}${formatValue(value)}`;
}

/** An incumbent's size measure in words: "46% of GMV", "US$1.2 billion GMV", "present (no size published)". */
export function formatIncumbentMeasure(i: { measure: string; value: number | null; unit: string | null }): string {
  if (i.value === null) return "present (no size published)";
  if (i.unit?.startsWith("%")) return `${formatNumber(i.value, 1)}${i.unit}`;
  if (i.unit && /^[A-Z]{3}$/.test(i.unit))
    return `${formatAmount(i.value, i.unit)} ${INCUMBENT_MEASURE_LABELS[i.measure] ?? i.measure.replace(/_/g, " ")}`;
  return `${formatValue(i.value)} ${i.unit ?? ""} (${INCUMBENT_MEASURE_LABELS[i.measure] ?? i.measure.replace(/_/g, " ")})`.replace(
    /\s+/g,
    " ",
  );
}

/** "2024 (forecast made in 2023)" for a forecast, the year otherwise. */
export function figureYear(f: { year: number; kind: string; published: string }): string {
  return f.kind === "forecast"
    ? `${f.year} (forecast made in ${f.published.slice(0, 4)})`
    : `${f.year}${f.kind === "estimate" ? " (estimate)" : ""}`;
}

/**
 * A source line as a reader cites it: a secondary source names the original publisher first and
 * the outlet that reported it after ("Google, Temasek and Bain, as reported by Bangkok Post, …").
 */
export function sourceLine(e: { source: string; secondaryOf: string | null }): string {
  return citeSecondary(e.source, e.secondaryOf).citation;
}
