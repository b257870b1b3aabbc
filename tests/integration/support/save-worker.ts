// A writer for the kill test (tests/integration/kill.test.ts): it opens the app's database from the
// environment, as the app does, and writes without pause through the functions the routes call
// (scenario create and update; import commit), printing a line after each write has returned.
// The test kills it with SIGKILL at a random moment and checks what the database holds.
import { getPrisma } from "@/lib/db/client";
import { commitImport } from "@/lib/server/imports";
import { createScenario, updateScenario } from "@/lib/server/scenarios";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";
import { sampleFirm } from "./firm";
import { SOLO_ACCESS } from "@/lib/server/access";

const [kind, tag] = process.argv.slice(2);
if ((kind !== "scenarios" && kind !== "imports") || !tag)
  throw new Error("usage: save-worker.ts scenarios|imports <tag>");

const prisma = await getPrisma();
const markets = (await prisma.market.findMany({ select: { iso3: true }, orderBy: { iso3: "asc" }, take: 30 })).map(
  (m) => m.iso3,
);
const firmProfile = sampleFirm;
const inputs = (i: number) => ({
  state: { ...defaultWorkspaceState(), markets: markets.slice(i % 5, (i % 5) + 8) },
  firmProfile,
  monteCarlo: { samples: 100, seed: i, concentration: 50 },
});

/** A CSV that defines one new indicator and gives it a value in every market: one batch, many rows. */
function importFile(i: number): Uint8Array {
  const key = `killtest_${tag}_${i}`;
  const header = "market,indicator,year,value,source,indicator_name,unit,direction,criteria_group,definition";
  const rows = markets.map(
    (iso3, m) =>
      `${iso3},${key},2024,${(m * 7 + i) % 100},Kill test panel,Kill test ${tag} ${i},points,benefit,competition,Written by the kill test`,
  );
  return new TextEncoder().encode([header, ...rows].join("\n") + "\n");
}

process.stdout.write("ready\n");
for (let i = 0; ; i++) {
  if (kind === "scenarios") {
    const created = await createScenario(SOLO_ACCESS, { name: `${tag} #${i}`, notes: "", inputs: inputs(i) });
    process.stdout.write(`saved ${created.id} ${created.version}\n`);
    const updated = await updateScenario(SOLO_ACCESS, created.id, {
      baseVersion: created.version,
      notes: `update of ${i}`,
      inputs: inputs(i + 1),
    });
    process.stdout.write(`saved ${updated.id} ${updated.version}\n`);
  } else {
    const committed = await commitImport(SOLO_ACCESS, {
      fileName: `${tag}-${i}.csv`,
      bytes: importFile(i),
      expectedHash: null,
    });
    process.stdout.write(`imported ${committed.batch.id} ${committed.batch.values}\n`);
  }
}
