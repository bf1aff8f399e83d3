/**
 * Runs a Python script beside this file against a workbook in LibreOffice (through its Python bridge, Debian's
 * python3-uno, run by the system Python; libreoffice_session.py starts the office): the workbook is written to a
 * temporary folder with a profile of its own, and the script's last line of output is its JSON answer.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { systemProgram } from "./system";

export const SYSTEM_PYTHON = "/usr/bin/python3";
export const PYTHON_UNO = "/usr/lib/python3/dist-packages/uno.py";

/** Whether LibreOffice and its Python bridge are there (under CI=true, a missing one fails the run). */
export function unoAvailable(): boolean {
  return (
    systemProgram("LibreOffice", "/usr/bin/soffice") !== null &&
    systemProgram("Python", SYSTEM_PYTHON) !== null &&
    systemProgram("LibreOffice's Python bridge (python3-uno)", PYTHON_UNO) !== null
  );
}

/** Runs `script` (a file in test/support) as `script WORKBOOK PROFILE ...args` and parses its last line. */
export async function runUnoScript(script: string, xlsx: Buffer, args: readonly string[] = []): Promise<unknown> {
  const work = await mkdtemp(join(tmpdir(), "cashbook-uno-"));
  try {
    const path = join(work, "book.xlsx");
    await writeFile(path, xlsx);
    const { stdout } = await promisify(execFile)(
      SYSTEM_PYTHON,
      [join(__dirname, script), path, join(work, "profile"), ...args],
      { timeout: 120_000 },
    );
    return JSON.parse(stdout.trim().split("\n").pop()!);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
