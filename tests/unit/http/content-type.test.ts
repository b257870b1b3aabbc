import { expect, test } from "vitest";

import { isJsonContentType, isMultipartFormData, parseContentType } from "@/lib/http/content-type";

// Media types compared whole (RFC 9110 §8.3): a substring match let `text/plain; x=json`, which a
// cross-site page can send without a preflight, pass as JSON.

test("application/json passes, alone or with a UTF-8 charset, in any letter case", () => {
  for (const header of [
    "application/json",
    "Application/JSON",
    "application/json; charset=utf-8",
    'application/json;charset="UTF-8"',
    "application/json ; charset=utf8",
  ]) {
    expect(isJsonContentType(header), header).toBe(true);
  }
});

test("anything merely containing json is refused", () => {
  for (const header of [
    "text/plain; x=json",
    "text/json",
    "application/jsonx",
    "application/json-patch+json",
    "application/x-www-form-urlencoded; json",
    "application/json; charset=iso-8859-1",
    "application/json; profile=x",
    "",
    null,
  ]) {
    expect(isJsonContentType(header), String(header)).toBe(false);
  }
});

test("uploads must be exactly multipart/form-data (the boundary is the parser's business)", () => {
  expect(isMultipartFormData("multipart/form-data; boundary=----x")).toBe(true);
  expect(isMultipartFormData("Multipart/Form-Data;boundary=x")).toBe(true);
  for (const header of [
    "multipart/form-data-x; boundary=x",
    "multipart/mixed; boundary=x",
    "text/plain; multipart/form-data",
    null,
  ]) {
    expect(isMultipartFormData(header), String(header)).toBe(false);
  }
});

test("parameters are read by name, quotes removed", () => {
  const parsed = parseContentType('Multipart/Form-Data; Boundary="----abc"; charset=UTF-8');
  expect(parsed.mediaType).toBe("multipart/form-data");
  expect(parsed.parameters.get("boundary")).toBe("----abc");
  expect(parsed.parameters.get("charset")).toBe("UTF-8");
});
