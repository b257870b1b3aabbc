import "server-only";

import { Document, Page, renderToBuffer } from "@react-pdf/renderer";

import type { useTranslations } from "next-intl";

import { LANGUAGE_TAGS } from "@/lib/i18n/locales";

import { reportSections } from "./document";
import { splitSummary } from "./document/summary";
import { pdfText } from "./escape";
import { reportTranslator } from "./i18n";
import type { ReportModel } from "./model";
import { PdfSection } from "./pdf/blocks";
import { Cover } from "./pdf/cover";
import { pageLayout, styles } from "./pdf/primitives";

// The report as a PDF, made on the server in JavaScript (@react-pdf/renderer on pdfkit): Noto Sans
// SC embedded from its npm package and subset (pdf/fonts.ts; no download, no browser), selectable
// text in English, Chinese or Russian, charts as vector shapes.

export function ReportDocument({ model }: { model: ReportModel }) {
  return <LocalizedDocument model={model} t={reportTranslator(model.locale)} />;
}

function LocalizedDocument({ model, t }: { model: ReportModel; t: ReturnType<typeof useTranslations<"report">> }) {
  const generated = new Date(model.generatedAt);
  // Page 1 holds the board summary (issue 11 §5); the summary's details open the next page.
  const sections = reportSections(model);
  const { first, rest } = splitSummary(sections[0]!);
  return (
    <Document
      title={pdfText(t("pdf.documentTitle", { title: model.title }))}
      author="Outbound"
      subject={pdfText(model.question)}
      creator="Outbound"
      producer="Outbound (@react-pdf/renderer)"
      keywords={t("pdf.keywords")}
      language={LANGUAGE_TAGS[model.locale]}
      creationDate={generated}
      modificationDate={generated}
    >
      <Page size="A4" style={styles.page}>
        <Cover model={model} summary={first} t={t} />
      </Page>
      <Page size="A4" style={styles.page} wrap layout={pageLayout(model.title, t)}>
        {sections.map((section, i) => (
          <PdfSection
            key={section.id}
            model={model}
            section={i === 0 ? { ...section, blocks: rest } : section}
            first={i === 0}
          />
        ))}
      </Page>
    </Document>
  );
}

export async function renderReportPdf(model: ReportModel): Promise<Buffer> {
  return renderToBuffer(<ReportDocument model={model} />);
}
