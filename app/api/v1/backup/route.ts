import { Backup, MAX_BACKUP_BYTES, MAX_BACKUP_LABEL } from "@/lib/contracts/backup";
import { exportBackup, restoreBackup } from "@/lib/db/backup";
import { getPrisma } from "@/lib/db/client";
import { readLimited } from "@/lib/imports/upload";
import { RequestError, parseJsonText } from "@/lib/http/errors";
import { respond } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/backup: all scenarios and imported data as one JSON file (a download). */
export function GET() {
  return respond(async () => exportBackup(await getPrisma()), {
    headers: {
      "content-disposition": `attachment; filename="outbound-backup-${new Date().toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
}

/** POST /api/v1/backup (the backup file as an application/json body, ≤ 50 MB): restore into an empty database. */
export function POST(request: Request) {
  return respond(async () => {
    const type = request.headers.get("content-type") ?? "";
    if (!type.toLowerCase().includes("json")) {
      throw new RequestError(
        415,
        "unsupported_media_type",
        `Send the backup file as the application/json body (got ${type || "no content type"}).`,
      );
    }
    if (Number(request.headers.get("content-length") ?? "0") > MAX_BACKUP_BYTES) {
      throw new RequestError(
        413,
        "payload_too_large",
        `The backup exceeds the ${MAX_BACKUP_LABEL} limit.`,
        undefined,
        MAX_BACKUP_LABEL,
      );
    }
    const text = new TextDecoder().decode(await readLimited(request, MAX_BACKUP_BYTES, MAX_BACKUP_LABEL));
    return restoreBackup(await getPrisma(), parseJsonText(text, Backup, "backup file"));
  });
}
