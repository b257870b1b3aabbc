import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";

import { CaseLibrarySchema, CasesQuerySchema, EntryModeBacktestSchema } from "@/lib/contracts/case-library";

import { errors, json } from "../responses";

// The case library of documented market entries and the entry-mode model's backtest on it
// (docs/decisions/012-entry-mode-calibration.md, 015-similar-cases.md).

export function registerCasePaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/cases",
    tags: ["data"],
    operationId: "listCases",
    summary: "Documented market entries",
    description:
      "The case library the entry-mode model is calibrated and tested on: each entry's firm, home and host market, year, entry mode, outcome (stayed, exited, sold, changed mode), sources, and the firm's and market's factor ratings with a one-line justification and a source each. Filters narrow together.",
    request: { query: CasesQuerySchema },
    responses: {
      200: json(CaseLibrarySchema, "The entries that pass the filters, in the library's order."),
      ...errors([400, 503], {
        400: "A filter is malformed (not a three-letter code, an unknown outcome or entry mode) or the query string has another parameter.",
      }),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/entry-modes/backtest",
    tags: ["engine"],
    operationId: "entryModeBacktest",
    summary: "How good is the entry-mode model?",
    description:
      "Leave-one-out backtest on the case library: how often the model's first and first-two choices matched the mode the firm chose, on entries it had not seen, against always naming the most common modes; per mode, the confusion table, the in-sample figures (an upper bound) and which model the product uses, with the calibration's inputs hash.",
    responses: {
      200: json(EntryModeBacktestSchema, "The backtest figures and their summary in plain words."),
      ...errors([503]),
    },
  });
}
