import { expect, request as playwrightRequest, test, type Browser, type BrowserContext } from "@playwright/test";

import { instanceSkipReason, secondInstance } from "./instances-env";
import { adminCreate } from "./team-server";
import { saveThesisScenario } from "./thesis-scenario";

// Two instances of the app on one PostgreSQL server (issue 13 §5): what one saves, the other
// serves, and optimistic concurrency holds across them (the version check is in the database, not
// in either process); rate-limit budgets are shared; a session made on one is accepted by the
// other; a group-decision submission on one reaches the facilitator's live view on the other.
// Instance A is Playwright's baseURL; B is the second web server that playwright.config.ts starts
// in the PostgreSQL pass, where this file runs after every other spec (its last tests make
// an owner, which turns sign-in on for both instances).

const second = secondInstance();
test.skip(!second, instanceSkipReason);

test("concurrent edits of one scenario on A and B: one is saved, the other gets 409 with the current version", async ({
  request,
}) => {
  const b = await playwrightRequest.newContext({ baseURL: second!.url });
  try {
    const scenario = await saveThesisScenario(request, { name: "Two instances", samples: 200 });
    // B serves what A saved.
    const onB = await b.get(`/api/v1/scenarios/${scenario.id}`);
    expect(onB.status()).toBe(200);
    expect(await onB.json()).toMatchObject({ id: scenario.id, name: "Two instances", version: 1 });

    // Both edit version 1 at the same moment, one through each instance.
    const [fromA, fromB] = await Promise.all([
      request.put(`/api/v1/scenarios/${scenario.id}`, { data: { baseVersion: 1, name: "Edited on A" } }),
      b.put(`/api/v1/scenarios/${scenario.id}`, { data: { baseVersion: 1, name: "Edited on B" } }),
    ]);
    const statuses = [fromA.status(), fromB.status()].sort();
    expect(statuses).toEqual([200, 409]);
    const [saved, refused] = fromA.status() === 200 ? [fromA, fromB] : [fromB, fromA];
    const winner = ((await saved.json()) as { name: string; version: number }).name;
    expect((await saved.json()) as { version: number }).toMatchObject({ version: 2 });
    expect(await refused.json()).toMatchObject({ error: { code: "version_conflict", currentVersion: 2 } });

    // Both instances now serve the one saved version, and a stale save on either is refused.
    for (const instance of [request, b]) {
      expect(await (await instance.get(`/api/v1/scenarios/${scenario.id}`)).json()).toMatchObject({
        name: winner,
        version: 2,
      });
    }
    const stale = await b.put(`/api/v1/scenarios/${scenario.id}`, { data: { baseVersion: 1, notes: "late" } });
    expect(stale.status()).toBe(409);
  } finally {
    await b.dispose();
  }
});

test("rate-limit budgets are shared: sensitivity analyses spent on A count on B", async ({ request }) => {
  // The budgets are counted in the database in this setup (lib/server/rate-limits.ts). The
  // sensitivity budget (OUTBOUND_RATE_LIMIT_SENSITIVITY, 30 a minute by default) is spent on A with
  // empty bodies: the proxy counts each request before the route refuses it (400), so nothing is
  // computed. No other spec of this pass asks for sensitivity analyses.
  const b = await playwrightRequest.newContext({ baseURL: second!.url });
  try {
    let allowedOnA = 0;
    for (let i = 0; i < 60; i++) {
      const response = await request.post("/api/v1/sensitivity", { data: {} });
      if (response.status() === 429) break;
      expect(response.status()).toBe(400);
      allowedOnA++;
    }
    // Spent within the 60 tries, on A alone.
    expect(allowedOnA).toBeGreaterThan(0);
    expect(allowedOnA).toBeLessThan(60);
    const onB = await b.post("/api/v1/sensitivity", { data: {} });
    expect(onB.status()).toBe(429);
    expect(Number(onB.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    expect(await onB.json()).toMatchObject({ error: { code: "rate_limited" } });
  } finally {
    await b.dispose();
  }
});

test("a session made by signing in on A is accepted by B, and signing out on B ends it on A", async ({ browser }) => {
  const a = test.info().project.use.baseURL!;
  const email = "lead@instances.test";
  const password = "two instances, one database";
  // The administrator's command, run as README says, against the same server database.
  await adminCreate({ email, name: "Lead", password, role: "owner" }, { env: process.env });
  // Sign-in is now required on both instances.
  const stranger = await playwrightRequest.newContext();
  try {
    for (const base of [a, second!.url]) {
      expect((await stranger.get(`${base}/api/v1/scenarios`)).status(), base).toBe(401);
    }
  } finally {
    await stranger.dispose();
  }

  // One browser: cookies belong to the host, not the port, as they would behind a load balancer
  // that sends each request to either instance.
  const context = await browser.newContext();
  try {
    const signIn = await context.request.post(`${a}/api/auth/sign-in/email`, {
      data: { email, password },
      headers: { origin: a },
    });
    expect(signIn.status()).toBe(200);
    const onB = await context.request.get(`${second!.url}/api/v1/scenarios`);
    expect(onB.status()).toBe(200);
    const session = await context.request.get(`${second!.url}/api/auth/get-session`);
    expect(await session.json()).toMatchObject({ user: { email } });
    // The cookie as the browser holds it now, to replay after signing out.
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    expect(cookie).toContain("session_token=");

    const out = await context.request.post(`${second!.url}/api/auth/sign-out`, {
      data: {},
      headers: { origin: second!.url },
    });
    expect(out.status()).toBe(200);
    // The cookie the browser held is no longer a session anywhere.
    const replay = await playwrightRequest.newContext();
    try {
      const onA = await replay.get(`${a}/api/v1/scenarios`, { headers: { cookie } });
      expect(onA.status()).toBe(401);
    } finally {
      await replay.dispose();
    }
  } finally {
    await context.close();
  }
});

test("a member's submission on B reaches the facilitator's live view on A", async ({ browser }) => {
  const a = test.info().project.use.baseURL!;
  const b = second!.url;
  const member = { email: "member@instances.test", password: "weighing on the other instance" };
  await adminCreate({ ...member, name: "Member", role: "editor" }, { env: process.env });
  const lead = await signedIn(browser, a, "lead@instances.test", "two instances, one database");
  const other = await signedIn(browser, b, member.email, member.password);
  try {
    // The facilitator opens a decision on A.
    const people = (await (await lead.request.get(`${a}/api/v1/decisions/people`)).json()) as {
      people: { userId: string; email: string }[];
    };
    const seats = people.people
      .filter((p) => p.email === "lead@instances.test" || p.email === member.email)
      .map((p) => ({ userId: p.userId, weight: 1 }));
    expect(seats).toHaveLength(2);
    const created = await lead.request.post(`${a}/api/v1/decisions`, {
      headers: { origin: a },
      data: {
        name: "Where next, decided on two instances",
        setup: {
          markets: ["IDN", "VNM", "THA"],
          criteria: { level: "groups", keys: ["attractiveness", "governance"] },
          method: "direct",
        },
        participants: seats,
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    // The facilitator's page on A follows the decision's event stream (the server polls the
    // database's revision, so a change on any instance arrives).
    const view = await lead.newPage();
    await view.goto(`${a}/en`);
    type Watch = { submitted?: Promise<{ submitted: number; revision: number }> };
    // Connected before the member submits, so the change is one the stream must report.
    await view.evaluate(
      (url) =>
        new Promise<void>((opened, failed) => {
          const source = new EventSource(url);
          (window as Watch).submitted = new Promise((resolve) => {
            source.addEventListener("revision", (message) => {
              const data = JSON.parse((message as MessageEvent<string>).data) as {
                submitted: number;
                revision: number;
              };
              if (data.submitted < 1) return;
              source.close();
              resolve(data);
            });
          });
          source.addEventListener("open", () => opened(), { once: true });
          setTimeout(() => failed(new Error("the event stream did not open within 10 s")), 10_000);
        }),
      `/api/v1/decisions/${id}/events`,
    );

    // The member submits on B.
    const submitted = await other.request.put(`${b}/api/v1/decisions/${id}/input`, {
      headers: { origin: b },
      data: { baseVersion: 0, input: { method: "direct", weights: { attractiveness: 3, governance: 1 } } },
    });
    expect(submitted.status()).toBe(200);
    const event = await view.evaluate(() =>
      Promise.race([
        (window as Watch).submitted!,
        new Promise<never>((_, failed) => setTimeout(() => failed(new Error("no event within 20 s")), 20_000)),
      ]),
    );
    expect(event.submitted).toBe(1);

    // A serves the submission (who and when; the input stays private until the reveal).
    const onA = (await (await lead.request.get(`${a}/api/v1/decisions/${id}`)).json()) as {
      participants: { email: string; submittedAt: string | null; input: unknown }[];
    };
    const seat = onA.participants.find((p) => p.email === member.email);
    expect(seat?.submittedAt).not.toBeNull();
    expect(seat?.input).toBeNull();
  } finally {
    await lead.close();
    await other.close();
  }
});

/** A browser context signed in on `base` (the cookie then goes to either instance). */
async function signedIn(browser: Browser, base: string, email: string, password: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  const response = await context.request.post(`${base}/api/auth/sign-in/email`, {
    data: { email, password },
    headers: { origin: base },
  });
  expect(response.status(), `sign-in of ${email}`).toBe(200);
  return context;
}
