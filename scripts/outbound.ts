// The command-line interface: the same JSON in and out as the HTTP API.
//   npm run -s outbound -- score|ahp|sensitivity|entry-modes <file|->     (JSON request from a file or stdin)
//   npm run -s outbound -- markets                                          (stored markets and their values)
// Exit codes: 0 success, 2 invalid input (error JSON on stderr), 1 anything else.
import { runCli } from "@/lib/commands/cli";

// Piping into `head` closes stdout early: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
