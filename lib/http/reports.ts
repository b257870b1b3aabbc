import "server-only";

import type { ReportFile, ReportFormat } from "@/lib/server/reports";

import { RequestError } from "./errors";

// GET /api/v1/scenarios/{id}/report.{pdf,md,csv,json}: which file a path segment names, and the
// file as a download.

/** "report.pdf" → "pdf"; anything else is a 404, as for any unknown path. */
export function reportFormatOf(segment: string): ReportFormat {
  const match = /^report\.(pdf|md|csv|json)$/.exec(segment);
  if (!match) {
    throw new RequestError(
      404,
      "not_found",
      `No report file "${segment.slice(0, 40)}": ask for report.pdf, report.md, report.csv or report.json.`,
    );
  }
  return match[1] as ReportFormat;
}

export function reportResponse(file: ReportFile): Response {
  return new Response(file.body as BodyInit, {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
