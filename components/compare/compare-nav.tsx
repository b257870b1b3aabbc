"use client";

import { useTranslations } from "next-intl";

import { Link, usePathname } from "@/lib/i18n/navigation";

const sections = [
  { href: "/compare", key: "markets" },
  { href: "/compare/entry-modes", key: "entryModes" },
  { href: "/compare/strategies", key: "strategies" },
  { href: "/compare/russia-southeast-asia", key: "russiaSea" },
] as const;

/** The four comparisons; the current one is marked by weight and underline as well as colour. */
export function CompareNav() {
  const t = useTranslations("compare");
  // The locale-aware pathname: "/compare/entry-modes" on /zh/compare/entry-modes too.
  const pathname = usePathname();
  return (
    <nav aria-label={t("nav.label")} className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-1 text-sm">
        {sections.map((s) => {
          const current = pathname === s.href;
          return (
            <li key={s.href}>
              <Link
                href={s.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block rounded-t border-b-2 px-3 py-2 ${
                  current
                    ? "border-brand-700 text-brand-900 font-semibold"
                    : "hover:text-brand-700 border-transparent text-slate-700 hover:border-slate-400"
                }`}
              >
                {t(`nav.${s.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
