import type { MarketProfile } from "@/lib/contracts/api";
import type { ForeignSellerRule, IncumbentPlatform } from "@/lib/contracts/evidence";
import {
  BURDEN_LABELS,
  CONTEXT_TOPIC_LABELS,
  MEASURE_LABELS,
  RULE_TYPE_LABELS,
  figureYear,
  formatAmount,
  formatIncumbentMeasure,
  sourceLine,
} from "@/lib/evidence/labels";
import { formatNumber } from "@/lib/format";

import { Provenance } from "@/components/data/provenance";
import { Badge, Card } from "@/components/ui/page-header";
import { citationOf } from "@/lib/data/sources";
import { ScrollRegion } from "@/components/ui/scroll-region";

// A market's e-commerce evidence as dated, sourced facts (data/evidence/*.csv): size with each
// source and the range, incumbents, rules for foreign sellers, and the dated context (sanctions,
// payment rails, settlement, relations with China, trade agreements). Secondary sources are marked.

type Evidence = Pick<
  MarketProfile,
  "ecommerceSize" | "incumbents" | "foreignSellerRules" | "context" | "tradeAgreements" | "sanctionsPrograms"
>;

function Source({ source, locator, secondaryOf }: { source: string; locator: string; secondaryOf: string | null }) {
  const link = /^https?:\/\//.test(locator);
  // The original publisher first, then the outlet that reported it; a pointer into a seed document
  // reads as the document and its section, its file and lines behind a disclosure (issue 11 §6).
  return (
    <span className="text-xs [overflow-wrap:anywhere] text-slate-600">
      {secondaryOf ? <Badge tone="amber">Secondary</Badge> : null}{" "}
      {secondaryOf ? sourceLine({ source, secondaryOf }) : citationOf(source, locator)}
      {link ? (
        <>
          {" · "}
          <a href={locator} className="text-brand-700 break-all underline underline-offset-2" rel="noreferrer noopener">
            {locator.length > 80 ? `${locator.slice(0, 77)}…` : locator}
          </a>
        </>
      ) : (
        <Provenance text={locator} label="Where in the source" />
      )}
    </span>
  );
}

function Gap({ children }: { children: React.ReactNode }) {
  return (
    <p className="mt-3 text-sm text-slate-700">
      <Badge tone="amber">Data gap</Badge> {children}
    </p>
  );
}

export function EcommerceSizeCard({ name, size }: { name: string; size: Evidence["ecommerceSize"] }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">E-commerce size</h2>
      <p className="mt-1 text-sm text-slate-700">
        Every published figure with its year, publisher and edition; where sources disagree each one is shown with the
        range. A forecast says when it was made.
      </p>
      {size.figures.length === 0 ? (
        <Gap>No published e-commerce size for {name} was found in the sources we could reach.</Gap>
      ) : (
        <>
          {size.latestRanges.map((r) => (
            <p key={r.currency} className="mt-3 text-sm text-slate-900" data-testid="size-range">
              <span className="font-medium">{r.year}:</span>{" "}
              {r.min === r.max
                ? formatAmount(r.min, r.currency)
                : `${formatAmount(r.min, r.currency)} to ${formatAmount(r.max, r.currency)}`}{" "}
              <span className="text-slate-600">
                ({r.figureIds.length} figure{r.figureIds.length === 1 ? "" : "s"} from {r.publishers.join(", ")})
              </span>
            </p>
          ))}
          <ScrollRegion label={`E-commerce size of ${name}`} className="mt-3">
            <table className="w-full min-w-[44rem] text-left text-sm">
              <caption className="sr-only">E-commerce size figures of {name}</caption>
              <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-600 uppercase">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    Year
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Measure
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right">
                    Value
                  </th>
                  <th scope="col" className="py-2">
                    Publisher and source
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
                          <Badge tone="slate">Forecast</Badge>
                        </span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-3">{MEASURE_LABELS[f.measure] ?? f.measure}</td>
                    <td className="py-2 pr-3 text-right font-medium tabular-nums">
                      {formatAmount(f.value, f.currency)}
                    </td>
                    <td className="py-2">
                      <span className="block text-slate-900">
                        {f.publisher} (published {f.published})
                      </span>
                      <Source {...f} />
                      {f.note ? <span className="block text-xs text-slate-600">Note: {f.note}</span> : null}
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

export function IncumbentsCard({ name, incumbents }: { name: string; incumbents: IncumbentPlatform[] }) {
  const platforms = groupByPlatform(incumbents);
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">Incumbent platforms</h2>
      <p className="mt-1 text-sm text-slate-700">
        The leading platforms, their owner and the owner&apos;s home country, and each size measure with its year and
        source. Shares add up only within one source and base.
      </p>
      {platforms.length === 0 ? (
        <Gap>No incumbent platforms of {name} are recorded yet.</Gap>
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
                      {r.year}: {formatIncumbentMeasure(r)}
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
  return (
    <tr data-rule={rule.id} className={rule.inForce ? "" : "text-slate-600"}>
      <td className="py-2 pr-3 tabular-nums">{rule.effective ?? <span className="text-xs">date not stated</span>}</td>
      <td className="py-2 pr-3">
        <span className="block font-medium">{RULE_TYPE_LABELS[rule.ruleType] ?? rule.ruleType}</span>
        {rule.status === "in_force" ? (
          <Badge tone="green">In force</Badge>
        ) : rule.status === "not_yet_in_force" ? (
          <Badge tone="amber">Not yet in force</Badge>
        ) : (
          <Badge tone="slate">Superseded</Badge>
        )}
      </td>
      <td className="py-2 pr-3">
        {rule.statement}
        {rule.threshold !== null ? (
          <span className="block text-xs text-slate-700">
            Threshold: {formatNumber(rule.threshold, 2)} {rule.thresholdUnit}
          </span>
        ) : null}
        <span className="block text-xs text-slate-700">
          Burden {rule.burden} of 3: {BURDEN_LABELS[rule.burden]}
        </span>
        <Source {...rule} />
      </td>
    </tr>
  );
}

export function ForeignSellerRulesCard({ name, rules }: { name: string; rules: ForeignSellerRule[] }) {
  const inForce = rules.filter((r) => r.inForce);
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">Rules for foreign online sellers</h2>
      <p className="mt-1 text-sm text-slate-700">
        De-minimis thresholds, VAT on low-value imports and digital services, ownership limits, data localisation, bans
        and price floors, each with the date it took effect. A later row of the same type replaces an earlier one; both
        stay as history. {inForce.length > 0 ? `${inForce.length} rule types are in force today.` : ""}
      </p>
      {rules.length === 0 ? (
        <Gap>No rules for foreign sellers of {name} are recorded yet.</Gap>
      ) : (
        <ScrollRegion label={`Rules for foreign sellers in ${name}`} className="mt-3">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">Rules for foreign online sellers in {name}</caption>
            <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="py-2 pr-3">
                  Effective
                </th>
                <th scope="col" className="py-2 pr-3">
                  Rule
                </th>
                <th scope="col" className="py-2">
                  What it does
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

export function MarketContextCard({ name, evidence }: { name: string; evidence: Evidence }) {
  const { context, tradeAgreements, sanctionsPrograms } = evidence;
  const topics = Object.keys(CONTEXT_TOPIC_LABELS).filter((t) => context.some((c) => c.topic === t));
  return (
    <Card>
      <h2 className="text-lg font-semibold text-slate-900">Sanctions, payments and relations with China</h2>
      <p className="mt-1 text-sm text-slate-700">
        Dated events: sanctions and what they mean for a foreign platform and its banks, payment rails, cross-border
        settlement, relations with China, trade agreements and Belt and Road cooperation.
      </p>
      {sanctionsPrograms.length > 0 ? (
        <section className="mt-3">
          <h3 className="text-sm font-semibold text-slate-900">Sanctions programs</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {sanctionsPrograms.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{p.authority}</span> {p.program}: {p.scope}, since{" "}
                {p.since ?? "(start date not stated)"}
                {p.until ? `, until ${p.until}` : ""} <Source {...p} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {tradeAgreements.length > 0 ? (
        <section className="mt-3">
          <h3 className="text-sm font-semibold text-slate-900">Trade agreements with China</h3>
          <ul className="mt-1 space-y-1 text-sm">
            {tradeAgreements.map((a) => (
              <li key={a.id}>
                {a.agreement} ({a.kind.replace(/_/g, " ")}):{" "}
                {a.inForce
                  ? `in force since ${a.inForce}`
                  : `signed ${a.signed ?? "(date not stated)"}, not yet in force`}{" "}
                <Source {...a} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {topics.length === 0 && tradeAgreements.length === 0 && sanctionsPrograms.length === 0 ? (
        <Gap>No dated context items for {name} are recorded yet.</Gap>
      ) : null}
      {topics.map((topic) => (
        <section key={topic} className="mt-3" data-topic={topic}>
          <h3 className="text-sm font-semibold text-slate-900">{CONTEXT_TOPIC_LABELS[topic]}</h3>
          <ol className="mt-1 divide-y divide-slate-100">
            {context
              .filter((c) => c.topic === topic)
              .map((c) => (
                <li key={c.id} className="py-2 text-sm">
                  <span className="mr-1 font-medium tabular-nums">
                    {c.effective ?? (c.published ? `published ${c.published}` : "date not stated")}
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
