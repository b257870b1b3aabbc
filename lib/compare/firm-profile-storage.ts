import { z } from "zod";

import { FactorValueSchema, FirmProfileSchema, type FirmProfileInput } from "@/lib/contracts/fit";
import { FIRM_FACTOR_KEYS, NEUTRAL_FACTOR_VALUE } from "@/lib/scoring/fit/factors";

// The firm profile as the browser keeps it (localStorage), versioned so a later shape can be
// migrated instead of misread. Pure: the hook in components/firm/use-firm-profile.ts does the IO.

export const FIRM_PROFILE_STORAGE_KEY = "outbound.firmProfile.v1";

export const StoredFirmProfileSchema = z
  .object({
    version: z.literal(1),
    profile: FirmProfileSchema,
    /** The preset the profile started from (e.g. "alibaba-2012"), null for one built by hand. */
    basedOn: z.string().max(100).nullable(),
    /** True once the user changed a value after loading the preset. */
    edited: z.boolean(),
    savedAt: z.string().max(40),
  })
  .strict();

export type StoredFirmProfile = z.infer<typeof StoredFirmProfileSchema>;

export const NEUTRAL_FIRM_PROFILE: FirmProfileInput = Object.fromEntries(
  FIRM_FACTOR_KEYS.map((k) => [k, NEUTRAL_FACTOR_VALUE]),
) as FirmProfileInput;

export type StoredFirmProfileRead =
  | { status: "empty" }
  | { status: "ok"; stored: StoredFirmProfile }
  /**
   * What was stored cannot be used as it is. `profile` keeps every value that was still valid and
   * fills the others with the neutral 3; `unreadable` lists those others; nothing is written back.
   */
  | { status: "invalid"; problems: string[]; profile: FirmProfileInput; unreadable: string[]; basedOn: string | null };

export function readStoredFirmProfile(raw: string | null): StoredFirmProfileRead {
  if (raw === null || raw === "") return { status: "empty" };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return invalid(["The stored value is not valid JSON."], undefined);
  }
  const parsed = StoredFirmProfileSchema.safeParse(json);
  if (parsed.success) return { status: "ok", stored: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return invalid(problems, json);
}

function invalid(problems: string[], json: unknown): StoredFirmProfileRead {
  const record = (value: unknown): Record<string, unknown> | undefined =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  const stored = record(json);
  const candidate = record(stored?.profile);
  const profile = { ...NEUTRAL_FIRM_PROFILE };
  const unreadable: string[] = [];
  for (const key of FIRM_FACTOR_KEYS) {
    const value = FactorValueSchema.safeParse(candidate?.[key]);
    if (value.success) profile[key] = value.data;
    else unreadable.push(key);
  }
  const basedOn = typeof stored?.basedOn === "string" ? stored.basedOn : null;
  return { status: "invalid", problems, profile, unreadable, basedOn };
}

export function serializeFirmProfile(
  profile: FirmProfileInput,
  options: { basedOn: string | null; edited: boolean; now: Date },
): string {
  const stored: StoredFirmProfile = StoredFirmProfileSchema.parse({
    version: 1,
    profile,
    basedOn: options.basedOn,
    edited: options.edited,
    savedAt: options.now.toISOString(),
  });
  return JSON.stringify(stored);
}

/**
 * A firm preset's short name, as the pages name it: "Alibaba Group, 2012" from "Alibaba Group,
 * 2012 (before AliExpress's push into Russia)"; the key itself when no preset has it.
 */
export function firmPresetShortName(presets: readonly { key: string; name: string }[], key: string): string {
  return presets.find((p) => p.key === key)?.name.replace(/ \(.*\)$/, "") ?? key;
}
