import { fileTooLarge, unreadableFile, unsupportedFile, workbookTooLarge } from "./errors";
import { MAX_UNZIPPED_BYTES, MAX_UPLOAD_BYTES } from "./limits";

// The type of an upload is decided by its content, never by its name or the browser's claim:
// an XLSX workbook is a ZIP archive ("PK\x03\x04") holding xl/ entries; a CSV file is UTF-8 text
// without NUL bytes. Anything else is refused before a parser sees it.

export type DetectedFile = { type: "csv"; text: string } | { type: "xlsx"; bytes: Uint8Array };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function detectFileType(bytes: Uint8Array): DetectedFile {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw fileTooLarge(bytes.byteLength);
  if (bytes.byteLength === 0) throw unreadableFile({ key: "fileEmpty" });
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) {
    checkWorkbookArchive(bytes);
    return { type: "xlsx", bytes };
  }
  if (startsWith(bytes, OLE)) {
    throw unsupportedFile({ key: "oldExcel" });
  }
  if (bytes.includes(0)) {
    throw unsupportedFile({ key: "binaryFile" });
  }
  let text: string;
  try {
    // fatal: a byte sequence that is not UTF-8 is refused rather than replaced by "�".
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw unsupportedFile({ key: "notUtf8" });
  }
  return { type: "csv", text };
}

type ZipEntry = { name: string; uncompressedSize: number };

/** Reads the ZIP central directory: the entry names and their unzipped sizes, without unzipping. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record (22 bytes + a comment of up to 65,535 bytes) ends the file.
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadableFile({ key: "zipCutShort" });
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== 0x02014b50) {
      throw unreadableFile({ key: "zipDirectoryDamaged" });
    }
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    entries.push({ name, uncompressedSize });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function checkWorkbookArchive(bytes: Uint8Array): void {
  const entries = zipEntries(bytes);
  if (!entries.some((e) => e.name.startsWith("xl/")) || !entries.some((e) => e.name === "xl/workbook.xml")) {
    throw unsupportedFile({ key: "zipNotWorkbook" });
  }
  // 0xFFFFFFFF marks a ZIP64 size: over 4 GB unzipped, far beyond any sheet we accept.
  const total = entries.reduce(
    (sum, e) => sum + (e.uncompressedSize === 0xffffffff ? Infinity : e.uncompressedSize),
    0,
  );
  if (total > MAX_UNZIPPED_BYTES) throw workbookTooLarge();
}
