import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

import type { Scenario } from "@/lib/contracts/scenarios";

// The browser's side of the security work: every main page runs under the Content-Security-Policy
// with nothing blocked (scripts, the Monte Carlo worker, the map and charts, styles, the PDF
// download), its inline scripts carry the nonce, and a page on another site cannot write.

const thesis = "m=RUS,IDN,MYS,PHL,SGP,THA,VNM&method=wsm&missing=renormalize";

/** Collects CSP violations as the browser reports them: the DOM event and the console line. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  // Init scripts are injected by the browser's debugging protocol, not governed by the page's CSP.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  return violations;
}

async function saveScenario(request: APIRequestContext): Promise<Scenario> {
  const created = await request.post("/api/v1/scenarios", {
    data: {
      name: "CSP check",
      notes: "",
      inputs: {
        state: {
          markets: ["RUS", "IDN", "MYS", "PHL", "SGP", "THA", "VNM"],
          method: "wsm",
          missing: "renormalize",
          groupWeights: {},
          indicatorWeights: {},
          assessments: {},
        },
        firmProfile: null,
        monteCarlo: { samples: 500, seed: 1, concentration: 50 },
      },
    },
  });
  expect(created.status()).toBe(201);
  return (await created.json()) as Scenario;
}

test("no main page logs a CSP violation, and the worker, map, charts and PDF download work under it", async ({
  page,
  request,
}) => {
  const violations = await watchCsp(page);
  const scenario = await saveScenario(request);
  const pages = [
    `/?${thesis}`,
    "/markets",
    "/markets/RUS",
    "/compare",
    `/compare?${thesis}`,
    "/compare/entry-modes",
    "/compare/strategies",
    "/compare/russia-southeast-asia",
    "/firm",
    "/weights",
    "/framework",
    "/scenarios",
    `/scenarios/${scenario.id}`,
    "/data",
    "/no-such-page",
  ];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    // Hydrated: the client-side router has taken over (a blocked script would leave it inert).
    await page.waitForFunction(() => document.readyState === "complete");
  }

  // The workspace's map loads its chunk and geometry after the page: wait for it to draw.
  await page.goto(`/?${thesis}`);
  await expect(page.getByRole("img", { name: /^Map of the selected markets/ })).toBeVisible();

  // The styles applied (a blocked stylesheet or font would leave the browser's defaults).
  await page.goto("/markets");
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font).toMatch(/Inter|__Inter|inter/i);

  // The Monte Carlo simulation runs in a Web Worker (worker-src).
  await page.goto(`/robustness?${thesis}`);
  await page.getByLabel("Samples").fill("2000");
  await page.getByRole("button", { name: "Run simulation" }).click();
  await expect(page.getByTestId("rank-probabilities")).toBeVisible({ timeout: 30_000 });

  // The report page's charts, and its PDF download (a fetch, then a blob: link).
  await page.goto(`/scenarios/${scenario.id}/report`);
  await expect(page.getByRole("heading", { name: "Robustness", level: 2 })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PDF" }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.pdf$/);
  // The print layout (print stylesheet rules, the toolbar hidden).
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Download PDF" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Robustness", level: 2 })).toBeVisible();

  expect(violations).toEqual([]);
});

test("a page's inline scripts carry the nonce of its CSP, and the headers are on pages and API answers", async ({
  request,
}) => {
  const pageResponse = await request.get("/markets");
  const csp = pageResponse.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  const html = await pageResponse.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // A second request gets another nonce.
  const again = (await request.get("/markets")).headers()["content-security-policy"];
  expect(again).not.toContain(nonce!);

  for (const response of [pageResponse, await request.get("/api/v1/markets")]) {
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  }
});

test("a form on another site cannot save a scenario or upload a file", async ({ page, request, baseURL }) => {
  const count = async () =>
    ((await (await request.get("/api/v1/scenarios")).json()) as { scenarios: unknown[] }).scenarios.length;
  const before = await count();
  // A page on https://evil.example (served by the test) posting JSON as text/plain, the classic
  // trick that needs no preflight, and a file upload form.
  await page.route("https://evil.example/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Trap</title>
        <form id="json" method="post" enctype="text/plain" action="${baseURL}/api/v1/scenarios">
          <input name='{"name":"pwned","notes":"","inputs":{"state":{"markets":["RUS","IDN"]},"x":"' value='"}}'>
        </form>
        <form id="upload" method="post" enctype="multipart/form-data" action="${baseURL}/api/v1/imports/preview">
          <input type="file" name="file">
        </form>`,
    }),
  );
  await page.goto("https://evil.example/trap.html");
  const answer = page.waitForResponse((response) => response.url().endsWith("/api/v1/scenarios"));
  await page.evaluate(() => (document.getElementById("json") as HTMLFormElement).submit());
  expect((await answer).status()).toBe(403);
  await expect(page.locator("body")).toContainText("cross_origin_request");

  await page.goto("https://evil.example/trap.html");
  await page
    .locator("#upload input")
    .setInputFiles({ name: "values.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n") });
  const upload = page.waitForResponse((response) => response.url().endsWith("/api/v1/imports/preview"));
  await page.evaluate(() => (document.getElementById("upload") as HTMLFormElement).submit());
  expect((await upload).status()).toBe(403);

  expect(await count()).toBe(before);
});
