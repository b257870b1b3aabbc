import Link from "next/link";

import { Card, PageHeader } from "@/components/ui/page-header";

export default function HomePage() {
  return (
    <>
      <PageHeader
        title="Where to expand abroad, how to enter, with which strategy"
        lead="Outbound ranks candidate markets on dated, sourced data, compares entry modes and business strategies for your firm, and explains every result."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">
            <Link href="/markets" className="text-brand-700 hover:underline">Market profiles</Link>
          </h2>
          <p className="mt-1 text-sm text-slate-700">Russia, the six Southeast Asian markets of the thesis and more, every value with its year and source.</p>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">
            <Link href="/framework" className="text-brand-700 hover:underline">The framework</Link>
          </h2>
          <p className="mt-1 text-sm text-slate-700">Drivers of internationalization, business strategies and entry modes, with theory and the Alibaba evidence.</p>
        </Card>
      </div>
    </>
  );
}
