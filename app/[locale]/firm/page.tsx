import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";

import { FirmHome } from "@/components/firm/firm-home";
import { FirmProfileForm, type FirmSection } from "@/components/firm/firm-profile-form";
import { PageHeader } from "@/components/ui/page-header";
import { factorAnchor, factorDrivers } from "@/lib/compare/factor-links";
import { dataText } from "@/lib/i18n/data-text";
import { firmPageData } from "@/lib/server/fit";
import { FIRM_FACTOR_KEYS, type FirmFactorKey } from "@/lib/scoring/fit/factors";
import { DEFAULT_HOME } from "@/lib/scoring/home";
import { pageAccess } from "@/lib/server/page-access";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compare");
  return { title: t("meta.firm") };
}

export default async function FirmPage() {
  // Members only in team mode, though the page shows reference data (lib/server/page-access.ts).
  await pageAccess();
  const [t, locale] = await Promise.all([getTranslations("compare"), getLocale()]);
  const { framework, presets, markets } = await firmPageData(locale);
  const drivers = framework.driverGroups.flatMap((g) => g.drivers);
  const driverOf = factorDrivers(framework.factors, drivers);
  const firmFactors = framework.factors
    .filter(
      (f): f is typeof f & { key: FirmFactorKey } =>
        f.scope === "firm" && (FIRM_FACTOR_KEYS as readonly string[]).includes(f.key),
    )
    .sort((a, b) => FIRM_FACTOR_KEYS.indexOf(a.key) - FIRM_FACTOR_KEYS.indexOf(b.key));
  const fieldOf = (f: (typeof firmFactors)[number]) => {
    const driver = drivers.find((d) => d.key === driverOf[f.key]);
    const text = (field: string, english: string) => dataText(locale, "factors", f.key, field, english);
    const name = text("name", f.name);
    return {
      key: f.key,
      name,
      description: text("description", f.description),
      lowLabel: text("low_label", f.lowLabel),
      highLabel: text("high_label", f.highLabel),
      anchor: factorAnchor(f.key, driverOf),
      anchorLabel: driver
        ? t("firm.driverLink", {
            number: driver.number,
            name: dataText(locale, "drivers", driver.key, "name", driver.name),
          })
        : t("firm.factorLink", { name }),
    };
  };
  // Sections follow the thesis's driver groups; factors the entry-mode literature adds form a third.
  const sections: FirmSection[] = framework.driverGroups
    .map((group) => ({
      key: group.key,
      title: dataText(locale, "driver-groups", group.key, "name", group.name),
      description: dataText(locale, "driver-groups", group.key, "description", group.description),
      fields: firmFactors.filter((f) => group.drivers.some((d) => d.key === driverOf[f.key])).map(fieldOf),
    }))
    .filter((s) => s.fields.length > 0);
  const literature = firmFactors.filter((f) => driverOf[f.key] === null).map(fieldOf);
  if (literature.length > 0) {
    sections.push({
      key: "commitment",
      title: t("firm.commitmentTitle"),
      description: t("firm.commitmentDescription"),
      fields: literature,
    });
  }

  return (
    <>
      <PageHeader title={t("firm.title")} lead={t("firm.lead")} />
      {presets.length === 0 ? (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("firm.noPresets")}
        </p>
      ) : null}
      <FirmHome markets={markets} defaultHome={DEFAULT_HOME} />
      <FirmProfileForm sections={sections} presets={presets} />
    </>
  );
}
