// zod-to-openapi 9.1 writes a nullable use of a named schema, once that schema has been generated,
// as `allOf: [{ $ref }, { type: [<type>, "null"] }]`. That does not allow null: allOf needs null to
// pass the referenced schema too (an object schema refuses it). OpenAPI 3.1 (JSON Schema 2020-12)
// spells "this schema or null" as `anyOf: [{ $ref }, { type: "null" }]`, which is what the
// library's own fix proposes (asteasolutions/zod-to-openapi pull request #387, open as of
// December 2026). Until a release carries it, the document is corrected after generation.

type Node = Record<string, unknown>;

function isNullableRefAllOf(node: Node): node is Node & { allOf: [Node, Node] } {
  if (!Array.isArray(node.allOf) || node.allOf.length !== 2) return false;
  const [ref, nullable] = node.allOf as [Node, Node];
  return (
    typeof ref.$ref === "string" &&
    Object.keys(ref).length === 1 &&
    Array.isArray(nullable.type) &&
    nullable.type.includes("null")
  );
}

/** Rewrites every nullable reference in place (the document is freshly generated, not shared). */
export function fixNullableRefs(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) fixNullableRefs(item);
    return;
  }
  if (!value || typeof value !== "object") return;
  const node = value as Node;
  if (isNullableRefAllOf(node)) {
    const [ref, nullable] = node.allOf;
    // What else the library put beside the type (a description, say) stays on the property.
    const { type: _type, ...rest } = nullable;
    delete node.allOf;
    Object.assign(node, rest, { anyOf: [ref, { type: "null" }] });
  }
  for (const child of Object.values(node)) fixNullableRefs(child);
}
