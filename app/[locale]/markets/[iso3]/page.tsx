import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ComparedMarketsPicker } from "@/components/markets/compared-markets-picker";
import {
  EcommerceSizeCard,
  ForeignSellerRulesCard,
  IncumbentsCard,
  MarketContextCard,
} from "@/components/markets/ecommerce-evidence";
import { Provenance } from "@/components/data/provenance";
import { EvidenceList } from "@/components/markets/evidence-list";
import { GroupComparison } from "@/components/markets/group-comparison";
import { CollapsibleCard } from "@/components/ui/collapsible";
import { PageContents } from "@/components/ui/page-contents";
import { Badge, Card, PageHeader, ProblemList } from "@/components/ui/page-header";
import { compareWithAverage, criteriaGroupScores } from "@/lib/compare/group-scores";
import { parseMarketList } from "@/lib/compare/market-list";
import { DEFAULT_MARKETS } from "@/lib/contracts/workspace";
import { HomeChooser } from "@/components/home/home-chooser";
import { HOME_FORMAT_MESSAGE, HomeQuerySchema } from "@/lib/contracts/home";
import { DEFAULT_HOME } from "@/lib/scoring/home";
import { MarketNotFoundError } from "@/lib/server/errors";
import { CHINA_ONLY_INDICATORS, HOME_RELATIVE_INDICATORS, UnknownHomeError } from "@/lib/server/home";
import { marketPageData } from "@/lib/server/workspace";
import { formatValue } from "@/lib/format";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const dynamic = "force-dynamic";

// The headings of the evidence cards (components/markets/ecommerce-evidence.tsx), for the contents
// and for each card's collapsed bar.
const PROFILE_TITLES = {
  ecommerce: "E-commerce size",
  incumbents: "Incumbent platforms",
  rules: "Rules for foreign online sellers",
  context: "Sanctions, payments and relations with China",
};

type Props = {
  params: Promise<{ iso3: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page's data measured from `home`; an unreadable or unknown home falls back to China, said so. */
async function load(iso3: string, asked: string | string[] | undefined) {
  const parsed = HomeQuerySchema.safeParse({ home: Array.isArray(asked) ? asked[0] : asked });
  const problems: string[] = [];
  let home = DEFAULT_HOME;
  if (parsed.success) home = parsed.data.home;
  else problems.push(`home: "${String(asked)}" ${HOME_FORMAT_MESSAGE}; distances are measured from China.`);
  try {
    try {
      return { ...(await marketPageData(iso3.toUpperCase(), home)), problems };
    } catch (error) {
      if (!(error instanceof UnknownHomeError)) throw error;
      problems.push(`home: "${home}" is not a market in the data set; distances are measured from China.`);
      return { ...(await marketPageData(iso3.toUpperCase(), DEFAULT_HOME)), problems };
    }
  } catch (error) {
    if (error instanceof MarketNotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { iso3 } = await params;
  return { title: `Market ${iso3.toUpperCase()}` };
}

export default async function MarketPage({ params, searchParams }: Props) {
  const [{ iso3 }, search] = await Promise.all([params, searchParams]);
  const { profile, framework, scoring, problems: homeProblems } = await load(iso3, search.home);
  const { market, groups, evidence, gaps } = profile;
  const home = profile.home ?? { iso3: DEFAULT_HOME, name: DEFAULT_HOME, capital: null };
  // Why a value is missing: measured only from China, the home market itself, or no source.
  const gapReason = (key: string) =>
    CHINA_ONLY_INDICATORS.includes(key) && home.iso3 !== "CHN"
      ? `Measured only for a firm from China; the home market here is ${home.name}.`
      : HOME_RELATIVE_INDICATORS.includes(key) && market.iso3 === home.iso3
        ? `${market.name} is the home market: nothing to measure from itself.`
        : `No source in the data set has a value for ${market.name}.`;

  // The markets to compare with: the workspace's selection when the link carries it (?m=RUS,IDN).
  const names = new Map(scoring.markets.map((m) => [m.iso3, m.name]));
  const compared = parseMarketList(search.m, { known: new Set(names.keys()), defaults: DEFAULT_MARKETS });
  const normalizedOver = [...new Set([market.iso3, ...compared.markets])];
  const groupScores = criteriaGroupScores({
    groups: scoring.criteriaGroups,
    indicators: scoring.indicators,
    values: scoring.values,
    markets: normalizedOver,
  });
  const comparison = compareWithAverage(groupScores, market.iso3, compared.markets);
  const comparedWithOthers = normalizedOver.length >= 2;

  const topicNames: Record<string, string> = { performance: "International performance" };
  const topicLinks: Record<string, string> = {};
  for (const group of framework.driverGroups)
    for (const d of group.drivers) {
      topicNames[d.key] = d.name;
      topicLinks[d.key] = `/framework#driver-${d.key}`;
    }
  for (const g of framework.criteriaGroups) {
    topicNames[g.key] = g.name;
    topicLinks[g.key] = `/framework#criteria-${g.key}`;
  }

  // The page's contents, in the order of its cards below (issue 11 §9: a long page gets contents).
  const contents = [
    { id: "profile-compare", title: `How ${market.name} compares` },
    { id: "profile-ecommerce", title: PROFILE_TITLES.ecommerce },
    { id: "profile-incumbents", title: PROFILE_TITLES.incumbents },
    { id: "profile-rules", title: PROFILE_TITLES.rules },
    { id: "profile-context", title: PROFILE_TITLES.context },
    ...groups.map((g) => ({ id: `profile-group-${g.key}`, title: g.name })),
    ...(gaps.length > 0 ? [{ id: "profile-gaps", title: "Data gaps" }] : []),
    { id: "profile-evidence", title: "Evidence" },
  ];

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/markets" className="text-brand-700 hover:underline">
          ← All markets
        </Link>
      </p>
      <PageHeader
        title={market.name}
        lead={`${market.iso3} · ${market.subregion} (${market.region}). Each value shows the year it refers to and its source; gaps are shown as gaps.`}
      >
        <Link
          href={`/compare?m=${[market.iso3, ...compared.markets.filter((c) => c !== market.iso3)].slice(0, 4).join(",")}`}
          className="text-brand-700 hover:bg-brand-50 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
        >
          Compare side by side
        </Link>
      </PageHeader>
      <div className="mb-6 flex flex-col gap-2 rounded border border-slate-200 bg-white p-3">
        <HomeChooser
          hint={false}
          markets={scoring.markets
            .map(({ iso3: code, name }) => ({ iso3: code, name }))
            .sort((a, b) => a.name.localeCompare(b.name))}
          home={home.iso3}
          defaultHome={DEFAULT_HOME}
        />
        <p className="text-sm text-slate-700">
          {market.iso3 === home.iso3
            ? `${market.name} is the home market: it is not a candidate, so its distance and cultural distance from home are gaps.`
            : `Distance and cultural distance are measured from ${home.name}${home.capital ? ` (${home.capital})` : ""}.`}
        </p>
        {homeProblems.length > 0 ? (
          <ul role="status" className="list-inside list-disc text-sm text-amber-900">
            {homeProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <PageContents label="Contents of this profile" items={contents} />
      <div className="mt-6 grid grid-cols-1 gap-6">
        <CollapsibleCard id="profile-compare" title={`How ${market.name} compares`}>
          <Card>
            <h2 className="text-lg font-semibold text-slate-900">How {market.name} compares</h2>
            <p className="mt-1 text-sm text-slate-700">
              Against the average of {compared.markets.map((c) => names.get(c) ?? c).join(", ")}
              {compared.usedDefaults
                ? " (Russia and the six Southeast Asian markets of the thesis, the default selection)"
                : ""}
              .
            </p>
            <ProblemList problems={compared.problems} className="mt-2" />
            {comparedWithOthers ? (
              <div className="mt-4">
                <GroupComparison
                  marketName={market.name}
                  rows={comparison}
                  comparedNames={compared.markets.map((c) => names.get(c) ?? c)}
                  includesMarket={compared.markets.includes(market.iso3)}
                />
              </div>
            ) : (
              <p className="mt-4 rounded border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700">
                {market.name} is the only market selected, so there is nothing to compare it with. Choose other markets
                below.
              </p>
            )}
            <ComparedMarketsPicker
              action={`/markets/${market.iso3}`}
              markets={scoring.markets.map(({ iso3: code, name }) => ({ iso3: code, name }))}
              selected={compared.markets}
            />
          </Card>
        </CollapsibleCard>

        <CollapsibleCard id="profile-ecommerce" title={PROFILE_TITLES.ecommerce}>
          <EcommerceSizeCard name={market.name} size={profile.ecommerceSize} />
        </CollapsibleCard>
        <CollapsibleCard id="profile-incumbents" title={PROFILE_TITLES.incumbents}>
          <IncumbentsCard name={market.name} incumbents={profile.incumbents} />
        </CollapsibleCard>
        <CollapsibleCard id="profile-rules" title={PROFILE_TITLES.rules}>
          <ForeignSellerRulesCard name={market.name} rules={profile.foreignSellerRules} />
        </CollapsibleCard>
        <CollapsibleCard id="profile-context" title={PROFILE_TITLES.context}>
          <MarketContextCard name={market.name} evidence={profile} />
        </CollapsibleCard>

        {groups.map((group) => (
          <CollapsibleCard key={group.key} id={`profile-group-${group.key}`} title={group.name}>
            <Card>
              <h2 className="text-lg font-semibold text-slate-900">
                <Link
                  href={`/framework#criteria-${group.key}`}
                  className="hover:text-brand-700 hover:decoration-brand-600 underline decoration-slate-400 decoration-dotted underline-offset-4"
                >
                  {group.name}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700">{group.description}</p>
              {group.measurement === "user_assessment" ? (
                <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
                  No public data set measures this for every market. It is filled by your own assessment in the
                  workspace and shown as such; Outbound never invents a value for it.
                </p>
              ) : null}
              {group.indicators.length > 0 ? (
                <ScrollRegion label={`${group.name}: indicators`} className="mt-4">
                  <table className="w-full min-w-[40rem] text-left text-sm">
                    <caption className="sr-only">
                      {group.name}: indicators of {market.name}
                    </caption>
                    <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-600 uppercase">
                      <tr>
                        <th scope="col" className="py-2 pr-3">
                          Indicator
                        </th>
                        <th scope="col" className="py-2 pr-3 text-right">
                          Value
                        </th>
                        <th scope="col" className="py-2 pr-3">
                          Year
                        </th>
                        <th scope="col" className="py-2">
                          Source
                        </th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100 align-top">
                      {group.indicators.map((indicator) => (
                        <tr key={indicator.key} data-indicator={indicator.key}>
                          <th scope="row" className="py-2 pr-3 font-normal">
                            <span className="font-medium text-slate-900">{indicator.name}</span>
                            <span className="block text-xs text-slate-600">
                              {indicator.unit} ·{" "}
                              {indicator.direction === "benefit" ? "higher is better" : "lower is better"}
                            </span>
                          </th>
                          {indicator.latest ? (
                            <>
                              <td className="py-2 pr-3 text-right font-medium tabular-nums" data-testid="value">
                                {formatValue(indicator.latest.value, indicator.decimals)}
                                {indicator.history.length > 1 ? (
                                  <span className="block text-xs font-normal text-slate-600">
                                    {indicator.history
                                      .slice(1)
                                      .map((h) => `${formatValue(h.value, indicator.decimals)} in ${h.year}`)
                                      .join("; ")}
                                  </span>
                                ) : null}
                              </td>
                              <td className="py-2 pr-3 tabular-nums" data-testid="value-year">
                                {/* A computed value has no data year of its own (issue 11 §6). */}
                                {indicator.latest.kind === "computed" ? "computed" : indicator.latest.year}
                              </td>
                              <td className="py-2 text-xs text-slate-700" data-testid="value-source">
                                {indicator.latest.citation ?? indicator.latest.source}
                                <Provenance
                                  text={[indicator.latest.source, indicator.latest.locator].filter(Boolean).join("; ")}
                                />
                                {indicator.latest.note ? (
                                  <span className="block text-slate-600">Note: {indicator.latest.note}</span>
                                ) : null}
                              </td>
                            </>
                          ) : (
                            <td colSpan={3} className="py-2" data-testid="value-gap">
                              <Badge tone="amber">Data gap</Badge>{" "}
                              <span className="text-xs text-slate-700">{gapReason(indicator.key)}</span>
                            </td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollRegion>
              ) : null}
            </Card>
          </CollapsibleCard>
        ))}
        {gaps.length > 0 ? (
          <CollapsibleCard id="profile-gaps" title="Data gaps">
            <Card>
              <h2 className="text-lg font-semibold">Data gaps</h2>
              <p className="mt-1 text-sm text-slate-700">
                {gaps.length} indicator{gaps.length === 1 ? " has" : "s have"} no value for {market.name}:{" "}
                {gaps.map((g) => g.name).join(", ")}. Rankings treat them as missing, never as zero.
              </p>
            </Card>
          </CollapsibleCard>
        ) : null}
        <CollapsibleCard id="profile-evidence" title="Evidence">
          <Card>
            <h2 className="text-lg font-semibold">Evidence</h2>
            <p className="mt-1 text-sm text-slate-700">
              Dated facts from the thesis and other named sources about {market.name}
              {market.role === "target_sea" ? " and Southeast Asia" : ""}.
            </p>
            <EvidenceList items={evidence} topicNames={topicNames} topicLinks={topicLinks} />
          </Card>
        </CollapsibleCard>
      </div>
    </>
  );
}
