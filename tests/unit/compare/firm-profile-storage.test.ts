import { expect, test } from "vitest";

import { NEUTRAL_FIRM_PROFILE, readStoredFirmProfile, serializeFirmProfile } from "@/lib/compare/firm-profile-storage";

const profile = { ...NEUTRAL_FIRM_PROFILE, ecosystem: 4, resources: 2 };

test("a saved profile reads back unchanged", () => {
  const raw = serializeFirmProfile(profile, {
    basedOn: "alibaba-2012",
    edited: true,
    now: new Date("2026-01-02T03:04:05Z"),
  });
  const read = readStoredFirmProfile(raw);
  expect(read).toEqual({
    status: "ok",
    stored: { version: 1, profile, basedOn: "alibaba-2012", edited: true, savedAt: "2026-01-02T03:04:05.000Z" },
  });
});

test("nothing stored is empty, not an error", () => {
  expect(readStoredFirmProfile(null)).toEqual({ status: "empty" });
});

test("a corrupt value is reported; the values still valid are kept, the others named", () => {
  const raw = JSON.stringify({
    version: 1,
    profile: { ...profile, brand: 9, quality: "high" },
    basedOn: null,
    edited: false,
    savedAt: "x",
  });
  const read = readStoredFirmProfile(raw);
  expect(read.status).toBe("invalid");
  if (read.status !== "invalid") return;
  expect(read.unreadable.sort()).toEqual(["brand", "quality"]);
  expect(read.profile).toEqual({ ...profile, brand: 3, quality: 3 });
  expect(read.problems.some((p) => p.startsWith("profile.brand"))).toBe(true);
});

test("text that is not JSON, or another version, is reported as unreadable", () => {
  const notJson = readStoredFirmProfile("{oops");
  expect(notJson).toMatchObject({ status: "invalid", profile: NEUTRAL_FIRM_PROFILE });
  const otherVersion = readStoredFirmProfile(
    JSON.stringify({ version: 2, profile, basedOn: null, edited: false, savedAt: "x" }),
  );
  expect(otherVersion).toMatchObject({ status: "invalid", profile, unreadable: [] });
});
