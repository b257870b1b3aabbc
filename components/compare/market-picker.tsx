/** Picks 2 to 4 markets with plain selects in a GET form: works with the keyboard and without script. */
export function MarketPicker({
  markets,
  selected,
  max = 4,
  min = 2,
}: {
  markets: { iso3: string; name: string }[];
  selected: string[];
  max?: number;
  min?: number;
}) {
  const select =
    "mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus-visible:border-brand-600";
  return (
    <form method="get" action="/compare" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">
          Markets to compare ({min} to {max})
        </legend>
        <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {Array.from({ length: max }, (_, i) => (
            <label key={i} className="text-sm text-slate-700">
              Market {i + 1}
              {i >= min ? " (optional)" : ""}
              <select name="m" defaultValue={selected[i] ?? ""} className={select}>
                {i >= min ? <option value="">None</option> : null}
                {markets.map((m) => (
                  <option key={m.iso3} value={m.iso3}>
                    {m.name}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </fieldset>
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-900 mt-3 rounded px-3 py-1.5 text-sm font-medium text-white"
      >
        Compare
      </button>
    </form>
  );
}
