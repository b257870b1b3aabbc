// Opens the database once when the server starts, so a locked, corrupt or unreachable database
// stops the server with a clear message before it serves a page (Node.js runtime only).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { openDatabaseOrExit } = await import("./lib/db/startup");
    await openDatabaseOrExit();
  }
}
