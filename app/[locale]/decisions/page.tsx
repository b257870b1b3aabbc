import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { DecisionList } from "@/components/decisions/decision-list";
import { OpenDecisionForm, type CriteriaGroupChoice } from "@/components/decisions/open-decision-form";
import { PageHeader } from "@/components/ui/page-header";
import type { FirmProfileInput as FirmProfile } from "@/lib/contracts/fit";
import { DEFAULT_HOME } from "@/lib/scoring/home";
import { can } from "@/lib/server/access";
import { pageAccess } from "@/lib/server/page-access";
import { firmPageData } from "@/lib/server/fit";
import { localizedScoringData, scoringData } from "@/lib/server/workspace";
import { availableMarkets } from "@/lib/workspace/scoring-input";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("decisions.page");
  return { title: t("title") };
}

/** The workspace's group decisions, and for editors and owners the form that opens one. */
export default async function DecisionsPage() {
  const access = await pageAccess();
  const t = await getTranslations("decisions.page");
  const locale = await getLocale();
  const canOpen = can(access, "decision", "create");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="space-y-6">
        {access.mode === "solo" ? (
          <p className="rounded border border-slate-200 bg-white p-4 text-sm text-slate-700">{t("solo")}</p>
        ) : null}
        <DecisionList />
        {canOpen ? <OpenForm locale={locale} /> : <p className="text-sm text-slate-700">{t("viewerNote")}</p>}
      </div>
    </>
  );
}

async function OpenForm({ locale }: { locale: Awaited<ReturnType<typeof getLocale>> }) {
  const [data, firm] = await Promise.all([
    scoringData().then((d) => localizedScoringData(d, locale)),
    firmPageData(locale),
  ]);
  // A group the user rates by hand (competitive intensity) has no figures in a shared decision:
  // nobody's ratings are part of it, so it could not rank the markets.
  const groups: CriteriaGroupChoice[] = data.criteriaGroups
    .filter((g) => g.measurement !== "user_assessment")
    .map((g) => ({
      key: g.key,
      name: g.name,
      indicators: data.indicators.filter((i) => i.criteriaGroup === g.key).map((i) => ({ key: i.key, name: i.name })),
    }));
  const markets = availableMarkets(data)
    .slice()
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <OpenDecisionForm
      markets={markets}
      groups={groups}
      firmPresets={firm.presets.map((p) => ({ key: p.key, name: p.name, profile: p.values as FirmProfile }))}
      homes={firm.markets}
      defaultHome={DEFAULT_HOME}
    />
  );
}
