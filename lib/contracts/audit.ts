import { z } from "zod";

// The audit log as the API gives it (issue 13 §3): who changed what, when, newest first.
// GET /api/v1/scenarios/{id}/audit.

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }).describe("When the change was stored (ISO 8601)."),
  action: z.string().describe("`<subject>.<verb>`: scenario.create, scenario.update, import.commit, …"),
  actor: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .describe("Who made the change; null when the app ran alone, without accounts."),
  detail: z.record(z.string(), z.unknown()).describe("What the change was: versions, counts, the file's name."),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditListSchema = z.object({ entries: z.array(AuditEntrySchema) });
export type AuditList = z.infer<typeof AuditListSchema>;
