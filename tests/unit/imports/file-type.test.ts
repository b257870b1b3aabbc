import { deflateRawSync } from "node:zlib";

import { describe, expect, test } from "vitest";

import { RequestError } from "@/lib/http/errors";
import { detectFileType, zipEntries } from "@/lib/imports/file-type";
import { MAX_UNZIPPED_BYTES, MAX_UPLOAD_BYTES } from "@/lib/imports/limits";

import { makeXlsx, workbookEntries, zip } from "../../fixtures/imports/xlsx";

const bytes = (text: string) => new TextEncoder().encode(text);

function refusal(work: () => unknown): RequestError {
  try {
    work();
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("the type of an upload is decided by its content", () => {
  test("UTF-8 text is CSV, with or without a byte-order mark, whatever the file is called", () => {
    expect(detectFileType(bytes("market,indicator\nVNM,x\n"))).toEqual({
      type: "csv",
      text: "market,indicator\nVNM,x\n",
    });
    expect(detectFileType(bytes("\uFEFFmarket;Ñandú\n"))).toMatchObject({ type: "csv" });
  });

  test("a ZIP archive with xl/workbook.xml is an XLSX workbook", () => {
    expect(detectFileType(makeXlsx([["market"]])).type).toBe("xlsx");
    expect(zipEntries(makeXlsx([["a"]])).map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
  });

  test("a ZIP archive that is not a workbook (e.g. a .docx or any .zip) is refused with 415", () => {
    const docx = zip([{ name: "word/document.xml", data: Buffer.from("<w:document/>") }]);
    expect(refusal(() => detectFileType(docx))).toMatchObject({
      status: 415,
      message: expect.stringMatching(/ZIP archive but not an Excel workbook/),
    });
  });

  test("a damaged ZIP (cut short) is refused with 400", () => {
    const cut = makeXlsx([["market"]]).subarray(0, 200);
    expect(refusal(() => detectFileType(cut))).toMatchObject({ status: 400, code: "unreadable_file" });
  });

  test("a workbook that unpacks to more than the limit (a zip bomb) is refused before it is unpacked", () => {
    const zeros = Buffer.alloc(MAX_UNZIPPED_BYTES + 1);
    expect(deflateRawSync(zeros).length).toBeLessThan(MAX_UPLOAD_BYTES);
    const bomb = zip([...workbookEntries([["market"]]), { name: "xl/media/huge.bin", data: zeros, deflate: true }]);
    expect(refusal(() => detectFileType(bomb))).toMatchObject({ status: 413, code: "workbook_too_large" });
  });

  test("binary files, old .xls workbooks and text that is not UTF-8 are refused with 415 and a way out", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(refusal(() => detectFileType(png))).toMatchObject({
      status: 415,
      message: expect.stringMatching(/NUL bytes/),
    });
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(refusal(() => detectFileType(xls)).message).toMatch(/old Excel \(\.xls\).*\.xlsx/);
    const latin1 = Uint8Array.from([0x6d, 0x61, 0x72, 0x6b, 0x65, 0x74, 0x0a, 0xe9, 0x74, 0xe9]);
    expect(refusal(() => detectFileType(latin1))).toMatchObject({
      status: 415,
      message: expect.stringMatching(/not UTF-8.*CSV UTF-8/),
    });
  });

  test("an empty file, and one over 5 MB, are refused", () => {
    expect(refusal(() => detectFileType(new Uint8Array()))).toMatchObject({
      status: 400,
      message: "The file is empty.",
    });
    expect(refusal(() => detectFileType(new Uint8Array(MAX_UPLOAD_BYTES + 1)))).toMatchObject({
      status: 413,
      limit: "5 MB per file",
    });
  });
});
