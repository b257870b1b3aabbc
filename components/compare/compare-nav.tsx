"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "/compare", label: "Markets side by side" },
  { href: "/compare/entry-modes", label: "Entry modes" },
  { href: "/compare/strategies", label: "Business strategies" },
  { href: "/compare/russia-southeast-asia", label: "Russia vs Southeast Asia" },
];

/** The four comparisons; the current one is marked by weight and underline as well as colour. */
export function CompareNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Comparisons" className="mb-6 border-b border-slate-200">
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
                {s.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
