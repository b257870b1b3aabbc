import fc from "fast-check";
import { afterAll, beforeAll, expect, test } from "vitest";

import { POST as postAhp } from "@/app/api/v1/ahp/route";
import { GET as getBackup, POST as postBackup } from "@/app/api/v1/backup/route";
import { POST as postEntryModes } from "@/app/api/v1/entry-modes/route";
import { POST as postPreview } from "@/app/api/v1/imports/preview/route";
import { GET as getReport } from "@/app/api/v1/scenarios/[id]/[report]/route";
import { PUT as putScenario } from "@/app/api/v1/scenarios/[id]/route";
import { POST as postImportScenario } from "@/app/api/v1/scenarios/import/route";
import { POST as postScenario } from "@/app/api/v1/scenarios/route";
import { POST as postScore } from "@/app/api/v1/score/route";
import { POST as postSensitivity } from "@/app/api/v1/sensitivity/route";
import { ScenarioSchema } from "@/lib/contracts/scenarios";
import { closeDatabase } from "@/lib/db/client";
import { defaultWorkspaceState } from "@/lib/workspace/url-state";

import { seededAppDatabase } from "./support/database";
import { sampleFirm } from "./support/firm";

// The write API under hostile input. First the fault fuzzing found (a NUL in a stored text gave a
// 500): refused with a 400 that names the field. Then a property-based fuzz test: mutated bodies
// to every JSON write route are answered 2xx or 4xx, always with a JSON body, errors with a code.

/** Mutated bodies per route; FUZZ_RUNS raises it for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

let cleanup: () => Promise<void>;

beforeAll(async () => {
  cleanup = (await seededAppDatabase()).cleanup;
});

afterAll(async () => {
  await closeDatabase();
  await cleanup?.();
});

const firm = sampleFirm;
const scenarioInputs = {
  state: { ...defaultWorkspaceState(), markets: ["RUS", "IDN", "VNM", "THA"] },
  firmProfile: firm,
  entryMode: { assessments: { competitiveIntensity: { value: 3, reason: "Two local leaders" } } },
  monteCarlo: { samples: 200, seed: 7, concentration: 50 },
};
const scoreBody = {
  method: "topsis",
  criteria: [
    { id: "gdp", weight: 0.5, direction: "benefit", group: "size" },
    { id: "distance", weight: 0.5, direction: "cost", group: "proximity" },
  ],
  groups: [
    { id: "size", weight: 2 },
    { id: "proximity", weight: 1 },
  ],
  alternatives: [
    { id: "RUS", values: { gdp: 2561, distance: 5791 } },
    { id: "IDN", values: { gdp: 1445, distance: 5219 } },
    { id: "VNM", values: { gdp: 476, distance: null } },
  ],
};

const jsonRequest = (method: string, body: string, path = "/api/v1/x") =>
  new Request(`http://localhost${path}`, { method, body, headers: { "content-type": "application/json" } });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

type Answer = {
  status: number;
  body: { error?: { code: string; message: string; issues?: { path: string; message: string }[] } };
};

/** The answer, after checking it is one a client can rely on: 2xx or 4xx, JSON, errors with a code. */
async function answered(response: Response, what: string): Promise<Answer> {
  const text = await response.text();
  const where = `${what} → ${response.status} ${text.slice(0, 300)}`;
  expect(response.status < 300 || (response.status >= 400 && response.status < 500), where).toBe(true);
  expect(response.headers.get("content-type"), where).toMatch(/^application\/json/);
  const body = JSON.parse(text) as Answer["body"];
  if (response.status >= 400) expect(typeof body.error?.code, where).toBe("string");
  return { status: response.status, body };
}

async function createScenario(name = "Fuzz base") {
  const response = await postScenario(jsonRequest("POST", JSON.stringify({ name, inputs: scenarioInputs })));
  expect(response.status).toBe(201);
  return ScenarioSchema.parse(await response.json());
}

function issuePaths(answer: Answer): string[] {
  return answer.body.error?.issues?.map((issue) => issue.path) ?? [];
}

test("a NUL or a broken surrogate in a scenario's name or notes is a 400 naming the field, on create and update", async () => {
  for (const [field, value] of [
    ["name", "Board\u0000pick"],
    ["notes", "see \u0000 attached"],
    ["name", "Plan \uD83D"],
  ] as const) {
    const body = JSON.stringify({ name: "ok", notes: "", inputs: scenarioInputs, [field]: value });
    const answer = await answered(await postScenario(jsonRequest("POST", body)), `create with ${field}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error?.code).toBe("invalid_request");
    expect(issuePaths(answer)).toEqual([field]);
    expect(answer.body.error?.message).toMatch(field === "name" && value.includes("\uD83D") ? /surrogate/ : /NUL/);
  }
  const saved = await createScenario();
  const update = JSON.stringify({ baseVersion: saved.version, notes: "x\u0000" });
  const answer = await answered(await putScenario(jsonRequest("PUT", update), params(saved.id)), "update notes");
  expect(answer.status).toBe(400);
  expect(issuePaths(answer)).toEqual(["notes"]);
});

test("free text inside stored inputs, a restored backup and a re-imported scenario file is checked too", async () => {
  const reason = "\u0000";
  const inputs = { ...scenarioInputs, entryMode: { assessments: { competitiveIntensity: { value: 3, reason } } } };
  const created = await answered(
    await postScenario(jsonRequest("POST", JSON.stringify({ name: "ok", inputs }))),
    "create with a NUL reason",
  );
  expect(created.status).toBe(400);
  expect(issuePaths(created)).toEqual(["inputs.entryMode.assessments.competitiveIntensity.reason"]);

  const saved = await createScenario("To export");
  const exported = JSON.parse(
    await (
      await getReport(new Request("http://localhost"), {
        params: Promise.resolve({ id: saved.id, report: "report.json" }),
      })
    ).text(),
  );
  exported.scenario.name = "Copy\u0000";
  const reimported = await answered(
    await postImportScenario(jsonRequest("POST", JSON.stringify(exported))),
    "re-import",
  );
  expect(reimported.status).toBe(400);
  expect(issuePaths(reimported)).toEqual(["scenario.name"]);

  const backup = await (await getBackup(new Request("http://localhost/api/v1/backup"))).json();
  // The restore reads the file as a stream and checks each record before writing it (and the
  // database's emptiness before the first write): a bad first record is refused for what it is.
  const index = 0;
  backup.scenarios[index].revisions[0].notes = "\uDC00";
  const restored = await answered(await postBackup(jsonRequest("POST", JSON.stringify(backup))), "restore");
  expect(restored.status).toBe(400);
  expect(issuePaths(restored)).toEqual([`scenarios.${index}.revisions.0.notes`]);
});

test("an uploaded file whose name holds a NUL is a 400 naming the file", async () => {
  const form = new FormData();
  form.set("file", new File(["market,indicator,year,value,source\n"], "data\u0000.csv"));
  const answer = await answered(
    await postPreview(new Request("http://localhost/api/v1/imports/preview", { method: "POST", body: form })),
    "upload",
  );
  expect(answer.status).toBe(400);
  expect(issuePaths(answer)).toEqual(["file"]);
});

// ---- Property-based fuzzing ----

/** Values that break assumptions: text PostgreSQL refuses, extreme numbers, wrong types. */
const hostile = fc.oneof(
  fc.constantFrom("\u0000", "a\u0000b", "\uD800", "x\uDC00y", "", " ", "=cmd()", "🚀".repeat(300), "RUS", "topsis"),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  fc.constantFrom(0, -0, -1, 1, 0.5, 5, 6, 1e308, -1e308, 5e-324, 2 ** 53, 100_001, 1e9),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 2 }),
);

type Path = (string | number)[];
type Mutation = {
  at: number;
  kind: "replace" | "delete" | "add" | "grow" | "inject";
  value: unknown;
  key: string;
  text: string;
};

function pathsOf(value: unknown, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...path, i])));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

/** Applies one structural mutation at one of the value's paths (root included). */
function mutate(root: unknown, m: Mutation): unknown {
  const copy = structuredClone(root);
  const all = pathsOf(copy);
  // "inject" splices hostile characters into one of the strings: names, notes, codes, keys.
  const strings = all.filter((p) => typeof p.reduce<any>((node, key) => node[key], copy) === "string"); // eslint-disable-line @typescript-eslint/no-explicit-any
  const paths = m.kind === "inject" && strings.length > 0 ? strings : all;
  const path = paths[m.at % paths.length]!;
  if (path.length === 0) return m.kind === "replace" ? m.value : copy;
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy); // eslint-disable-line @typescript-eslint/no-explicit-any
  const key = path[path.length - 1]!;
  if (m.kind === "inject" && typeof parent[key] === "string") {
    const text = parent[key] as string;
    const at = m.at % (text.length + 1);
    parent[key] = text.slice(0, at) + m.text + text.slice(at);
  } else if (m.kind === "replace") parent[key] = m.value;
  else if (m.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (m.kind === "add") {
    const target = parent[key];
    if (Array.isArray(target)) target.push(m.value);
    else if (target && typeof target === "object") target[m.key] = m.value;
    else parent[key] = m.value;
  } else if (Array.isArray(parent[key])) {
    // Many copies of an element: duplicate ids and large inputs.
    const target = parent[key] as unknown[];
    if (target.length > 0) parent[key] = Array.from({ length: 40 }, () => structuredClone(target[0]));
  }
  return copy;
}

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("replace", "delete", "add", "grow", "inject"),
  value: hostile,
  text: fc.oneof(
    fc.constantFrom("\u0000", "\uD800", "\uDC00", "\uD83D\uDE80", "\u0000\u0000"),
    fc.string({ unit: "binary", maxLength: 4 }),
  ),
  key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "\u0000", "id")),
}) as fc.Arbitrary<Mutation>;

/** A body: 1-3 structural mutations of a valid one, then sometimes a cut or spliced text. */
function bodies(valid: unknown) {
  return fc
    .tuple(
      fc.array(mutation, { minLength: 1, maxLength: 3 }),
      // One body in five is also cut or spliced as text (invalid JSON, mostly).
      fc.oneof(
        { weight: 4, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.string({ maxLength: 3 })) },
      ),
    )
    .map(([mutations, splice]) => {
      const text = JSON.stringify(mutations.reduce(mutate, valid)) ?? "";
      if (!splice) return text;
      const at = splice[0] % (text.length + 1);
      return text.slice(0, at) + splice[1] + text.slice(at + (splice[1].length === 0 ? 1 : 0));
    });
}

async function fuzz(name: string, valid: unknown, send: (body: string) => Promise<Response>) {
  const statuses = new Map<number, number>();
  await fc.assert(
    fc.asyncProperty(bodies(valid), async (body) => {
      const { status } = await answered(await send(body), `${name} ${JSON.stringify(body).slice(0, 200)}`);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }),
    { numRuns: RUNS },
  );
  // The mutations must reach past validation now and then, or the test fuzzes only the parser.
  expect(
    [...statuses.keys()].some((status) => status < 300),
    `${name}: ${JSON.stringify([...statuses])}`,
  ).toBe(true);
  expect(
    [...statuses.keys()].some((status) => status >= 400),
    `${name}: ${JSON.stringify([...statuses])}`,
  ).toBe(true);
}

test(`fuzz: POST /score, /ahp, /sensitivity answer ${RUNS} mutated bodies each with 2xx or 4xx JSON`, async () => {
  await fuzz("score", scoreBody, (body) => postScore(jsonRequest("POST", body)));
  await fuzz(
    "ahp",
    {
      criteria: ["a", "b", "c"],
      matrix: [
        [1, 3, 5],
        [1 / 3, 1, 3],
        [1 / 5, 1 / 3, 1],
      ],
    },
    (body) => postAhp(jsonRequest("POST", body)),
  );
  await fuzz("sensitivity", { ...scoreBody, monteCarlo: { samples: 200, seed: 7, concentration: 40 } }, (body) =>
    postSensitivity(jsonRequest("POST", body)),
  );
}, 300_000);

test(`fuzz: POST /entry-modes, POST and PUT /scenarios answer ${RUNS} mutated bodies each with 2xx or 4xx JSON`, async () => {
  await fuzz("entry-modes", { market: "RUS", firm, indicatorYear: 2018 }, (body) =>
    postEntryModes(jsonRequest("POST", body)),
  );
  await fuzz("create scenario", { name: "Fuzzed", notes: "n", inputs: scenarioInputs }, (body) =>
    postScenario(jsonRequest("POST", body)),
  );
  const saved = await createScenario("Fuzzed updates");
  let version = saved.version;
  await fuzz(
    "update scenario",
    { baseVersion: 1, name: "Renamed", notes: "n", inputs: scenarioInputs },
    async (body) => {
      // Keep baseVersion current when the mutation left it alone, so updates get past the 409.
      const sent = body.replace('"baseVersion":1,', `"baseVersion":${version},`);
      const response = await putScenario(jsonRequest("PUT", sent), params(saved.id));
      if (response.status === 200) version = ((await response.clone().json()) as { version: number }).version;
      return response;
    },
  );
}, 600_000);
