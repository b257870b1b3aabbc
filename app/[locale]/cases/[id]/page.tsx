import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";

import { CaseDetail } from "@/components/cases/case-detail";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/lib/i18n/navigation";
import { caseNames, documentedEntry, localizedEntry } from "@/lib/server/cases";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [entry, t] = await Promise.all([params.then(({ id }) => documentedEntry(id)), getTranslations("cases")]);
  return {
    title: entry
      ? t("detail.metaTitle", { firm: entry.firm, host: entry.host, year: String(entry.year) })
      : t("detail.notFound"),
  };
}

export default async function CasePage({ params }: Params) {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const [{ id }, locale, t] = await Promise.all([params, getLocale(), getTranslations("cases")]);
  const found = documentedEntry(id);
  if (!found) notFound();
  const entry = localizedEntry(locale, found);
  const names = await caseNames(locale);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/cases" className="text-brand-700 font-medium underline underline-offset-2">
          {t("detail.allEntries")}
        </Link>
      </p>
      <PageHeader
        title={t("detail.title", {
          firm: entry.firm,
          host: names.markets[entry.host] ?? entry.host,
          year: String(entry.year),
        })}
        lead={t("detail.lead")}
      />
      <CaseDetail entry={entry} names={names} />
    </>
  );
}
