/** `cashbook words` and `cashbook chequedate`: amounts and cheque dates in words, and the 大小写 check. */
import { chequeDateWords, parseDateCell } from "../core/dates";
import { parseMoney } from "../core/money";
import { amountToWords, checkWords } from "../core/words";
import { UsageError, type CommandLine } from "./args";
import { EXIT, type Output } from "./output";

export function wordsCommand(args: string[], line: CommandLine, out: Output): number {
  const check = line.flags.has("check");
  const [amountText, wordsText, ...extra] = args;
  if (amountText === undefined || (check && wordsText === undefined) || (check ? extra.length : args.length - 1) > 0) {
    throw new UsageError(out.t(check ? "needsAmountAndWords" : "needsAmount"));
  }
  const amount = parseMoney(amountText);
  if (!amount.ok) return (out.complain(out.problem(amount.problem)), EXIT.unusable);
  if (amount.value === null) throw new UsageError(out.t("needsAmount"));
  if (check) {
    const problems = checkWords(amount.value, wordsText!);
    if (problems.length === 0) return (out.say(out.t("agree")), EXIT.ok);
    problems.forEach((problem) => out.say(out.problem(problem)));
    return EXIT.problems;
  }
  const written = amountToWords(amount.value, { prefix: !line.flags.has("no-prefix") });
  if (!written.ok) return (out.complain(out.problem(written.problem)), EXIT.unusable);
  out.say(written.value);
  return EXIT.ok;
}

export function chequeDateCommand(args: string[], out: Output): number {
  const [dateText, ...extra] = args;
  if (dateText === undefined || extra.length > 0) throw new UsageError(out.t("needsDate"));
  const date = parseDateCell(dateText);
  const written = date.ok ? chequeDateWords(date.value) : date;
  if (!written.ok) return (out.complain(out.problem(written.problem)), EXIT.unusable);
  out.say(written.value);
  return EXIT.ok;
}
