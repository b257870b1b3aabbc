import { sharedAvailable, SHARED_DIR, SEEDS_DIR } from "../unit/data/helpers";

// The checks of data/ against its raw sources need the source folder, which CI has and a user's
// clone does not. Where it is missing they are skipped, and this one line says so and why.
export default function announceSourceChecks(): void {
  if (sharedAvailable()) return;
  console.log(
    `⚠ Source-data checks skipped: no raw source data at ${SHARED_DIR} (with seeds at ${SEEDS_DIR}). ` +
      "They compare data/ with its sources and run where those are present; set OUTBOUND_SOURCE_DATA to run them here.",
  );
}
