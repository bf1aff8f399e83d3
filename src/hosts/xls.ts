/**
 * The .xls host: the Excel 97–2003 files bank portals still export, read as Grids exactly as readWorkbookGrids reads
 * an .xlsx (every worksheet from A1 to its last cell holding a value; dates as 1900-system serials; text as text).
 * Written from the public specifications, [MS-CFB] for the container and [MS-XLS] for the BIFF8 (and BIFF5) records,
 * because the one JavaScript reader there is carries known vulnerabilities on npm (README, libraries table).
 *
 * It reads only what a statement holds: cell values, sheet names, shared strings, the date formats. A bank statement
 * is a file from outside, so every offset is checked against the bytes, every chain of sectors is walked at most once
 * per sector, and every loop advances through the file: damaged or crafted bytes give a failure in time bounded by
 * the file's size, never an exception or a hang. Pure (bytes in, no Node Buffer), for the CLI and the pane alike.
 *
 * Portals also save two things that are no Excel file under the .xls name: an HTML table (read here) and tab-separated
 * text (xlsContent says null: read it as CSV).
 */
import { MAX_COLUMNS, type CellValue, type Grid } from "../core/grid";
import { fail, ok, type Result } from "../core/result";

export interface XlsOptions {
  /** The Grid's sheet name for an HTML table, which names none (such as the file's name); "Sheet1" when not given. */
  sheet?: string;
}

/**
 * How many cells all the Grids of one file may hold together: a whole BIFF8 sheet (65,536 × 256). A few bytes can
 * place a cell at IV65536 on each of many sheets, or a colspan of thousands on each row of a table; the Grids are
 * rectangular, so such a file is refused before they are built.
 */
export const MAX_XLS_CELLS = 65_536 * 256;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * What the bytes are: an OLE compound file (an .xls, or another Office 97–2003 document, or a password-protected
 * .xlsx), a bare BIFF2–4 worksheet (Excel 2.x–4.0 wrote no container), an HTML page with a table, or null for anything
 * else (text, most likely tab-separated: the CSV reader's work).
 */
export function xlsContent(bytes: Uint8Array): "ole" | "biff" | "html" | null {
  if (OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) return "ole";
  // A BIFF2–4 file starts with its BOF record: 0x0009, 0x0209 or 0x0409, then a length of 4, 6 or 8 ([MS-XLS] 2.4.21
  // gives BIFF8's; the older ones are in the BIFF2–4 record lists of the same family).
  if (
    [0x00, 0x02, 0x04].includes(bytes[1] ?? -1) &&
    bytes[0] === 0x09 &&
    [4, 6, 8].includes(bytes[2] ?? -1) &&
    bytes[3] === 0
  )
    return "biff";
  return looksLikeHtml(bytes) ? "html" : null;
}

/**
 * The file's worksheets as Grids, or the one reason they cannot be read: an .xls (BIFF8 or BIFF5), or an HTML table
 * saved as .xls. Never throws.
 */
export function readXlsGrids(data: Uint8Array | ArrayBuffer, options: XlsOptions = {}): Result<Grid[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const content = xlsContent(bytes);
  try {
    if (content === "ole") return readWorkbookStream(bytes);
    if (content === "biff") return fail("xls-too-old", { version: biffVersionOfBof(bytes[1]!) });
    if (content === "html") return readHtmlTables(bytes, options.sheet ?? "Sheet1");
    return fail("xls-damaged");
  } catch (error) {
    // Damage is thrown from deep in the parsers and ends here; anything else is a bug, and must surface as one.
    if (error instanceof Damaged) return fail("xls-damaged");
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** The bytes break the format: thrown where that is found, caught in readXlsGrids. */
class Damaged extends Error {}

/** A file read correctly that cannot be used (encrypted, too old, too large). */
class Refused extends Error {
  constructor(
    readonly problem: { id: "xls-encrypted" | "xls-too-old" | "xls-too-large"; params: Record<string, number> },
  ) {
    super(problem.id);
  }
}

function check(condition: boolean): asserts condition {
  if (!condition) throw new Damaged();
}

function u8(bytes: Uint8Array, at: number): number {
  check(at >= 0 && at < bytes.length);
  return bytes[at]!;
}

function u16(bytes: Uint8Array, at: number): number {
  check(at >= 0 && at + 2 <= bytes.length);
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  check(at >= 0 && at + 4 <= bytes.length);
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function f64(bytes: Uint8Array, at: number): number {
  check(at >= 0 && at + 8 <= bytes.length);
  return new DataView(bytes.buffer, bytes.byteOffset + at, 8).getFloat64(0, true);
}

// ───────────────────────────── The container: [MS-CFB] ─────────────────────────────

const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const NOSTREAM = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;

interface DirectoryEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root storage ([MS-CFB] 2.6.1). */
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

class Container {
  private readonly sectorSize: number;
  private readonly sectorCount: number;
  private readonly fat: Uint32Array;
  private readonly miniFat: Uint32Array;
  private readonly miniStream: Uint8Array;
  private readonly miniCutoff: number;
  readonly entries: DirectoryEntry[];

  constructor(private readonly bytes: Uint8Array) {
    check(bytes.length >= 512);
    const shift = u16(bytes, 0x1e);
    // Version 3 files have 512-byte sectors and version 4 files 4,096-byte ones (2.2); no other size exists.
    check(shift === 9 || shift === 12);
    check(u16(bytes, 0x20) === 6);
    this.sectorSize = 1 << shift;
    // The header fills sector -1; a last sector cut short by a writer that did not pad it still counts.
    this.sectorCount = Math.ceil(Math.max(0, bytes.length - this.sectorSize) / this.sectorSize);
    this.miniCutoff = u32(bytes, 0x38);
    this.fat = this.readFat(u32(bytes, 0x2c), u32(bytes, 0x44), u32(bytes, 0x48));
    const directory = this.chain(this.fat, u32(bytes, 0x30), this.sectorCount, (s) => this.sector(s));
    this.entries = [];
    for (let at = 0; at + DIRECTORY_ENTRY_SIZE <= directory.length; at += DIRECTORY_ENTRY_SIZE)
      this.entries.push(directoryEntry(directory, at, shift === 9));
    const root = this.entries[0];
    check(root !== undefined && root.type === 5);
    this.miniStream = this.streamOf(this.fat, root.start, root.size, this.sectorSize, (s) => this.sector(s));
    const miniFatSectors = this.chain(this.fat, u32(bytes, 0x3c), this.sectorCount, (s) => this.sector(s));
    this.miniFat = words(miniFatSectors);
  }

  /** The FAT: its sectors are listed by the DIFAT, 109 entries in the header and the rest in a chain of sectors. */
  private readFat(fatSectors: number, firstDifat: number, difatSectors: number): Uint32Array {
    check(fatSectors <= this.sectorCount);
    const listed: number[] = [];
    for (let i = 0; i < HEADER_DIFAT_ENTRIES && listed.length < fatSectors; i++)
      listed.push(u32(this.bytes, 0x4c + 4 * i));
    const seen = new Set<number>();
    const perSector = this.sectorSize / 4 - 1;
    // At most the declared count of DIFAT sectors, each visited once: a cycle in the DIFAT chain ends the walk.
    for (let s = firstDifat, n = 0; listed.length < fatSectors && n < difatSectors; n++) {
      check(s < this.sectorCount && !seen.has(s));
      seen.add(s);
      const sector = this.sector(s);
      for (let i = 0; i < perSector && listed.length < fatSectors; i++) listed.push(u32(sector, 4 * i));
      s = u32(sector, 4 * perSector);
    }
    check(listed.length === fatSectors);
    const fat = new Uint32Array((fatSectors * this.sectorSize) / 4);
    listed.forEach((s, i) => {
      check(s < this.sectorCount);
      fat.set(words(this.sector(s)), (i * this.sectorSize) / 4);
    });
    return fat;
  }

  /** Sector `s` of the file, shorter where the file ends within it. */
  private sector(s: number): Uint8Array {
    const start = (s + 1) * this.sectorSize;
    check(s < this.sectorCount && start < this.bytes.length);
    return this.bytes.subarray(start, Math.min(start + this.sectorSize, this.bytes.length));
  }

  /**
   * The sectors of a chain, joined. Each sector is taken at most once and at most `limit` in all, so a FAT whose
   * chain loops, or runs off the table, is damage found after a number of steps no larger than the file's sectors.
   */
  private chain(table: Uint32Array, first: number, limit: number, read: (s: number) => Uint8Array): Uint8Array {
    const parts: Uint8Array[] = [];
    const seen = new Set<number>();
    for (let s = first; s !== ENDOFCHAIN; s = table[s]!) {
      check(s < table.length && s < limit && !seen.has(s) && s !== FREESECT);
      seen.add(s);
      parts.push(read(s));
    }
    return joined(parts);
  }

  /** A stream of `size` bytes starting at `first`, its chain walked only as far as the size needs. */
  private streamOf(
    table: Uint32Array,
    first: number,
    size: number,
    unit: number,
    read: (s: number) => Uint8Array,
  ): Uint8Array {
    const needed = Math.ceil(size / unit);
    check(needed <= table.length);
    const parts: Uint8Array[] = [];
    const seen = new Set<number>();
    let s = first;
    for (let n = 0; n < needed; n++) {
      check(s < table.length && !seen.has(s));
      seen.add(s);
      parts.push(read(s));
      s = table[s]!;
    }
    const stream = joined(parts);
    check(stream.length >= size);
    return stream.subarray(0, size);
  }

  /** A stream of the root storage: in the mini stream when smaller than the cutoff, else in sectors ([MS-CFB] 2.6.3). */
  stream(entry: DirectoryEntry): Uint8Array {
    if (entry.size < this.miniCutoff) {
      const mini = 64;
      return this.streamOf(this.miniFat, entry.start, entry.size, mini, (s) => {
        check((s + 1) * mini <= this.miniStream.length);
        return this.miniStream.subarray(s * mini, (s + 1) * mini);
      });
    }
    return this.streamOf(this.fat, entry.start, entry.size, this.sectorSize, (s) => this.sector(s));
  }

  /**
   * The entries directly in the root storage, by the red-black tree of siblings under its child ([MS-CFB] 2.6.4);
   * each entry visited once, so a tree that loops ends. Streams inside storages (an embedded workbook in an OLE
   * object) are not the file's own.
   */
  rootEntries(): DirectoryEntry[] {
    const found: DirectoryEntry[] = [];
    const seen = new Set<number>();
    const pending = [this.entries[0]!.child];
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (id === NOSTREAM) continue;
      check(id < this.entries.length && !seen.has(id));
      seen.add(id);
      const entry = this.entries[id]!;
      found.push(entry);
      pending.push(entry.left, entry.right);
    }
    return found;
  }
}

function directoryEntry(bytes: Uint8Array, at: number, version3: boolean): DirectoryEntry {
  const nameBytes = Math.min(u16(bytes, at + 0x40), 64);
  let name = "";
  for (let i = 0; i + 2 <= nameBytes; i += 2) {
    const unit = u16(bytes, at + i);
    if (unit === 0) break;
    name += String.fromCharCode(unit);
  }
  // Version 3 files may leave garbage in the size's high 32 bits (2.6.3): only the low ones count there.
  const high = version3 ? 0 : u32(bytes, at + 0x7c);
  check(high === 0);
  return {
    name,
    type: u8(bytes, at + 0x42),
    left: u32(bytes, at + 0x44),
    right: u32(bytes, at + 0x48),
    child: u32(bytes, at + 0x4c),
    start: u32(bytes, at + 0x74),
    size: u32(bytes, at + 0x78),
  };
}

function words(bytes: Uint8Array): Uint32Array {
  const out = new Uint32Array(Math.floor(bytes.length / 4));
  for (let i = 0; i < out.length; i++) out[i] = u32(bytes, 4 * i);
  return out;
}

function joined(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// ───────────────────────────── The workbook: [MS-XLS] ─────────────────────────────

const BOF = 0x0809;
const EOF = 0x000a;
const FILEPASS = 0x002f;
const CODEPAGE = 0x0042;
const DATEMODE = 0x0022;
const FORMAT = 0x041e;
const XF = 0x00e0;
const BOUNDSHEET = 0x0085;
const SST = 0x00fc;
const CONTINUE = 0x003c;
const LABELSST = 0x00fd;
const LABEL = 0x0204;
const RSTRING = 0x00d6;
const RK = 0x027e;
const MULRK = 0x00bd;
const NUMBER = 0x0203;
const BOOLERR = 0x0205;
const FORMULA = 0x0006;
const STRING = 0x0207;

/** The BOF's substream types ([MS-XLS] 2.4.21): the globals, and a worksheet (or dialog sheet, told by BOUNDSHEET). */
const GLOBALS = 0x0005;
const WORKSHEET = 0x0010;

/** Excel's 1904 date system starts 1,462 days after its 1900 one; Grids carry 1900 serials, as Office.js gives them. */
const DAYS_1900_TO_1904 = 1462;

/** Excel's error codes ([MS-XLS] 2.5.97 BErr) as the text Office.js gives for an error cell. */
const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

interface Record_ {
  type: number;
  data: Uint8Array;
  /** Offset of the record's header in the stream. */
  at: number;
  /** Offset of the next record. */
  next: number;
}

function recordAt(stream: Uint8Array, at: number): Record_ {
  const type = u16(stream, at);
  const length = u16(stream, at + 2);
  check(at + 4 + length <= stream.length);
  return { type, data: stream.subarray(at + 4, at + 4 + length), at, next: at + 4 + length };
}

function biffVersionOfBof(high: number): number {
  return high === 0x04 ? 4 : high === 0x02 ? 3 : 2;
}

function readWorkbookStream(bytes: Uint8Array): Result<Grid[]> {
  const container = new Container(bytes);
  const entries = container.rootEntries();
  const named = (name: string) => entries.find((e) => e.type === 2 && e.name.toLowerCase() === name.toLowerCase());
  // A password-protected .xlsx is an OLE file holding the encrypted package ([MS-OFFCRYPTO] 2.3.4.4).
  if (named("EncryptedPackage") || named("EncryptionInfo")) return fail("xls-encrypted");
  // Excel 97 and later write "Workbook"; Excel 5.0/95 wrote "Book". A file saved for both holds both.
  const entry = named("Workbook") ?? named("Book");
  if (!entry) return fail("xls-not-workbook");
  return readBiff(container.stream(entry));
}

interface Globals {
  biff: 5 | 8;
  codepage: number;
  date1904: boolean;
  formats: Map<number, string>;
  xfFormats: number[];
  sheets: { name: string; offset: number; type: number }[];
  strings: string[];
}

function readBiff(stream: Uint8Array): Result<Grid[]> {
  const globals = readGlobals(stream);
  const dates = new DateFormats(globals);
  const sheets: SparseSheet[] = [];
  for (const sheet of globals.sheets) {
    if (sheet.type !== 0) continue; // charts, macro sheets and VBA modules hold no cells to read
    const read = readSheet(stream, sheet.offset, sheet.name, globals, dates);
    if (read) sheets.push(read);
  }
  if (sheets.length === 0) return fail("xls-no-table");
  // Counted before any Grid is built: the cells found are bounded by the file's size, the Grids' blanks are not.
  const cells = sheets.reduce((sum, sheet) => sum + Math.max(sheet.height, 1) * Math.max(sheet.width, 1), 0);
  if (cells > MAX_XLS_CELLS) throw new Refused({ id: "xls-too-large", params: { cells, limit: MAX_XLS_CELLS } });
  return ok(sheets.map(gridOf));
}

interface SparseSheet {
  name: string;
  found: CellValue[][];
  height: number;
  width: number;
}

/** From A1 to the last cell holding a value; an empty sheet is A1 alone, [[""]], as Office.js's used range is. */
function gridOf({ name, found, height, width }: SparseSheet): Grid {
  const values: CellValue[][] = [];
  for (let r = 0; r < Math.max(height, 1); r++) {
    const line: CellValue[] = [];
    const source = found[r];
    for (let c = 0; c < Math.max(width, 1); c++) line.push(source?.[c] ?? "");
    values.push(line);
  }
  return { sheet: name, top: 0, left: 0, values };
}

function readGlobals(stream: Uint8Array): Globals {
  const bof = recordAt(stream, 0);
  if (bof.type === 0x0009 || bof.type === 0x0209 || bof.type === 0x0409)
    throw new Refused({ id: "xls-too-old", params: { version: biffVersionOfBof(bof.type >> 8) } });
  check(bof.type === BOF);
  const version = u16(bof.data, 0);
  // BIFF5 and BIFF7 (Excel 5.0 and 95) say 0x0500, BIFF8 (Excel 97 to today) 0x0600 (2.4.21).
  if (version < 0x0500) throw new Refused({ id: "xls-too-old", params: { version: version >> 8 } });
  check(version === 0x0500 || version === 0x0600);
  check(u16(bof.data, 2) === GLOBALS);
  const globals: Globals = {
    biff: version === 0x0600 ? 8 : 5,
    codepage: 1252,
    date1904: false,
    formats: new Map(),
    xfFormats: [],
    sheets: [],
    strings: [],
  };
  // BIFF5 byte strings are in the file's code page, which the CODEPAGE record gives wherever it stands: decoded last.
  const byteNames: { sheet: number; raw: Uint8Array }[] = [];
  const byteFormats: { id: number; raw: Uint8Array }[] = [];
  let at = bof.next;
  for (;;) {
    const record = recordAt(stream, at);
    at = record.next;
    const { data } = record;
    if (record.type === EOF) break;
    switch (record.type) {
      case FILEPASS:
        throw new Refused({ id: "xls-encrypted", params: {} });
      case CODEPAGE:
        globals.codepage = u16(data, 0);
        break;
      case DATEMODE:
        globals.date1904 = u16(data, 0) === 1;
        break;
      case XF:
        globals.xfFormats.push(u16(data, 2));
        break;
      case FORMAT: {
        const id = u16(data, 0);
        if (globals.biff === 8) globals.formats.set(id, new Pieces([data], 4).unicodeString(u16(data, 2)));
        else byteFormats.push({ id, raw: data.subarray(3, 3 + u8(data, 2)) });
        break;
      }
      case BOUNDSHEET: {
        const offset = u32(data, 0);
        const type = u8(data, 5);
        const length = u8(data, 6);
        if (globals.biff === 8) {
          globals.sheets.push({ offset, type, name: new Pieces([data], 7).unicodeString(length) });
        } else {
          byteNames.push({ sheet: globals.sheets.length, raw: data.subarray(7, 7 + length) });
          globals.sheets.push({ offset, type, name: "" });
        }
        break;
      }
      case SST: {
        const segments = [data.subarray(8)];
        while (at + 4 <= stream.length && u16(stream, at) === CONTINUE) {
          const more = recordAt(stream, at);
          segments.push(more.data);
          at = more.next;
        }
        globals.strings = readSharedStrings(new Pieces(segments, 0), u32(data, 4));
        break;
      }
    }
  }
  const decode = byteDecoder(globals.codepage);
  for (const { sheet, raw } of byteNames) globals.sheets[sheet]!.name = decode(raw);
  for (const { id, raw } of byteFormats) globals.formats.set(id, decode(raw));
  return globals;
}

/**
 * The shared string table ([MS-XLS] 2.4.265): `count` XLUnicodeRichExtendedStrings, through as many CONTINUE records
 * as follow. Each string takes at least three bytes, so a count larger than the table holds ends at its last byte.
 */
function readSharedStrings(pieces: Pieces, count: number): string[] {
  const strings: string[] = [];
  while (strings.length < count && !pieces.atEnd()) {
    const length = pieces.u16();
    const flags = pieces.u8();
    const runs = flags & 0x08 ? pieces.u16() : 0;
    const extra = flags & 0x04 ? pieces.u32() : 0;
    strings.push(pieces.characters(length, flags & 0x01));
    // The formatting runs (four bytes each) and the phonetic data (Japanese furigana) are not cell values.
    pieces.skip(runs * 4);
    pieces.skip(extra);
  }
  return strings;
}

/**
 * A record's data and its CONTINUE records read as one run of bytes. Where a string's characters go on in the next
 * CONTINUE, that record starts with a new option byte saying whether the rest is one or two bytes a character
 * ([MS-XLS] 2.4.58); everything else simply runs on.
 */
class Pieces {
  private segment = 0;
  constructor(
    private readonly segments: readonly Uint8Array[],
    private at: number,
  ) {}

  atEnd(): boolean {
    while (this.segment < this.segments.length && this.at >= this.segments[this.segment]!.length) this.next();
    return this.segment >= this.segments.length;
  }

  private next(): void {
    this.segment++;
    this.at = 0;
  }

  private current(): Uint8Array {
    check(!this.atEnd());
    return this.segments[this.segment]!;
  }

  u8(): number {
    return this.current()[this.at++]!;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(count: number): void {
    let left = count;
    while (left > 0) {
      const segment = this.current();
      const step = Math.min(left, segment.length - this.at);
      this.at += step;
      left -= step;
    }
  }

  /**
   * `count` characters, two bytes each when `wide`, else one (the low byte of UTF-16, [MS-XLS] 2.5.293). Where they
   * go on in the next CONTINUE, it starts with its own option byte (as Apache POI and LibreOffice read it too, also
   * when the split falls just before the first character).
   */
  characters(count: number, wide: number): string {
    const codes = new Uint16Array(count);
    let twoBytes = wide !== 0;
    for (let done = 0; done < count;) {
      let segment = this.segments[this.segment];
      if (segment === undefined || this.at >= segment.length) {
        this.next();
        segment = this.segments[this.segment];
        check(segment !== undefined && segment.length > 0);
        twoBytes = (segment[this.at++]! & 0x01) !== 0;
      }
      const size = twoBytes ? 2 : 1;
      const take = Math.min(count - done, Math.floor((segment.length - this.at) / size));
      // A character cut in two by a record boundary is damage: every step reads at least one character.
      check(take > 0);
      for (let i = 0; i < take; i++, this.at += size)
        codes[done++] = twoBytes ? segment[this.at]! | (segment[this.at + 1]! << 8) : segment[this.at]!;
    }
    return new TextDecoder("utf-16le").decode(codes);
  }

  /** An XLUnicodeString's option byte and characters, once its length has been read ([MS-XLS] 2.5.294). */
  unicodeString(length: number): string {
    return this.characters(length, this.u8() & 0x01);
  }
}

/** The TextDecoder label of a CODEPAGE value ([MS-XLS] 2.4.52: Windows code page identifiers). */
const CODEPAGES: Record<number, string> = {
  874: "windows-874",
  932: "shift_jis",
  936: "gbk",
  949: "euc-kr",
  950: "big5",
  1200: "utf-16le",
  1250: "windows-1250",
  1251: "windows-1251",
  1252: "windows-1252",
  1253: "windows-1253",
  1254: "windows-1254",
  1255: "windows-1255",
  1256: "windows-1256",
  1257: "windows-1257",
  1258: "windows-1258",
  10000: "macintosh",
  32768: "macintosh",
  32769: "windows-1252",
  54936: "gb18030",
};

function byteDecoder(codepage: number): (raw: Uint8Array) => string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(CODEPAGES[codepage] ?? "windows-1252");
  } catch {
    // A runtime without that table (Node built with small ICU): Latin-1 keeps ASCII right.
    decoder = new TextDecoder("windows-1252");
  }
  return (raw) => decoder.decode(raw);
}

/**
 * Which cells hold dates: those whose XF names a date or time format. Only the 1904 date system needs to know, to
 * give the 1900 serial readWorkbookGrids gives for the same day; a number is a number either way.
 */
class DateFormats {
  private readonly byXf = new Map<number, boolean>();
  constructor(private readonly globals: Globals) {}

  serial(value: number, xf: number): number {
    return this.globals.date1904 && this.isDate(xf) ? value + DAYS_1900_TO_1904 : value;
  }

  private isDate(xf: number): boolean {
    let date = this.byXf.get(xf);
    if (date === undefined) {
      const id = this.globals.xfFormats[xf];
      const code = id === undefined ? undefined : this.globals.formats.get(id);
      date = id !== undefined && (code === undefined ? BUILT_IN_DATES.has(id) : isDateFormatCode(code));
      this.byXf.set(xf, date);
    }
    return date;
  }
}

/**
 * Built-in formats that are dates or times ([MS-XLS] 2.4.126): 14–22 and 45–47 everywhere, and in Chinese, Japanese
 * and Korean Excel the locale's 27–36 and 50–58 (such as yyyy"年"m"月"d"日").
 */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
]);
for (let id = 50; id <= 58; id++) BUILT_IN_DATES.add(id);

/** A custom format is a date or time when, outside quoted text, escapes and [colour] brackets, it has y m d h or s. */
export function isDateFormatCode(code: string): boolean {
  const section = code.split(";")[0] ?? "";
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "");
  return /[ymdhs]/i.test(bare);
}

function readSheet(
  stream: Uint8Array,
  offset: number,
  name: string,
  globals: Globals,
  dates: DateFormats,
): SparseSheet | null {
  const bof = recordAt(stream, offset);
  check(bof.type === BOF);
  // A dialog sheet is a worksheet in BOUNDSHEET; its BOF says so, and it holds no cells worth reading.
  if (u16(bof.data, 2) !== WORKSHEET) return null;
  const found: CellValue[][] = [];
  let height = 0;
  let width = 0;
  const put = (row: number, column: number, value: CellValue) => {
    check(column < MAX_COLUMNS);
    (found[row] ??= [])[column] = value;
    height = Math.max(height, row + 1);
    width = Math.max(width, column + 1);
  };
  const number = (data: Uint8Array, value: number) =>
    put(u16(data, 0), u16(data, 2), dates.serial(value, u16(data, 4)));
  const decode = byteDecoder(globals.codepage);
  const text = (data: Uint8Array, at: number) =>
    globals.biff === 8
      ? new Pieces([data], at + 2).unicodeString(u16(data, at))
      : decode(data.subarray(at + 2, at + 2 + u16(data, at)));
  /** A FORMULA whose result is text: the STRING record after it holds the text. */
  let pendingString: { row: number; column: number } | null = null;
  // Embedded charts are substreams of their own (BOF … EOF) inside a worksheet's: their records are not its cells.
  let depth = 1;
  for (let at = bof.next; depth > 0;) {
    const record = recordAt(stream, at);
    at = record.next;
    const { data, type } = record;
    if (type === BOF) depth++;
    else if (type === EOF) depth--;
    if (depth !== 1 || type === EOF) continue;
    if (type === STRING) {
      if (pendingString) {
        const segments = [data];
        while (at + 4 <= stream.length && u16(stream, at) === CONTINUE) {
          const more = recordAt(stream, at);
          segments.push(more.data);
          at = more.next;
        }
        const pieces = new Pieces(segments, 0);
        const length = pieces.u16();
        const value = globals.biff === 8 ? pieces.unicodeString(length) : decode(data.subarray(2, 2 + length));
        put(pendingString.row, pendingString.column, value);
      }
      pendingString = null;
      continue;
    }
    switch (type) {
      case LABELSST: {
        const index = u32(data, 6);
        check(index < globals.strings.length);
        put(u16(data, 0), u16(data, 2), globals.strings[index]!);
        pendingString = null;
        break;
      }
      case LABEL:
      case RSTRING:
        put(u16(data, 0), u16(data, 2), text(data, 6));
        pendingString = null;
        break;
      case NUMBER:
        number(data, f64(data, 6));
        pendingString = null;
        break;
      case RK:
        number(data, rkValue(u32(data, 6)));
        pendingString = null;
        break;
      case MULRK: {
        const row = u16(data, 0);
        const first = u16(data, 2);
        const count = Math.floor((data.length - 6) / 6);
        for (let i = 0; i < count; i++) {
          const at6 = 4 + 6 * i;
          put(row, first + i, dates.serial(rkValue(u32(data, at6 + 2)), u16(data, at6)));
        }
        pendingString = null;
        break;
      }
      case BOOLERR: {
        const value = u8(data, 6);
        put(u16(data, 0), u16(data, 2), u8(data, 7) === 0 ? value !== 0 : (ERRORS[value] ?? "#N/A"));
        pendingString = null;
        break;
      }
      case FORMULA: {
        const row = u16(data, 0);
        const column = u16(data, 2);
        pendingString = null;
        // The cached result ([MS-XLS] 2.5.133 FormulaValue): a number, unless its last two bytes are 0xFFFF, when
        // the first byte says text (in the STRING record that follows), boolean, error or the empty text.
        if (u16(data, 12) !== 0xffff) number(data, f64(data, 6));
        else {
          const kind = u8(data, 6);
          if (kind === 0) pendingString = { row, column };
          else if (kind === 1) put(row, column, u8(data, 8) !== 0);
          else if (kind === 2) put(row, column, ERRORS[u8(data, 8)] ?? "#N/A");
          else put(row, column, "");
        }
        break;
      }
    }
  }
  return { name, found, height, width };
}

/**
 * An RK number ([MS-XLS] 2.5.217): bit 1 says a 30-bit signed integer, else the top 30 bits of a double whose low
 * 34 bits are zero; bit 0 says the value was multiplied by 100.
 */
export function rkValue(rk: number): number {
  let value: number;
  if (rk & 0x02) value = (rk | 0) >> 2;
  else {
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(4, rk & 0xfffffffc, true);
    value = view.getFloat64(0, true);
  }
  return rk & 0x01 ? value / 100 : value;
}

// ───────────────────────────── HTML saved as .xls ─────────────────────────────

const decoderLatin1 = new TextDecoder("windows-1252");

/** An HTML page: after any byte order mark and white space, a tag, and a <table somewhere. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = decoderLatin1
    .decode(bytes.subarray(0, 1024))
    .replace(/^(\u00ef\u00bb\u00bf|\u00ff\u00fe|\u00fe\u00ff)/, "");
  if (!/^[\s\0]*<[!?a-z\0]/i.test(head)) return false;
  return /<\0?t\0?a\0?b\0?l\0?e/i.test(decoderLatin1.decode(bytes));
}

/**
 * The text of the page: by its byte order mark, else by its <meta> charset (portals label GBK text "gb2312", which
 * GB18030 reads, being its superset), else UTF-8 if the bytes are valid UTF-8, else GB18030.
 */
function htmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const head = decoderLatin1.decode(bytes.subarray(0, 4096));
  const label = /<meta[^>]*charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const chinese = label === undefined || /^(gb2312|gbk|gb18030|x-gbk|cp936)$/.test(label);
  if (label !== undefined && !chinese) {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // A label TextDecoder does not know: decided as if there were none.
    }
  }
  if (label === undefined) {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8: GB18030 below.
    }
  }
  return new TextDecoder("gb18030").decode(bytes);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", yen: "¥" };

function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A tag, a comment, or the contents of <script> and <style>, which are never cell text. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-z][\w:-]*)([^>]*)>|<!?[^>]*>/gi;

function spanOf(attributes: string, name: string): number {
  const value = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d{1,5})`, "i").exec(attributes)?.[1];
  return Math.max(1, Math.min(Number(value ?? 1), MAX_COLUMNS));
}

/**
 * Every row of every table, in the order of the page, as Excel lays out an HTML page it opens: one row per <tr>, a
 * cell per <td> or <th>, a cell spanning rows or columns holding its text in its top-left cell and "" in the rest
 * (as a merged area reads). White space runs become one space, <br> a line break; tags inside a cell are dropped.
 */
function readHtmlTables(bytes: Uint8Array, sheet: string): Result<Grid[]> {
  const html = htmlText(bytes);
  const rows: CellValue[][] = [];
  /** Cells taken by a rowspan from above, by row (relative to rows.length) and column. */
  const spanned = new Map<number, Set<number>>();
  let cells = 0;
  let depth = 0;
  let row: CellValue[] | null = null;
  let cell: { column: number; lines: string[] } | null = null;
  let column = 0;
  let last = 0;
  // The page's own white space (line breaks included) is one space, as a browser shows it; only <br> breaks a line.
  const addText = (text: string) => {
    if (cell) cell.lines[cell.lines.length - 1] += text;
  };
  const endCell = () => {
    if (!cell || !row) return;
    // Portals pad cells with &nbsp; to keep them from collapsing: padding, not text, like the CSV exports' spaces.
    const lines = cell.lines.map((line) =>
      unescapeHtml(line.replace(/[ \t\r\n\f]+/g, " ")).replace(/^[ \u00a0]+|[ \u00a0]+$/g, ""),
    );
    row[cell.column] = lines.join("\n").replace(/^\n+|\n+$/g, "");
    cell = null;
  };
  const endRow = () => {
    endCell();
    if (!row) return;
    rows.push(row);
    row = null;
  };
  for (const match of html.matchAll(TOKEN)) {
    addText(html.slice(last, match.index));
    last = match.index + match[0].length;
    const closing = match[2] === "/";
    const tag = match[3]?.toLowerCase();
    if (tag === undefined) continue;
    const attributes = match[4] ?? "";
    if (tag === "table") {
      // A table inside a cell is that cell's text, its cells parted by spaces.
      if (closing ? depth === 1 : depth === 0) endRow();
      else addText(" ");
      depth = Math.max(0, depth + (closing ? -1 : 1));
    } else if (depth === 0) continue;
    else if (depth > 1 && (tag === "td" || tag === "th" || tag === "tr")) addText(" ");
    else if (tag === "br" && !closing) cell?.lines.push("");
    else if (tag === "tr" && depth === 1) {
      endRow();
      if (!closing) {
        row = [];
        column = 0;
      }
    } else if ((tag === "td" || tag === "th") && depth === 1) {
      endCell();
      if (closing) continue;
      if (!row) {
        row = [];
        column = 0;
      }
      const taken = spanned.get(rows.length);
      while (taken?.has(column)) column++;
      const across = spanOf(attributes, "colspan");
      const down = spanOf(attributes, "rowspan");
      cells += across * down;
      if (cells > MAX_XLS_CELLS || column + across > MAX_COLUMNS)
        throw new Refused({ id: "xls-too-large", params: { cells, limit: MAX_XLS_CELLS } });
      for (let r = 1; r < down; r++) {
        const below = spanned.get(rows.length + r) ?? new Set<number>();
        for (let c = 0; c < across; c++) below.add(column + c);
        spanned.set(rows.length + r, below);
      }
      for (let c = 1; c < across; c++) row[column + c] = "";
      cell = { column, lines: [""] };
      column += across;
    }
  }
  endRow();
  // As wide as the widest row: a span's first row holds all its columns, so no span reaches further.
  let width = 0;
  for (const line of rows) width = Math.max(width, line.length);
  if (rows.length === 0 || width === 0) return fail("xls-no-table");
  if (rows.length * width > MAX_XLS_CELLS)
    throw new Refused({ id: "xls-too-large", params: { cells: rows.length * width, limit: MAX_XLS_CELLS } });
  const values = rows.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? ""));
  return ok([{ sheet, top: 0, left: 0, values }]);
}
