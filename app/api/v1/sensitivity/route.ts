import { pureCommands } from "@/lib/commands/engine-commands";
import { readBodyText, respond } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return respond(async () => pureCommands.sensitivity(await readBodyText(request)));
}
