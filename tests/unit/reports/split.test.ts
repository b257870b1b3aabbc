import { expect, test } from "vitest";

import { tableParts, type Column } from "@/lib/reports/document";

const column = (heading: string): Column => ({ heading, align: "left", width: 1, rowHeader: false });

function wide(count: number) {
  const columns = ["Market", ...Array.from({ length: count }, (_, i) => `Rank ${i + 1}`)].map(column);
  const rows = [["Viet Nam", ...Array.from({ length: count }, (_, i) => `v${i + 1}`)]];
  return { columns, rows };
}

test("a table that fits is one part without a label", () => {
  const parts = tableParts({ ...wide(7), split: { keep: 1, perPart: 7 } });
  expect(parts).toHaveLength(1);
  expect(parts[0]!.label).toBeNull();
  expect(parts[0]!.columns.map((c) => c.heading)).toEqual([
    "Market",
    ...Array.from({ length: 7 }, (_, i) => `Rank ${i + 1}`),
  ]);
});

test("a wider table continues in labelled parts that repeat the first column and drop none", () => {
  const parts = tableParts({ ...wide(16), split: { keep: 1, perPart: 7 } });
  expect(parts.map((p) => p.label)).toEqual([
    "Part 1 of 3: columns Rank 1 to Rank 7",
    "Part 2 of 3: columns Rank 8 to Rank 14",
    "Part 3 of 3: columns Rank 15 to Rank 16",
  ]);
  for (const part of parts) {
    expect(part.columns[0]!.heading).toBe("Market");
    expect(part.rows[0]![0]).toBe("Viet Nam");
    expect(part.rows[0]!.length).toBe(part.columns.length);
  }
  const cells = parts.flatMap((p) => p.rows[0]!.slice(1));
  expect(cells).toEqual(Array.from({ length: 16 }, (_, i) => `v${i + 1}`));
});

test("a last part of one column names that column alone; a table without a split rule is never cut", () => {
  expect(tableParts({ ...wide(8), split: { keep: 1, perPart: 7 } })[1]!.label).toBe("Part 2 of 2: columns Rank 8");
  const whole = tableParts({ ...wide(40), split: null });
  expect(whole).toHaveLength(1);
  expect(whole[0]!.columns).toHaveLength(41);
});
