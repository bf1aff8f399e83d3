/**
 * The `cashbook` command: the same rules as the add-in, on the command line. Exit codes are part of the interface:
 * 0 all is well, 1 the input has problems (such as words that disagree with the figures), 2 the input is unusable.
 */
import { generatorKinds, sheetKinds } from "../jobs";
import { parseCommandLine, UsageError } from "./args";
import { checkCommand } from "./check";
import { generateCommand } from "./generate";
import { reconcileCommand } from "./reconcile";
import { EXIT, output, reasonOf, usageLine, type CliIo } from "./output";
import { chequeDateCommand, wordsCommand } from "./words";

export { EXIT, type CliIo } from "./output";

/**
 * Runs one command and gives its exit code; it never throws. Every failure reaches the user as one line in their
 * language saying what to do, and its stack only with --debug or CASHBOOK_DEBUG=1.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const langAt = argv.indexOf("--lang");
  // Read before the command line is parsed, so that a usage error is in the right language and can be debugged too.
  const debug = argv.includes("--debug") || io.env.CASHBOOK_DEBUG === "1";
  const out = output(io, langAt >= 0 ? argv[langAt + 1] : undefined, debug);
  try {
    const line = parseCommandLine(argv);
    const [command, ...args] = line.positionals;
    if (line.flags.has("help") || command === undefined || command === "help") {
      const checkKinds = sheetKinds.map((k) => k.kind).join(", ") || out.t("none");
      const generateKinds = generatorKinds.map((k) => `\n  ${k.kind.padEnd(14)} ${usageLine(k)}`).join("");
      out.say(out.t("help", { checkKinds, generateKinds: generateKinds || ` ${out.t("none")}` }));
      return command === undefined && !line.flags.has("help") ? EXIT.unusable : EXIT.ok;
    }
    switch (command) {
      case "words":
        return wordsCommand(args, line, out);
      case "chequedate":
        return chequeDateCommand(args, out);
      case "check":
        return await checkCommand(args, line, out);
      case "generate":
        return await generateCommand(args, line, out);
      case "reconcile":
        return await reconcileCommand(args, line, out);
      default:
        out.complain(out.t("unknownCommand", { command }));
        return EXIT.unusable;
    }
  } catch (error) {
    out.trace(error);
    if (error instanceof UsageError) out.complain(out.t("usage", { detail: error.message }));
    else out.complain(out.t("unexpected", { reason: reasonOf(error) }));
    return EXIT.unusable;
  }
}

/**
 * The command on this process: its arguments, its streams and its environment, the exit code set for when the
 * output is written. bin/cashbook.js calls it, and so does the bundle when it is run itself (scripts/build-cli.js).
 */
export async function runCommand(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
