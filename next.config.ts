import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// next-intl finds its per-request configuration (locale, messages) here.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files at run time; bundling them makes the build pass
  // and every database request fail (STACK-NOTES).
  // piscina starts its threads from its own worker file (beside its code): bundled, that path breaks.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg", "piscina"],
  poweredByHeader: false,
  // Parallel checkouts of the same tree (and their e2e servers) can build into separate folders.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default withNextIntl(nextConfig);
