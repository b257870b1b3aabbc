// Whether the end-to-end run has a second app instance on the same database (issue 13 §5), and
// where: only in the PostgreSQL pass (OUTBOUND_TEST_SCOPE=database with DATABASE_URL), on
// E2E_SECOND_PORT (scripts/test-all.ts picks a free one), else the first instance's port + 1.
// Read by playwright.config.ts, which starts it, and by instances.spec.ts, which uses it.

export function secondInstance(): { port: number; url: string } | undefined {
  if (process.env.OUTBOUND_TEST_SCOPE !== "database" || !process.env.DATABASE_URL) return undefined;
  const port = Number(process.env.E2E_SECOND_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);
  return { port, url: `http://127.0.0.1:${port}` };
}

export const instanceSkipReason =
  "Two app instances on one PostgreSQL server run only in the PostgreSQL pass (.ci/run: OUTBOUND_TEST_SCOPE=database with DATABASE_URL).";
