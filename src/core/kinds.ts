/**
 * What a job offers the shells for whole sheets: how to recognise a sheet of its kind from its headers, how to
 * check one, and how to generate one. `cashbook check` and `cashbook generate` dispatch on these; each job
 * exports its own from its index.ts.
 */
import type { Finding } from "./findings";
import type { Grid } from "./grid";
import type { SheetPlan } from "./plan";
import type { Problem } from "./result";

export interface SheetKind {
  /** Stable kebab-case id, as typed after --kind. */
  kind: string;
  /** True when the sheet's headers say it is of this kind (labels in Chinese or English, not fixed positions). */
  recognises(grid: Grid): boolean;
  check(grid: Grid): Finding[];
}

/** Options of `cashbook generate`: the typed option values, which the job reads and checks itself, and the
 * sheets of the --from file, already read. */
export interface GenerateOptions {
  values: Readonly<Record<string, string | undefined>>;
  from?: Grid[];
}

/**
 * What a generation gives: the sheets, or why not. Refused over cells of --from that cannot be read, it lists every
 * one of them, so that they can all be corrected before the next try.
 */
export type Generated<T = SheetPlan[]> = { ok: true; value: T } | { ok: false; problem: Problem; findings?: Finding[] };

export interface GeneratorKind {
  kind: string;
  /** The options it takes, as `cashbook --help` lists them: "--date YYYY-MM-DD (--from FILE | --book AMOUNT)". */
  options: string;
  generate(options: GenerateOptions): Generated;
}
