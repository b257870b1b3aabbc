import { readBodyText, respond } from "@/lib/http/route";
import { runSensitivity } from "@/lib/server/sensitivity";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return respond(async () => runSensitivity(await readBodyText(request), request.signal));
}
