/**
 * Recalculation by LibreOffice: a workbook the file host wrote is opened headless, computed and saved again as .xlsx,
 * then read back as Grids, so tests can compare every formula's result with what the rules computed. This is how
 * generated formulas are proven without Excel.
 *
 * LibreOffice keeps the results a file saved for its formulas (a workbook that says Excel wrote it, as ExcelJS's do,
 * is not recalculated on opening, fullCalcOnLoad or not: a formula saved as 99 for =1+2 reads 99 after the
 * conversion). The file host saves the results the jobs computed (PlanFormula.result), so they are taken out first:
 * what comes back is LibreOffice's own figure for every formula, to compare the saved results with.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { cellAddress, parseRangeAddress, type Grid } from "../../src/core/grid";
import { isFormula, type SheetPlan } from "../../src/core/plan";
import { readWorkbookGrids } from "../../src/hosts/xlsx";

const SOFFICE = "/usr/bin/soffice";
const TIMEOUT_MS = 120_000;

export async function recalculate(xlsx: Buffer): Promise<Grid[]> {
  const grids = await readWorkbookGrids(await recalculatedFile(xlsx));
  if (!grids.ok) throw new Error(`LibreOffice wrote a file that cannot be read back: ${grids.problem.id}`);
  return grids.value;
}

/** The workbook as LibreOffice saves it once it has computed it: every formula with its result, "" as <v></v>. */
export async function recalculatedFile(xlsx: Buffer): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), "cashbook-recalc-"));
  try {
    const input = join(work, "in.xlsx");
    const output = join(work, "out");
    await writeFile(input, await withoutSavedResults(xlsx));
    const log = await convert([
      // A profile of its own, so that runs in parallel never wait on one another's lock.
      `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
      "--headless",
      "--calc",
      "--convert-to",
      "xlsx",
      "--outdir",
      output,
      input,
    ]);
    return await readFile(join(output, "in.xlsx")).catch(() => {
      throw new Error(`LibreOffice wrote no file:\n${log}`);
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The workbook with every formula's saved result taken out (its <v>, and the t="str" / t="b" / t="e" that typed it),
 * as a program that saves none writes it.
 */
export async function withoutSavedResults(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
  for (const name of sheets) {
    const xml = await zip.file(name)!.async("string");
    const stripped = xml.replace(
      /<c ([^>]*?)(?: t="(?:str|b|e)")?([^>]*)>(<f[^>]*(?:\/>|>[^<]*<\/f>))<v>[^<]*<\/v><\/c>/g,
      "<c $1$2>$3</c>",
    );
    zip.file(name, stripped);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * Runs soffice in a process group of its own: soffice is a launcher that starts soffice.bin, so a timeout ends the
 * whole group rather than leave a headless office running. Gives what soffice printed.
 */
export function convert(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(SOFFICE, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`soffice ended with ${signal ?? `code ${code}`}:\n${output}`));
    });
  });
}

/**
 * Each formula cell of the plan whose saved result differs from what LibreOffice computed in `grid` (the plan's sheet
 * recalculated), with both: numbers compared in 分 (what the rules and `check` read), text as it is. Also counts the
 * results compared, so that a test can see it compared some.
 */
export function resultsUnlikeLibreOffice(
  plan: SheetPlan,
  grid: Grid,
): { compared: number; unlike: { cell: string; saved: unknown; computed: unknown }[] } {
  const unlike: { cell: string; saved: unknown; computed: unknown }[] = [];
  let compared = 0;
  const inFen = (value: unknown) => (typeof value === "number" ? Math.round(value * 100) : (value ?? ""));
  for (const block of plan.blocks) {
    const at = parseRangeAddress(block.at)!.start;
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null || !isFormula(cell) || cell.result === undefined) return;
        compared++;
        const computed = grid.values[at.row + r]?.[at.column + c];
        if (inFen(cell.result) !== inFen(computed))
          unlike.push({ cell: cellAddress(at.row + r, at.column + c), saved: cell.result, computed });
      }),
    );
  }
  return { compared, unlike };
}
