"use client";

import { useTranslations } from "next-intl";
import { useId, useSyncExternalStore } from "react";

import { GuidedPath } from "@/components/path/guided-path";
import { Link } from "@/lib/i18n/navigation";

// The firm's home market on the firm profile (docs/decisions/017-home-country-and-distance.md):
// kept in this browser beside the profile, and carried as `home=` into the ranking and the
// entry-mode page, where distance and cultural distance are measured from it.

export const FIRM_HOME_STORAGE_KEY = "outbound.firmHome.v1";
const CHANGE_EVENT = "outbound:firm-home-change";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function stored(): string {
  try {
    return window.localStorage.getItem(FIRM_HOME_STORAGE_KEY) ?? "";
  } catch {
    return "";
  }
}

interface Props {
  markets: readonly { iso3: string; name: string }[];
  defaultHome: string;
}

export function FirmHome({ markets, defaultHome }: Props) {
  const t = useTranslations("compare");
  const id = useId();
  const raw = useSyncExternalStore(subscribe, stored, () => "");
  // a stored code that is no longer a market falls back to the default
  const home = markets.some((m) => m.iso3 === raw) ? raw : defaultHome;
  const name = markets.find((m) => m.iso3 === home)?.name ?? home;
  const choose = (next: string) => {
    try {
      window.localStorage.setItem(FIRM_HOME_STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts while the page is open through the links below
    }
    window.dispatchEvent(new Event(CHANGE_EVENT));
  };
  const query = home === defaultHome ? "" : `?home=${home}`;
  return (
    <>
      <GuidedPath current={2} />
      <section
        aria-labelledby={`${id}-title`}
        className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
          {t("firm.home.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("firm.home.lead")}</p>
        <label htmlFor={id} className="mt-3 block text-sm font-medium text-slate-900">
          {t("fit.form.home")}
        </label>
        <select
          id={id}
          value={home}
          onChange={(e) => choose(e.target.value)}
          className="mt-1 block w-full max-w-xs rounded border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900"
        >
          {markets.map((m) => (
            <option key={m.iso3} value={m.iso3}>
              {m.name} ({m.iso3})
            </option>
          ))}
        </select>
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <Link href={`/${query}`} className="text-brand-700 font-medium underline underline-offset-2">
            {t("firm.home.rank", { home: name })}
          </Link>
          <Link
            href={`/compare/entry-modes${query}`}
            className="text-brand-700 font-medium underline underline-offset-2"
          >
            {t("firm.home.entryModes", { home: name })}
          </Link>
        </p>
      </section>
    </>
  );
}
