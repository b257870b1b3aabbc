import type { useTranslations } from "next-intl";

import { reportSections } from "@/lib/reports/document";
import { reportTranslator } from "@/lib/reports/i18n";
import type { ReportModel } from "@/lib/reports/model";
import { computedLine, staleWarning } from "@/lib/reports/phrases";

import { ReportBlocks } from "./report-blocks";
import { PageContents } from "@/components/ui/page-contents";

import { ReportSection, reportSectionAnchor } from "./report-table";

// The recommendation report as a page: the cover, then the sections of lib/reports/document, the
// same as in the PDF and Markdown exports. React escapes every string, so untrusted names stay text.

export function ReportView({ model }: { model: ReportModel }) {
  // The report's own language (model.locale), also where no next-intl provider is (tests, exports).
  return <LocalizedReport model={model} tr={reportTranslator(model.locale)} />;
}

function LocalizedReport({ model, tr }: { model: ReportModel; tr: ReturnType<typeof useTranslations<"report">> }) {
  const stale = staleWarning(model, tr);
  // The contents come from the document's own section list, so a section added there is listed here.
  const sections = reportSections(model);
  return (
    <article className="report space-y-8" aria-labelledby="report-title">
      <header className="space-y-3">
        <p className="text-brand-700 text-xs font-semibold tracking-widest uppercase">{tr("page.kicker")}</p>
        <h1 id="report-title" className="max-w-4xl text-2xl font-semibold tracking-tight break-words text-slate-900">
          {model.question}
        </h1>
        <p className="text-lg break-words text-slate-800">{tr("page.scenario", { name: model.title })}</p>
        <p className="text-sm text-slate-700">
          {model.dateDisplay}. {computedLine(model, tr)}
        </p>
        {stale ? (
          <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {stale}
          </p>
        ) : null}
        {model.scenario.notes.trim() ? (
          <div className="max-w-3xl text-sm">
            <h2 className="font-semibold text-slate-900">{tr("pdf.notes")}</h2>
            <p className="break-words whitespace-pre-wrap text-slate-800">{model.scenario.notes.trim()}</p>
          </div>
        ) : null}
      </header>

      <PageContents
        label={tr("page.contents")}
        items={sections.map((s) => ({ id: reportSectionAnchor(s.id), title: s.title }))}
      />

      {sections.map((section) => (
        <ReportSection key={section.id} id={section.id} title={section.title}>
          <ReportBlocks model={model} blocks={section.blocks} depth={0} />
        </ReportSection>
      ))}
    </article>
  );
}
