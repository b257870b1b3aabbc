import { createServer, type Server } from "node:http";

import { afterAll, beforeAll, expect, test } from "vitest";

import { closeDatabase, getPrisma } from "@/lib/db/client";
import { joinPendingInvitation } from "@/lib/db/people";
import { resetAuth } from "@/lib/server/auth";
import { handleAuthRequest } from "@/lib/server/auth-handler";

import { seededAppDatabase } from "./support/database";

// OpenID Connect single sign-on from the environment, against a stand-in identity provider that
// serves only its discovery document (OpenID Connect Discovery 1.0): no real provider is reachable
// here, so the round trip through a provider's login page is not exercised. What is: the discovery
// is read, the sign-in answer sends the browser to the provider's authorization endpoint with our
// client id, our callback, PKCE and a state; and a first-time SSO account joins the workspace of a
// pending invitation for its email.

let cleanup: () => Promise<void>;
let provider: Server;
let issuer: string;
const ORIGIN = "http://localhost:3000";

beforeAll(async () => {
  provider = createServer((req, res) => {
    if (req.url !== "/realms/acme/.well-known/openid-configuration") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        issuer,
        authorization_endpoint: `${issuer}/protocol/openid-connect/auth`,
        token_endpoint: `${issuer}/protocol/openid-connect/token`,
        userinfo_endpoint: `${issuer}/protocol/openid-connect/userinfo`,
        jwks_uri: `${issuer}/protocol/openid-connect/certs`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
      }),
    );
  });
  await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(provider.address() as { port: number }).port}/realms/acme`;
  Object.assign(process.env, {
    OUTBOUND_PUBLIC_URL: ORIGIN,
    OUTBOUND_OIDC_ISSUER: issuer,
    OUTBOUND_OIDC_CLIENT_ID: "outbound-client",
    OUTBOUND_OIDC_CLIENT_SECRET: "client-secret",
    OUTBOUND_OIDC_NAME: "Acme login",
    OUTBOUND_AUTH_SECRET: "test-secret-of-at-least-thirty-two-characters",
  });
  const fresh = await seededAppDatabase();
  cleanup = fresh.cleanup;
  resetAuth();
});

afterAll(async () => {
  for (const key of [
    "OUTBOUND_PUBLIC_URL",
    "OUTBOUND_OIDC_ISSUER",
    "OUTBOUND_OIDC_CLIENT_ID",
    "OUTBOUND_OIDC_CLIENT_SECRET",
    "OUTBOUND_OIDC_NAME",
    "OUTBOUND_AUTH_SECRET",
  ])
    delete process.env[key];
  resetAuth();
  provider.close();
  await closeDatabase();
  await cleanup?.();
});

test("signing in by SSO sends the browser to the provider's authorization endpoint with our client, callback, PKCE and state", async () => {
  const response = await handleAuthRequest(
    new Request(`${ORIGIN}/api/auth/sign-in/social`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ provider: "sso", callbackURL: "/en" }),
    }),
  );
  expect(response.status).toBe(200);
  const { url } = (await response.json()) as { url: string };
  const target = new URL(url);
  expect(`${target.origin}${target.pathname}`).toBe(`${issuer}/protocol/openid-connect/auth`);
  expect(target.searchParams.get("client_id")).toBe("outbound-client");
  expect(target.searchParams.get("redirect_uri")).toBe(`${ORIGIN}/api/auth/callback/sso`);
  expect(target.searchParams.get("response_type")).toBe("code");
  expect(target.searchParams.get("scope")?.split(" ").sort()).toEqual(["email", "openid", "profile"]);
  expect(target.searchParams.get("code_challenge_method")).toBe("S256");
  expect(target.searchParams.get("state")).toBeTruthy();
});

test("a first-time SSO account joins the workspace of a pending invitation for its email, and only that", async () => {
  const db = await getPrisma();
  const inviter = await db.user.create({ data: { id: "owner-1", email: "owner@example.com", name: "Owner" } });
  await db.invitation.create({
    data: {
      id: "a".repeat(64),
      workspaceId: "default",
      email: "sso.person@example.com",
      role: "editor",
      status: "pending",
      expiresAt: new Date(Date.now() + 86_400_000),
      inviterId: inviter.id,
    },
  });
  const invited = await db.user.create({ data: { id: "sso-1", email: "sso.person@example.com", name: "SSO person" } });
  const stranger = await db.user.create({ data: { id: "sso-2", email: "stranger@example.com", name: "Stranger" } });
  await joinPendingInvitation(db, invited.id, invited.email);
  await joinPendingInvitation(db, stranger.id, stranger.email);
  expect(
    await db.member.findMany({ where: { userId: { in: ["sso-1", "sso-2"] } }, select: { userId: true, role: true } }),
  ).toEqual([{ userId: "sso-1", role: "editor" }]);
  expect((await db.invitation.findUniqueOrThrow({ where: { id: "a".repeat(64) } })).status).toBe("accepted");
});
