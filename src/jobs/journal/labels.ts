/**
 * How a journal's header labels and row markers are told, for every reader of journals (the validator's and the
 * entries importer's): compared without spaces, in lower case, with full-width brackets and letters read as
 * half-width, and a label may carry a bracketed note (收入(借方), 余额(元)).
 */
import { toHalfWidth } from "../../core/money";
import { COLUMN_LABELS, ROW_MARKERS, type JournalColumn, type RowKind } from "./model";

/** Labels are compared without spaces, in lower case, with full-width brackets and letters read as half-width. */
export function normalizedLabel(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, "").toLowerCase();
}

const COLUMN_BY_LABEL: ReadonlyMap<string, JournalColumn> = new Map(
  (Object.entries(COLUMN_LABELS) as [JournalColumn, readonly string[]][]).flatMap(([column, labels]) =>
    labels.map((label) => [normalizedLabel(label), column] as const),
  ),
);

/** 收入(借方), 余额(元), Balance (CNY): a known label with a bracketed note before or after it. */
const BRACKETED_LABEL = /^([^()]*)\(([^()]*)\)$/;

export function columnNamed(label: string): JournalColumn | undefined {
  const exact = COLUMN_BY_LABEL.get(label);
  if (exact !== undefined) return exact;
  const bracketed = BRACKETED_LABEL.exec(label);
  if (!bracketed) return undefined;
  return COLUMN_BY_LABEL.get(bracketed[1] ?? "") ?? COLUMN_BY_LABEL.get(bracketed[2] ?? "");
}

const KIND_BY_MARKER: ReadonlyMap<string, RowKind> = new Map(
  (Object.entries(ROW_MARKERS) as [RowKind, readonly string[]][]).flatMap(([kind, markers]) =>
    markers.map((marker) => [normalizedLabel(marker), kind] as const),
  ),
);

/** First characters of the markers: most 摘要 start with none of them and need no normalising to be told apart. */
const MARKER_INITIALS = new Set(
  [...KIND_BY_MARKER.keys()].flatMap((marker) => [marker, marker.toUpperCase()].map((text) => text.charCodeAt(0))),
);

export function rowKindOf(summary: string): RowKind {
  if (summary === "" || !MARKER_INITIALS.has(summary.charCodeAt(0))) return "entry";
  return KIND_BY_MARKER.get(summary) ?? KIND_BY_MARKER.get(normalizedLabel(summary)) ?? "entry";
}
