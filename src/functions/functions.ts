/**
 * Excel custom functions (namespace CASHBOOK), running in the shared runtime. Each is a thin wrapper over the core:
 * read the arguments, call the rule, turn a problem into #VALUE! with the catalog's message. They never write cells.
 * functions.json is generated from these JSDoc comments by custom-functions-metadata-plugin; the zh-CN texts are in
 * ./metadata.zh-CN.json. The answer types are given in JSDoc, where the metadata reads them: a matrix of text or
 * logical values, any cell of which may be an error. Arguments are typed any[][] because that is how the metadata says "a cell or a range of
 * cells of any kind"; every value is checked by the core before use.
 */
import { parseDateCell, chequeDateWords } from "../core/dates";
import { formatMessage, localeFromDisplayLanguage } from "../core/messages";
import { parseMoney } from "../core/money";
import { fail, ok, type Problem, type Result } from "../core/result";
import { amountToWords, checkWords } from "../core/words";
import { mapCells, ShapeMismatch, zipCells, type CellAnswer } from "./cells";

function message(problem: Problem): string {
  const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return formatMessage(localeFromDisplayLanguage(language), problem.id, problem.params);
}

function answers<T>(cells: CellAnswer<T>[][]): (T | CustomFunctions.Error)[][] {
  return cells.map((row) =>
    row.map((cell) =>
      cell.ok ? cell.value : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message(cell.problem)),
    ),
  );
}

function paired<T>(
  left: unknown[][],
  right: unknown[][],
  answer: (a: unknown, b: unknown) => Result<T>,
): (T | CustomFunctions.Error)[][] {
  try {
    return answers(zipCells(left, right, answer));
  } catch (error) {
    if (!(error instanceof ShapeMismatch)) throw error;
    const problem: Problem = { id: "function-shape-mismatch", params: { left: error.left, right: error.right } };
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message(problem));
  }
}

/** A blank cell answers blank: a formula filled down a column must not show errors on empty rows. */
function wordsFor(value: unknown, prefix: boolean): Result<string> {
  const amount = parseMoney(value);
  if (!amount.ok) return amount;
  return amount.value === null ? ok("") : amountToWords(amount.value, { prefix });
}

function problemsBetween(amountCell: unknown, wordsCell: unknown): Result<Problem[]> {
  const amount = parseMoney(amountCell);
  if (!amount.ok) return amount;
  if (amount.value === null) return fail("pair-words-without-amount");
  return ok(checkWords(amount.value, wordsCell === null || wordsCell === undefined ? "" : String(wordsCell)));
}

/**
 * Writes an amount in Chinese uppercase words (大写金额), as on cheques and vouchers: 1409.5 → 人民币壹仟肆佰零玖元伍角整.
 * @customfunction RMB
 * @param amount An amount, or a range of amounts: numbers or text such as ¥1,234.50.
 * @param [prefix] TRUE (the default) writes 人民币 before the words; FALSE leaves it out for pre-printed forms.
 * @returns {string[][]} The words for each amount.
 */
export function rmb(amount: any[][], prefix?: boolean) {
  const withPrefix = prefix ?? true;
  return answers(mapCells(amount, (value) => wordsFor(value, withPrefix)));
}

/**
 * Checks that amounts in words agree with the figures (大小写金额相符), accepting every legal way of writing them.
 * @customfunction RMBCHECK
 * @param amount The amount in figures, or a range of them.
 * @param words The amount in words, or a range of them of the same size.
 * @returns {boolean[][]} TRUE where the words are a legal rendering of the amount, FALSE where they are not.
 */
export function rmbCheck(amount: any[][], words: any[][]) {
  return paired(amount, words, (a, w) => {
    const problems = problemsBetween(a, w);
    return problems.ok ? ok(problems.value.length === 0) : problems;
  });
}

/**
 * Says why amounts in words disagree with the figures, or gives an empty text when they agree.
 * @customfunction RMBWHY
 * @param amount The amount in figures, or a range of them.
 * @param words The amount in words, or a range of them of the same size.
 * @returns {string[][]} The reasons, or empty text when figures and words agree.
 */
export function rmbWhy(amount: any[][], words: any[][]) {
  return paired(amount, words, (a, w) => {
    const problems = problemsBetween(a, w);
    return problems.ok ? ok(problems.value.map(message).join("；")) : problems;
  });
}

/**
 * Writes a date in words as a cheque's 出票日期 requires: 2026-01-15 → 贰零贰陆年零壹月壹拾伍日.
 * @customfunction CHEQUEDATE
 * @param date A date (an Excel date or a text such as 2026-01-15), or a range of them.
 * @returns {string[][]} The cheque-date words for each date.
 */
export function chequeDate(date: any[][]) {
  return answers(
    mapCells(date, (value) => {
      if (value === "" || value === null || value === undefined) return ok("");
      const parsed = parseDateCell(value);
      return parsed.ok ? chequeDateWords(parsed.value) : parsed;
    }),
  );
}
