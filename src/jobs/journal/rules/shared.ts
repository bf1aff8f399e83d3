/**
 * What every journal rule uses: the settings they read, how a finding is put (its severity, money as shown), and the
 * range within which sums stay exact.
 */
import type { Finding, Severity } from "../../../core/findings";
import type { MessageId, MessageParams } from "../../../core/messages";
import { formatMoney, MAX_FEN } from "../../../core/money";
import type { JournalSettings } from "../model";
import type { JournalRows } from "../rows";

/** What the rules need of the settings; with `opening`, the opening row is checked against it (账账相符). */
export type JournalRuleSettings = Pick<JournalSettings, "kind" | "cashLimit"> &
  Partial<Pick<JournalSettings, "opening">>;

export type JournalRule = (rows: JournalRows, settings: JournalRuleSettings, sheet: string) => Finding[];

export function money(fen: number): string {
  return formatMoney(fen, { symbol: true });
}

/** Findings that may be right as they stand (one voucher on two lines, a limit kept loosely): the accountant decides. */
const SEVERITY: Partial<Record<MessageId, Severity>> = {
  "journal-cash-over-limit": "warning",
  "journal-voucher-repeated": "warning",
};

export function finding(sheet: string, cell: string | undefined, rule: MessageId, params: MessageParams = {}): Finding {
  return { rule, severity: SEVERITY[rule] ?? "error", sheet, cell: cell ?? "", params };
}

/**
 * MAX_FEN read once: in a loop over a million rows, an imported binding can cost a getter call at every use
 * (CommonJS output of loaders and of development bundles), more than the check it is part of.
 */
export const LARGEST_FEN = MAX_FEN;

/** Sums stay exact and printable while every figure is within the amounts a cell can hold. */
export function within(fen: number): boolean {
  return Math.abs(fen) <= LARGEST_FEN;
}
