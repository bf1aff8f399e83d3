/**
 * The `cashbook` command: the same rules as the add-in, on the command line. Exit codes are part of the interface:
 * 0 all is well, 1 the input has problems (such as words that disagree with the figures), 2 the input is unusable.
 */
import { chequeDateWords, parseDateCell } from "../core/dates";
import { formatMessage, localeFromDisplayLanguage, type Locale } from "../core/messages";
import { parseMoney } from "../core/money";
import type { Problem } from "../core/result";
import { amountToWords, checkWords } from "../core/words";
import { cliTranslator, type CliTranslate } from "./i18n";

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

export const EXIT = { ok: 0, problems: 1, unusable: 2 } as const;

interface Command {
  say: (line: string) => void;
  complain: (line: string) => void;
  problem: (problem: Problem) => string;
  t: CliTranslate;
}

class UsageError extends Error {}

/** LANG=zh_CN.UTF-8 → zh-CN; any other language set → en-US; nothing set → zh-CN, the first language. */
function localeFromEnvironment(env: Record<string, string | undefined>): Locale {
  const language = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return !language || language === "C" || language === "C.UTF-8" ? "zh-CN" : localeFromDisplayLanguage(language);
}

function words(args: string[], check: boolean, prefix: boolean, out: Command): number {
  if (check) {
    const [amountText, wordsText, ...extra] = args;
    if (amountText === undefined || wordsText === undefined || extra.length > 0)
      throw new UsageError(out.t("needsAmountAndWords"));
    const amount = parseMoney(amountText);
    if (!amount.ok) return (out.complain(out.problem(amount.problem)), EXIT.unusable);
    if (amount.value === null) throw new UsageError(out.t("needsAmount"));
    const problems = checkWords(amount.value, wordsText);
    if (problems.length === 0) return (out.say(out.t("agree")), EXIT.ok);
    problems.forEach((problem) => out.say(out.problem(problem)));
    return EXIT.problems;
  }
  const [amountText, ...extra] = args;
  if (amountText === undefined || extra.length > 0) throw new UsageError(out.t("needsAmount"));
  const amount = parseMoney(amountText);
  if (!amount.ok) return (out.complain(out.problem(amount.problem)), EXIT.unusable);
  if (amount.value === null) throw new UsageError(out.t("needsAmount"));
  const written = amountToWords(amount.value, { prefix });
  if (!written.ok) return (out.complain(out.problem(written.problem)), EXIT.unusable);
  out.say(written.value);
  return EXIT.ok;
}

function chequeDate(args: string[], out: Command): number {
  const [dateText, ...extra] = args;
  if (dateText === undefined || extra.length > 0) throw new UsageError(out.t("needsDate"));
  const date = parseDateCell(dateText);
  const written = date.ok ? chequeDateWords(date.value) : date;
  if (!written.ok) return (out.complain(out.problem(written.problem)), EXIT.unusable);
  out.say(written.value);
  return EXIT.ok;
}

interface Flags {
  check: boolean;
  prefix: boolean;
  help: boolean;
}

/**
 * Options are the few `--` words below; everything else is an argument. A generic option parser would take an
 * amount such as -100 for a bundle of short options, and amounts are what this command is mostly given.
 */
function parseCommandLine(argv: string[]): { flags: Flags; positionals: string[] } {
  const flags: Flags = { check: false, prefix: true, help: false };
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--check") flags.check = true;
    else if (arg === "--no-prefix") flags.prefix = false;
    else if (arg === "--help" || arg === "-h") flags.help = true;
    else if (arg === "--lang")
      i++; // read before the catalogs are chosen, in main()
    else if (arg === "--") (positionals.push(...argv.slice(i + 1)), (i = argv.length));
    else if (/^--./.test(arg)) throw new UsageError(arg);
    else positionals.push(arg);
  }
  return { flags, positionals };
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let locale = localeFromEnvironment(io.env);
  const langAt = argv.indexOf("--lang");
  if (langAt >= 0 && argv[langAt + 1]) locale = localeFromDisplayLanguage(argv[langAt + 1]);
  const t = cliTranslator(locale);
  const out: Command = {
    say: (line) => io.stdout.write(`${line}\n`),
    complain: (line) => io.stderr.write(`${line}\n`),
    problem: (problem) => formatMessage(locale, problem.id, problem.params),
    t,
  };
  try {
    const { flags, positionals } = parseCommandLine(argv);
    const [command, ...args] = positionals;
    if (flags.help || command === undefined || command === "help") {
      out.say(t("help"));
      return command === undefined && !flags.help ? EXIT.unusable : EXIT.ok;
    }
    switch (command) {
      case "words":
        return words(args, flags.check, flags.prefix, out);
      case "chequedate":
        return chequeDate(args, out);
      default:
        out.complain(t("unknownCommand", { command }));
        return EXIT.unusable;
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out.complain(t("usage", { detail: error.message }));
    return EXIT.unusable;
  }
}
