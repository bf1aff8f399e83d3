/** Where the commands write: results on stdout, problems and progress on stderr, in the chosen language. */
import { severityName, type Finding } from "../core/findings";
import type { GeneratorKind } from "../core/kinds";
import { localeFromDisplayLanguage, type Locale } from "../core/messages";
import { findingMessage, formatMessage } from "../jobs";
import type { Problem } from "../core/result";
import { cliTranslator, type CliTranslate } from "./i18n";

/** Where a command writes: process.stdout and process.stderr, or a test's collectors. */
export interface CliStream {
  write(text: string): unknown;
  /** A Node stream's errors: EPIPE when whoever read the output has gone (`cashbook check … | head`). */
  on?(event: "error", listener: (error: unknown) => void): unknown;
}

export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  env: Record<string, string | undefined>;
}

export const EXIT = { ok: 0, problems: 1, unusable: 2 } as const;

/** An error's message as one line: some (a module not found, say) run on with details that --debug shows. */
export function reasonOf(error: unknown): string {
  return String(errorPart(error, "message") ?? error).split("\n")[0]!;
}

/** An error's message or stack; not through `instanceof Error`, since Node's own errors come from another realm under jest. */
function errorPart(error: unknown, part: "message" | "stack"): unknown {
  return typeof error === "object" && error !== null && part in error
    ? (error as Record<string, unknown>)[part]
    : undefined;
}

export interface Output {
  locale: Locale;
  say(line: string): void;
  complain(line: string): void;
  /** Progress lines go to stderr, so that stdout stays the result (and valid JSON with --json). */
  progress(line: string): void;
  problem(problem: Problem): string;
  /** With --debug or CASHBOOK_DEBUG=1, the stack of a failure that has been put into words; otherwise nothing. */
  trace(error: unknown): void;
  /** A finding as one indented line: cell, severity, message. */
  finding(finding: Finding): string;
  t: CliTranslate;
}

/** LANG=zh_CN.UTF-8 → zh-CN; any other language set → en-US; nothing set → zh-CN, the first language. */
function localeFromEnvironment(env: Record<string, string | undefined>): Locale {
  const language = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return !language || language === "C" || language === "C.UTF-8" ? "zh-CN" : localeFromDisplayLanguage(language);
}

/**
 * Writes lines to a stream until the stream fails. A reader that stops reading (`| head`) closes the pipe, and Node
 * then raises EPIPE as an error event, which unheard ends the process with a stack trace. The lines after it have no
 * reader: they are dropped, and the command finishes as it would have, with its exit code.
 */
function lineWriter(stream: CliStream): (line: string) => void {
  let closed = false;
  stream.on?.("error", () => (closed = true));
  return (line) => {
    if (!closed) stream.write(`${line}\n`);
  };
}

export function output(io: CliIo, lang: string | undefined, debug: boolean): Output {
  const locale = lang ? localeFromDisplayLanguage(lang) : localeFromEnvironment(io.env);
  const t = cliTranslator(locale);
  const toStdout = lineWriter(io.stdout);
  const toStderr = lineWriter(io.stderr);
  return {
    locale,
    say: toStdout,
    complain: toStderr,
    progress: toStderr,
    // A settings field is an option here: the message says what is wrong, the option where.
    problem: (problem) =>
      `${problem.field ? `--${problem.field}: ` : ""}${formatMessage(locale, problem.id, problem.params)}`,
    trace: (error) => {
      if (debug) toStderr(String(errorPart(error, "stack") ?? error));
    },
    finding: (finding) =>
      `  ${finding.cell || "-"}  ${severityName(finding.severity, locale)}  ${findingMessage(finding, locale)}`,
    t,
  };
}

/** A generator's fields as options: "--date YYYY-MM-DD (--from FILE | --book AMOUNT) [--unit NAME]". */
export function usageLine(generator: Pick<GeneratorKind, "usage">): string {
  return generator.usage
    .map(({ fields, optional }) => {
      const options = fields.map(({ name, value }) => `--${name} ${value}`).join(" | ");
      return optional ? `[${options}]` : fields.length > 1 ? `(${options})` : options;
    })
    .join(" ");
}
