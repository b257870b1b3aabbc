// Structure checks of an OpenAPI 3.1 document, each problem as a sentence naming where it is.
// (No validator package is installed; these are the rules a client generator trips on first.)

type Json = Record<string, unknown>;

/** Every object in the document with its JSON-pointer location. */
export function* walk(value: unknown, at = "#"): Generator<[string, Json]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walk(item, `${at}/${i}`);
  } else if (value && typeof value === "object") {
    yield [at, value as Json];
    for (const [key, child] of Object.entries(value)) {
      yield* walk(child, `${at}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
    }
  }
}

/** The node a local reference (`#/components/…`) points to, or undefined. */
export function resolve(doc: unknown, pointer: string): unknown {
  if (!pointer.startsWith("#/")) return undefined;
  return pointer
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Json)[key] : undefined), doc);
}

type Parameter = { name?: string; in?: string; required?: boolean; $ref?: string };

export function structuralProblems(doc: Json): string[] {
  const problems: string[] = [];
  if (typeof doc.openapi !== "string" || !/^3\.1\.\d+$/.test(doc.openapi))
    problems.push(`openapi is ${String(doc.openapi)}, not 3.1.x`);
  const info = doc.info as Json | undefined;
  if (typeof info?.title !== "string" || typeof info.version !== "string")
    problems.push("info needs a title and a version");

  for (const [at, node] of walk(doc)) {
    if (
      typeof node.$ref === "string" &&
      (!node.$ref.startsWith("#/components/") || resolve(doc, node.$ref) === undefined)
    ) {
      problems.push(`${at}: $ref ${node.$ref} does not resolve`);
    }
    if (typeof node.nullable === "boolean") problems.push(`${at}: "nullable" is OpenAPI 3.0; 3.1 lists "null" in type`);
    const allOf = Array.isArray(node.allOf) ? (node.allOf as Json[]) : [];
    if (allOf.some((s) => s.$ref) && allOf.some((s) => Array.isArray(s.type) && s.type.includes("null"))) {
      problems.push(`${at}: allOf with a $ref never allows null; write anyOf [$ref, {type: "null"}]`);
    }
  }

  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Record<string, Json>>)) {
    const template = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!).sort();
    for (const [method, op] of Object.entries(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      const params = ((op.parameters ?? []) as Parameter[]).map((p) =>
        p.$ref ? (resolve(doc, p.$ref) as Parameter) : p,
      );
      const inPath = params.filter((p) => p?.in === "path");
      const declared = inPath.map((p) => p.name ?? "").sort();
      if (declared.join() !== template.join()) {
        problems.push(`${where}: path parameters declared [${declared.join(", ")}], path has [${template.join(", ")}]`);
      }
      if (inPath.some((p) => p.required !== true)) problems.push(`${where}: a path parameter is not required`);
      const keys = params.map((p) => `${p?.in}:${p?.name}`);
      if (new Set(keys).size !== keys.length) problems.push(`${where}: a parameter is declared twice`);

      if (typeof op.operationId !== "string") problems.push(`${where}: no operationId`);
      else if (operationIds.has(op.operationId)) problems.push(`${where}: operationId ${op.operationId} is used twice`);
      else operationIds.add(op.operationId);

      const responses = (op.responses ?? {}) as Record<string, Json>;
      if (Object.keys(responses).length === 0) problems.push(`${where}: no responses`);
      for (const [status, response] of Object.entries(responses)) {
        if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status)) problems.push(`${where}: response key ${status}`);
        if (typeof response.description !== "string") problems.push(`${where} ${status}: no description`);
      }
      const body = op.requestBody as { content?: Json } | undefined;
      if (body && Object.keys(body.content ?? {}).length === 0)
        problems.push(`${where}: a request body without content`);
    }
  }
  return problems;
}
