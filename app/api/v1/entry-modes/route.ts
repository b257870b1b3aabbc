import { entryModesCommand } from "@/lib/commands/engine-commands";
import { readBodyText, respond } from "@/lib/http/route";
import { answerEntryModes } from "@/lib/server/fit";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return respond(async () => entryModesCommand(await readBodyText(request), answerEntryModes));
}
