// Applies pending migrations, then writes data/ into the database if it changed: `npm run db:seed`.
import { DatabaseSetupError, SeedDataError, messageOf } from "@/lib/db/errors";
import { prepareDatabase } from "@/lib/db/setup";
import { databaseTarget, describeTarget } from "@/lib/db/target";
import { EnvError, parseEnv } from "@/lib/env";

try {
  const target = databaseTarget(parseEnv());
  const { seed } = await prepareDatabase(target, { seed: true });
  console.log(`${describeTarget(target)}: data set ${seed?.version} ${seed?.seeded ? "seeded" : "already current"}`);
  // Prisma's WebAssembly schema engine leaves a 10 s timer of its own running after the
  // migrations are applied (and the database is closed); nothing is pending, so end here.
  process.exit(0);
} catch (error) {
  const known = error instanceof EnvError || error instanceof DatabaseSetupError || error instanceof SeedDataError;
  console.error(known ? messageOf(error) : error);
  process.exit(1);
}
