/**
 * The command line's words: the known `--` options, and everything else as arguments. A generic option parser
 * would take an amount such as -100 for a bundle of short options, and amounts are what this command is mostly
 * given, so only the options below are options.
 */
export class UsageError extends Error {}

/** Options that take no value. */
const FLAGS = ["check", "no-prefix", "json", "help", "overwrite", "debug"] as const;
/** Options that take the next word as their value. */
const VALUED = [
  "lang",
  "sheet",
  "kind",
  "out",
  "from",
  "opening",
  "month",
  "account",
  "cash-limit",
  "ytd-receipts",
  "ytd-payments",
  "rows-per-page",
  "unit",
  "date",
  "book",
  "signers",
  "max-items",
  "refuse-receipts",
  "categories",
  "statement",
  "book-sheet",
  "statement-sheet",
  "book-balance",
  "statement-balance",
  "window",
  "carry",
  "lines",
  "word",
  "count",
  "days",
  "unrecorded-receipts",
  "unrecorded-payments",
] as const;

export type Flag = (typeof FLAGS)[number];
export type Valued = (typeof VALUED)[number];

export interface CommandLine {
  flags: Set<Flag>;
  /** The last value of each option given. */
  values: Partial<Record<Valued, string>>;
  /** Every value of each option, in order: `--from` may be given once per file. */
  every: Partial<Record<Valued, string[]>>;
  positionals: string[];
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const line: CommandLine = { flags: new Set(), values: {}, every: {}, positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.startsWith("--") ? arg.slice(2) : arg === "-h" ? "help" : null;
    if (arg === "--") {
      line.positionals.push(...argv.slice(i + 1));
      break;
    } else if (name !== null && (FLAGS as readonly string[]).includes(name)) {
      line.flags.add(name as Flag);
    } else if (name !== null && (VALUED as readonly string[]).includes(name)) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`--${name}`);
      line.values[name as Valued] = value;
      (line.every[name as Valued] ??= []).push(value);
    } else if (/^--./.test(arg)) {
      throw new UsageError(arg);
    } else {
      line.positionals.push(arg);
    }
  }
  return line;
}
