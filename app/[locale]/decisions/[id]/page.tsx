import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";

import { DecisionView } from "@/components/decisions/decision-view";
import type { CriterionInfo } from "@/components/decisions/my-weighting";
import { PageHeader } from "@/components/ui/page-header";
import type { Decision } from "@/lib/contracts/decisions";
import { RequestError } from "@/lib/http/errors";
import { Link } from "@/lib/i18n/navigation";
import { DEFAULT_HOME } from "@/lib/scoring/home";
import { getDecision } from "@/lib/server/decisions";
import { pageAccess } from "@/lib/server/page-access";
import { localizedScoringData, scoringData } from "@/lib/server/workspace";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** The decision for this person, or the 404 page for an id that is not one of their workspace's. */
async function load(id: string): Promise<Decision> {
  if (!z.uuid().safeParse(id).success) notFound();
  const access = await pageAccess();
  try {
    return (await getDecision(access, id.toLowerCase(), { locale: await getLocale() })) as Decision;
  } catch (error) {
    if (error instanceof RequestError && error.status === 404) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations("decisions.page");
  try {
    return { title: (await load(id)).name };
  } catch {
    return { title: t("title") };
  }
}

/** One group decision: weigh privately, watch the submissions, reveal, read the consensus, freeze. */
export default async function DecisionPage({ params }: Props) {
  const { id } = await params;
  const decision = await load(id);
  const locale = await getLocale();
  const t = await getTranslations("decisions.view");
  const data = await localizedScoringData(await scoringData(decision.setup.home ?? DEFAULT_HOME), locale);
  // What each slider's "About" says: the group's description, or the indicator's definition.
  const info: CriterionInfo = {};
  for (const key of decision.setup.criteria.keys) {
    const group = data.criteriaGroups.find((g) => g.key === key);
    const indicator = data.indicators.find((i) => i.key === key);
    if (group) {
      const count = data.indicators.filter((i) => i.criteriaGroup === key).length;
      info[key] = { summary: t("groupSummary", { count }), help: group.description };
    } else if (indicator) {
      info[key] = {
        summary: t("indicatorSummary", { unit: indicator.unit, direction: indicator.direction }),
        help: indicator.definition,
      };
    }
  }
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/decisions" className="text-brand-700 hover:underline">
          {t("back")}
        </Link>
      </p>
      <PageHeader title={decision.name} lead={t("lead")} />
      <DecisionView initial={decision} info={info} homeName={data.home?.name ?? decision.setup.home ?? DEFAULT_HOME} />
    </>
  );
}
