// Creates a new migration from the drift between prisma/migrations and prisma/schema.prisma,
// with Prisma's WebAssembly schema engine: `npm run db:migration:create -- <name>`.
import { createMigration } from "@/lib/db/migrations";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migration:create -- <name>");
  process.exit(2);
}
const dir = await createMigration(name);
console.log(dir ? `Created ${dir}` : "No changes: prisma/migrations already matches schema.prisma.");
// The WebAssembly schema engine leaves a 10 s timer running; the work is done.
process.exit(0);
