import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";

import { ReportDownloads } from "@/components/reports/report-downloads";
import { ReportView } from "@/components/reports/report-view";
import { ShortlistControl } from "@/components/reports/shortlist-control";
import { ReportQuerySchema } from "@/lib/contracts/reports";
import { formattersFor } from "@/lib/format";
import { RequestError } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { SharedLinkInvalidError, sharedReportModel } from "@/lib/server/shares";

import "../../scenarios/[id]/report/report-print.css";

// A scenario's report opened through a read-only share link (issue 13 §3): no account, no session
// read; the token in the path is the only permission, and it opens this one report and its
// downloads. No edit controls, no links into the workspace. An expired, revoked or unknown token
// answers 404 with the same page (./not-found.tsx). The proxy adds no-store, no-referrer and
// noindex to every answer under /shared/ (lib/http/guard.ts).

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function shortlistParam(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(",") : value;
}

// Cached per request: the metadata and the page share one read. As on the scenario's report page,
// a short list that is not valid is reported and the report's own short list is shown instead.
const load = cache(async (token: string, shortlist: string | undefined, locale: Locale) => {
  const t = await getTranslations("report");
  let error: string | null = null;
  let chosen: string[] | undefined;
  if (shortlist !== undefined) {
    const parsed = ReportQuerySchema.safeParse({ shortlist });
    if (parsed.success) chosen = parsed.data.shortlist;
    else error = t("page.shortlistNotUsed", { reason: parsed.error.issues.map((i) => i.message).join("; ") });
  }
  const now = new Date();
  try {
    try {
      return { ...(await sharedReportModel(token, now, { shortlist: chosen, locale })), error, chosen };
    } catch (problem) {
      if (!(problem instanceof RequestError) || problem instanceof SharedLinkInvalidError) throw problem;
      return {
        ...(await sharedReportModel(token, now, { locale })),
        error: t("page.shortlistNotUsed", { reason: problem.issues?.[0]?.message ?? problem.message }),
        chosen: undefined,
      };
    }
  } catch (problem) {
    if (problem instanceof SharedLinkInvalidError) notFound();
    throw problem;
  }
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { token } = await params;
  const { model } = await load(token, shortlistParam((await searchParams).shortlist), await getLocale());
  const t = await getTranslations("share");
  return {
    title: t("page.metaTitle", { title: model.title }),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function SharedReportPage({ params, searchParams }: Props) {
  const { token } = await params;
  const locale = await getLocale();
  const t = await getTranslations("share");
  const { model, expiresAt, error, chosen } = await load(token, shortlistParam((await searchParams).shortlist), locale);
  const query = `${chosen ? `shortlist=${chosen.join(",")}&` : ""}locale=${locale}`;
  return (
    <div className="space-y-6">
      <p
        role="note"
        aria-label={t("page.bannerLabel")}
        className="border-brand-700 bg-brand-50 text-brand-900 rounded border-l-4 px-4 py-3 text-sm print:hidden"
      >
        {t("page.banner", { date: formattersFor(locale).formatDateTime(expiresAt) })}
      </p>
      <ReportDownloads id={model.scenario.id} base={`/api/v1/shared/${token}`} query={`?${query}`} />
      <ShortlistControl model={model} error={error} />
      <ReportView model={model} />
    </div>
  );
}
