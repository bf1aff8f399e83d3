/**
 * `cashbook reconcile --book FILE --statement FILE [--book-sheet NAME] [--statement-sheet NAME] [--book-balance AMOUNT]
 * [--statement-balance AMOUNT] [--window DAYS] [--carry FILE] [--out FILE.xlsx] [--json]`: the bank reconciliation.
 * The options go through the job's settings parser; --out is checked before any work and written atomically. Exit 0
 * when the adjusted balances agree, 1 when they do not, 2 when an input is unusable. The --json shape is a contract
 * other tools read: amounts as exact decimal strings ("52700.00"), rows as the 1-based rows a spreadsheet shows.
 */
import type { Finding } from "../core/findings";
import { formatIsoDate } from "../core/dates";
import type { Grid } from "../core/grid";
import { formatMoney } from "../core/money";
import { findingMessage } from "../jobs";
import {
  OUTSTANDING_LISTS,
  parseReconcileSettings,
  reconcileSources,
  type Item,
  type OutstandingList,
  type Reconciled,
} from "../jobs/reconcile";
import { UsageError, type CommandLine } from "./args";
import { readGridsFromFile } from "./files";
import { EXIT, type Output } from "./output";
import { replaceWithWorkbook, targetProblem, writeProblem } from "./write";

/** 5270000 分 → "52700.00": exact, no separators, "-" for negative. */
export const decimal = (fen: number) => formatMoney(fen).replace(/,/g, "");

function itemJson(item: Item) {
  return {
    row: item.row,
    date: formatIsoDate(item.date),
    amount: decimal(item.amount),
    summary: item.summary,
    number: item.number,
  };
}

function findingJson(finding: Finding, out: Output) {
  return {
    rule: finding.rule,
    severity: finding.severity,
    sheet: finding.sheet,
    cell: finding.cell,
    message: findingMessage(finding, out.locale),
  };
}

export function reconcileJson(reconciled: Reconciled, files: { book: string; statement: string }, out: Output) {
  const { reconciliation, result, bookItems, statementItems } = reconciled;
  const rows = (indexes: readonly number[], items: readonly Item[]) => indexes.map((i) => items[i]!.row);
  return {
    book: { file: files.book, sheet: reconciled.book.sheet, balance: decimal(reconciled.book.balance) },
    statement: {
      file: files.statement,
      sheet: reconciled.statement.sheet,
      bank: reconciled.statement.bank,
      balance: decimal(reconciled.statement.balance),
    },
    adjusted: { book: decimal(reconciliation.adjustedBook), statement: decimal(reconciliation.adjustedStatement) },
    difference: decimal(reconciliation.difference),
    balanced: reconciliation.difference === 0,
    unmatched: Object.fromEntries(
      OUTSTANDING_LISTS.map((list) => [list, reconciliation.outstanding[list].map(itemJson)]),
    ) as Record<OutstandingList, ReturnType<typeof itemJson>[]>,
    matches: result.matches.map((match) => ({
      book: rows(match.book, bookItems),
      statement: rows(match.statement, statementItems),
      kind: match.kind,
      rule: match.rule,
    })),
    ambiguous: result.ambiguous.map((group) => ({
      book: rows(group.book, bookItems),
      statement: rows(group.statement, statementItems),
    })),
    findings: reconciled.findings.map((finding) => findingJson(finding, out)),
  };
}

/**
 * Where a line is: its row, or, for a 未达账项 carried from last month, that row of the sheet it was carried from
 * (the 调节表 or --carry file), which is not a row of the journal or the statement listed beside it.
 */
function whereText(item: Item, out: Output): string {
  return item.carried
    ? out.t("reconcileCarriedRow", { sheet: item.sheet, row: item.row })
    : out.t("reconcileRow", { row: item.row });
}

/** Rows for the ambiguous groups: a carried line as the 对账记录 names it (调节表!12). */
const rowsText = (indexes: readonly number[], items: readonly Item[]) =>
  indexes
    .map((i) => {
      const item = items[i]!;
      return item.carried ? `${item.sheet}!${item.row}` : String(item.row);
    })
    .join(", ");

function sayReport(reconciled: Reconciled, out: Output, carryGiven: boolean): void {
  const { reconciliation, result, bookItems, statementItems } = reconciled;
  const money = (fen: number) => formatMoney(fen, { symbol: true });
  out.say(
    out.t("reconcileBalances", {
      bookSheet: reconciled.book.sheet,
      book: money(reconciled.book.balance),
      statementSheet: reconciled.statement.sheet,
      bank: reconciled.statement.bank ? out.t("reconcileBank", { bank: reconciled.statement.bank }) : "",
      statement: money(reconciled.statement.balance),
    }),
  );
  for (const list of OUTSTANDING_LISTS) {
    const items = reconciliation.outstanding[list];
    const total = items.reduce((sum, item) => sum + item.amount, 0);
    out.say(out.t("reconcileList", { title: out.t(list), count: items.length, total: money(total) }));
    for (const item of items)
      out.say(
        out.t("reconcileItem", {
          where: whereText(item, out),
          date: formatIsoDate(item.date),
          amount: money(item.amount),
          number: item.number,
          summary: item.summary,
        }),
      );
  }
  out.say(out.t("reconcileMatched", { matches: result.matches.length, ambiguous: result.ambiguous.length }));
  for (const group of result.ambiguous)
    out.say(
      out.t("reconcileAmbiguous", {
        book: rowsText(group.book, bookItems),
        statement: rowsText(group.statement, statementItems),
      }),
    );
  for (const finding of reconciled.findings) out.say(out.finding(finding));
  const verdict =
    reconciliation.difference === 0
      ? out.t("reconcileBalanced")
      : out.t("reconcileUnbalanced", { difference: money(reconciliation.difference) });
  out.say(
    out.t("reconcileAdjusted", {
      book: money(reconciliation.adjustedBook),
      statement: money(reconciliation.adjustedStatement),
      verdict,
    }),
  );
  // A difference with nothing carried, in a journal that opens with last month's balance: last month's 未达账项 are
  // the likeliest cause, and the cashier may not know they can be brought in.
  const nothingCarried = !carryGiven && reconciled.carriedFrom === null && reconciled.book.opened;
  if (reconciliation.difference !== 0 && nothingCarried) out.say(out.t("reconcileNothingCarried"));
}

export async function reconcileCommand(args: string[], line: CommandLine, out: Output): Promise<number> {
  const { book, statement, carry, out: target } = line.values;
  if (args.length > 0 || book === undefined || statement === undefined)
    throw new UsageError(out.t("needsBookAndStatement"));
  const settings = parseReconcileSettings(line.values);
  if (!settings.ok) return (out.complain(out.problem(settings.problem)), EXIT.unusable);
  if (target !== undefined) {
    const refused = await targetProblem(target, {
      overwrite: line.flags.has("overwrite"),
      inputs: { book, statement, carry },
    });
    if (refused) return (out.complain(out.t(refused.id, refused.params)), EXIT.unusable);
  }
  const read = async (file: string): Promise<Grid[] | null> => {
    out.progress(out.t("reading", { file }));
    return readGridsFromFile(file, out);
  };
  const bookGrids = await read(book);
  if (!bookGrids) return EXIT.unusable;
  const statementGrids = await read(statement);
  if (!statementGrids) return EXIT.unusable;
  const carryGrids = carry === undefined ? undefined : await read(carry);
  if (carryGrids === null) return EXIT.unusable;
  const reconciled = reconcileSources(settings.value, {
    book: bookGrids,
    statement: statementGrids,
    ...(carryGrids && { carry: carryGrids }),
  });
  if (!reconciled.ok) {
    out.complain(out.problem(reconciled.problem));
    for (const finding of reconciled.findings ?? []) out.complain(out.finding(finding));
    return EXIT.unusable;
  }
  // A --carry file is what the user named; the journal's own sheet carried from is worth saying.
  if (carry === undefined && reconciled.value.carriedFrom !== null)
    out.progress(out.t("reconcileCarriedFrom", { sheet: reconciled.value.carriedFrom }));
  if (target !== undefined) {
    out.progress(out.t("writing", { file: target }));
    try {
      await replaceWithWorkbook(target, reconciled.value.plans);
    } catch (error) {
      out.trace(error);
      const failed = writeProblem(error, target);
      return (out.complain(out.t(failed.id, failed.params)), EXIT.unusable);
    }
  }
  if (line.flags.has("json"))
    out.say(JSON.stringify(reconcileJson(reconciled.value, { book, statement }, out), null, 2));
  else sayReport(reconciled.value, out, carry !== undefined);
  return reconciled.value.reconciliation.difference === 0 ? EXIT.ok : EXIT.problems;
}
