import { ReportQuerySchema } from "@/lib/contracts/reports";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { readQuery } from "@/lib/http/errors";
import { otherMethods } from "@/lib/http/methods";
import { reportFormatOf, reportResponse } from "@/lib/http/reports";
import { errorResponse } from "@/lib/http/route";
import { withSharedHeaders } from "@/lib/http/shares";
import { sharedReportFile } from "@/lib/server/shares";

export const dynamic = "force-dynamic";
// The PDF is made with @react-pdf/renderer, which needs Node's APIs.
export const runtime = "nodejs";

type Context = { params: Promise<{ token: string; report: string }> };

/**
 * GET /api/v1/shared/{token}/report.pdf | report.md | report.csv | report.json: a shared
 * scenario's report files, with no account (the token is the permission). No session is read.
 */
export async function GET(request: Request, { params }: Context) {
  try {
    const { token, report } = await params;
    const format = reportFormatOf(report);
    const { shortlist, locale } = readQuery(request, ReportQuerySchema);
    const language = locale ?? localeFromAcceptLanguage(request.headers.get("accept-language"));
    const file = await sharedReportFile(token, format, new Date(), request.signal, { shortlist, locale: language });
    return withSharedHeaders(reportResponse(file));
  } catch (error) {
    return withSharedHeaders(errorResponse(error));
  }
}

export const { POST, PUT, PATCH, DELETE } = otherMethods("GET");
