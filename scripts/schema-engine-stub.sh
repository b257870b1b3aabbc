#!/bin/sh
# Prisma's CLI insists on finding its native schema engine before `prisma generate`, although
# generate never runs it, and tries to download it otherwise (offline here). This stub answers
# the version probe; migrations run on Prisma's WebAssembly schema engine (scripts/db-migrate.ts).
if [ "$1" = "--version" ]; then
  echo "schema-engine-cli 0edf323efd1d98336f3f0a68684b56f689b900d3"
  exit 0
fi
echo "The native Prisma schema engine is not installed; use npm run db:migrate (WebAssembly engine)." >&2
exit 1
