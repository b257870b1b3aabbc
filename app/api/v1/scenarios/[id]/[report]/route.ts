import { ReportQuerySchema } from "@/lib/contracts/reports";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { readQuery } from "@/lib/http/errors";
import { reportFormatOf, reportResponse } from "@/lib/http/reports";
import { errorResponse } from "@/lib/http/route";
import { scenarioId } from "@/lib/http/scenarios";
import { reportFile } from "@/lib/server/reports";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";

export const dynamic = "force-dynamic";
// The PDF is made with @react-pdf/renderer, which needs Node's APIs.
export const runtime = "nodejs";

type Context = { params: Promise<{ id: string; report: string }> };

/** GET /api/v1/scenarios/{id}/report.pdf | report.md | report.csv | report.json, optionally ?shortlist=RUS,IDN&locale=zh */
export async function GET(request: Request, { params }: Context) {
  try {
    const access = await routeAccess(request);
    const { report } = await params;
    const format = reportFormatOf(report);
    const id = await scenarioId(params);
    const { shortlist, locale } = readQuery(request, ReportQuerySchema);
    // ?locale= (the report page's links carry the page's), else Accept-Language, else English.
    const language = locale ?? localeFromAcceptLanguage(request.headers.get("accept-language"));
    return reportResponse(
      await reportFile(access, id, format, new Date(), request.signal, { shortlist, locale: language }),
    );
  } catch (error) {
    return errorResponse(error);
  }
}

// Any other method: 405 with a JSON error and an Allow header.
export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
