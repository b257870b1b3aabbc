import { ApiError } from "@/lib/contracts/api";

export type ShownError = { message: string; issues: { path: string; message: string }[] };

/** The API's error answer as a message (and its issues) a person can act on. */
export async function errorOf(response: Response): Promise<ShownError> {
  try {
    const parsed = ApiError.safeParse(await response.json());
    if (parsed.success) return { message: parsed.data.error.message, issues: parsed.data.error.issues ?? [] };
  } catch {
    // Not JSON (e.g. a proxy's error page): fall through to the status line.
  }
  return { message: `The server answered ${response.status} ${response.statusText}. Try again.`, issues: [] };
}

export const networkError: ShownError = { message: "Outbound could not be reached. Check that it is running, then try again.", issues: [] };
