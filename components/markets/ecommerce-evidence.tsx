import { useLocale, useTranslations } from "next-intl";

import type { MarketProfile } from "@/lib/contracts/api";
import type { ForeignSellerRule, IncumbentPlatform } from "@/lib/contracts/evidence";
import { sourceLine } from "@/lib/evidence/labels";
import { formattersFor } from "@/lib/format";

import { Provenance } from "@/components/data/provenance";
import { Badge, Card } from "@/components/ui/page-header";
import { citationOf } from "@/lib/data/sources";
import { ScrollRegion } from "@/components/ui/scroll-region";

// A market's e-commerce evidence as dated, sourced facts (data/evidence/*.csv): size with each
// source and the range, incumbents, rules for foreign sellers, and the dated context (sanctions,
// payment rails, settlement, relations with China, trade agreements). Secondary sources are marked.
// The data's texts arrive translated (lib/server/markets.ts); the words around them come from the
// markets catalogue; citations, publishers, platforms and programme titles stay as published.

type Evidence = Pick<
  MarketProfile,
  "ecommerceSize" | "incumbents" | "foreignSellerRules" | "context" | "tradeAgreements" | "sanctionsPrograms"
>;

const INCUMBENT_MEASURES = [
  "gmv",
  "gmv_h1",
  "online_sales",
  "revenue",
  "usage_pct",
  "orders",
  "market_share_pct",
  "buyers",
  "monthly_visits",
  "presence",
] as const;
type IncumbentMeasure = (typeof INCUMBENT_MEASURES)[number];
const isIncumbentMeasure = (m: string): m is IncumbentMeasure => (INCUMBENT_MEASURES as readonly string[]).includes(m);

/** Money as published ("US$65 billion", "650亿美元"), a growth rate as a signed percentage. */
function useAmount() {
  const t = useTranslations("markets");
  const { formatValue, formatPercent } = formattersFor(useLocale());
  return (value: number, currency: string | null) =>
    currency === null
      ? `${value > 0 ? "+" : ""}${formatPercent(value / 100, 1)}`
      : t("evidence.amount", { currency, value: formatValue(value) });
}

function Source({ source, locator, secondaryOf }: { source: string; locator: string; secondaryOf: string | null }) {
  const t = useTranslations("markets");
  const link = /^https?:\/\//.test(locator);
  // The original publisher first, then the outlet that reported it; a pointer into a seed document
  // reads as the document and its section, its file and lines behind a disclosure (issue 11 §6).
  return (
    <span className="text-xs [overflow-wrap:anywhere] text-slate-600">
      {secondaryOf ? <Badge tone="amber">{t("evidence.secondary")}</Badge> : null}{" "}
      {secondaryOf ? sourceLine({ source, secondaryOf }) : citationOf(source, locator)}
      {link ? (
        <>
          {" · "}
          <a href={locator} className="text-brand-700 break-all underline underline-offset-2" rel="noreferrer noopener">
            {locator.length > 80 ? `${locator.slice(0, 77)}…` : locator}
          </a>
        </>
      ) : (
        <Provenance text={locator} label={t("evidence.whereInSource")} />
      )}
    </span>
  );
}

function Gap({ children }: { children: React.ReactNode }) {
  const t = useTranslations("markets");
  return (
    <p className="mt-3 text-sm text-slate-700">
      <Badge tone="amber">{t("profile.dataGap")}</Badge> {children}
    </p>
  );
}

export function EcommerceSizeCard({ name, size }: { name: string; size: Evidence["ecommerceSize"] }) {
  const t = useTranslations("markets");
  const amount = useAmount();
  const figureYear = (f: { year: number; kind: string; published: string }) =>
    f.kind === "forecast"
      ? t("evidence.size.forecastYear", { year: String(f.year), made: f.published.slice(0, 4) })
      : f.kind === "estimate"
        ? t("evidence.size.estimateYear", { year: String(f.year) })
        : String(f.year);
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{t("evidence.size.title")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("evidence.size.lead")}</p>
      {size.figures.length === 0 ? (
        <Gap>{t("evidence.size.gap", { name })}</Gap>
      ) : (
        <>
          {size.latestRanges.map((r) => (
            <p key={r.currency} className="mt-3 text-sm text-slate-900" data-testid="size-range">
              <span className="font-medium">{t("evidence.size.rangeYear", { year: String(r.year) })}</span>{" "}
              {r.min === r.max
                ? amount(r.min, r.currency)
                : t("evidence.size.range", { min: amount(r.min, r.currency), max: amount(r.max, r.currency) })}{" "}
              <span className="text-slate-600">
                {t("evidence.size.rangeFigures", {
                  count: r.figureIds.length,
                  publishers: r.publishers.join(t("evidence.listSeparator")),
                })}
              </span>
            </p>
          ))}
          <ScrollRegion label={t("evidence.size.regionLabel", { name })} className="mt-3">
            <table className="w-full min-w-[44rem] text-left text-sm">
              <caption className="sr-only">{t("evidence.size.caption", { name })}</caption>
              <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-600 uppercase">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t("evidence.size.year")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("evidence.size.measure")}
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    {t("evidence.size.value")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("evidence.size.publisher")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {size.figures.map((f) => (
                  <tr key={f.id} data-figure={f.id}>
                    <td className="py-2 pr-3 tabular-nums">
                      {figureYear(f)}
                      {f.kind === "forecast" ? (
                        <span className="ml-1">
                          <Badge tone="slate">{t("evidence.size.forecast")}</Badge>
                        </span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3">{t(`evidence.measures.${f.measure}`)}</td>
                    <td className="py-2 pr-3 text-right font-medium tabular-nums">{amount(f.value, f.currency)}</td>
                    <td className="py-2">
                      <span className="block text-slate-900">
                        {t("evidence.size.published", { publisher: f.publisher, published: f.published })}
                      </span>
                      <Source {...f} />
                      {f.note ? (
                        <span className="block text-xs text-slate-600">{t("evidence.note", { note: f.note })}</span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </Card>
  );
}

/** One line per platform: its owner and home country, then each size measure with year and source. */
function groupByPlatform(rows: IncumbentPlatform[]): [string, IncumbentPlatform[]][] {
  const map = new Map<string, IncumbentPlatform[]>();
  for (const r of rows) map.set(r.platform, [...(map.get(r.platform) ?? []), r]);
  // Platforms with a published share first, largest latest share first.
  const share = (list: IncumbentPlatform[]) =>
    Math.max(-1, ...list.filter((r) => r.measure === "market_share_pct" && r.value !== null).map((r) => r.value!));
  return [...map.entries()].sort(([a, x], [b, y]) => share(y) - share(x) || a.localeCompare(b));
}

/** An incumbent's size measure in words: "46% of GMV", "US$1.2 billion GMV", "present (no size published)". */
function useIncumbentMeasure() {
  const t = useTranslations("markets");
  const amount = useAmount();
  const { formatNumber, formatValue } = formattersFor(useLocale());
  return (i: IncumbentPlatform) => {
    const measure = isIncumbentMeasure(i.measure)
      ? t(`evidence.incumbentMeasures.${i.measure}`)
      : i.measure.replace(/_/g, " ");
    if (i.value === null) return t("evidence.incumbents.presentNoSize");
    if (i.unit?.startsWith("%")) return `${formatNumber(i.value, 1)}${i.unit}`;
    if (i.unit && /^[A-Z]{3}$/.test(i.unit))
      return t("evidence.incumbents.money", { amount: amount(i.value, i.unit), measure });
    return t("evidence.incumbents.other", { value: formatValue(i.value), unit: i.unit ?? "", measure }).replace(
      /\s+/g,
      " ",
    );
  };
}

export function IncumbentsCard({ name, incumbents }: { name: string; incumbents: IncumbentPlatform[] }) {
  const t = useTranslations("markets");
  const measure = useIncumbentMeasure();
  const platforms = groupByPlatform(incumbents);
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{t("evidence.incumbents.title")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("evidence.incumbents.lead")}</p>
      {platforms.length === 0 ? (
        <Gap>{t("evidence.incumbents.gap", { name })}</Gap>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100 [overflow-wrap:anywhere]">
          {platforms.map(([platform, rows]) => (
            <li key={platform} className="py-2 text-sm" data-platform={platform}>
              <p>
                <span className="font-medium text-slate-900">{platform}</span>{" "}
                <span className="text-slate-700">
                  · {rows[0]!.owner}
                  {rows[0]!.ownerHome ? ` (${rows[0]!.ownerHome})` : ""}
                </span>
              </p>
              <ul className="mt-1 space-y-1">
                {rows.map((r) => (
                  <li key={r.id}>
                    <span className="text-slate-900">
                      {t("evidence.incumbents.yearMeasure", { year: String(r.year), measure: measure(r) })}
                    </span>{" "}
                    <Source {...r} />
                    {r.note ? <span className="block text-xs text-slate-600">{r.note}</span> : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function RuleRow({ rule }: { rule: ForeignSellerRule }) {
  const t = useTranslations("markets");
  const { formatNumber } = formattersFor(useLocale());
  return (
    <tr data-rule={rule.id} className={rule.inForce ? "" : "text-slate-600"}>
      <td className="py-2 pr-3 tabular-nums">
        {rule.effective ?? <span className="text-xs">{t("evidence.dateNotStated")}</span>}
      </td>
      <td className="py-2 pr-3">
        <span className="block font-medium">{t(`evidence.ruleTypes.${rule.ruleType}`)}</span>
        {rule.status === "in_force" ? (
          <Badge tone="green">{t("evidence.rules.inForce")}</Badge>
        ) : rule.status === "not_yet_in_force" ? (
          <Badge tone="amber">{t("evidence.rules.notYetInForce")}</Badge>
        ) : (
          <Badge tone="slate">{t("evidence.rules.superseded")}</Badge>
        )}
      </td>
      <td className="py-2 pr-3">
        {rule.statement}
        {rule.threshold !== null ? (
          <span className="block text-xs text-slate-700">
            {t("evidence.rules.threshold", {
              threshold: formatNumber(rule.threshold, 2),
              unit: rule.thresholdUnit ?? "",
            })}
          </span>
        ) : null}
        <span className="block text-xs text-slate-700">{t("evidence.rules.burden", { burden: rule.burden })}</span>
        <Source {...rule} />
      </td>
    </tr>
  );
}

export function ForeignSellerRulesCard({ name, rules }: { name: string; rules: ForeignSellerRule[] }) {
  const t = useTranslations("markets");
  const inForce = rules.filter((r) => r.inForce);
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{t("evidence.rules.title")}</h2>
      <p className="mt-1 text-sm text-slate-700">
        {t("evidence.rules.lead")}{" "}
        {inForce.length > 0 ? t("evidence.rules.inForceCount", { count: inForce.length }) : ""}
      </p>
      {rules.length === 0 ? (
        <Gap>{t("evidence.rules.gap", { name })}</Gap>
      ) : (
        <ScrollRegion label={t("evidence.rules.regionLabel", { name })} className="mt-3">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">{t("evidence.rules.caption", { name })}</caption>
            <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  {t("evidence.rules.effective")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("evidence.rules.rule")}
                </th>
                <th scope="col" className="py-2">
                  {t("evidence.rules.whatItDoes")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {rules.map((r) => (
                <RuleRow key={r.id} rule={r} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Card>
  );
}

const TOPICS = [
  "sanctions",
  "payment_rails",
  "settlement",
  "political_relations",
  "trade_agreement",
  "belt_and_road",
] as const;

export function MarketContextCard({ name, evidence }: { name: string; evidence: Evidence }) {
  const t = useTranslations("markets");
  const { context, tradeAgreements, sanctionsPrograms } = evidence;
  const topics = TOPICS.filter((topic) => context.some((c) => c.topic === topic));
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">{t("evidence.context.title")}</h2>
      <p className="mt-1 text-sm text-slate-700">{t("evidence.context.lead")}</p>
      {sanctionsPrograms.length > 0 ? (
        <section className="mt-3">
          <h3 className="text-sm font-semibold text-slate-900">{t("evidence.context.sanctionsPrograms")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {sanctionsPrograms.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{p.authority}</span>{" "}
                {t("evidence.context.program", {
                  program: p.program,
                  scope: t(`evidence.scopes.${p.scope}`),
                  since: p.since ?? t("evidence.context.startNotStated"),
                })}
                {p.until ? t("evidence.context.until", { until: p.until }) : ""} <Source {...p} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {tradeAgreements.length > 0 ? (
        <section className="mt-3">
          <h3 className="text-sm font-semibold text-slate-900">{t("evidence.context.tradeAgreements")}</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {tradeAgreements.map((a) => (
              <li key={a.id}>
                {t("evidence.context.agreement", {
                  agreement: a.agreement,
                  kind: t(`evidence.agreementKinds.${a.kind}`),
                })}{" "}
                {a.inForce
                  ? t("evidence.context.inForceSince", { date: a.inForce })
                  : t("evidence.context.signedNotInForce", {
                      date: a.signed ?? t("evidence.context.dateNotStated"),
                    })}{" "}
                <Source {...a} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {topics.length === 0 && tradeAgreements.length === 0 && sanctionsPrograms.length === 0 ? (
        <Gap>{t("evidence.context.gap", { name })}</Gap>
      ) : null}
      {topics.map((topic) => (
        <section key={topic} className="mt-3" data-topic={topic}>
          <h3 className="text-sm font-semibold text-slate-900">{t(`evidence.topics.${topic}`)}</h3>
          <ol className="mt-1 divide-y divide-slate-100">
            {context
              .filter((c) => c.topic === topic)
              .map((c) => (
                <li key={c.id} className="py-2 text-sm">
                  <span className="mr-1 font-medium tabular-nums">
                    {c.effective ??
                      (c.published
                        ? t("evidence.context.published", { date: c.published })
                        : t("evidence.dateNotStated"))}
                  </span>
                  {c.statement} <Source {...c} />
                </li>
              ))}
          </ol>
        </section>
      ))}
    </Card>
  );
}
