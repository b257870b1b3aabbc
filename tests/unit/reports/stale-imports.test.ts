import { expect, test } from "vitest";

import { buildReportModel } from "@/lib/reports/build";
import { reportTranslator } from "@/lib/reports/i18n";
import { staleWarning } from "@/lib/reports/phrases";
import { fixtureReportInput } from "@/tests/fixtures/reports/report-input";

const reason = 'Imported batch "panel.csv" added on 2026-12-03: indicator Internet users for market IDN.';

test("a report stale because of an import says which batch moved, not that the data set changed", () => {
  const model = buildReportModel(fixtureReportInput({ stale: true, staleBecause: [reason] }));
  expect(model.scenario.staleBecause).toEqual([reason]);
  // The fixture's data set is the current one: only the imported data moved.
  expect(model.scenario.datasetVersion).toBe(model.scenario.currentDatasetVersion);
  expect(staleWarning(model, reportTranslator("en"))).toBe(
    `Imported data has changed since these results were frozen. ${reason} The report shows the figures the results were computed from; recompute the scenario to use today's data.`,
  );
});

test("a report that is not stale says nothing, whatever it recorded", () => {
  expect(staleWarning(buildReportModel(fixtureReportInput({ stale: false })), reportTranslator("en"))).toBeNull();
});
