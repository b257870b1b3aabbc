import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";

import { ReportView } from "@/components/reports/report-view";
import { messagesFor } from "@/lib/i18n/messages";
import type { ReportModel } from "@/lib/reports/model";

/** The report page's HTML as the page renders it: inside the locale's message provider. */
export function renderReportHtml(model: ReportModel): string {
  const locale = model.locale ?? "en";
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="UTC">
      <ReportView model={model} />
    </NextIntlClientProvider>,
  );
}
