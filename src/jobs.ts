/**
 * Every job's sheet kinds, in the order `cashbook check` tries them when it recognises sheets by their headers.
 * A job adds its kinds here when it arrives.
 */
import { amountWordsSheet } from "./amounts-in-words";
import type { GeneratorKind, SheetKind } from "./core/kinds";

export const sheetKinds: readonly SheetKind[] = [amountWordsSheet];

export const generatorKinds: readonly GeneratorKind[] = [];
