import type { Metadata } from "next";
import Link from "next/link";

import { EffectList } from "@/components/framework/effect-list";
import { EvidenceNotes } from "@/components/framework/evidence-notes";
import { Badge, Card, PageHeader } from "@/components/ui/page-header";
import { factorDrivers } from "@/lib/compare/factor-links";
import { decisionFramework } from "@/lib/server/framework";
import { FIRM_FACTOR_KEYS, MARKET_FACTOR_KEYS } from "@/lib/scoring/fit/factors";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Framework" };

const levels = ["", "very low", "low", "medium", "high", "very high"];

const valueSources = {
  firm_input: "You rate it on the firm profile",
  derived_from_indicators: "Computed from the market's indicators",
  user_assessment: "You rate it per market (no public data set measures it for every market)",
} as const;

const FACTOR_ORDER: readonly string[] = [...FIRM_FACTOR_KEYS, ...MARKET_FACTOR_KEYS];
/** Factors in the model's own order (internal drivers, home push, commitment; then the market). */
const factorOrder = (key: string) => (FACTOR_ORDER.includes(key) ? FACTOR_ORDER.indexOf(key) : FACTOR_ORDER.length);

const inPageLink =
  "font-medium text-brand-700 underline decoration-brand-600/40 underline-offset-2 hover:decoration-brand-700";

export default async function FrameworkPage() {
  const framework = await decisionFramework();
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
      <PageHeader
        title="The framework"
        lead="Drivers of internationalization shape the choice of business strategy and entry mode, which shape international performance (after Gerschewski et al. 2014, as adapted in the thesis on Alibaba in Russia and Southeast Asia). Each part shows the theory it rests on and what the Alibaba cases show."
      />
      <nav aria-label="On this page" className="mb-6 flex flex-wrap gap-2 text-sm">
        {[
          ["#drivers", "Drivers"],
          ["#criteria", "Market criteria"],
          ["#strategies", "Business strategies"],
          ["#entry-modes", "Entry modes"],
          ["#factors", "Fit factors"],
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
        Drivers of internationalization
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
                      {driver.number}. {driver.name}{" "}
                      {driver.ranksMarkets ? (
                        <Badge tone="brand">ranks markets</Badge>
                      ) : (
                        <Badge>same for every market</Badge>
                      )}
                    </h4>
                    <p className="mt-1 text-sm text-slate-700">{driver.description}</p>
                    <p className="mt-1 text-xs text-slate-600">Theory: {driver.theory}</p>
                    {groups.length > 0 || factors.length > 0 ? (
                      <p className="mt-1 text-xs text-slate-700">
                        {groups.length > 0 ? (
                          <>
                            Measured in the ranking by{" "}
                            {groups.map((g, i) => (
                              <span key={g.key}>
                                {i > 0 ? ", " : ""}
                                <a href={`#criteria-${g.key}`} className={inPageLink}>
                                  {g.name}
                                </a>
                              </span>
                            ))}
                            {factors.length > 0 ? ". " : "."}
                          </>
                        ) : null}
                        {factors.length > 0 ? (
                          <>
                            In the entry-mode model as{" "}
                            {factors.map((f, i) => (
                              <span key={f.key}>
                                {i > 0 ? ", " : ""}
                                <a href={`#factor-${f.key}`} className={inPageLink}>
                                  {f.name}
                                </a>
                              </span>
                            ))}
                            .
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
        Market criteria groups
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
                Thesis driver:{" "}
                <a href={`#driver-${group.driver}`} className={inPageLink}>
                  {driverName(group.driver)}
                </a>
              </p>
            ) : null}
            {group.measurement === "user_assessment" ? (
              <p className="mt-2 text-sm text-amber-900">
                Filled by the user&apos;s own assessment: no public data set measures it for every market.
              </p>
            ) : (
              <ul className="mt-2 list-inside list-disc text-sm text-slate-700">
                {group.indicators.map((i) => (
                  <li key={i.key}>
                    {i.name}{" "}
                    <span className="text-xs text-slate-600">
                      ({i.unit}; {i.direction === "benefit" ? "higher is better" : "lower is better"}; {i.publisher})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))}
      </div>

      <h2 id="strategies" className="mb-3 scroll-mt-4 text-xl font-semibold">
        Business strategies
      </h2>
      <div className="mb-10 grid grid-cols-1 gap-4 md:grid-cols-2">
        {framework.strategies.map((strategy) => (
          <Card key={strategy.key}>
            <h3 id={`strategy-${strategy.key}`} className="scroll-mt-4 text-lg font-semibold">
              {strategy.name}
            </h3>
            <p className="mt-1 text-sm text-slate-700">{strategy.description}</p>
            <p className="mt-1 text-xs text-slate-600">Theory: {strategy.theory}</p>
            <EvidenceNotes evidence={strategy.evidence} />
            <details className="mt-3">
              <summary className="text-brand-700 cursor-pointer text-sm font-medium">
                What raises or lowers it in the model
              </summary>
              <p className="mt-2 text-xs text-slate-600">
                A high value of each factor below raises (▲) or lowers (▼) the fit of this strategy.
              </p>
              <EffectList effects={effectsOn("strategy", strategy.key)} by="factor" names={names} />
            </details>
          </Card>
        ))}
      </div>

      <h2 id="entry-modes" className="mb-3 scroll-mt-4 text-xl font-semibold">
        Entry modes
      </h2>
      <div className="mb-10 grid grid-cols-1 gap-4 md:grid-cols-2">
        {framework.entryModes.map((mode) => (
          <Card key={mode.key}>
            <h3 id={`mode-${mode.key}`} className="scroll-mt-4 text-lg font-semibold">
              {mode.name}
            </h3>
            <p className="mt-1 text-xs text-slate-600">
              Control: {levels[mode.control]} · Resource commitment: {levels[mode.commitment]}
            </p>
            <p className="mt-2 text-sm text-slate-700">{mode.description}</p>
            <p className="mt-1 text-xs text-slate-600">Theory: {mode.theory}</p>
            <EvidenceNotes evidence={mode.evidence} />
            <details className="mt-3">
              <summary className="text-brand-700 cursor-pointer text-sm font-medium">
                What raises or lowers it in the model
              </summary>
              <p className="mt-2 text-xs text-slate-600">
                A high value of each factor below raises (▲) or lowers (▼) the fit of this entry mode.
              </p>
              <EffectList effects={effectsOn("entry_mode", mode.key)} by="factor" names={names} />
            </details>
          </Card>
        ))}
      </div>

      <h2 id="factors" className="mb-1 scroll-mt-4 text-xl font-semibold">
        Fit factors
      </h2>
      <p className="mb-3 max-w-3xl text-sm text-slate-700">
        The entry-mode and strategy model rates each factor from 1 to 5 (3 = neutral) and adds up the effects below, row
        by row of its editable effects table. Firm factors come from your{" "}
        <Link href="/firm" className={inPageLink}>
          firm profile
        </Link>
        ; market factors from each market&apos;s indicators or your own assessment. See them at work on{" "}
        <Link href="/compare/entry-modes" className={inPageLink}>
          Compare entry modes
        </Link>
        .
      </p>
      {(["firm", "market"] as const).map((scope) => (
        <div key={scope} className="mb-6">
          <h3 className="mb-2 text-lg font-semibold text-slate-900">
            {scope === "firm" ? "Firm factors (the same for every market)" : "Market factors (one value per market)"}
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
                        {factor.scope === "firm" ? "firm" : "market"}
                      </Badge>
                    </h4>
                    <p className="mt-1 text-sm text-slate-700">{factor.description}</p>
                    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs text-slate-700">
                      <dt className="font-medium">1 means</dt>
                      <dd>{factor.lowLabel}</dd>
                      <dt className="font-medium">5 means</dt>
                      <dd>{factor.highLabel}</dd>
                      <dt className="font-medium">Value</dt>
                      <dd>{valueSources[factor.sourceOfValue]}</dd>
                      {driver ? (
                        <>
                          <dt className="font-medium">Driver</dt>
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
                        Its effects on entry modes and strategies ({effects.length})
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
