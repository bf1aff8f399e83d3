/**
 * Excel custom functions (namespace CASHBOOK), running in the shared runtime. Each is a thin wrapper over the core:
 * read the arguments, call the rule, turn a problem into #VALUE! with the catalog's message. They never write cells.
 * functions.json is generated from these JSDoc comments by custom-functions-metadata-plugin; the zh-CN texts are in
 * ./metadata.zh-CN.json. The answer types are given in JSDoc, where the metadata reads them: a matrix of values, any
 * cell of which may be an error, or a single number, which is an error as a whole. Arguments are typed any[][]
 * because that is how the metadata says "a cell or a range of cells of any kind", and any for a single cell; every
 * value is checked by the core before use.
 */
import { cashDifference, countedFen, readCounts } from "../jobs/cash-count";
import { normaliseInvoiceNumber } from "../jobs/reimburse";
import { reconcileDifference } from "../jobs/reconcile";
import { voucherDifference } from "../jobs/voucher";
import { firstBalanceMismatch, runningBalances, type Movement } from "../core/balance";
import { parseDateCell, chequeDateWords } from "../core/dates";
import { localeFromDisplayLanguage, type MessageId } from "../core/messages";
import { formatMessage } from "../jobs";
import { fenToYuan, parseMoney } from "../core/money";
import { fail, ok, type Problem, type Result } from "../core/result";
import { shownText } from "../core/text";
import { amountToWords, checkWords } from "../core/words";
import { mapCells, ShapeMismatch, zipCells, type CellAnswer } from "./cells";

function message(problem: Problem): string {
  const language = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  return formatMessage(localeFromDisplayLanguage(language), problem.id, problem.params);
}

function invalidValue(problem: Problem): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message(problem));
}

function answers<T>(cells: CellAnswer<T>[][]): (T | CustomFunctions.Error)[][] {
  return cells.map((row) => row.map((cell) => (cell.ok ? cell.value : invalidValue(cell.problem))));
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
    throw invalidValue({ id: "function-shape-mismatch", params: { left: error.left, right: error.right } });
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

/** A whole-call answer: a problem is thrown as one #VALUE! for the call. */
function single<T>(answer: Result<T>): T {
  if (!answer.ok) throw invalidValue(answer.problem);
  return answer.value;
}

/** A one-cell amount argument; blank is 0. */
function amountArgument(value: unknown): Result<number> {
  const amount = parseMoney(value);
  return amount.ok ? ok(amount.value ?? 0) : amount;
}

/** Every amount of a range, row by row (a column top to bottom); blank is 0, and a problem names its position. */
function amountsOf(range: unknown[][], unreadable: MessageId): Result<number>[] {
  return range.flat().map((value, index) => {
    const amount = parseMoney(value);
    return amount.ok ? ok(amount.value ?? 0) : fail(unreadable, { position: index + 1, text: shownText(value) });
  });
}

/** The journal lines of two ranges of receipts and payments, which must hold as many cells as each other. */
function movementsOf(receipts: unknown[][], payments: unknown[][]): Result<Movement>[] {
  const received = amountsOf(receipts, "balance-receipt-unreadable");
  const paid = amountsOf(payments, "balance-payment-unreadable");
  if (received.length !== paid.length)
    throw invalidValue({ id: "balance-lengths-differ", params: { receipts: received.length, payments: paid.length } });
  return received.map((receipt, index) => {
    const payment = paid[index]!;
    if (!receipt.ok) return receipt;
    return payment.ok ? ok({ receipt: receipt.value, payment: payment.value }) : payment;
  });
}

/**
 * The running balance of a journal, previous balance + 收入 − 支出, exact to the 分: =CASHBOOK.BALANCE(I4, G5:G100, H5:H100).
 * @customfunction BALANCE
 * @param opening The opening balance (期初余额 or 上日余额): one cell.
 * @param receipts The receipts (收入, 借方): a column; blank cells count as 0.
 * @param payments The payments (支出, 贷方): a column as long as the receipts; blank cells count as 0.
 * @returns {number[][]} The balance after each line, in the receipts' orientation; from a line that cannot be read on, #VALUE! with its position.
 */
export function balance(opening: any, receipts: any[][], payments: any[][]) {
  const balances = runningBalances(single(amountArgument(opening)), movementsOf(receipts, payments));
  const cells = balances.map((line) => (line.ok ? fenToYuan(line.value) : invalidValue(line.problem)));
  // A row of receipts gives a row of balances; anything else a column.
  return receipts.length === 1 && cells.length > 1 ? [cells] : cells.map((cell) => [cell]);
}

/**
 * Checks a journal's balance column against the running balance (previous + 收入 − 支出).
 * @customfunction CHECKBALANCE
 * @param opening The opening balance (期初余额 or 上日余额): one cell.
 * @param receipts The receipts (收入, 借方): a column; blank cells count as 0.
 * @param payments The payments (支出, 贷方): a column as long as the receipts; blank cells count as 0.
 * @param balances The balances the journal shows (余额): a column as long as the receipts; blank cells count as 0.
 * @returns {number} 0 when every balance agrees, otherwise the position of the first that does not (1 for the first line).
 */
export function checkBalance(opening: any, receipts: any[][], payments: any[][], balances: any[][]): number {
  const lines = movementsOf(receipts, payments);
  const stated = amountsOf(balances, "balance-stated-unreadable");
  return single(firstBalanceMismatch(single(amountArgument(opening)), lines, stated));
}

/**
 * The cash count's difference from the books (账存差额 = 实盘 − 账存): positive is 盘盈, negative 盘亏, 0 相符.
 * @customfunction CASHDIFF
 * @param counts The numbers of notes and coins counted, 11 cells in this order: 100, 50, 20, 10, 5, 1 元, 5 角, 1 角, 5, 2, 1 分; blank cells count as 0.
 * @param bookBalance The cash journal's balance for the day (日记账余额): one cell.
 * @returns {number} The counted cash minus the book balance.
 */
export function cashDiff(counts: any[][], bookBalance: any): number {
  const pieces = single(readCounts(counts.flat()));
  const book = single(amountArgument(bookBalance));
  return fenToYuan(cashDifference(countedFen(pieces), book).difference);
}

/**
 * An invoice number in the one form duplicates are found by: 20 digits for a 数电发票, or the 10- or 12-digit 发票代码
 * and the 8-digit 发票号码 of a paper invoice run together; spaces, hyphens and “No.” left out.
 * @customfunction INVOICENO
 * @param text An invoice number as written, or a range of them.
 * @returns {string[][]} The normalised number; #VALUE! with the reason where it is malformed; blank for a blank cell.
 */
export function invoiceNo(text: any[][]) {
  return answers(
    mapCells(text, (value) =>
      value === "" || value === null || value === undefined ? ok("") : normaliseInvoiceNumber(value),
    ),
  );
}

/** The amounts of a range of 未达账项 added up; blank is 0, and an unreadable cell names its list and position. */
function itemsTotal(range: unknown[][], argument: MessageId): number {
  const list = message({ id: argument, params: {} });
  let total = 0;
  range.flat().forEach((value, index) => {
    const amount = parseMoney(value);
    if (!amount.ok)
      throw invalidValue({
        id: "reconcile-item-unreadable",
        params: { list, position: index + 1, text: shownText(value) },
      });
    total += amount.value ?? 0;
  });
  return total;
}

function balanceArgument(value: unknown, argument: MessageId): number {
  const amount = amountArgument(value);
  const which = message({ id: argument, params: {} });
  if (!amount.ok)
    throw invalidValue({ id: "reconcile-balance-argument-unreadable", params: { which, text: shownText(value) } });
  return amount.value;
}

/**
 * The difference between the adjusted balances of a 银行存款余额调节表: (日记账余额 + 银行已收企业未收 − 银行已付企业未付) − (对账单余额 + 企业已收银行未收 − 企业已付银行未付); 0 when they agree.
 * @customfunction RECONCILE
 * @param bookBalance The bank journal's balance (银行存款日记账余额): one cell.
 * @param bankReceived Received by the bank, not yet booked (银行已收企业未收): a cell or a range; blank cells count as 0.
 * @param bankPaid Paid by the bank, not yet booked (银行已付企业未付): a cell or a range; blank cells count as 0.
 * @param statementBalance The bank statement's balance (银行对账单余额): one cell.
 * @param bookReceived Booked as received, not yet on the statement (企业已收银行未收): a cell or a range; blank cells count as 0.
 * @param bookPaid Booked as paid, not yet on the statement (企业已付银行未付): a cell or a range; blank cells count as 0.
 * @returns {number} The adjusted book balance minus the adjusted statement balance.
 */
export function reconcile(
  bookBalance: any,
  bankReceived: any[][],
  bankPaid: any[][],
  statementBalance: any,
  bookReceived: any[][],
  bookPaid: any[][],
): number {
  return fenToYuan(
    reconcileDifference({
      bookBalance: balanceArgument(bookBalance, "reconcile-argument-book-balance"),
      bankReceived: itemsTotal(bankReceived, "reconcile-argument-bank-received"),
      bankPaid: itemsTotal(bankPaid, "reconcile-argument-bank-paid"),
      statementBalance: balanceArgument(statementBalance, "reconcile-argument-statement-balance"),
      bookReceived: itemsTotal(bookReceived, "reconcile-argument-book-received"),
      bookPaid: itemsTotal(bookPaid, "reconcile-argument-book-paid"),
    }),
  );
}

/**
 * A voucher's 借方合计 − 贷方合计 (有借必有贷，借贷必相等): 0 when it balances. =CASHBOOK.VOUCHERCHECK(D5:D10, E5:E10).
 * @customfunction VOUCHERCHECK
 * @param debits The debit amounts (借方金额): a range of any shape, added up; blank cells and a rule drawn across count 0.
 * @param credits The credit amounts (贷方金额): a range of any shape, added up; blank cells and a rule drawn across count 0.
 * @returns {number} The debits less the credits; #VALUE! naming the first cell that is not an amount.
 */
export function voucherCheck(debits: any[][], credits: any[][]): number {
  return fenToYuan(single(voucherDifference(debits.flat(), credits.flat())));
}
