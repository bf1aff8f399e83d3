/** The 大写金额 rules over the records read.ts gives: write the canonical words, and check figures against words. */
import { findingFromProblem, type Finding } from "../../core/findings";
import { isBlank } from "../../core/grid";
import { amountToWords, checkWords } from "../../core/words";
import type { AmountCell, FiguresAndWords, WordsForAmount, WordsSettings } from "./model";

export function wordsForAmounts(
  amounts: readonly AmountCell[],
  sheet: string,
  options: Pick<WordsSettings, "prefix">,
): { words: WordsForAmount[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const words = amounts.map(({ row, address, fen }) => {
    if (fen === null) return { row, words: null };
    const written = amountToWords(fen, { prefix: options.prefix });
    if (written.ok) return { row, words: written.value };
    findings.push(findingFromProblem(written.problem, sheet, address));
    return { row, words: null };
  });
  return { words, findings };
}

/** 大小写金额相符: every disagreement is a finding on the words cell, except a missing amount, found on the figures. */
export function checkFiguresAgainstWords(pairs: readonly FiguresAndWords[], sheet: string): Finding[] {
  const findings: Finding[] = [];
  for (const pair of pairs) {
    if (pair.fen === null) {
      findings.push({
        rule: "pair-words-without-amount",
        severity: "error",
        sheet,
        cell: pair.figuresCell,
        params: {},
      });
    } else if (isBlank(pair.words)) {
      findings.push({ rule: "pair-amount-without-words", severity: "error", sheet, cell: pair.wordsCell, params: {} });
    } else {
      for (const problem of checkWords(pair.fen, pair.words)) {
        findings.push(findingFromProblem(problem, sheet, pair.wordsCell));
      }
    }
  }
  return findings;
}
