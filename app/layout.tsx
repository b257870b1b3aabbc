import type { Metadata } from "next";
import localFont from "next/font/local";
import Link from "next/link";

import "./globals.css";

// Inter from npm (@fontsource-variable/inter): next/font/google would fetch at build time.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Outbound: where and how to expand abroad", template: "%s · Outbound" },
  description:
    "Rank candidate markets on sourced data, compare entry modes and business strategies, and take a defensible recommendation to the board.",
};

const nav = [
  { href: "/", label: "Ranking" },
  { href: "/compare", label: "Compare" },
  { href: "/firm", label: "Firm profile" },
  { href: "/scenarios", label: "Scenarios" },
  { href: "/markets", label: "Markets" },
  { href: "/data", label: "Your data" },
  { href: "/cases", label: "Cases" },
  { href: "/framework", label: "Framework" },
];

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3">
            <Link href="/" className="text-brand-900 text-lg font-semibold tracking-tight">
              Outbound
            </Link>
            <nav aria-label="Main">
              <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-medium text-slate-700">
                {nav.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="hover:text-brand-700 rounded px-1 py-0.5">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 pb-8 text-xs text-slate-600">
          Every figure in Outbound shows its year and its source. Framework after the thesis on Alibaba&apos;s expansion
          to Russia and Southeast Asia (drivers → business strategy and entry mode → international performance).
        </footer>
      </body>
    </html>
  );
}
