import type { Metadata } from "next";

import { FirmHome } from "@/components/firm/firm-home";
import { FirmProfileForm, type FirmSection } from "@/components/firm/firm-profile-form";
import { PageHeader } from "@/components/ui/page-header";
import { factorAnchor, factorDrivers } from "@/lib/compare/factor-links";
import { firmPageData } from "@/lib/server/fit";
import { FIRM_FACTOR_KEYS, type FirmFactorKey } from "@/lib/scoring/fit/factors";
import { DEFAULT_HOME } from "@/lib/scoring/home";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Firm profile" };

export default async function FirmPage() {
  const { framework, presets, markets } = await firmPageData();
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
    return {
      key: f.key,
      name: f.name,
      description: f.description,
      lowLabel: f.lowLabel,
      highLabel: f.highLabel,
      anchor: factorAnchor(f.key, driverOf),
      anchorLabel: driver ? `Driver ${driver.number}, ${driver.name},` : `${f.name}`,
    };
  };
  // Sections follow the thesis's driver groups; factors the entry-mode literature adds form a third.
  const sections: FirmSection[] = framework.driverGroups
    .map((group) => ({
      key: group.key,
      title: group.name,
      description: group.description,
      fields: firmFactors.filter((f) => group.drivers.some((d) => d.key === driverOf[f.key])).map(fieldOf),
    }))
    .filter((s) => s.fields.length > 0);
  const literature = firmFactors.filter((f) => driverOf[f.key] === null).map(fieldOf);
  if (literature.length > 0) {
    sections.push({
      key: "commitment",
      title: "Resources, risk appetite and urgency",
      description:
        "Not among the thesis's ten drivers, but the entry-mode literature needs them: how much the firm can commit abroad, how much risk its leadership accepts, and how soon it needs results.",
      fields: literature,
    });
  }

  return (
    <>
      <PageHeader
        title="Firm profile"
        lead="Rate your firm on the firm-level inputs of the entry-mode model, from 1 (low) to 5 (high); 3 is neutral. Each input shows what it means and where Alibaba stood in 2012 and 2016, according to the thesis. The profile is kept in this browser and used on the compare pages."
      />
      {presets.length === 0 ? (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          The data set has no firm presets, so there are no Alibaba reference points to show.
        </p>
      ) : null}
      <FirmHome markets={markets} defaultHome={DEFAULT_HOME} />
      <FirmProfileForm sections={sections} presets={presets} />
    </>
  );
}
