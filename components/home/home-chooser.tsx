"use client";

import { useTranslations } from "next-intl";
import { useId, useTransition } from "react";

import { usePathname, useRouter } from "@/lib/i18n/navigation";

// The firm's home market (docs/decisions/017-home-country-and-distance.md). Changing it reloads the
// page's data with `home=` in the URL, keeping every other parameter (the workspace keeps its
// state in the URL), so distances and cultural distance are measured from the new home.

interface Props {
  /** Markets a firm can come from: code and name, sorted by name. */
  markets: readonly { iso3: string; name: string }[];
  home: string;
  /** Home when the URL names none. */
  defaultHome: string;
  /** Show the one-line hint beside the list (off where the page says it in its own words). */
  hint?: boolean;
}

export function HomeChooser({ markets, home, defaultHome, hint = true }: Props) {
  const t = useTranslations("workspace.home");
  const router = useRouter();
  const pathname = usePathname();
  const id = useId();
  const [pending, startTransition] = useTransition();
  const choose = (next: string) => {
    const params = new URLSearchParams(window.location.search);
    if (next === defaultHome) params.delete("home");
    else params.set("home", next);
    const query = params.toString();
    // usePathname gives the path without the locale; the i18n router puts the current one back.
    startTransition(() => router.push(`${pathname}${query ? `?${query}` : ""}`, { scroll: false }));
  };
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id} className="font-medium">
        {t("label")}
      </label>
      <select
        id={id}
        value={home}
        onChange={(e) => choose(e.target.value)}
        className="max-w-[16rem] rounded border border-slate-300 bg-white px-2 py-1"
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {markets.map((m) => (
          <option key={m.iso3} value={m.iso3}>
            {t("option", { name: m.name, iso3: m.iso3 })}
          </option>
        ))}
      </select>
      {hint || pending ? (
        <span id={`${id}-hint`} className="text-slate-600" role={pending ? "status" : undefined}>
          {pending ? t("measuring") : t("hint")}
        </span>
      ) : null}
    </div>
  );
}
