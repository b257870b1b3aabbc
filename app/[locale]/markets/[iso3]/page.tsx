import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
import { HomeQuerySchema } from "@/lib/contracts/home";
import { DEFAULT_HOME } from "@/lib/scoring/home";
import { MarketNotFoundError } from "@/lib/server/errors";
import { CHINA_ONLY_INDICATORS, HOME_RELATIVE_INDICATORS, UnknownHomeError } from "@/lib/server/home";
import { marketPageData } from "@/lib/server/workspace";
import { localizedFramework } from "@/lib/server/framework";
import { localizedMarketProfile } from "@/lib/server/markets";
import { formattersFor } from "@/lib/format";
import { dataText, marketName } from "@/lib/i18n/data-text";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { placeKey } from "@/components/markets/place-names";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ iso3: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The page's data measured from `home`, in the reader's language; an unreadable or unknown home
 * falls back to China, said so.
 */
async function load(iso3: string, asked: string | string[] | undefined, locale: Locale) {
  const t = await getTranslations("markets");
  const parsed = HomeQuerySchema.safeParse({ home: Array.isArray(asked) ? asked[0] : asked });
  const problems: string[] = [];
  let home = DEFAULT_HOME;
  if (parsed.success) home = parsed.data.home;
  else problems.push(t("profile.homeUnreadable", { home: String(asked) }));
  const localized = async (h: string) => {
    const [{ profile, scoring }, framework] = await Promise.all([
      marketPageData(iso3.toUpperCase(), h),
      localizedFramework(locale),
    ]);
    return { profile: localizedMarketProfile(locale, profile), framework, scoring, problems };
  };
  try {
    try {
      return await localized(home);
    } catch (error) {
      if (!(error instanceof UnknownHomeError)) throw error;
      problems.push(t("profile.homeUnknown", { home }));
      return await localized(DEFAULT_HOME);
    }
  } catch (error) {
    if (error instanceof MarketNotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ iso3 }, t] = await Promise.all([params, getTranslations("markets")]);
  return { title: t("profile.metaTitle", { iso3: iso3.toUpperCase() }) };
}

export default async function MarketPage({ params, searchParams }: Props) {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const [{ iso3 }, search, locale, t] = await Promise.all([
    params,
    searchParams,
    getLocale(),
    getTranslations("markets"),
  ]);
  const { profile, framework, scoring, problems: homeProblems } = await load(iso3, search.home, locale);
  const { formatValue } = formattersFor(locale);
  const { market, groups, evidence, gaps } = profile;
  const home = profile.home ?? { iso3: DEFAULT_HOME, name: DEFAULT_HOME, capital: null };
  // Why a value is missing: measured only from China, the home market itself, or no source.
  const gapReason = (key: string) =>
    CHINA_ONLY_INDICATORS.includes(key) && home.iso3 !== "CHN"
      ? t("profile.gapChinaOnly", { home: home.name })
      : HOME_RELATIVE_INDICATORS.includes(key) && market.iso3 === home.iso3
        ? t("profile.gapHome", { name: market.name })
        : t("profile.gapNoSource", { name: market.name });

  // The markets to compare with: the workspace's selection when the link carries it (?m=RUS,IDN).
  const localMarkets = scoring.markets.map(({ iso3: code, name }) => ({
    iso3: code,
    name: marketName(locale, code, name),
  }));
  const names = new Map(localMarkets.map((m) => [m.iso3, m.name]));
  const compared = parseMarketList(search.m, { known: new Set(names.keys()), defaults: DEFAULT_MARKETS });
  const normalizedOver = [...new Set([market.iso3, ...compared.markets])];
  const groupScores = criteriaGroupScores({
    groups: scoring.criteriaGroups.map((g) => ({
      ...g,
      name: dataText(locale, "criteria-groups", g.key, "name", g.name),
    })),
    indicators: scoring.indicators,
    values: scoring.values,
    markets: normalizedOver,
  });
  const comparison = compareWithAverage(groupScores, market.iso3, compared.markets);
  const comparedWithOthers = normalizedOver.length >= 2;
  const comparedList = compared.markets.map((c) => names.get(c) ?? c).join(t("evidence.listSeparator"));
  const place = (value: string) => {
    const key = placeKey(value);
    return key ? t(`places.${key}`) : value;
  };

  const topicNames: Record<string, string> = { performance: t("profile.performance") };
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

  // The headings of the cards (the evidence cards' own, components/markets/ecommerce-evidence.tsx),
  // for the contents and for each card's collapsed bar.
  const titles = {
    compare: t("profile.compare.title", { name: market.name }),
    ecommerce: t("evidence.size.title"),
    incumbents: t("evidence.incumbents.title"),
    rules: t("evidence.rules.title"),
    context: t("evidence.context.title"),
    gaps: t("profile.gaps.title"),
    evidence: t("profile.evidence.title"),
  };

  // The page's contents, in the order of its cards below (issue 11 §9: a long page gets contents).
  const contents = [
    { id: "profile-compare", title: titles.compare },
    { id: "profile-ecommerce", title: titles.ecommerce },
    { id: "profile-incumbents", title: titles.incumbents },
    { id: "profile-rules", title: titles.rules },
    { id: "profile-context", title: titles.context },
    ...groups.map((g) => ({ id: `profile-group-${g.key}`, title: g.name })),
    ...(gaps.length > 0 ? [{ id: "profile-gaps", title: titles.gaps }] : []),
    { id: "profile-evidence", title: titles.evidence },
  ];

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/markets" className="text-brand-700 hover:underline">
          {t("profile.allMarkets")}
        </Link>
      </p>
      <PageHeader
        title={market.name}
        lead={t("profile.lead", {
          iso3: market.iso3,
          subregion: place(market.subregion),
          region: place(market.region),
        })}
      >
        <Link
          href={`/compare?m=${[market.iso3, ...compared.markets.filter((c) => c !== market.iso3)].slice(0, 4).join(",")}`}
          className="text-brand-700 hover:bg-brand-50 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium"
        >
          {t("profile.compareSideBySide")}
        </Link>
      </PageHeader>
      <div className="mb-6 flex flex-col gap-2 rounded border border-slate-200 bg-white p-3">
        <HomeChooser
          hint={false}
          markets={[...localMarkets].sort((a, b) => a.name.localeCompare(b.name, locale))}
          home={home.iso3}
          defaultHome={DEFAULT_HOME}
        />
        <p className="text-sm text-slate-700">
          {market.iso3 === home.iso3
            ? t("profile.isHome", { name: market.name })
            : home.capital
              ? t("profile.measuredFromCapital", { home: home.name, capital: home.capital })
              : t("profile.measuredFrom", { home: home.name })}
        </p>
        {homeProblems.length > 0 ? (
          <ul role="status" className="list-inside list-disc text-sm text-amber-900">
            {homeProblems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <PageContents label={t("profile.contents")} items={contents} />
      <div className="mt-6 grid grid-cols-1 gap-6">
        <CollapsibleCard id="profile-compare" title={titles.compare}>
          <Card>
            <h2 className="text-lg font-semibold text-slate-900">{titles.compare}</h2>
            <p className="mt-1 text-sm text-slate-700">
              {compared.usedDefaults
                ? t("profile.compare.againstDefaults", { names: comparedList })
                : t("profile.compare.against", { names: comparedList })}
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
                {t("profile.compare.onlyOne", { name: market.name })}
              </p>
            )}
            <ComparedMarketsPicker
              action={`/${locale}/markets/${market.iso3}`}
              markets={localMarkets}
              selected={compared.markets}
            />
          </Card>
        </CollapsibleCard>

        <CollapsibleCard id="profile-ecommerce" title={titles.ecommerce}>
          <EcommerceSizeCard name={market.name} size={profile.ecommerceSize} />
        </CollapsibleCard>
        <CollapsibleCard id="profile-incumbents" title={titles.incumbents}>
          <IncumbentsCard name={market.name} incumbents={profile.incumbents} />
        </CollapsibleCard>
        <CollapsibleCard id="profile-rules" title={titles.rules}>
          <ForeignSellerRulesCard name={market.name} rules={profile.foreignSellerRules} />
        </CollapsibleCard>
        <CollapsibleCard id="profile-context" title={titles.context}>
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
                  {t("profile.userAssessment")}
                </p>
              ) : null}
              {group.indicators.length > 0 ? (
                <ScrollRegion label={t("profile.indicators.regionLabel", { group: group.name })} className="mt-4">
                  <table className="w-full min-w-[40rem] text-left text-sm">
                    <caption className="sr-only">
                      {t("profile.indicators.caption", { group: group.name, name: market.name })}
                    </caption>
                    <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-600 uppercase">
                      <tr>
                        <th scope="col" className="py-2 pr-3">
                          {t("profile.indicators.indicator")}
                        </th>
                        <th scope="col" className="py-2 pr-3 text-right">
                          {t("profile.indicators.value")}
                        </th>
                        <th scope="col" className="py-2 pr-3">
                          {t("profile.indicators.year")}
                        </th>
                        <th scope="col" className="py-2">
                          {t("profile.indicators.source")}
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
                              {indicator.direction === "benefit"
                                ? t("profile.indicators.higherIsBetter")
                                : t("profile.indicators.lowerIsBetter")}
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
                                      .map((h) =>
                                        t("profile.indicators.earlier", {
                                          value: formatValue(h.value, indicator.decimals),
                                          year: String(h.year),
                                        }),
                                      )
                                      .join(t("profile.indicators.earlierSeparator"))}
                                  </span>
                                ) : null}
                              </td>
                              <td className="py-2 pr-3 tabular-nums" data-testid="value-year">
                                {/* A computed value has no data year of its own (issue 11 §6). */}
                                {indicator.latest.kind === "computed"
                                  ? t("profile.indicators.computed")
                                  : indicator.latest.year}
                              </td>
                              <td className="py-2 text-xs text-slate-700" data-testid="value-source">
                                {indicator.latest.citation ?? indicator.latest.source}
                                <Provenance
                                  text={[indicator.latest.source, indicator.latest.locator].filter(Boolean).join("; ")}
                                  label={t("profile.indicators.provenance")}
                                />
                                {indicator.latest.note ? (
                                  <span className="block text-slate-600">
                                    {t("evidence.note", { note: indicator.latest.note })}
                                  </span>
                                ) : null}
                              </td>
                            </>
                          ) : (
                            <td colSpan={3} className="py-2" data-testid="value-gap">
                              <Badge tone="amber">{t("profile.dataGap")}</Badge>{" "}
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
          <CollapsibleCard id="profile-gaps" title={titles.gaps}>
            <Card>
              <h2 className="text-lg font-semibold">{titles.gaps}</h2>
              <p className="mt-1 text-sm text-slate-700">
                {t("profile.gaps.body", {
                  count: gaps.length,
                  name: market.name,
                  list: gaps.map((g) => g.name).join(t("evidence.listSeparator")),
                })}
              </p>
            </Card>
          </CollapsibleCard>
        ) : null}
        <CollapsibleCard id="profile-evidence" title={titles.evidence}>
          <Card>
            <h2 className="text-lg font-semibold">{titles.evidence}</h2>
            <p className="mt-1 text-sm text-slate-700">
              {market.role === "target_sea"
                ? t("profile.evidence.leadSea", { name: market.name })
                : t("profile.evidence.lead", { name: market.name })}
            </p>
            <EvidenceList items={evidence} topicNames={topicNames} topicLinks={topicLinks} />
          </Card>
        </CollapsibleCard>
      </div>
    </>
  );
}
