import "server-only";

/**
 * Reads a request body, giving up as soon as it passes `limit` bytes, so an oversized upload is
 * refused without being held in memory whole. `tooLarge` builds the error for the caller's limit.
 */
export async function readBodyBytes(
  request: Request,
  limit: number,
  tooLarge: (size: number) => Error,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(size);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
