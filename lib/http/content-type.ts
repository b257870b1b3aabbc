import "server-only";

// Content types are compared as media types, never by substring: `text/plain; x=json` contains
// "json" yet is what a cross-site form or a no-preflight fetch can send, so it must not pass.

type ContentType = { mediaType: string; parameters: Map<string, string> };

/** The Content-Type header split into its lower-cased media type and parameters (RFC 9110 §8.3). */
export function parseContentType(header: string | null): ContentType {
  const [type = "", ...rest] = (header ?? "").split(";");
  const parameters = new Map<string, string>();
  for (const part of rest) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim().toLowerCase();
    const value = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1");
    if (name) parameters.set(name, value);
  }
  return { mediaType: type.trim().toLowerCase(), parameters };
}

/**
 * Exactly `application/json`, optionally with a UTF-8 charset: JSON text is UTF-8 (RFC 8259 §8.1)
 * and the body is decoded as such, so any other charset or parameter is refused, not misread.
 */
export function isJsonContentType(header: string | null): boolean {
  const { mediaType, parameters } = parseContentType(header);
  if (mediaType !== "application/json") return false;
  for (const [name, value] of parameters) {
    if (name !== "charset" || !["utf-8", "utf8"].includes(value.toLowerCase())) return false;
  }
  return true;
}

/** Exactly `multipart/form-data` (its boundary parameter is the form parser's business). */
export function isMultipartFormData(header: string | null): boolean {
  return parseContentType(header).mediaType === "multipart/form-data";
}
