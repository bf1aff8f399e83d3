/**
 * The registry of jobs: every job's sheet kinds, in the order `cashbook check` tries them when it recognises sheets
 * by their headers, the kinds `cashbook generate` writes, and every message catalog merged into one. A job adds
 * itself here when it arrives; shells reach the jobs through this file and the jobs' own index files.
 */
import {
  coreMessages,
  formatFrom,
  type Catalog,
  type Locale,
  type MessageId,
  type MessageParams,
} from "../core/messages";
import type { Finding } from "../core/findings";
import type { GeneratorKind, SheetKind } from "../core/kinds";
import { amountWordsSheet, amountsInWordsMessages } from "./amounts-in-words";
import { cashCountGenerator } from "./cash-count/generate";
import { cashCountMessages } from "./cash-count";
import { fundsDailyGenerator } from "./funds-report/generate";
import { fundsReportMessages } from "./funds-report";
import {
  bankJournalGenerator,
  bankJournalSheet,
  cashJournalGenerator,
  cashJournalSheet,
  journalMessages,
} from "./journal";

export const sheetKinds: readonly SheetKind[] = [amountWordsSheet, cashJournalSheet, bankJournalSheet];

export const generatorKinds: readonly GeneratorKind[] = [
  cashJournalGenerator,
  bankJournalGenerator,
  cashCountGenerator,
  fundsDailyGenerator,
];

const CATALOGS: readonly Catalog[] = [
  coreMessages,
  amountsInWordsMessages,
  journalMessages,
  cashCountMessages,
  fundsReportMessages,
];

/** Every message of the core and the jobs, by language. */
export const messages: Catalog<MessageId> = {
  "zh-CN": Object.assign({}, ...CATALOGS.map((catalog) => catalog["zh-CN"])),
  "en-US": Object.assign({}, ...CATALOGS.map((catalog) => catalog["en-US"])),
};

/** The catalogs one by one, for the test that no two of them use the same id. */
export const catalogsByOwner: readonly Catalog[] = CATALOGS;

export function formatMessage(locale: Locale, id: MessageId, params: MessageParams = {}): string {
  return formatFrom(messages, locale, id, params);
}

export function findingMessage(finding: Finding, locale: Locale): string {
  return formatMessage(locale, finding.rule, finding.params);
}
