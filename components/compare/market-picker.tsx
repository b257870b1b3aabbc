import { getLocale, getTranslations } from "next-intl/server";

import { MarketChooser } from "@/components/markets/market-chooser";
import { getPathname } from "@/lib/i18n/navigation";
import type { SearchableMarket } from "@/lib/workspace/market-search";

/**
 * Picks 2 to 4 markets in a GET form with the app's market chooser (search, region and income
 * filters over every market): each choice is a field `m`, so the form also works without script.
 */
export async function MarketPicker({
  markets,
  selected,
  max = 4,
  min = 2,
}: {
  markets: SearchableMarket[];
  selected: string[];
  max?: number;
  min?: number;
}) {
  const t = await getTranslations("compare");
  const locale = await getLocale();
  return (
    <form
      method="get"
      action={getPathname({ href: "/compare", locale })}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">{t("markets.pickerLegend", { min, max })}</legend>
        <div className="mt-2">
          <MarketChooser markets={markets} selected={selected} max={max} name="m" listLabel={t("markets.pickerList")} />
        </div>
      </fieldset>
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-900 mt-3 rounded px-3 py-1.5 text-sm font-medium text-white"
      >
        {t("markets.compare")}
      </button>
    </form>
  );
}
