import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

import { Framework, Health, MarketList, MarketProfile, MarketValues } from "@/lib/contracts/api";
import { WeightPresetListSchema } from "@/lib/contracts/weight-presets";

import { HomeIso3Schema } from "@/lib/contracts/home";

import { errors, json } from "../responses";

// The read API: health, markets, one market, the framework, and this document itself.

// The same checks as the routes' own (app/api/v1/markets/…): a query string with only `values`,
// a three-letter market code in either case.
const MarketsQuery = z.strictObject({
  values: z
    .enum(["latest"])
    .optional()
    .describe("`latest` adds each market's latest value of every indicator, with its year and source."),
  home: HomeIso3Schema.optional().describe(
    "The firm's home market (ISO 3166 alpha-3, default CHN): distance and cultural distance are measured from it; the China-only indicators (ethnic-Chinese share, trade agreement with China) are gaps for another home.",
  ),
});
const MarketQuery = z.object({
  home: HomeIso3Schema.optional().describe(
    "The firm's home market (ISO 3166 alpha-3, default CHN) the home-relative indicators are measured from.",
  ),
});
const MarketParams = z.object({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .describe("ISO 3166 alpha-3 code, e.g. RUS (either case)."),
});

export function registerDataPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/health",
    tags: ["data"],
    operationId: "getHealth",
    summary: "Health of the app and its database",
    description:
      "Tells which database is in use (embedded or a server), which migrations are applied and which data-set version is seeded.",
    responses: {
      200: json(Health, "The app and its database are up."),
      ...errors([503]),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/markets",
    tags: ["data"],
    operationId: "listMarkets",
    summary: "Markets and their data coverage",
    description:
      "Lists every market (shipped and imported) with how many indicators have data and the latest year; with `?values=latest`, also each indicator's latest value.",
    request: { query: MarketsQuery },
    responses: {
      200: {
        description:
          "The markets; with `values=latest` each market also carries `values` (indicator key → latest value).",
        content: { "application/json": { schema: z.union([MarketList, MarketValues]) } },
      },
      ...errors([400, 503], {
        400: "The query string has a parameter other than `values` and `home`, `values` is not `latest`, or `home` is not the three-letter code of a market in the data set.",
      }),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/markets/{iso3}",
    tags: ["data"],
    operationId: "getMarket",
    summary: "One market's profile",
    description:
      "Gives every indicator value of one market with its year and source (history included), the evidence about the market, and its data gaps. `?home=USA` measures distance and cultural distance from that home market (default CHN).",
    request: { params: MarketParams, query: MarketQuery },
    responses: {
      200: json(MarketProfile, "The market's profile, home-relative values measured from `home`."),
      ...errors([400, 404, 503], {
        400: "The code is not three letters, or `home` is not the three-letter code of a market in the data set.",
        404: "No market with this code.",
      }),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/framework",
    tags: ["data"],
    operationId: "getFramework",
    summary: "The decision framework",
    description:
      "Gives the drivers of internationalization, the criteria groups and their indicators, the business strategies, the entry modes, the fit factors and the effects table that links them.",
    responses: {
      200: json(Framework, "The framework."),
      ...errors([503]),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/weight-presets",
    tags: ["data"],
    operationId: "listWeightPresets",
    summary: "Named weight presets",
    description:
      "Lists the weight presets (Thesis, Market potential, Equal weights) with their source, decision record, raw weights and the shares the workspace uses; `default` names the one the workspace starts from. Apply one in the workspace with `?weights=<key>`. POST /api/v1/score still takes explicit weights.",
    responses: {
      200: json(WeightPresetListSchema, "The presets."),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/openapi.json",
    tags: ["data"],
    operationId: "getOpenApiDocument",
    summary: "This API described in OpenAPI 3.1",
    description:
      "Returns this document: every route, its parameters, request body and responses, generated from the same zod contracts the routes validate with.",
    responses: {
      200: json(
        z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }),
        "An OpenAPI 3.1 document.",
      ),
      ...errors([]),
    },
  });
}
