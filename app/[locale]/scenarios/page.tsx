import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { ScenarioList } from "@/components/scenarios/scenario-list";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/lib/i18n/navigation";
import { scenariosPageData } from "@/lib/server/scenarios";
import { firstParam } from "@/lib/workspace/view-params";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scenarios.meta");
  return { title: t("list") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ScenariosPage({ searchParams }: Props) {
  const t = await getTranslations("scenarios.list");
  const locale = await getLocale();
  const { active, deleted, fromStart } = await scenariosPageData(
    await pageAccess(),
    firstParam((await searchParams).cursor),
    locale,
  );
  return (
    <>
      <PageHeader
        title={t("title")}
        lead={t.rich("lead", {
          link: (chunks) => (
            <Link href="/" className="text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <ScenarioList
        active={active.scenarios}
        deleted={deleted.scenarios}
        deletedTotal={deleted.total}
        retentionDays={active.retentionDays}
        total={active.total}
        nextCursor={active.nextCursor}
        fromStart={fromStart}
      />
    </>
  );
}
