import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { EffectList } from "@/components/framework/effect-list";
import { EvidenceNotes } from "@/components/framework/evidence-notes";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { factorDrivers } from "@/lib/compare/factor-links";
import { Link } from "@/lib/i18n/navigation";
import { localizedFramework } from "@/lib/server/framework";
import { FIRM_FACTOR_KEYS, MARKET_FACTOR_KEYS } from "@/lib/scoring/fit/factors";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("framework");
  return { title: t("page.metaTitle") };
}

const FACTOR_ORDER: readonly string[] = [...FIRM_FACTOR_KEYS, ...MARKET_FACTOR_KEYS];
/** Factors in the model's own order (internal drivers, home push, commitment; then the market). */
const factorOrder = (key: string) => (FACTOR_ORDER.includes(key) ? FACTOR_ORDER.indexOf(key) : FACTOR_ORDER.length);

const inPageLink =
  "font-medium text-brand-700 underline decoration-brand-600/40 underline-offset-2 hover:decoration-brand-700";

export default async function FrameworkPage() {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const [framework, t] = await Promise.all([localizedFramework(await getLocale()), getTranslations("framework")]);
  const level = (n: number) => t("page.level", { level: n });
  const valueSource = (source: "firm_input" | "derived_from_indicators" | "user_assessment") =>
    source === "firm_input"
      ? t("page.valueSources.firmInput")
      : source === "derived_from_indicators"
        ? t("page.valueSources.derived")
        : t("page.valueSources.userAssessment");
  const drivers = framework.driverGroups.flatMap((g) => g.drivers);
  const driverOfFactor = factorDrivers(framework.factors, drivers);
  const names: Record<string, string> = {};
  for (const f of framework.factors) names[f.key] = f.name;
  for (const m of framework.entryModes) names[m.key] = m.name;
  for (const s of framework.strategies) names[s.key] = s.name;
  const driverName = (key: string) => drivers.find((d) => d.key === key)?.name ?? key;
  const effectsOn = (kind: "entry_mode" | "strategy", key: string) =>
    framework.effects.filter((e) => e.targetKind === kind && e.target === key).sort((a, b) => b.strength - a.strength);

  return (
    <>
      <PageHeader title={t("page.title")} lead={t("page.lead")} />
      <nav aria-label={t("page.onThisPage")} className="mb-6 flex flex-wrap gap-2 text-sm">
        {[
          ["#drivers", t("page.nav.drivers")],
          ["#criteria", t("page.nav.criteria")],
          ["#strategies", t("page.nav.strategies")],
          ["#entry-modes", t("page.nav.entryModes")],
          ["#factors", t("page.nav.factors")],
        ].map(([href, label]) => (
          <a
            key={href}
            href={href}
            className="text-brand-700 hover:bg-brand-50 rounded border border-slate-300 bg-white px-2 py-1"
          >
            {label}
          </a>
        ))}
      </nav>

      <h2 id="drivers" className="mb-3 scroll-mt-4 text-xl font-semibold">
        {t("page.drivers.heading")}
      </h2>
      <div className="mb-10 grid grid-cols-1 gap-4">
        {framework.driverGroups.map((group) => (
          <Card key={group.key}>
            <h3 className="text-lg font-semibold">{group.name}</h3>
            <p className="mt-1 text-sm text-slate-700">{group.description}</p>
            <ol className="mt-4 space-y-5">
              {group.drivers.map((driver) => {
                const groups = framework.criteriaGroups.filter((g) => g.driver === driver.key);
                const factors = framework.factors.filter((f) => driverOfFactor[f.key] === driver.key);
                return (
                  <li key={driver.key} id={`driver-${driver.key}`} className="scroll-mt-4">
                    <h4 className="font-medium text-slate-900">
                      {t("page.drivers.numbered", { number: driver.number, name: driver.name })}{" "}
                      {driver.ranksMarkets ? (
                        <Badge tone="brand">{t("page.drivers.ranksMarkets")}</Badge>
                      ) : (
                        <Badge>{t("page.drivers.sameForEvery")}</Badge>
                      )}
                    </h4>
                    <p className="mt-1 text-sm text-slate-700">{driver.description}</p>
                    <p className="mt-1 text-xs text-slate-600">{t("page.theory", { theory: driver.theory })}</p>
                    {groups.length > 0 || factors.length > 0 ? (
                      <p className="mt-1 text-xs text-slate-700">
                        {groups.length > 0 ? (
                          <>
                            {t("page.drivers.measuredBy")}{" "}
                            {groups.map((g, i) => (
                              <span key={g.key}>
                                {i > 0 ? t("page.listSeparator") : ""}
                                <a href={`#criteria-${g.key}`} className={inPageLink}>
                                  {g.name}
                                </a>
                              </span>
                            ))}
                            {factors.length > 0 ? `${t("page.sentenceEnd")} ` : t("page.sentenceEnd")}
                          </>
                        ) : null}
                        {factors.length > 0 ? (
                          <>
                            {t("page.drivers.inModelAs")}{" "}
                            {factors.map((f, i) => (
                              <span key={f.key}>
                                {i > 0 ? t("page.listSeparator") : ""}
                                <a href={`#factor-${f.key}`} className={inPageLink}>
                                  {f.name}
                                </a>
                              </span>
                            ))}
                            {t("page.sentenceEnd")}
                          </>
                        ) : null}
                      </p>
                    ) : null}
                    <EvidenceNotes evidence={driver.evidence} />
                  </li>
                );
              })}
            </ol>
          </Card>
        ))}
      </div>

      <h2 id="criteria" className="mb-3 scroll-mt-4 text-xl font-semibold">
        {t("page.criteria.heading")}
      </h2>
      <div className="mb-10 grid grid-cols-1 gap-4 md:grid-cols-2">
        {framework.criteriaGroups.map((group) => (
          <Card key={group.key}>
            <h3 id={`criteria-${group.key}`} className="scroll-mt-4 text-lg font-semibold">
              {group.name}
            </h3>
            <p className="mt-1 text-sm text-slate-700">{group.description}</p>
            {group.driver ? (
              <p className="mt-1 text-xs text-slate-700">
                {t("page.criteria.thesisDriver")}{" "}
                <a href={`#driver-${group.driver}`} className={inPageLink}>
                  {driverName(group.driver)}
                </a>
              </p>
            ) : null}
            {group.measurement === "user_assessment" ? (
              <p className="mt-2 text-sm text-amber-900">{t("page.criteria.userAssessment")}</p>
            ) : (
              <ul className="mt-2 list-inside list-disc text-sm text-slate-700">
                {group.indicators.map((i) => (
                  <li key={i.key}>
                    {i.name}{" "}
                    <span className="text-xs text-slate-600">
                      {t("page.criteria.indicatorNote", {
                        unit: i.unit,
                        direction: i.direction === "benefit" ? t("page.higherIsBetter") : t("page.lowerIsBetter"),
                        publisher: i.publisher,
                      })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))}
      </div>

      <h2 id="strategies" className="mb-3 scroll-mt-4 text-xl font-semibold">
        {t("page.strategies.heading")}
      </h2>
      <div className="mb-10 grid grid-cols-1 gap-4 md:grid-cols-2">
        {framework.strategies.map((strategy) => (
          <Card key={strategy.key}>
            <h3 id={`strategy-${strategy.key}`} className="scroll-mt-4 text-lg font-semibold">
              {strategy.name}
            </h3>
            <p className="mt-1 text-sm text-slate-700">{strategy.description}</p>
            <p className="mt-1 text-xs text-slate-600">{t("page.theory", { theory: strategy.theory })}</p>
            <EvidenceNotes evidence={strategy.evidence} />
            <details className="mt-3">
              <summary className="text-brand-700 cursor-pointer text-sm font-medium">{t("page.whatRaises")}</summary>
              <p className="mt-2 text-xs text-slate-600">{t("page.strategies.effectsLead")}</p>
              <EffectList effects={effectsOn("strategy", strategy.key)} by="factor" names={names} />
            </details>
          </Card>
        ))}
      </div>

      <h2 id="entry-modes" className="mb-3 scroll-mt-4 text-xl font-semibold">
        {t("page.entryModes.heading")}
      </h2>
      <div className="mb-10 grid grid-cols-1 gap-4 md:grid-cols-2">
        {framework.entryModes.map((mode) => (
          <Card key={mode.key}>
            <h3 id={`mode-${mode.key}`} className="scroll-mt-4 text-lg font-semibold">
              {mode.name}
            </h3>
            <p className="mt-1 text-xs text-slate-600">
              {t("page.entryModes.controlCommitment", {
                control: level(mode.control),
                commitment: level(mode.commitment),
              })}
            </p>
            <p className="mt-2 text-sm text-slate-700">{mode.description}</p>
            <p className="mt-1 text-xs text-slate-600">{t("page.theory", { theory: mode.theory })}</p>
            <EvidenceNotes evidence={mode.evidence} />
            <details className="mt-3">
              <summary className="text-brand-700 cursor-pointer text-sm font-medium">{t("page.whatRaises")}</summary>
              <p className="mt-2 text-xs text-slate-600">{t("page.entryModes.effectsLead")}</p>
              <EffectList effects={effectsOn("entry_mode", mode.key)} by="factor" names={names} />
            </details>
          </Card>
        ))}
      </div>

      <h2 id="factors" className="mb-1 scroll-mt-4 text-xl font-semibold">
        {t("page.factors.heading")}
      </h2>
      <p className="mb-3 max-w-3xl text-sm text-slate-700">
        {t.rich("page.factors.lead", {
          firm: (chunks) => (
            <Link href="/firm" className={inPageLink}>
              {chunks}
            </Link>
          ),
          compare: (chunks) => (
            <Link href="/compare/entry-modes" className={inPageLink}>
              {chunks}
            </Link>
          ),
        })}
      </p>
      {(["firm", "market"] as const).map((scope) => (
        <div key={scope} className="mb-6">
          <h3 className="mb-2 text-lg font-semibold text-slate-900">
            {scope === "firm" ? t("page.factors.firmHeading") : t("page.factors.marketHeading")}
          </h3>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {framework.factors
              .filter((f) => f.scope === scope)
              .sort((a, b) => factorOrder(a.key) - factorOrder(b.key))
              .map((factor) => {
                const driver = driverOfFactor[factor.key];
                const effects = framework.effects
                  .filter((e) => e.factor === factor.key)
                  .sort((a, b) => b.strength - a.strength);
                return (
                  <Card key={factor.key}>
                    <h4 id={`factor-${factor.key}`} className="scroll-mt-4 text-lg font-semibold">
                      {factor.name}{" "}
                      <Badge tone={factor.scope === "firm" ? "slate" : "brand"}>
                        {factor.scope === "firm" ? t("page.factors.firmBadge") : t("page.factors.marketBadge")}
                      </Badge>
                    </h4>
                    <p className="mt-1 text-sm text-slate-700">{factor.description}</p>
                    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-slate-700">
                      <dt className="font-medium">{t("page.factors.oneMeans")}</dt>
                      <dd>{factor.lowLabel}</dd>
                      <dt className="font-medium">{t("page.factors.fiveMeans")}</dt>
                      <dd>{factor.highLabel}</dd>
                      <dt className="font-medium">{t("page.factors.value")}</dt>
                      <dd>{valueSource(factor.sourceOfValue)}</dd>
                      {driver ? (
                        <>
                          <dt className="font-medium">{t("page.factors.driver")}</dt>
                          <dd>
                            <a href={`#driver-${driver}`} className={inPageLink}>
                              {driverName(driver)}
                            </a>
                          </dd>
                        </>
                      ) : null}
                    </dl>
                    <details className="mt-3">
                      <summary className="text-brand-700 cursor-pointer text-sm font-medium">
                        {t("page.factors.effects", { count: effects.length })}
                      </summary>
                      <EffectList effects={effects} by="target" names={names} />
                    </details>
                  </Card>
                );
              })}
          </div>
        </div>
      ))}
    </>
  );
}
