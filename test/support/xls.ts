/**
 * .xls files for the tests, made at test time so that no third-party file is committed: LibreOffice headless converts
 * a file the test wrote (CSV, .xlsx, HTML) to Excel 97–2003 (and to .xlsx, the reference readWorkbookGrids reads), and
 * compoundFile builds the OLE container around a stream the test wrote by hand (for BIFF5, which LibreOffice no longer
 * writes), following [MS-CFB] as plainly as it allows: version 3, 512-byte sectors, one FAT sector, no mini stream.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { convert } from "./recalc";

/**
 * The file converted by LibreOffice to `to` ("xls" is its "MS Excel 97" filter, BIFF8). `infilter` sets the import
 * filter, as for CSV "CSV:44,34,76,1" (comma, double quote, UTF-8, from line 1).
 */
export async function convertWithLibreOffice(
  input: Uint8Array,
  name: string,
  to: "xls" | "xlsx",
  infilter?: string,
): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), "cashbook-xls-"));
  try {
    const source = join(work, name);
    await writeFile(source, input);
    const log = await convert([
      `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`,
      "--headless",
      "--calc",
      ...(infilter ? [`--infilter=${infilter}`] : []),
      "--convert-to",
      to,
      "--outdir",
      join(work, "out"),
      source,
    ]);
    return await readFile(join(work, "out", name.replace(/\.[^.]+$/, `.${to}`))).catch(() => {
      throw new Error(`LibreOffice wrote no file:\n${log}`);
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

const SECTOR = 512;
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

/**
 * A compound file holding one stream in its root storage. The stream is padded to 4,096 bytes (the mini stream cutoff)
 * so that it lives in ordinary sectors; what follows a workbook's last EOF is never read.
 */
export function compoundFile(name: string, stream: Uint8Array): Uint8Array {
  const size = Math.max(stream.length, 4096);
  const streamSectors = Math.ceil(size / SECTOR);
  if (streamSectors + 2 > SECTOR / 4) throw new RangeError("compoundFile holds one FAT sector's worth of stream");
  const directorySector = 1 + streamSectors;
  const file = new Uint8Array(SECTOR * (directorySector + 2));
  const view = new DataView(file.buffer);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true);
  view.setUint32(0x30, directorySector, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, ENDOFCHAIN, true);
  view.setUint32(0x44, ENDOFCHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + 4 * i, i === 0 ? 0 : FREESECT, true);
  const sectorAt = (s: number) => (s + 1) * SECTOR;
  // The FAT in sector 0: itself, the stream's chain, the directory's one sector.
  for (let s = 0; s < SECTOR / 4; s++) {
    const next =
      s === 0
        ? FATSECT
        : s < directorySector - 1
          ? s + 1
          : s === directorySector - 1 || s === directorySector
            ? ENDOFCHAIN
            : FREESECT;
    view.setUint32(sectorAt(0) + 4 * s, next, true);
  }
  file.set(stream, sectorAt(1));
  const entry = (index: number, entryName: string, type: number, child: number, start: number, length: number) => {
    const at = sectorAt(directorySector) + 128 * index;
    for (let i = 0; i < entryName.length; i++) view.setUint16(at + 2 * i, entryName.charCodeAt(i), true);
    view.setUint16(at + 0x40, entryName.length ? 2 * (entryName.length + 1) : 0, true);
    view.setUint8(at + 0x42, type);
    view.setUint8(at + 0x43, 1);
    view.setUint32(at + 0x44, NOSTREAM, true);
    view.setUint32(at + 0x48, NOSTREAM, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, start, true);
    view.setUint32(at + 0x78, length, true);
  };
  entry(0, "Root Entry", 5, 1, ENDOFCHAIN, 0);
  entry(1, name, 2, NOSTREAM, 1, size);
  entry(2, "", 0, NOSTREAM, 0, 0);
  entry(3, "", 0, NOSTREAM, 0, 0);
  return file;
}

/** A BIFF record: type, length, data. */
export function record(type: number, ...parts: (number[] | Uint8Array)[]): number[] {
  const data = parts.flatMap((part) => Array.from(part));
  return [type & 0xff, type >> 8, data.length & 0xff, data.length >> 8, ...data];
}

export const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
export const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
export const f64 = (n: number) => {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setFloat64(0, n, true);
  return Array.from(bytes);
};
