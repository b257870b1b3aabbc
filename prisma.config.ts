import path from "node:path";
import { defineConfig } from "prisma/config";

// `prisma generate` looks for the native schema engine (and downloads it when missing) even
// though it never runs it; a stub that answers `--version` keeps installs offline.
// See ../shared/STACK-NOTES.md, "Prisma without its native engines".
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/schema-engine-stub.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // Only `prisma migrate deploy` with the native engine reads this; the app and our own
    // migration runner choose their database in lib/db/client.ts.
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/outbound",
  },
});
