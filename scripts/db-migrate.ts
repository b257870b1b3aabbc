// Applies pending migrations from prisma/migrations (no seeding): `npm run db:migrate`.
import { DatabaseSetupError, messageOf } from "@/lib/db/errors";
import { prepareDatabase } from "@/lib/db/setup";
import { databaseTarget, describeTarget } from "@/lib/db/target";
import { EnvError, parseEnv } from "@/lib/env";

try {
  const target = databaseTarget(parseEnv());
  const { applied } = await prepareDatabase(target, { seed: false });
  console.log(`${describeTarget(target)}: ${applied.length > 0 ? `applied ${applied.join(", ")}` : "up to date"}`);
  // Prisma's WebAssembly schema engine leaves a 10 s timer of its own running after the
  // migrations are applied (and the database is closed); nothing is pending, so end here.
  process.exit(0);
} catch (error) {
  console.error(error instanceof EnvError || error instanceof DatabaseSetupError ? messageOf(error) : error);
  process.exit(1);
}
