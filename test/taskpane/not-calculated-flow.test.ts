/**
 * The pane's reader of a picked .xlsx (readPickedFile, through ExcelJS) judges "not calculated" sheet by sheet,
 * as `cashbook check` does (test/cli/not-calculated.test.ts): a computed sheet is read with its figures beside a
 * sheet a program rewrote without results, and the journal job refuses only the latter. ExcelJS reads a saved ""
 * as no result, so this reader takes a sheet with any saved result as computed; the command line's reader sees
 * the <v></v> itself.
 */
import type { Grid } from "../../src/core/grid";
import { checkJournal } from "../../src/jobs/journal";
import { readPickedFile } from "../../src/taskpane/pages/reconcileFlow";
import { calculated, mixed, programWritten } from "../support/calculated";
import { systemProgram } from "../support/system";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;

async function picked(bytes: Buffer): Promise<Grid[]> {
  const read = await readPickedFile("账簿.xlsx", bytes);
  if (read.kind !== "read") throw new Error(`not read: ${JSON.stringify(read)}`);
  return read.grids;
}

const judged = (grids: Grid[]) => grids.map((grid) => [grid.sheet, grid.uncalculated]);
const checked = (grids: Grid[]) =>
  grids.slice(0, 2).map((grid) => [grid.sheet, checkJournal(grid).map((finding) => `${finding.rule}@${finding.cell}`)]);

test("as a program writes it, every sheet with formulas is not calculated", async () => {
  const grids = await picked(await programWritten());
  expect(judged(grids)).toEqual([
    ["现金", { count: 4, first: "F4" }],
    ["工行", { count: 2, first: "E4" }],
    ["说明", { count: 1, first: "A2" }],
  ]);
  expect(checked(grids)).toEqual([
    ["现金", ["journal-not-calculated@F4"]],
    ["工行", ["journal-not-calculated@E4"]],
  ]);
});

describeWithLibreOffice("computed by LibreOffice", () => {
  test("every sheet computed, the journals clean", async () => {
    const grids = await picked(await calculated());
    expect(judged(grids)).toEqual([
      ["现金", undefined],
      ["工行", undefined],
      ["说明", undefined],
    ]);
    expect(checked(grids)).toEqual([
      ["现金", []],
      ["工行", []],
    ]);
  });

  test("then the bank journal and the notes rewritten by a program: those two alone are not calculated", async () => {
    const grids = await picked(await mixed());
    expect(judged(grids)).toEqual([
      ["现金", undefined],
      ["工行", { count: 2, first: "E4" }],
      ["说明", { count: 1, first: "A2" }],
    ]);
    expect(checked(grids)).toEqual([
      ["现金", []],
      ["工行", ["journal-not-calculated@E4"]],
    ]);
  });
});
