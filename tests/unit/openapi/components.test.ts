import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { expect, test } from "vitest";
import { z } from "zod";

import { nameRecursive } from "@/lib/openapi/components";

function componentsOf(schema: z.ZodType) {
  const registry = new OpenAPIRegistry();
  registry.registerPath({
    method: "post",
    path: "/x",
    responses: { 200: { description: "ok", content: { "application/json": { schema } } } },
  });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
  });
}

test("a z.json() field becomes a $ref to one JsonValue component instead of an endless expansion", () => {
  const schema = z.object({ a: z.json(), b: z.array(z.json().nullable()) });
  nameRecursive(schema);
  const doc = componentsOf(schema);
  const body = JSON.stringify(doc.paths);
  expect(body).toContain('"a":{"$ref":"#/components/schemas/JsonValue"}');
  expect(Object.keys(doc.components?.schemas ?? {})).toEqual(["JsonValue"]);
});

test("another recursive schema is refused with a message saying where to name it", () => {
  type Tree = { children: Tree[] };
  const Tree: z.ZodType<Tree> = z.lazy(() => z.object({ children: z.array(Tree) }));
  expect(() => nameRecursive(z.object({ tree: Tree }))).toThrow(
    /needs a component name in lib\/openapi\/components.ts/,
  );
});
