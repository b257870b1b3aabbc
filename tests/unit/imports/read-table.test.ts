import { describe, expect, test } from "vitest";

import { RequestError } from "@/lib/http/errors";
import { readTable } from "@/lib/imports/read-table";

import { makeXlsx } from "../../fixtures/imports/xlsx";

const csv = (text: string) => readTable({ type: "csv", text });

describe("reading a file into rows numbered as a spreadsheet shows them", () => {
  test("CSV: quoted commas and line breaks stay in their cell; empty lines keep the numbering", async () => {
    const table = await csv('market,source\n\nVNM,"Panel, wave 3\nsecond line"\nIDN,x\n');
    expect(table.rows).toEqual([["market", "source"], [null], ["VNM", "Panel, wave 3\nsecond line"], ["IDN", "x"]]);
  });

  test("CSV written by Excel in European locales (semicolons) and tab-separated text are read too", async () => {
    expect((await csv("market;value\nVNM;1.5\n")).rows).toEqual([
      ["market", "value"],
      ["VNM", "1.5"],
    ]);
    expect((await csv("market\tvalue\r\nVNM\t1.5\r\n")).rows).toEqual([
      ["market", "value"],
      ["VNM", "1.5"],
    ]);
    expect((await csv("\uFEFFmarket,value\n")).rows).toEqual([["market", "value"]]);
  });

  test("CSV with an unclosed quote is refused with the line it failed on", async () => {
    await expect(csv('market,source\nVNM,"open quote\n')).rejects.toBeInstanceOf(RequestError);
    await expect(csv('market,source\nVNM,"open quote\n')).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/CSV file could not be read/),
    });
  });

  test("XLSX: the first sheet, numbers as numbers, empty rows kept in place", async () => {
    const table = await readTable({
      type: "xlsx",
      bytes: makeXlsx([["market", "value"], [], ["VNM", 1.5], ["IDN", "2,5"]]),
    });
    expect(table).toEqual({
      type: "xlsx",
      rows: [
        ["market", "value"],
        [null, null],
        ["VNM", 1.5],
        ["IDN", "2,5"],
      ],
    });
  });
});
