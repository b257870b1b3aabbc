import "server-only";

import type { Db } from "./client";
import type { Prisma } from "./generated/client";

// The audit log (issue 13 §3): who changed what, when. Written through the caller's transaction,
// so a change and its audit entry are stored together or not at all.

export type AuditSubject = "scenario" | "import" | "decision" | "share" | "member" | "invitation" | "backup";

export type AuditRecord = {
  workspaceId: string;
  actorId: string | null;
  actorName: string;
  /** `<subject>.<verb>`, e.g. scenario.update, import.delete, decision.reveal, share.revoke. */
  action: `${AuditSubject}.${string}`;
  subjectType: AuditSubject;
  subjectId: string;
  detail?: Prisma.InputJsonObject;
};

/** What a change's caller says of it; the query that makes the change adds the workspace and subject. */
export type AuditNote = Pick<AuditRecord, "actorId" | "actorName" | "action" | "detail">;

export type AuditRow = Omit<AuditRecord, "detail"> & { id: number; at: Date; detail: Prisma.JsonValue };

/** Records one change; call it with the transaction that makes the change. */
export async function recordAudit(db: Db, entry: AuditRecord): Promise<void> {
  await db.auditEntry.create({ data: { ...entry, detail: entry.detail ?? {} } });
}

/** The changes to one subject, newest first. */
export async function readAuditOf(
  db: Db,
  workspaceId: string,
  subjectType: AuditSubject,
  subjectId: string,
  take = 200,
): Promise<AuditRow[]> {
  const rows = await db.auditEntry.findMany({
    where: { workspaceId, subjectType, subjectId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((row) => ({
    ...row,
    action: row.action as AuditRecord["action"],
    subjectType: row.subjectType as AuditSubject,
  }));
}
