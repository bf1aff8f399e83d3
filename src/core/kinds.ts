/**
 * What a job offers the shells for whole sheets: how to recognise a sheet of its kind from its headers and check it,
 * and how to generate one from its settings. `cashbook check`, `cashbook generate` and the task pane dispatch on
 * these; each job exports its own from its index.ts, and src/jobs/index.ts lists them all.
 */
import type { Finding } from "./findings";
import type { Grid } from "./grid";
import type { SheetPlan } from "./plan";
import type { Problem, Result } from "./result";

export interface SheetKind {
  /** Stable kebab-case id, as typed after --kind. */
  kind: string;
  /** True when the sheet's headers say it is of this kind (labels in Chinese or English, not fixed positions). */
  recognises(grid: Grid): boolean;
  /**
   * The sheet's findings. `workbook`, when given, is every sheet of the workbook the sheet is in, for kinds whose
   * rules look across sheets (an invoice claimed on two forms) or read a policy kept on a sheet of its own.
   */
  check(grid: Grid, workbook?: readonly Grid[]): Finding[];
  /**
   * When the sheet is not of this kind but comes close (names some of its columns and not all), why not: a finding
   * saying what is missing, so that `check` says it rather than pass over the sheet. Null otherwise.
   */
  nearMiss?(grid: Grid): Finding | null;
}

/**
 * A job's settings as plain text, by field name: what the command line gives as `--name value` and the pane's fields
 * hold. Absent is not given; the job's settings.ts parses them, the same for both shells.
 */
export type SettingsFields = Readonly<Record<string, string | undefined>>;

/** One field a generator reads, for help texts: its name and what its value looks like ("YYYY-MM", "AMOUNT"). */
export interface FieldUsage {
  name: string;
  value: string;
}

/**
 * What a generation gives: the sheets, or why not. Refused over cells of the sources that cannot be read, it lists
 * every one of them, so that they can all be corrected before the next try. Given, it may carry warnings about the
 * sources (a sheet left out, a journal with errors) for the shell to show beside the result.
 */
export type Generated<T = SheetPlan[]> =
  { ok: true; value: T; findings?: Finding[] } | { ok: false; problem: Problem; findings?: Finding[] };

export interface GeneratorKind<Settings = unknown> {
  kind: string;
  /**
   * The fields it reads, in the order help lists them: each entry is one field, or alternatives of which one is
   * needed; `optional` ones may all be left out.
   */
  usage: readonly { fields: readonly FieldUsage[]; optional?: boolean }[];
  /** The one parser from text fields to settings (the job's settings.ts). */
  settings(fields: SettingsFields): Result<Settings>;
  /**
   * The sheets to write. `sources` are the sheets the settings draw on, already read: the entries to post, or the
   * workbook whose journals a report sums; absent when none were given.
   */
  generate(settings: Settings, sources?: readonly Grid[]): Generated;
}
