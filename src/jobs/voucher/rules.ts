/**
 * The checks a cashier and an auditor make on vouchers (DOMAIN §6, 《会计基础工作规范》第五十一条), each a pure function
 * of the vouchers of one sheet. An unbalanced voucher, a line on both sides or on no account, and words that disagree
 * with the figures are errors: the voucher cannot be posted as it is. What may be right as it stands, for the
 * accountant to judge, is a warning: a line without 摘要 or without an amount, an account outside the chart, a gap in
 * the numbers (a voucher voided), a 收款凭证 that receives no cash, no 附件 count.
 */
import type { Account } from "../../core/accounts";
import type { Finding, Severity } from "../../core/findings";
import { normalizedLabel } from "../../core/header";
import type { MessageId, MessageParams } from "../../core/messages";
import { formatMoney, MAX_FEN, parseMoney } from "../../core/money";
import { fail, ok, type Result } from "../../core/result";
import { shownText } from "../../core/text";
import { checkWords } from "../../core/words";
import {
  CASH_ACCOUNTS,
  CROSSED_OUT,
  VOUCHER_TITLES,
  type Voucher,
  type VoucherCheckSettings,
  type VoucherLine,
} from "./model";

function finding(
  voucher: Voucher,
  cell: string,
  rule: MessageId,
  severity: Severity,
  params: MessageParams = {},
): Finding {
  return { rule, severity, sheet: voucher.sheet, cell, params: { voucher: voucherName(voucher), ...params } };
}

/** 记-15, 现收-3; a number that is no number as written; 记-? when there is none. */
export function voucherName(voucher: Voucher): string {
  if (voucher.number !== null) return `${voucher.word}-${voucher.number}`;
  return voucher.numberText !== "" ? voucher.numberText : `${voucher.word}-?`;
}

const money = (fen: number) => formatMoney(fen);
const fen = (amount: { value: number | null }) => amount.value ?? 0;
export const linesOf = (voucher: Voucher): VoucherLine[] => voucher.pages.flatMap((page) => page.lines);
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

function eachLine(
  vouchers: readonly Voucher[],
  judge: (voucher: Voucher, line: VoucherLine, number: number) => Finding | null,
): Finding[] {
  return vouchers.flatMap((voucher) =>
    linesOf(voucher).flatMap((line, index) => {
      const found = judge(voucher, line, index + 1);
      return found ? [found] : [];
    }),
  );
}

// ---- Accounts -----------------------------------------------------------------------------------------------------

/** 总账科目 of "银行存款-工商银行", "银行存款—工行", "银行存款/基本户": the part before the detail. */
export function generalAccountName(account: string): string {
  return account.split(/[-—－_/\\·]/)[0]!.trim();
}

const codeDigits = (code: string) => code.replace(/\D/g, "");

/** Whether the line's account is in the chart: by its code (a detail code starts with its account's), or by name. */
export function accountInChart(line: VoucherLine, chart: readonly Account[]): boolean {
  const digits = codeDigits(line.code);
  if (digits !== "" && chart.some(({ code }) => codeDigits(code) !== "" && digits.startsWith(codeDigits(code))))
    return true;
  const names = new Set([normalizedLabel(line.account.value), normalizedLabel(generalAccountName(line.account.value))]);
  return chart.some(({ name }) => names.has(normalizedLabel(name)));
}

const isCashOrBank = (line: VoucherLine) => accountInChart(line, CASH_ACCOUNTS);

// ---- One voucher --------------------------------------------------------------------------------------------------

/** 有借必有贷，借贷必相等: the debits of a voucher, over all its pages, equal its credits. */
export function checkBalanced(vouchers: readonly Voucher[]): Finding[] {
  return vouchers.flatMap((voucher) => {
    const lines = linesOf(voucher);
    if (lines.some((line) => line.unreadable)) return [];
    const debit = sum(lines.map((line) => fen(line.debit)));
    const credit = sum(lines.map((line) => fen(line.credit)));
    if (debit === credit) return [];
    const last = voucher.pages[voucher.pages.length - 1]!;
    const cell = last.debitTotal?.cell ?? lines[lines.length - 1]!.debit.cell;
    return [
      finding(voucher, cell, "voucher-unbalanced", "error", {
        debit: money(debit),
        credit: money(credit),
        difference: money(Math.abs(debit - credit)),
      }),
    ];
  });
}

/** Each line has one side: a debit or a credit, never both (0 on the other side, as exports write it, is none). */
export function checkLineSides(vouchers: readonly Voucher[]): Finding[] {
  return eachLine(vouchers, (voucher, line, number) =>
    fen(line.debit) !== 0 && fen(line.credit) !== 0
      ? finding(voucher, line.credit.cell, "voucher-line-both-sides", "error", { line: number })
      : null,
  );
}

/** A line with 摘要 or 科目 but no amount on either side: left over, or its amount forgotten. */
export function checkLineEmpty(vouchers: readonly Voucher[]): Finding[] {
  return eachLine(vouchers, (voucher, line, number) =>
    !line.unreadable && fen(line.debit) === 0 && fen(line.credit) === 0
      ? finding(voucher, line.debit.cell, "voucher-line-empty", "warning", { line: number })
      : null,
  );
}

/** 摘要 on every line (《会计基础工作规范》: 摘要 briefly says what the entry is). */
export function checkSummary(vouchers: readonly Voucher[]): Finding[] {
  return eachLine(vouchers, (voucher, line, number) =>
    line.summary.value === ""
      ? finding(voucher, line.summary.cell, "voucher-summary-missing", "warning", { line: number })
      : null,
  );
}

/** Every line names its account: a line on no account cannot be posted. */
export function checkAccountPresent(vouchers: readonly Voucher[]): Finding[] {
  return eachLine(vouchers, (voucher, line, number) =>
    line.account.value === "" && line.code === ""
      ? finding(voucher, line.account.cell, "voucher-account-missing", "error", { line: number })
      : null,
  );
}

/** The account is one of the chart's (by code or name; a 明细科目 after a dash is the organisation's own). */
export function checkAccountKnown(vouchers: readonly Voucher[], settings: VoucherCheckSettings): Finding[] {
  if (settings.chart.length === 0) return [];
  return eachLine(vouchers, (voucher, line, number) => {
    if ((line.account.value === "" && line.code === "") || accountInChart(line, settings.chart)) return null;
    const account = [line.code, line.account.value === line.code ? "" : line.account.value].filter(Boolean).join(" ");
    return finding(voucher, line.account.cell, "voucher-account-unknown", "warning", { line: number, account });
  });
}

/** 合计 in words agrees with the figures, on each page that writes words (every legal way of writing them). */
export function checkWordsAgree(vouchers: readonly Voucher[]): Finding[] {
  return vouchers.flatMap((voucher) =>
    voucher.pages.flatMap((page) => {
      if (!page.words || page.words.value === "" || page.lines.some((line) => line.unreadable)) return [];
      const figures = page.debitTotal?.value ?? sum(page.lines.map((line) => fen(line.debit)));
      if (checkWords(figures, page.words.value).length === 0) return [];
      return [
        finding(voucher, page.words.cell, "voucher-words-mismatch", "error", {
          words: page.words.value,
          figures: money(figures),
        }),
      ];
    }),
  );
}

/** A 收款凭证 debits 库存现金 or 银行存款, a 付款凭证 credits one: else it is a 转账凭证, or a line is on the wrong side. */
export function checkCashDirection(vouchers: readonly Voucher[]): Finding[] {
  return vouchers.flatMap((voucher) => {
    if (voucher.kind !== "收" && voucher.kind !== "付") return [];
    const lines = linesOf(voucher);
    const side = voucher.kind === "收" ? "debit" : "credit";
    if (lines.some((line) => isCashOrBank(line) && fen(line[side]) !== 0)) return [];
    return [
      finding(voucher, voucher.numberCell, "voucher-cash-direction", "warning", {
        title: VOUCHER_TITLES[voucher.kind][0]!,
      }),
    ];
  });
}

/** 附件 N 张 filled in, where the form has a place for it (0 is filled in: a voucher may have no originals). */
export function checkAttachments(vouchers: readonly Voucher[]): Finding[] {
  return vouchers.flatMap((voucher) => {
    const places = voucher.pages.flatMap((page) => (page.attachments ? [page.attachments] : []));
    if (places.length === 0 || places.some((place) => place.value !== null)) return [];
    return [finding(voucher, places[0]!.cell, "voucher-attachments-missing", "warning")];
  });
}

// ---- Numbering ----------------------------------------------------------------------------------------------------

/** Numbers run from 1 each month, per word (记, or 收 / 付 / 转, or 现收 / 银收…). Undated vouchers are one group. */
function numberGroups(vouchers: readonly Voucher[]): Map<string, Voucher[]> {
  const groups = new Map<string, Voucher[]>();
  for (const voucher of vouchers) {
    if (voucher.number === null) continue;
    const date = voucher.date?.value;
    const key = `${date ? `${date.year}-${date.month}` : ""}|${voucher.word}`;
    groups.set(key, [...(groups.get(key) ?? []), voucher]);
  }
  return groups;
}

/** The same number twice in a month and word: the second is a finding, naming where the first is. */
export function checkNumbersRepeated(vouchers: readonly Voucher[]): Finding[] {
  const findings: Finding[] = [];
  for (const group of numberGroups(vouchers).values()) {
    const first = new Map<number, Voucher>();
    for (const voucher of group) {
      const earlier = first.get(voucher.number!);
      if (!earlier) first.set(voucher.number!, voucher);
      else
        findings.push(
          finding(voucher, voucher.numberCell, "voucher-number-repeated", "error", { first: earlier.numberCell }),
        );
    }
  }
  return findings;
}

/** The most missing numbers a message lists; more are counted. */
const LISTED_GAPS = 5;

/**
 * Numbers without gaps within a month and word: a gap is a voucher lost, or voided without being kept. Only gaps
 * between the numbers the sheet holds: a sheet may hold part of a month.
 */
export function checkNumberGaps(vouchers: readonly Voucher[]): Finding[] {
  const findings: Finding[] = [];
  for (const group of numberGroups(vouchers).values()) {
    const byNumber = new Map<number, Voucher>();
    for (const voucher of group) if (!byNumber.has(voucher.number!)) byNumber.set(voucher.number!, voucher);
    const numbers = [...byNumber.keys()].sort((a, b) => a - b);
    for (let index = 1; index < numbers.length; index++) {
      const [below, above] = [numbers[index - 1]!, numbers[index]!];
      if (above - below <= 1) continue;
      const voucher = byNumber.get(above)!;
      const missing = Array.from(
        { length: Math.min(above - below - 1, LISTED_GAPS) },
        (_, n) => `${voucher.word}-${below + 1 + n}`,
      );
      findings.push(
        finding(voucher, voucher.numberCell, "voucher-number-gap", "warning", {
          missing: missing.join("、") + (above - below - 1 > LISTED_GAPS ? "…" : ""),
          count: above - below - 1,
        }),
      );
    }
  }
  return findings;
}

/** A voucher made without a number cannot be filed or referred to from the journal. */
export function checkNumberPresent(vouchers: readonly Voucher[]): Finding[] {
  return vouchers.flatMap((voucher) =>
    voucher.number === null && voucher.numberText === ""
      ? [finding(voucher, voucher.numberCell, "voucher-number-missing", "warning")]
      : [],
  );
}

export type VoucherRule = (vouchers: readonly Voucher[], settings: VoucherCheckSettings) => Finding[];

/** Every check of a sheet's vouchers, in the order of the voucher. */
export const RULES: readonly VoucherRule[] = [
  checkNumberPresent,
  checkNumbersRepeated,
  checkNumberGaps,
  checkSummary,
  checkAccountPresent,
  checkAccountKnown,
  checkLineSides,
  checkLineEmpty,
  checkBalanced,
  checkWordsAgree,
  checkCashDirection,
  checkAttachments,
];

export function checkVouchers(vouchers: readonly Voucher[], settings: VoucherCheckSettings): Finding[] {
  return RULES.flatMap((rule) => rule(vouchers, settings));
}

// ---- VOUCHERCHECK -------------------------------------------------------------------------------------------------

/** Every amount of a range, added up; blank and a rule drawn across count 0; the first unreadable cell is the answer. */
function rangeTotal(range: readonly unknown[], unreadable: MessageId): Result<number> {
  let total = 0;
  for (const [index, value] of range.entries()) {
    if (typeof value === "string" && CROSSED_OUT.test(value)) continue;
    const amount = parseMoney(value);
    if (!amount.ok) return fail(unreadable, { position: index + 1, text: shownText(value) });
    total += amount.value ?? 0;
    // Each amount is within MAX_FEN; a total beyond it would no longer be exact.
    if (Math.abs(total) > MAX_FEN) return fail("money-out-of-range", { text: shownText(value), max: money(MAX_FEN) });
  }
  return ok(total);
}

/** 借方合计 − 贷方合计 in 分 of two ranges of any shape, cell by cell row by row: 0 when the voucher balances. */
export function voucherDifference(debits: readonly unknown[], credits: readonly unknown[]): Result<number> {
  const debit = rangeTotal(debits, "voucher-debit-unreadable");
  if (!debit.ok) return debit;
  const credit = rangeTotal(credits, "voucher-credit-unreadable");
  return credit.ok ? ok(debit.value - credit.value) : credit;
}
