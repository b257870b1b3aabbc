import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";

import {
  DataChanges,
  DifferencesTable,
  EntryModesSideBySide,
  RankingMoves,
  WeightsSideBySide,
} from "@/components/scenarios/comparison-view";
import { useMethodLabels } from "@/components/scenarios/format";
import { Card, PageHeader } from "@/components/ui/page-header";
import type { CompareResponse } from "@/lib/contracts/scenarios";
import { Link } from "@/lib/i18n/navigation";
import { scenarioComparePageData } from "@/lib/server/scenarios";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scenarios.meta");
  return { title: t("compare") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function CompareScenariosPage({ searchParams }: Props) {
  const search = await searchParams;
  const [a, b] = [one(search.a), one(search.b)];
  const locale = await getLocale();
  const t = await getTranslations("scenarios.compare");
  const { scenarios, result, problem } = await scenarioComparePageData(await pageAccess(), a, b, locale);
  const select = "mt-1 block w-full max-w-xs rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <form action={`/${locale}/scenarios/compare`} method="get" className="mb-6 flex flex-wrap items-end gap-3">
        {(["a", "b"] as const).map((side) => (
          <div key={side}>
            <label htmlFor={`compare-${side}`} className="block text-sm font-medium">
              {t("scenario", { side: side.toUpperCase() })}
            </label>
            <select id={`compare-${side}`} name={side} defaultValue={side === "a" ? a : b} className={select} required>
              <option value="">{t("choose")}</option>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button
          type="submit"
          className="border-brand-700 bg-brand-700 hover:bg-brand-900 rounded border px-3 py-1.5 text-sm font-medium text-white"
        >
          {t("submit")}
        </button>
      </form>
      {problem ? (
        <p role="alert" className="mb-6 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {problem === "invalidId" ? t("invalidId") : t("missing")}
        </p>
      ) : null}
      {scenarios.length < 2 && !result ? (
        <p className="text-sm text-slate-700">
          {t.rich("needTwo", {
            link: (chunks) => (
              <Link href="/scenarios" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {result ? <Comparison result={result} /> : null}
    </>
  );
}

function Comparison({ result }: { result: CompareResponse }) {
  const t = useTranslations("scenarios.compare");
  const { methodLabel } = useMethodLabels();
  const { a, b, comparison } = result;
  const link = "font-medium text-brand-700 underline-offset-2 hover:underline break-words";
  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2">
        {[
          { side: "A", s: a, c: comparison.a },
          { side: "B", s: b, c: comparison.b },
        ].map(({ side, s, c }) => (
          <Card key={side} className="min-w-0">
            <h2 className="text-base font-semibold">
              {side}:{" "}
              <Link href={`/scenarios/${s.id}`} className={link}>
                {s.name}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              {t("side", {
                method: methodLabel(s.method),
                count: s.markets.length,
                dataset: c.datasetVersion,
                leader: s.leader?.name ?? t("noLeader"),
              })}
            </p>
          </Card>
        ))}
      </div>
      <Card>
        <h2 className="text-lg font-semibold">{t("whatMoved")}</h2>
        <p className="mt-2 text-sm text-slate-800">{comparison.summary}</p>
        <div className="mt-4">
          <DifferencesTable comparison={comparison} labelB="B" />
        </div>
      </Card>
      {/* One above the other: side by side, the ranking table's six columns were cut at 1400 px (issue 11 §9). */}
      <Card className="min-w-0">
        <h2 className="mb-3 text-lg font-semibold">{t("rankings")}</h2>
        <RankingMoves comparison={comparison} labelA="A" labelB="B" />
      </Card>
      {result.entryModes ? (
        <Card className="min-w-0">
          <h2 className="mb-3 text-lg font-semibold">{t("entryModes")}</h2>
          <EntryModesSideBySide comparison={result.entryModes} />
        </Card>
      ) : null}
      <Card className="min-w-0">
        <h2 className="mb-3 text-lg font-semibold">{t("weights")}</h2>
        <WeightsSideBySide comparison={comparison} labelA="A" labelB="B" />
      </Card>
      {comparison.dataChanges.length > 0 ? (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("valuesDiffer")}</h2>
          <DataChanges comparison={comparison} labelA="A" labelB="B" />
        </Card>
      ) : null}
    </div>
  );
}
