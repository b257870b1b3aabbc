import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDataFiles, formatNumber, toCsv } from "@/scripts/build-data";
import { DATA_DIR, SHARED_DIR, itWithSources, readText } from "./helpers";

describe("scripts/build-data.ts", () => {
  itWithSources("rebuilds exactly the committed market files from the shared data", () => {
    const built = buildDataFiles(SHARED_DIR, DATA_DIR);
    expect(Object.keys(built).sort()).toEqual([
      "home/capitals.csv",
      "home/hofstede.csv",
      "home/land-borders.csv",
      "indicator-values.csv",
      "markets.csv",
      "sources.json",
    ]);
    for (const [name, content] of Object.entries(built)) {
      expect(content, `data/${name} is stale: run npx tsx scripts/build-data.ts`).toBe(
        readText(path.join(DATA_DIR, name)),
      );
    }
  });

  itWithSources("is deterministic", () => {
    expect(buildDataFiles(SHARED_DIR, DATA_DIR)).toEqual(buildDataFiles(SHARED_DIR, DATA_DIR));
  });

  it("writes LF-only CSV with RFC 4180 quoting only where needed", () => {
    expect(toCsv(["a", "b"], [["x, y", 'say "hi"'], ["plain", ""]])).toBe(
      'a,b\n"x, y","say ""hi"""\nplain,\n',
    );
  });

  itWithSources("writes the built files LF-only, ending in a newline", () => {
    for (const content of Object.values(buildDataFiles(SHARED_DIR, DATA_DIR))) {
      expect(content).not.toContain("\r");
      expect(content.endsWith("\n")).toBe(true);
    }
  });

  it("writes numbers as plain decimals", () => {
    expect(formatNumber(2561310169359)).toBe("2561310169359");
    expect(formatNumber(30769700000000)).toBe("30769700000000");
    expect(formatNumber(2.6)).toBe("2.6");
    expect(formatNumber(-0)).toBe("0");
    expect(() => formatNumber(1e-7)).toThrow();
    expect(() => formatNumber(Number.NaN)).toThrow();
  });
});
