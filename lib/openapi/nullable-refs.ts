// zod-to-openapi 9.1 writes a nullable use of a named schema, once that schema has been generated,
// as `allOf: [{ $ref }, { type: [<type>, "null"] }]`. That does not allow null: allOf needs null to
// pass the referenced schema too (an object schema refuses it). OpenAPI 3.1 (JSON Schema 2020-12)
// spells "this schema or null" as `anyOf: [{ $ref }, { type: "null" }]`, which is what the
// library's own fix proposes (asteasolutions/zod-to-openapi pull request #387, open as of
// December 2026). Until a release carries it, the document is corrected after generation.

type Node = Record<string, unknown>;

/** The `[{ $ref }, { type: [..., "null"], ... }]` pair of such an allOf, or undefined. */
function nullableRefAllOf(node: Node): [Node, Node] | undefined {
  if (!Array.isArray(node.allOf) || node.allOf.length !== 2) return undefined;
  const [ref, nullable] = node.allOf as [Node, Node];
  const matches =
    typeof ref.$ref === "string" &&
    Object.keys(ref).length === 1 &&
    Array.isArray(nullable.type) &&
    nullable.type.includes("null");
  return matches ? [ref, nullable] : undefined;
}

/** Rewrites every nullable reference in place (the document is freshly generated, not shared). */
export function fixNullableRefs(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) fixNullableRefs(item);
    return;
  }
  if (!value || typeof value !== "object") return;
  const node = value as Node;
  const pair = nullableRefAllOf(node);
  if (pair) {
    const [ref, nullable] = pair;
    // What else the library put beside the type (a description, say) stays on the property.
    const rest = Object.fromEntries(Object.entries(nullable).filter(([key]) => key !== "type"));
    delete node.allOf;
    Object.assign(node, rest, { anyOf: [ref, { type: "null" }] });
  }
  for (const child of Object.values(node)) fixNullableRefs(child);
}
