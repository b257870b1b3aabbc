import { Backup, MAX_BACKUP_BYTES, MAX_BACKUP_LABEL } from "@/lib/contracts/backup";
import { readJsonBody, respond } from "@/lib/http/route";
import { exportBackup, restoreBackup } from "@/lib/server/backup";

export const dynamic = "force-dynamic";

/** GET /api/v1/backup: all scenarios and imported data as one JSON file (a download). */
export function GET() {
  return respond(() => exportBackup(), {
    headers: {
      "content-disposition": `attachment; filename="outbound-backup-${new Date().toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
}

/** POST /api/v1/backup (the backup file as an application/json body, ≤ 50 MB): restore into an empty database. */
export function POST(request: Request) {
  return respond(async () => {
    const limit = { bytes: MAX_BACKUP_BYTES, label: MAX_BACKUP_LABEL, requireJsonType: true };
    return restoreBackup(await readJsonBody(request, Backup, limit, "backup file"));
  });
}
