import { unstorableTextReason } from "@/lib/contracts/text";
import { readBodyBytes } from "@/lib/http/body";
import { isMultipartFormData } from "@/lib/http/content-type";
import { RequestError } from "@/lib/http/errors";

import { fileTooLarge, ImportFileError } from "./errors";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL, MULTIPART_OVERHEAD_BYTES } from "./limits";

// Uploads arrive as multipart/form-data (what a browser's file input sends): a field "file" with
// the CSV or XLSX, and, with a commit, "fileHash" from the preview. The size is checked three
// times: the declared Content-Length, the bytes actually received, and the file part itself.

export type Upload = { fileName: string; bytes: Uint8Array; expectedHash: string | null };

export async function readUpload(request: Request): Promise<Upload> {
  const type = request.headers.get("content-type") ?? "";
  if (!isMultipartFormData(type)) {
    throw new ImportFileError(415, "unsupported_media_type", { key: "notMultipart", type: type || "none" });
  }
  const limit = MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw fileTooLarge(declared);
  const body = await readLimited(request, limit);

  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    throw new ImportFileError(400, "invalid_upload", { key: "formUnreadable" });
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) {
    throw new ImportFileError(400, "invalid_upload", { key: "noFile" });
  }
  if (file.size > MAX_UPLOAD_BYTES) throw fileTooLarge(file.size);
  const hash = form.get("fileHash");
  const name = "name" in file && typeof file.name === "string" && file.name.trim() ? file.name.trim() : "upload";
  // The file name is stored with the import batch.
  const unstorable = unstorableTextReason(name);
  if (unstorable) {
    throw new ImportFileError(
      400,
      "invalid_upload",
      { key: "fileNameUnstorable", reason: /\u0000/.test(name) ? "nul" : "surrogate" },
      { issues: [{ path: "file", message: `file name ${unstorable}` }] },
    );
  }
  return {
    fileName: name.slice(0, 200),
    bytes: new Uint8Array(await file.arrayBuffer()),
    expectedHash: typeof hash === "string" && hash ? hash : null,
  };
}

/** The request body, refused with 413 as soon as it passes `limit` bytes. */
export function readLimited(
  request: Request,
  limit: number,
  label = MAX_UPLOAD_LABEL,
): Promise<Uint8Array<ArrayBuffer>> {
  return readBodyBytes(request, limit, (size) =>
    label === MAX_UPLOAD_LABEL
      ? fileTooLarge(size)
      : RequestError.saying(413, "payload_too_large", { key: "payloadTooLarge", limit: label }, { limit: label }),
  );
}
