/**
 * What the browser receives for one page of a running Outbound: the HTML (with the RSC payload
 * Next.js inlines into it), the RSC payload a client-side navigation fetches, and the first-load
 * JavaScript: the sum of the gzip sizes of the scripts the HTML loads (`<script src>`, except
 * `noModule` ones), each counted once. Used by `npm run bench:http`; on its own: `node --import ./scripts/register.mjs scripts/page-weight.ts <url>`.
 */
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

export type FirstLoad = {
  htmlBytes: number;
  inlineRscBytes: number;
  rscBytes: number;
  scripts: { src: string; bytes: number; gzipBytes: number }[];
  jsBytes: number;
  jsGzipBytes: number;
};

async function bytesOf(url: string, headers?: Record<string, string>): Promise<Buffer> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

export async function firstLoadOf(base: string, page: string): Promise<FirstLoad> {
  const html = (await bytesOf(new URL(page, base).href)).toString("utf8");
  // A `noModule` script (Next's legacy polyfills) is skipped by every browser that runs modules.
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter(
    (m) => !/nomodule/i.test(m[1]! + m[3]!),
  );
  const sources = [...new Set(tags.map((m) => m[2]!.replaceAll("&amp;", "&")))];
  const scripts = await Promise.all(
    sources.map(async (src) => {
      const body = await bytesOf(new URL(src, base).href);
      // gzip at zlib's default level, as a server or CDN compresses them on the fly.
      return { src, bytes: body.length, gzipBytes: gzipSync(body).length };
    }),
  );
  const inline = [...html.matchAll(/<script>(self\.__next_f\.push[\s\S]*?)<\/script>/g)];
  const rsc = await bytesOf(new URL(page, base).href, { RSC: "1" });
  return {
    htmlBytes: Buffer.byteLength(html),
    inlineRscBytes: inline.reduce((sum, m) => sum + Buffer.byteLength(m[1]!), 0),
    rscBytes: rsc.length,
    scripts,
    jsBytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    jsGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = process.argv[2];
  if (!target) {
    console.error("Usage: node --import ./scripts/register.mjs scripts/page-weight.ts http://127.0.0.1:3000/");
    process.exit(2);
  }
  const url = new URL(target);
  firstLoadOf(url.origin, url.pathname + url.search).then(
    (weight) => {
      for (const s of weight.scripts) console.log(`${String(s.gzipBytes).padStart(8)} B gzip  ${s.src}`);
      console.log(`HTML ${weight.htmlBytes} B (inline RSC ${weight.inlineRscBytes} B), RSC ${weight.rscBytes} B`);
      console.log(
        `first-load JS: ${weight.scripts.length} scripts, ${(weight.jsGzipBytes / 1024).toFixed(1)} KiB gzip`,
      );
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
