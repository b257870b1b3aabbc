"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useTransition } from "react";

import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { LANGUAGE_TAGS, LOCALE_NAMES, LOCALES, isLocale } from "@/lib/i18n/locales";

/**
 * The language of every page: the same address (path and query) in another locale. next-intl's
 * router writes the NEXT_LOCALE cookie, so a bare address later opens in the language chosen.
 */
export function LocaleSwitcher({ className = "" }: { className?: string }) {
  const t = useTranslations("common.localeSwitcher");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className={`flex items-center gap-2 text-sm text-slate-700 ${className}`}>
      <span>{t("label")}</span>
      <select
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next)) return;
          const query = search.toString();
          startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { locale: next }));
        }}
        className="rounded border border-slate-300 bg-white px-2 py-1"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={LANGUAGE_TAGS[l]}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
