import "server-only";

import type { getPrisma } from "@/lib/db/client";
import { RequestError } from "@/lib/http/errors";

import { renderCsv } from "./csv";
import { safeFilename } from "./escape";
import { renderJson } from "./json";
import { loadReportModel, loadScenarioForReport } from "./load";
import { renderMarkdown } from "./markdown";
import { renderReportPdf } from "./pdf";

// GET /api/v1/scenarios/{id}/report.{pdf,md,csv,json}: which file a path segment names, and the
// file itself with its type and a safe download name.

type PrismaClient = Awaited<ReturnType<typeof getPrisma>>;

export const REPORT_FORMATS = ["pdf", "md", "csv", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
};

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

export type ReportFile = { body: Uint8Array | string; contentType: string; filename: string };

export async function reportFile(
  prisma: PrismaClient,
  id: string,
  format: ReportFormat,
  now = new Date(),
): Promise<ReportFile> {
  if (format === "json") {
    const scenario = await loadScenarioForReport(prisma, id);
    return {
      body: renderJson(scenario, now),
      contentType: CONTENT_TYPES.json,
      filename: safeFilename(scenario.name, "json", "outbound-scenario"),
    };
  }
  const model = await loadReportModel(prisma, id, now);
  const filename = safeFilename(model.title, format);
  if (format === "pdf")
    return { body: new Uint8Array(await renderReportPdf(model)), contentType: CONTENT_TYPES.pdf, filename };
  // A byte-order mark lets Excel read the CSV as UTF-8 (names such as "Türkiye" survive).
  if (format === "csv") return { body: `\uFEFF${renderCsv(model)}`, contentType: CONTENT_TYPES.csv, filename };
  return { body: renderMarkdown(model), contentType: CONTENT_TYPES.md, filename };
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
