import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";

import type { Framework, MarketValues, ScoringData } from "@/lib/contracts/api";
import type { ScoreResponse } from "@/lib/contracts/engine";
import { workspaceScoringInput } from "@/lib/workspace/scoring-input";
import { decodeWorkspaceState } from "@/lib/workspace/url-state";

// Shared by the workspace, weights and robustness specs (not a spec itself: no .spec in the name).

/** The data the workspace scores, rebuilt from the public read API (not from the page). */
export async function scoringDataFromApi(request: APIRequestContext): Promise<ScoringData> {
  const framework = (await (await request.get("/api/v1/framework")).json()) as Framework;
  const markets = (await (await request.get("/api/v1/markets?values=latest")).json()) as MarketValues;
  return {
    datasetVersion: markets.datasetVersion,
    criteriaGroups: framework.criteriaGroups.map(({ key, name, description, measurement, defaultWeight }) => ({
      key,
      name,
      description,
      measurement,
      defaultWeight,
    })),
    indicators: framework.criteriaGroups.flatMap((g) => g.indicators),
    markets: markets.markets.map(({ iso3, name, region, subregion, incomeGroup, role }) => ({
      iso3,
      name,
      region,
      subregion,
      incomeGroup,
      role,
    })),
    values: Object.fromEntries(markets.markets.map((m) => [m.iso3, m.values])),
  };
}

/** What the server's engine (POST /api/v1/score) ranks for the state in the page's URL. */
export async function engineRankingForUrl(request: APIRequestContext, url: string): Promise<ScoreResponse> {
  const { state, problems } = decodeWorkspaceState(new URL(url).searchParams);
  expect(problems).toEqual([]);
  const scoring = workspaceScoringInput(await scoringDataFromApi(request), state);
  if (!scoring.ok) throw new Error(scoring.reason);
  const response = await request.post("/api/v1/score", { data: scoring.input });
  expect(response.status()).toBe(200);
  return (await response.json()) as ScoreResponse;
}

/** The ranking as the page shows it: market code, rank and the displayed score, in list order. */
export async function rankingOnPage(page: Page): Promise<{ id: string; rank: number; score: string }[]> {
  const rows = page.getByRole("list", { name: /^Ranking by/ }).locator(":scope > li");
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((items) =>
    items.map((li) => ({
      id: li.getAttribute("data-market") ?? "",
      rank: Number(li.getAttribute("data-rank")),
      score: li.querySelector("[data-testid=score]")?.textContent?.replace(/^score\s*/, "") ?? "",
    })),
  );
}

export function formatScore(score: number): string {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 3, minimumFractionDigits: 0 }).format(score);
}

/** axe-core: no serious or critical violation. */
export async function expectNoSeriousAxeViolations(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  await testInfo.attach(`axe-${name}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: "application/json",
  });
  expect(serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Waits until the URL carries the state (it follows the page a moment after each change). */
export async function waitForUrlState(page: Page, test: (params: URLSearchParams) => boolean): Promise<void> {
  await expect.poll(() => test(new URL(page.url()).searchParams), { timeout: 5_000 }).toBe(true);
}

/**
 * The page does not scroll sideways at a phone's width. Polled: a chart sized by a ResizeObserver
 * (the profile's radar) follows a new viewport width a beat later.
 */
export async function expectNoOverflowAt375(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${name} at 375 px` })
    .toBeLessThanOrEqual(375);
}
