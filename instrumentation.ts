// Runs once when the server starts (Node.js runtime only): opens the database, so a locked,
// corrupt or unreachable database stops the server with a clear message before it serves a page,
// and schedules the purge of long-deleted scenarios (lib/server/startup.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./lib/server/startup");
    await startServer();
  }
}
