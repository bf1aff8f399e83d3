/**
 * The command line's reader of .xlsx workbooks: the same Grids as readWorkbookGrids (xlsx.ts), read part by part as
 * each is unzipped, one chunk of XML at a time. ExcelJS's in-memory reader holds an object per cell and several
 * copies of the text, 3 GB for a sheet of 1,048,576 rows; this holds the Grid alone. ExcelJS's own streaming reader
 * was tried first: its unzip waits for ever on many a damaged file (one byte in six thousand changed), and its rows
 * give NaN for a formula's error (#REF!), so this unzips with JSZip, which reads the zip by its directory as the
 * in-memory reader does, and parses the XML with saxes, ExcelJS's own parser. A separate module so that the pane,
 * which reads picked files with readWorkbookGrids, does not load a second zip library. Node only.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { cellAddress, parseRangeAddress, type CellValue, type Grid, type RangeAddress } from "../core/grid";
import { fail, ok, type Result } from "../core/result";
import {
  MAX_EXPANDED_BYTES,
  MS_PER_DAY,
  UNIX_EPOCH_SERIAL,
  UNIX_EPOCH_SERIAL_1904,
  gridOf,
  refusedWorkbook,
  zipExpandedBytes,
} from "./xlsx";

type Attributes = Record<string, string>;

interface XmlHandlers {
  open?(name: string, attributes: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Streams one part of the zip through the XML parser; tag names without their namespace prefix. */
async function parsePart(file: JSZip.JSZipObject, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser();
  const local = (name: string) => name.slice(name.indexOf(":") + 1);
  parser.on("opentag", (node) => handlers.open?.(local(node.name), node.attributes as Attributes));
  parser.on("text", (text) => handlers.text?.(text));
  parser.on("closetag", (node) => handlers.close?.(local(node.name)));
  const decoder = new TextDecoder();
  // JSZip's stream is of the readable-stream package, older than Node's streams and not async-iterable.
  const stream = file.nodeStream("nodebuffer");
  await new Promise<void>((resolve, reject) => {
    const failed = (error: unknown) => {
      stream.pause();
      reject(error);
    };
    stream.on("data", (chunk: Uint8Array) => {
      try {
        parser.write(decoder.decode(chunk, { stream: true }));
      } catch (error) {
        failed(error);
      }
    });
    stream.on("error", failed);
    stream.on("end", () => {
      try {
        parser.write(decoder.decode()).close();
        resolve();
      } catch (error) {
        failed(error);
      }
    });
  });
}

/** Excel's built-in number formats that show dates and times, as ExcelJS's readers know them (defaultnumformats). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A number format that shows a date or time, as ExcelJS's readers decide it (utils.isDateFmt). */
function isDateFormat(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

interface Book {
  sheets: { name: string; part: string }[];
  date1904: boolean;
  strings: string[];
  /** By the index of a cell's style (its s attribute): whether it shows a date. */
  dateStyles: boolean[];
}

async function readBook(zip: JSZip): Promise<Book | null> {
  const workbookPart = zip.file("xl/workbook.xml");
  const relationsPart = zip.file("xl/_rels/workbook.xml.rels");
  if (!workbookPart || !relationsPart) return null;
  const book: Book = { sheets: [], date1904: false, strings: [], dateStyles: [] };
  const declared: { name: string; id: string }[] = [];
  await parsePart(workbookPart, {
    open(name, attributes) {
      if (name === "sheet") declared.push({ name: attributes.name ?? "", id: attributes["r:id"] ?? "" });
      if (name === "workbookPr") book.date1904 = attributes.date1904 === "1" || attributes.date1904 === "true";
    },
  });
  const worksheets = new Map<string, string>();
  await parsePart(relationsPart, {
    open(name, attributes) {
      if (name !== "Relationship" || !attributes.Type?.endsWith("/worksheet")) return;
      const target = attributes.Target ?? "";
      worksheets.set(attributes.Id ?? "", target.startsWith("/") ? target.slice(1) : `xl/${target}`);
    },
  });
  for (const sheet of declared) {
    const part = worksheets.get(sheet.id);
    if (part !== undefined) book.sheets.push({ name: sheet.name, part });
  }
  const strings = zip.file("xl/sharedStrings.xml");
  if (strings) await readStrings(strings, book.strings);
  const styles = zip.file("xl/styles.xml");
  if (styles) await readDateStyles(styles, book.dateStyles);
  return book;
}

/** Each shared string as its text: rich text runs joined, phonetic guides (rPh) left out, as Office.js gives it. */
async function readStrings(part: JSZip.JSZipObject, strings: string[]): Promise<void> {
  let text: string | null = null;
  let inText = false;
  let phonetic = 0;
  await parsePart(part, {
    open(name) {
      if (name === "si") text = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    text(chunk) {
      if (inText && text !== null) text += chunk;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push(text ?? "");
    },
  });
}

async function readDateStyles(part: JSZip.JSZipObject, dateStyles: boolean[]): Promise<void> {
  const formats = new Map<number, string>();
  let inCellFormats = false;
  await parsePart(part, {
    open(name, attributes) {
      if (name === "numFmt") formats.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
      else if (name === "cellXfs") inCellFormats = true;
      else if (name === "xf" && inCellFormats) {
        const id = Number(attributes.numFmtId ?? 0);
        const custom = formats.get(id);
        dateStyles.push(custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellFormats = false;
    },
  });
}

/**
 * Every worksheet as readWorkbookGrids gives it (xlsx.ts), with the same refusals: a legacy or encrypted file, one
 * that would expand past `maxExpandedBytes`, and bytes that are not a workbook (a failure, never an exception).
 */
export async function readWorkbookGridsStreaming(
  bytes: Uint8Array,
  { maxExpandedBytes = MAX_EXPANDED_BYTES }: { maxExpandedBytes?: number } = {},
): Promise<Result<Grid[]>> {
  const refused = refusedWorkbook(bytes, maxExpandedBytes);
  if (refused) return refused;
  if (zipExpandedBytes(bytes) === null) return fail("xlsx-unreadable");
  try {
    const zip = await JSZip.loadAsync(bytes);
    const book = await readBook(zip);
    if (!book) return fail("xlsx-unreadable");
    const grids: Grid[] = [];
    for (const sheet of book.sheets) {
      const part = zip.file(sheet.part);
      if (part) grids.push(await readSheet(sheet.name, part, book));
    }
    if (grids.length === 0) return fail("xlsx-unreadable");
    return ok(grids);
  } catch {
    return fail("xlsx-unreadable");
  }
}

interface XmlCell {
  style: number;
  type: string;
  formula: boolean;
  value: string | null;
  inline: boolean;
}

/**
 * One sheet as a Grid, as ExcelJS's in-memory reader and officeValue read it: shared strings as their text,
 * booleans, errors as their text, numbers in a date format as 1900-system serials, formulas as their cached result
 * (an empty <v></v> is a saved "", as Excel and LibreOffice write it; no <v> at all is a formula never calculated,
 * counted in Grid.uncalculated: ExcelJS cannot tell the two apart, this reader can), and the cells a merge hides
 * left out, as Office.js gives them.
 */
async function readSheet(name: string, part: JSZip.JSZipObject, book: Book): Promise<Grid> {
  const found: CellValue[][] = [];
  const merges: RangeAddress[] = [];
  let uncalculated: { count: number; first: string } | undefined;
  let row = -1;
  let column = -1;
  let cell: XmlCell | null = null;
  let text: string | null = null;
  await parsePart(part, {
    open(tag, attributes) {
      switch (tag) {
        case "row":
          row = attributes.r === undefined ? row + 1 : Number(attributes.r) - 1;
          column = -1;
          return;
        case "c": {
          const at = attributes.r === undefined ? null : parseRangeAddress(attributes.r);
          column = at ? at.start.column : column + 1;
          const style = attributes.s === undefined ? 0 : Number(attributes.s);
          cell = { style, type: attributes.t ?? "n", formula: false, value: null, inline: false };
          return;
        }
        case "f":
          if (cell) cell.formula = true;
          return;
        case "v":
          if (cell) text = "";
          return;
        case "is":
          if (cell) cell.inline = true;
          return;
        case "t":
          if (cell?.inline) text ??= "";
          return;
        case "mergeCell": {
          const range = parseRangeAddress(attributes.ref ?? "");
          if (range) merges.push(range);
          return;
        }
      }
    },
    text(chunk) {
      if (text !== null) text += chunk;
    },
    close(tag) {
      if (!cell) return;
      if (tag === "v" && text !== null) {
        cell.value = text;
        text = null;
      } else if (tag === "is") {
        cell.value = text ?? "";
        text = null;
      } else if (tag === "c") {
        const value = cellValue(cell, book);
        if (value !== undefined) {
          if (cell.formula && value === null) {
            uncalculated ??= { count: 0, first: cellAddress(row, column) };
            uncalculated.count++;
          }
          (found[row] ??= [])[column] = value ?? "";
        }
        cell = null;
      }
    },
  });
  for (const merge of merges) {
    for (let r = merge.start.row; r <= merge.end.row; r++) {
      for (let c = merge.start.column; c <= merge.end.column; c++) {
        const line = found[r];
        if (line && (r !== merge.start.row || c !== merge.start.column)) delete line[c];
      }
    }
  }
  return gridOf(name, found, uncalculated);
}

/**
 * A cell's value as Office.js gives it; null for a formula without a cached result, undefined for a cell that holds
 * nothing (a style only), which no more counts toward the used range than in Excel.
 */
function cellValue(cell: XmlCell, book: Book): CellValue | undefined {
  const { type, value } = cell;
  if (cell.formula && value === null) return null;
  // A formula's empty result: "" whatever its type says (Excel writes t="str"; nothing else leaves <v> empty).
  if (cell.formula && value === "") return "";
  if (value === null) return undefined;
  switch (type) {
    case "s":
      return book.strings[Number(value)] ?? "";
    case "str":
    case "inlineStr":
    case "e":
      return value;
    case "b":
      return value !== "0";
    default: {
      const number = Number(value);
      if (!book.dateStyles[cell.style]) return number;
      // Through a Date's milliseconds, as ExcelJS's readers go, so that both give the same serial.
      const base = book.date1904 ? UNIX_EPOCH_SERIAL_1904 : UNIX_EPOCH_SERIAL;
      return Math.round((number - base) * MS_PER_DAY) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
    }
  }
}
