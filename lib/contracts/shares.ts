import { z } from "zod";

// Read-only share links to a scenario's report (issue 13 §3): what an editor asks for, what the
// API answers, and the token a link carries.

export const SHARE_DAYS_MIN = 1;
export const SHARE_DAYS_MAX = 90;
export const SHARE_DAYS_DEFAULT = 14;

export const CreateShareSchema = z.strictObject({
  /** How long the link works, in whole days from now. */
  days: z
    .number({ error: "must be a whole number of days" })
    .int("must be a whole number of days")
    .min(SHARE_DAYS_MIN, `must be at least ${SHARE_DAYS_MIN} day`)
    .max(SHARE_DAYS_MAX, `must be at most ${SHARE_DAYS_MAX} days`)
    .default(SHARE_DAYS_DEFAULT),
});
export type CreateShare = z.infer<typeof CreateShareSchema>;

/** 32 random bytes in base64url, no padding: 43 characters. */
export const ShareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const ShareIdSchema = z.uuid();

export const SHARE_STATES = ["active", "expired", "revoked"] as const;
export type ShareState = (typeof SHARE_STATES)[number];

export const ShareLinkSummarySchema = z.object({
  id: ShareIdSchema,
  scenarioId: z.uuid(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  /** active until expiresAt, unless revoked first. */
  state: z.enum(SHARE_STATES),
});
export type ShareLinkSummary = z.infer<typeof ShareLinkSummarySchema>;

/** The answer to a create: the only time the token is shown (only its SHA-256 is stored). */
export const CreatedShareLinkSchema = ShareLinkSummarySchema.extend({
  token: z.string().describe("The link's secret: 32 random bytes, base64url. Shown only in this answer."),
  path: z.string().describe("The shared page's path without a locale, /shared/{token}; prefix /en, /zh or /ru."),
});
export type CreatedShareLink = z.infer<typeof CreatedShareLinkSchema>;

export const ShareLinkListSchema = z.object({ shares: z.array(ShareLinkSummarySchema) });
export type ShareLinkList = z.infer<typeof ShareLinkListSchema>;
