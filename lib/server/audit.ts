import "server-only";

import type { AuditList } from "@/lib/contracts/audit";
import { readAuditOf } from "@/lib/db/audit";
import { getPrisma } from "@/lib/db/client";
import { listImportBatches } from "@/lib/db/imports";
import { findScenario } from "@/lib/db/scenarios";
import { RequestError } from "@/lib/http/errors";

import { assertCan, type Access } from "./access";

// The audit log of one scenario or import (issue 13 §3): readable by every member of the
// workspace it belongs to; a subject of another workspace is not found (404), as elsewhere.

export async function listAudit(access: Access, subjectType: "scenario" | "import", id: string): Promise<AuditList> {
  assertCan(access, "audit", "read");
  const prisma = await getPrisma();
  if (subjectType === "scenario") await findScenario(prisma, access.workspaceId, id);
  else if ((await listImportBatches(prisma, access.workspaceId, id)).batches.length === 0)
    throw new RequestError(404, "not_found", `No import ${id}: it does not exist or was deleted.`);
  const rows = await readAuditOf(prisma, access.workspaceId, subjectType, id);
  return {
    entries: rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      action: row.action,
      actor: row.actorId === null ? null : { id: row.actorId, name: row.actorName },
      detail: row.detail && typeof row.detail === "object" && !Array.isArray(row.detail) ? row.detail : {},
    })),
  };
}
