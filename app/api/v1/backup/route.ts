import { apiLocale } from "@/lib/http/api-text";
import { downloadResponse, errorResponse, jsonBodyStream } from "@/lib/http/route";
import { respondInLanguage } from "@/lib/imports/respond";
import { exportBackup, restoreBackup } from "@/lib/server/backup";
import { otherMethods } from "@/lib/http/methods";
import { routeAccess } from "@/lib/server/access";

export const dynamic = "force-dynamic";

/** GET /api/v1/backup: all scenarios and imported data as one JSON file (a download, streamed). */
export async function GET(request: Request) {
  try {
    const access = await routeAccess(request);
    const filename = `outbound-backup-${new Date().toISOString().slice(0, 10)}.json`;
    return downloadResponse(await exportBackup(access), "application/json; charset=utf-8", filename);
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * POST /api/v1/backup (the backup file as an application/json body, read as a stream; each record
 * at most 192 MB): restore into an empty database.
 */
export function POST(request: Request) {
  return respondInLanguage(request, async () =>
    restoreBackup(await routeAccess(request), jsonBodyStream(request), apiLocale(request)),
  );
}

// Any other method: 405 with a JSON error and an Allow header.
export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
