import { expect, test } from "vitest";

import { pathLinks } from "@/components/path/path-steps";

// The guided path's links (issue 11 §7): each carries the analysis forward; expectations are the
// links written out by hand.

test("from the ranking, every step carries the markets, home and ratings, and the entry-mode step the leader", () => {
  const links = pathLinks(
    "m=RUS,IDN&home=USA&a=RUS.competitiveIntensity:4&why=IDN",
    { firmSet: false, scenarioId: null },
    "IDN",
  );
  const carried = "m=RUS%2CIDN&home=USA&a=RUS.competitiveIntensity%3A4&market=IDN";
  expect(links.map((l) => l.href)).toEqual([
    `/?${carried}`,
    `/firm?${carried}`,
    `/compare/entry-modes?${carried}`,
    `/?${carried}#save-scenario`,
    "/scenarios",
  ]);
  expect(links.map((l) => l.done)).toEqual([true, false, false, false, false]);
});

test("a firm profile set and a scenario saved mark steps 2 and 4 done, and the report step opens that scenario's report", () => {
  const id = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
  const links = pathLinks(`m=THA&scenario=${id}&sv=2`, { firmSet: true, scenarioId: id });
  expect(links.map((l) => l.done)).toEqual([true, true, false, true, false]);
  expect(links[2]!.href).toBe(`/compare/entry-modes?m=THA&scenario=${id}&sv=2&market=THA`);
  expect(links[4]!.href).toBe(`/scenarios/${id}/report`);
});
