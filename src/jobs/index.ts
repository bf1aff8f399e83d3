/**
 * The registry of jobs: every job's sheet kinds, in the order `cashbook check` tries them when it recognises sheets
 * by their headers, the kinds `cashbook generate` writes, and every message catalog merged into one. A job adds
 * itself to `jobs` when it arrives; shells reach the jobs through this file and the jobs' own index files.
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
import { amountsInWordsJob, amountsInWordsMessages } from "./amounts-in-words";
import { cashCountJob, cashCountMessages } from "./cash-count";
import { fundsReportJob, fundsReportMessages } from "./funds-report";
import { journalJob, journalMessages } from "./journal";
import { reimburseJob, reimburseMessages } from "./reimburse";
import { reconcileJob, reconcileMessages } from "./reconcile";
import { voucherJob, voucherMessages } from "./voucher";

/** A job as the registry lists it: what `cashbook check` recognises and what `cashbook generate` writes. */
export interface Job {
  id: string;
  sheetKinds: readonly SheetKind[];
  // Each generator parses its own settings and takes them back; the registry does not look inside them.
  generators: readonly GeneratorKind<any>[];
}

export const jobs: readonly Job[] = [
  amountsInWordsJob,
  journalJob,
  cashCountJob,
  fundsReportJob,
  reimburseJob,
  reconcileJob,
  voucherJob,
];

export const sheetKinds: readonly SheetKind[] = jobs.flatMap((job) => job.sheetKinds);

export const generatorKinds: readonly GeneratorKind<any>[] = jobs.flatMap((job) => job.generators);

const CATALOGS: readonly Catalog[] = [
  coreMessages,
  amountsInWordsMessages,
  journalMessages,
  cashCountMessages,
  fundsReportMessages,
  reimburseMessages,
  reconcileMessages,
  voucherMessages,
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
