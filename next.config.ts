import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files at run time; bundling them makes the build pass
  // and every database request fail (STACK-NOTES).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // Parallel checkouts of the same tree (and their e2e servers) can build into separate folders.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
