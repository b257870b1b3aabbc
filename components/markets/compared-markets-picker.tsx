import { useTranslations } from "next-intl";

/** Chooses the markets a profile is compared with: a plain GET form, so it works without script. */
export function ComparedMarketsPicker({
  action,
  markets,
  selected,
}: {
  action: string;
  markets: { iso3: string; name: string }[];
  selected: string[];
}) {
  const t = useTranslations("markets");
  return (
    <details className="group mt-4 rounded border border-slate-200 bg-slate-50">
      <summary className="text-brand-700 cursor-pointer rounded px-3 py-2 text-sm font-medium hover:bg-slate-100">
        {t("picker.summary", { count: selected.length })}
      </summary>
      <form action={action} method="get" className="border-t border-slate-200 p-3">
        <fieldset>
          <legend className="text-sm text-slate-700">{t("picker.legend")}</legend>
          <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-4">
            {markets.map((m) => (
              <label key={m.iso3} className="flex items-center gap-2 py-0.5 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="m"
                  value={m.iso3}
                  defaultChecked={selected.includes(m.iso3)}
                  className="accent-brand-600 size-4"
                />
                {m.name}
              </label>
            ))}
          </div>
        </fieldset>
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-900 mt-3 rounded px-3 py-1.5 text-sm font-medium text-white"
        >
          {t("picker.submit")}
        </button>
      </form>
    </details>
  );
}
