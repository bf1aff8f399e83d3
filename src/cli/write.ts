/**
 * Where `cashbook generate` writes, and how: the accountant's files must never be lost. The target is checked before
 * any work (so that a mistake is not found after minutes of generating), and written to a temporary file beside it,
 * flushed to the disk and only then renamed over it: a rename within a folder is atomic, so a full disk, a crash or a
 * power cut leaves either the previous file, whole, or the new one, whole — never half of one.
 */
import { randomBytes } from "node:crypto";
import { constants, createWriteStream } from "node:fs";
import { access, lstat, open, rename, rm, stat, type FileHandle } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { SheetPlan } from "../core/plan";
import { writeWorkbookTo } from "../hosts/xlsx";
import type { CliStringId } from "./i18n";
import { reasonOf } from "./output";

export interface TargetProblem {
  id: CliStringId;
  params: Record<string, string>;
}

/** A failure of the file system, with the code Node gives it (ENOSPC, EACCES…). */
function errorCode(error: unknown): string | undefined {
  // Not `instanceof Error`: Node's own errors come from another realm under jest.
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return typeof code === "string" ? code : undefined;
}

/** stat, or null when there is nothing at the path. */
async function statOrNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
}

/**
 * Why `target` cannot be written, or null when it can. It must name an .xlsx file in an existing, writable folder;
 * it is never one of the inputs (given by option name, `{ from: file }`, so that the refusal names the option the
 * user gave), whatever the flags (compared as files, so a hard link or another spelling of the
 * same path is caught too); it is never a symbolic link, which would write somewhere the user did not name (a link
 * to nothing would create a file wherever it points; replacing the link would silently break it); and an existing
 * file is replaced only with --overwrite.
 */
export async function targetProblem(
  target: string,
  options: { overwrite: boolean; inputs: Readonly<Record<string, string | readonly string[] | undefined>> },
): Promise<TargetProblem | null> {
  const file = { file: target };
  if (extname(target).toLowerCase() !== ".xlsx") return { id: "outNotXlsx", params: file };
  try {
    const existing = await statOrNull(() => lstat(target, { bigint: true }));
    if (existing?.isSymbolicLink()) return { id: "outIsLink", params: file };
    if (existing?.isDirectory()) return { id: "outIsFolder", params: file };
    if (existing) {
      for (const [option, given] of Object.entries(options.inputs)) {
        for (const input of given === undefined ? [] : typeof given === "string" ? [given] : given) {
          const read = await statOrNull(() => stat(input, { bigint: true }));
          if (read && read.dev === existing.dev && read.ino === existing.ino)
            return { id: "outIsInput", params: { ...file, option: `--${option}` } };
        }
      }
      if (!options.overwrite) return { id: "outExists", params: file };
    }
    const folder = dirname(target);
    if (!(await statOrNull(() => stat(folder)))?.isDirectory()) return { id: "folderMissing", params: { folder } };
    await access(folder, constants.W_OK);
    return null;
  } catch (error) {
    return writeProblem(error, target);
  }
}

/** A failure to write `target` in words the user can act on. */
export function writeProblem(error: unknown, target: string): TargetProblem {
  const file = { file: target };
  switch (errorCode(error)) {
    case "ENOSPC":
    case "EDQUOT":
      return { id: "diskFull", params: file };
    case "EACCES":
    case "EPERM":
    case "EBUSY":
      return { id: "noPermission", params: file };
    case "EROFS":
      return { id: "readOnlyDisk", params: file };
    case "ENOENT":
    case "ENOTDIR":
      return { id: "folderMissing", params: { folder: dirname(target) } };
    case "EISDIR":
      return { id: "outIsFolder", params: file };
    default:
      return { id: "writeFailed", params: { ...file, reason: reasonOf(error) } };
  }
}

/** Puts the bytes in the open file; a parameter so that tests can make it fail half way, as a full disk does. */
export type WriteBytes = (file: FileHandle, data: Uint8Array) => Promise<unknown>;

const writeAll: WriteBytes = (file, data) => file.writeFile(data);

/**
 * Writes `data` to `target`, replacing any file there, atomically: on any failure the previous file is left exactly
 * as it was and the temporary file is removed.
 */
export function replaceFile(target: string, data: Uint8Array, writeBytes: WriteBytes = writeAll): Promise<void> {
  return replaceFileWith(target, (file) => writeBytes(file, data));
}

/**
 * Writes what `fill` puts in the open file to `target`, replacing any file there, atomically: on any failure the
 * previous file is left exactly as it was and the temporary file is removed. The temporary file is hidden and created
 * exclusively ("wx"), so it never opens an existing file or a link planted under its name; a rename replaces a link
 * at `target` rather than following it.
 */
export async function replaceFileWith(
  target: string,
  fill: (file: FileHandle, path: string) => Promise<unknown>,
): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  const file = await open(temporary, "wx");
  try {
    try {
      await fill(file, temporary);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes the workbook of `plans` to `target` as replaceFileWith does, row by row through a stream on the temporary
 * file (writeWorkbookTo), so that a long journal never sits whole in memory.
 */
export function replaceWithWorkbook(target: string, plans: readonly SheetPlan[]): Promise<void> {
  // On the descriptor, not the FileHandle: a stream of the handle holds it open, and closing it would wait for ever.
  // autoClose off: the file is flushed to the disk and closed above, once the workbook is whole.
  return replaceFileWith(target, (file, path) =>
    writeWorkbookTo(plans, createWriteStream(path, { fd: file.fd, autoClose: false })),
  );
}
