import { describe, expect, test } from "vitest";

import { sameSitePath } from "@/components/account/api";
import { discoveryUrlOf, EnvError, oidcConfig, parseEnv, publicOrigin } from "@/lib/env";

// The account settings read from the environment, and the sign-in page's return path.

const OIDC = {
  OUTBOUND_OIDC_ISSUER: "https://login.example.com/realms/acme/",
  OUTBOUND_OIDC_CLIENT_ID: "outbound",
  OUTBOUND_OIDC_CLIENT_SECRET: "s3cret",
};

describe("single sign-on settings", () => {
  test("none set: no single sign-on", () => {
    expect(oidcConfig(parseEnv({}))).toBeUndefined();
  });

  test("all three set: the provider, named SSO unless OUTBOUND_OIDC_NAME says otherwise", () => {
    expect(oidcConfig(parseEnv(OIDC))).toEqual({
      issuer: "https://login.example.com/realms/acme/",
      clientId: "outbound",
      clientSecret: "s3cret",
      name: "SSO",
    });
    expect(oidcConfig(parseEnv({ ...OIDC, OUTBOUND_OIDC_NAME: "Acme login" }))?.name).toBe("Acme login");
  });

  test("one or two of the three: start-up stops and names each missing variable", () => {
    const twoOfThree = {
      OUTBOUND_OIDC_ISSUER: OIDC.OUTBOUND_OIDC_ISSUER,
      OUTBOUND_OIDC_CLIENT_ID: OIDC.OUTBOUND_OIDC_CLIENT_ID,
    };
    expect(() => parseEnv(twoOfThree)).toThrow(EnvError);
    expect(() => parseEnv(twoOfThree)).toThrow(/OUTBOUND_OIDC_CLIENT_SECRET: is required when/);
    expect(() => parseEnv({ OUTBOUND_OIDC_ISSUER: OIDC.OUTBOUND_OIDC_ISSUER })).toThrow(
      /OUTBOUND_OIDC_CLIENT_ID: is required[\s\S]*OUTBOUND_OIDC_CLIENT_SECRET: is required/,
    );
    expect(() => parseEnv({ ...OIDC, OUTBOUND_OIDC_ISSUER: "not a url" })).toThrow(/OUTBOUND_OIDC_ISSUER/);
  });

  test("the discovery document sits under the issuer, with or without its trailing slash (OpenID Connect Discovery 1.0 §4)", () => {
    expect(discoveryUrlOf("https://login.example.com/realms/acme/")).toBe(
      "https://login.example.com/realms/acme/.well-known/openid-configuration",
    );
    expect(discoveryUrlOf("https://accounts.example.com")).toBe(
      "https://accounts.example.com/.well-known/openid-configuration",
    );
  });
});

test("the public origin is OUTBOUND_PUBLIC_URL's, else the served address's", () => {
  expect(publicOrigin(parseEnv({ OUTBOUND_URL: "http://127.0.0.1:3000" }))).toBe("http://127.0.0.1:3000");
  expect(
    publicOrigin(
      parseEnv({ OUTBOUND_URL: "http://127.0.0.1:3000", OUTBOUND_PUBLIC_URL: "https://outbound.example.com/app" }),
    ),
  ).toBe("https://outbound.example.com");
  expect(publicOrigin(parseEnv({}))).toBeUndefined();
});

describe("the sign-in page's return path", () => {
  test.each([
    ["/members", "/members"],
    ["/zh/scenarios?id=1", "/zh/scenarios?id=1"],
    ["/", "/"],
  ])("keeps the same-site path %s", (given, kept) => {
    expect(sameSitePath(given)).toBe(kept);
  });

  test.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "javascript:alert(1)",
    "members",
    "",
    "/a\nb",
  ])("refuses %j", (given) => {
    expect(sameSitePath(given)).toBeUndefined();
  });
});
