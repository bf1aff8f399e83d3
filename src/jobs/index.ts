/**
 * Every job's sheet kinds, in the order `cashbook check` tries them when it recognises sheets by their headers,
 * and the kinds `cashbook generate` writes. A job adds its kinds here when it arrives. The generators are imported
 * from their own modules: they read other jobs' sheets (the funds report reads the journals), which the jobs'
 * index modules do not need.
 */
import { amountWordsSheet } from "./amounts-in-words";
import { cashCountGenerator } from "./cash-count/generate";
import type { GeneratorKind, SheetKind } from "../core/kinds";
import { fundsDailyGenerator } from "./funds-report/generate";
import { bankJournalGenerator, bankJournalSheet, cashJournalGenerator, cashJournalSheet } from "./journal";

export const sheetKinds: readonly SheetKind[] = [amountWordsSheet, cashJournalSheet, bankJournalSheet];

export const generatorKinds: readonly GeneratorKind[] = [
  cashJournalGenerator,
  bankJournalGenerator,
  cashCountGenerator,
  fundsDailyGenerator,
];
