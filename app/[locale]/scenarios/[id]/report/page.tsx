import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";

import { ReportDownloads } from "@/components/reports/report-downloads";
import { ReportView } from "@/components/reports/report-view";
import { ShortlistControl } from "@/components/reports/shortlist-control";
import { ReportQuerySchema } from "@/lib/contracts/reports";
import { ScenarioIdSchema } from "@/lib/contracts/scenarios";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { RequestError } from "@/lib/http/errors";
import { ScenarioDeletedError, ScenarioNotFoundError } from "@/lib/server/errors";
import { reportModel } from "@/lib/server/reports";

import "./report-print.css";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** ?shortlist=RUS,IDN or ?shortlist=RUS&shortlist=IDN (the control's checkboxes), as one list. */
function shortlistParam(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(",") : value;
}

// Cached per request: the metadata and the page share one read of the scenario. A short list that
// is not valid is reported on the page, and the default short list is shown instead.
const load = cache(async (id: string, shortlist: string | undefined, locale: Locale) => {
  const access = await pageAccess();
  if (!ScenarioIdSchema.safeParse(id).success) notFound();
  const t = await getTranslations("report");
  let error: string | null = null;
  let chosen: string[] | undefined;
  if (shortlist !== undefined) {
    const parsed = ReportQuerySchema.safeParse({ shortlist });
    if (parsed.success) chosen = parsed.data.shortlist;
    else error = t("page.shortlistNotUsed", { reason: parsed.error.issues.map((i) => i.message).join("; ") });
  }
  try {
    try {
      return {
        model: await reportModel(access, id.toLowerCase(), new Date(), { shortlist: chosen, locale }),
        error,
        chosen,
      };
    } catch (problem) {
      if (!(problem instanceof RequestError)) throw problem;
      const model = await reportModel(access, id.toLowerCase(), new Date(), { locale });
      return {
        model,
        error: t("page.shortlistNotUsed", { reason: problem.issues?.[0]?.message ?? problem.message }),
        chosen: undefined,
      };
    }
  } catch (problem) {
    if (problem instanceof ScenarioNotFoundError || problem instanceof ScenarioDeletedError) notFound();
    throw problem;
  }
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { id } = await params;
  const { model } = await load(id, shortlistParam((await searchParams).shortlist), await getLocale());
  const t = await getTranslations("report");
  return { title: t("page.metaTitle", { title: model.title }) };
}

export default async function ReportPage({ params, searchParams }: Props) {
  const { id } = await params;
  const locale = await getLocale();
  const t = await getTranslations("report");
  const { model, error, chosen } = await load(id, shortlistParam((await searchParams).shortlist), locale);
  // Every download is made in the page's language (?locale=), whatever the browser's Accept-Language.
  const query = `${chosen ? `shortlist=${chosen.join(",")}&` : ""}locale=${locale}`;
  const link = "font-medium text-brand-700 underline-offset-2 hover:underline";
  return (
    <div className="space-y-6">
      <nav aria-label={t("page.breadcrumb")} className="report-breadcrumb text-sm print:hidden">
        <ol className="flex flex-wrap items-center gap-1 text-slate-700">
          <li>
            <Link href="/scenarios" className={link}>
              {t("page.scenarios")}
            </Link>
            <span aria-hidden> / </span>
          </li>
          <li className="flex min-w-0 items-center gap-1">
            <Link href={`/scenarios/${model.scenario.id}`} className={`${link} inline-block max-w-xs truncate`}>
              {model.title}
            </Link>
            <span aria-hidden> / </span>
          </li>
          <li aria-current="page">{t("page.report")}</li>
        </ol>
      </nav>
      <ReportDownloads id={model.scenario.id} query={`?${query}`} />
      <ShortlistControl model={model} error={error} />
      <ReportView model={model} />
    </div>
  );
}
