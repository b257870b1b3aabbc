import { getPrisma } from "@/lib/db/client";
import { reportFile, reportFormatOf, reportResponse } from "@/lib/reports/serve";
import { scenarioErrorResponse, scenarioId } from "@/lib/scenarios/http";

export const dynamic = "force-dynamic";
// The PDF is made with @react-pdf/renderer, which needs Node's APIs.
export const runtime = "nodejs";

type Context = { params: Promise<{ id: string; report: string }> };

/** GET /api/v1/scenarios/{id}/report.pdf | report.md | report.csv | report.json */
export async function GET(_request: Request, { params }: Context) {
  try {
    const { report } = await params;
    const format = reportFormatOf(report);
    const id = await scenarioId(params);
    return reportResponse(await reportFile(await getPrisma(), id, format));
  } catch (error) {
    return scenarioErrorResponse(error);
  }
}
