/**
 * Recalculation by LibreOffice: a workbook the file host wrote (formulas with no cached results) is opened headless,
 * computed and saved again as .xlsx, then read back as Grids, so tests can compare every formula's result with what
 * the rules computed. This is how generated formulas are proven without Excel.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Grid } from "../../src/core/grid";
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
    await writeFile(input, xlsx);
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
