// Opens the database once when the server starts, so a locked, corrupt or unreachable database
// stops the server with a clear message before it serves a page.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDatabase } = await import("@/lib/db/client");
  const { messageOf } = await import("@/lib/db/errors");
  try {
    await getDatabase();
  } catch (error) {
    console.error(`Outbound cannot start: ${messageOf(error)}`);
    process.exit(1);
  }
}
