import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import localFont from "next/font/local";
import { headers } from "next/headers";
import { notFound } from "next/navigation";

import { AccountMenu } from "@/components/account/account-menu";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { Link } from "@/lib/i18n/navigation";
import { LANGUAGE_TAGS } from "@/lib/i18n/locales";
import { routing } from "@/lib/i18n/routing";
import { accountMenu } from "@/lib/server/people";

import "../globals.css";

// Inter from npm (@fontsource-variable/inter): next/font/google would fetch at build time. Its
// Latin file covers English; Chinese and Cyrillic fall back to the system's fonts (globals.css).
const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "common.meta" });
  return { title: { default: t("title"), template: "%s · Outbound" }, description: t("description") };
}

const NAV = [
  { href: "/", key: "ranking" },
  { href: "/compare", key: "compare" },
  { href: "/firm", key: "firm" },
  { href: "/scenarios", key: "scenarios" },
  { href: "/decisions", key: "decisions" },
  { href: "/markets", key: "markets" },
  { href: "/data", key: "data" },
  { href: "/cases", key: "cases" },
  { href: "/framework", key: "framework" },
] as const;

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "common" });
  // Read on the server from the session cookie; null (no menu at all) when the app runs alone.
  const account = await accountMenu(await headers());
  return (
    <html lang={LANGUAGE_TAGS[locale]} className={inter.variable}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t("skipToContent")}
          </a>
          <header className="border-b border-slate-200 bg-white">
            <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3">
              <Link href="/" className="text-brand-900 text-lg font-semibold tracking-tight">
                Outbound
              </Link>
              <nav aria-label={t("nav.label")}>
                <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium text-slate-700">
                  {NAV.map((item) => (
                    <li key={item.href}>
                      <Link href={item.href} className="hover:text-brand-700 rounded px-1 py-0.5">
                        {t(`nav.${item.key}`)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              <div className="ml-auto flex items-center gap-3">
                <LocaleSwitcher />
                {account ? <AccountMenu data={account} /> : null}
              </div>
            </div>
          </header>
          <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
            {children}
          </main>
          <footer className="mx-auto max-w-6xl px-4 pb-8 text-xs text-slate-600">{t("footer")}</footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
