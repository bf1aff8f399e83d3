/**
 * The CSV host: a file's bytes in, a Grid of text cells out. CSV files here are mostly bank statements downloaded
 * from online banking, so the reader guesses what the portals leave unsaid (the encoding, usually GBK / GB18030,
 * sometimes UTF-16, and the delimiter) and keeps every line, preamble and totals included, because finding the
 * header row is the job's reader's work. Pure (bytes, not files), so the task pane and the CLI share it.
 */
import Papa from "papaparse";
import { MAX_COLUMNS, MAX_ROWS, type Grid } from "../core/grid";
import { fail, ok, type Result } from "../core/result";

/** GB18030 is a superset of GBK and GB2312, so it also reads what portals label GBK. */
export type CsvEncoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export interface CsvOptions {
  /** The Grid's sheet name, such as the file's name; "CSV" when not given. */
  sheet?: string;
  /** Skips detection, for when the user corrects a wrong guess. */
  encoding?: CsvEncoding;
  /** Skips detection; any text without quotes or line breaks, as papaparse allows several characters. */
  delimiter?: string;
}

export interface CsvTable {
  grid: Grid;
  encoding: CsvEncoding;
  delimiter: string;
  /**
   * The first line (from 1, as editors count) where the text breaks what a CSV file may hold: a NUL character
   * (damage, or binary data), or a quote that is never closed, after which everything lands in one cell, as Excel
   * would open it too. The table is read all the same; whoever reads it for the user decides whether to refuse.
   */
  damage?: CsvDamage;
}

export interface CsvDamage {
  kind: "nul" | "unclosed-quote";
  line: number;
}

const ENCODING_NAMES: Record<CsvEncoding, string> = {
  "utf-8": "UTF-8",
  gb18030: "GB18030",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
};

const BYTE_ORDER_MARKS: { bytes: number[]; encoding: CsvEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** In order of preference when two fit a file equally well. */
const DELIMITERS = [",", "\t", ";", "|"];

/** Padding the portals put around cells (the ICBC export pads with spaces and a tab); inner spaces are kept. */
const LEADING_PADDING = /^[ \t\u00a0]+/;
const TRAILING_PADDING = /[ \t\u00a0]+$/;
/** What a formula starts with; a plain signed number ("-100.00") is not one. */
const FORMULA_LEAD = /^[=+\-@]/;
const SIGNED_NUMBER = /^[+-][\d.,]+$/;

/**
 * The cell without its padding, except a leading tab or space before text that starts like a formula: that is how
 * a careful export defuses a payload (OWASP, CSV injection), and taking it away would arm it again for any reader
 * that writes the text on. The sinks keep such text as text either way (core/text).
 */
function unpadded(cell: string): string {
  const trimmed = cell.replace(TRAILING_PADDING, "");
  const bare = trimmed.replace(LEADING_PADDING, "");
  return bare !== trimmed && FORMULA_LEAD.test(bare) && !SIGNED_NUMBER.test(bare) ? trimmed : bare;
}

export function readCsv(bytes: Uint8Array, options: CsvOptions = {}): Result<CsvTable> {
  if (options.delimiter !== undefined && (options.delimiter === "" || /["\r\n]/.test(options.delimiter))) {
    return fail("csv-delimiter-invalid", { delimiter: options.delimiter });
  }
  const encodings = options.encoding ? [options.encoding] : likelyEncodings(bytes);
  let decoded: { text: string; encoding: CsvEncoding } | null = null;
  for (const encoding of encodings) {
    const text = decode(bytes, encoding);
    if (text !== null) {
      decoded = { text, encoding };
      break;
    }
  }
  if (!decoded) return fail("csv-undecodable", { encodings: encodings.map((e) => ENCODING_NAMES[e]).join(" / ") });

  // One line break for the whole file: papaparse guesses a single one, and a file that mixes them (one pieced together
  // from several) would otherwise leave stray \r in cells or run lines together. Excel's own line break in a cell is \n.
  const text = decoded.text.replace(/\r\n?/g, "\n");
  const { rows, delimiter, unclosedQuoteAt } =
    options.delimiter === undefined
      ? bestFittingParse(text)
      : { ...parseRows(text, options.delimiter), delimiter: options.delimiter };
  // The line break that ends the last line starts no row (Excel shows none).
  const last = rows[rows.length - 1];
  if (text.endsWith("\n") && last?.length === 1 && last[0] === "") rows.pop();

  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  if (rows.length > MAX_ROWS || width > MAX_COLUMNS) {
    return fail("csv-too-large", { rows: rows.length, columns: width, maxRows: MAX_ROWS, maxColumns: MAX_COLUMNS });
  }
  // In place: a second copy of every row would double what a big file costs.
  const values = rows;
  for (const row of values) {
    for (let c = 0; c < row.length; c++) row[c] = unpadded(row[c]!);
    while (row.length < width) row.push("");
  }
  if (values.every((row) => row.every((cell) => cell === ""))) return fail("csv-empty");
  const damage = csvDamage(text, unclosedQuoteAt);
  return ok({
    grid: { sheet: options.sheet ?? "CSV", top: 0, left: 0, values },
    encoding: decoded.encoding,
    delimiter,
    ...(damage && { damage }),
  });
}

/** A NUL is told first: it says the file is damaged or not text, and a broken quote in it is likely its consequence. */
function csvDamage(text: string, unclosedQuoteAt: number | undefined): CsvDamage | undefined {
  const nulAt = text.indexOf("\0");
  if (nulAt >= 0) return { kind: "nul", line: lineAt(text, nulAt) };
  if (unclosedQuoteAt !== undefined) return { kind: "unclosed-quote", line: lineAt(text, unclosedQuoteAt) };
  return undefined;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < index; at = text.indexOf("\n", at + 1)) line++;
  return line;
}

/**
 * A byte order mark settles the encoding. Without one, UTF-16 still shows: the ASCII that CSV is full of
 * (delimiters, digits, line breaks) has a zero high byte, so zero bytes gather at odd offsets (little-endian) or
 * even ones (big-endian), while UTF-8 and GB18030 text has none. Otherwise UTF-8, whose strict decoding almost
 * never succeeds on GB18030 bytes, and GB18030 last, since it accepts far more byte sequences.
 */
function likelyEncodings(bytes: Uint8Array): CsvEncoding[] {
  const marked = BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((byte, i) => bytes[i] === byte));
  if (marked) return [marked.encoding];
  const utf16 = utf16ByZeroBytes(bytes);
  return utf16 ? [utf16, "utf-8", "gb18030"] : ["utf-8", "gb18030"];
}

/**
 * UTF-16 when at least one code unit in 16 has a zero byte on the same side and the other side has at most a
 * quarter as many: a stray NUL in UTF-8 text does not pass, nor does binary data (an .xls renamed .csv), which has
 * zeros everywhere; a Chinese statement in UTF-16 has a delimiter or digit far more often than one unit in 16.
 */
function utf16ByZeroBytes(bytes: Uint8Array): CsvEncoding | null {
  if (bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = bytes.length / 2;
  const dominates = (zeros: number, others: number) => zeros > 0 && zeros * 16 >= units && others * 4 <= zeros;
  if (dominates(oddZeros, evenZeros)) return "utf-16le";
  if (dominates(evenZeros, oddZeros)) return "utf-16be";
  return null;
}

/** The text, without its byte order mark, or null when the bytes are not valid in that encoding. */
function decode(bytes: Uint8Array, encoding: CsvEncoding): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

interface ParsedRows {
  rows: string[][];
  /** Where papaparse found a quoted field that runs to the end of the file (its other quote errors are harmless). */
  unclosedQuoteAt: number | undefined;
}

function parseRows(text: string, delimiter: string): ParsedRows {
  const { data, errors } = Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    quoteChar: '"',
    skipEmptyLines: false,
  });
  return { rows: data, unclosedQuoteAt: errors.find((error) => error.code === "MissingQuotes")?.index };
}

interface DelimiterFit {
  delimiter: string;
  /** Lines with the commonest field count above 1. */
  tableLines: number;
}

/** Counted row by row as papaparse goes, so that trying four delimiters on a big file keeps none of its rows. */
function fitDelimiter(text: string, delimiter: string): DelimiterFit {
  const linesByFieldCount = new Map<number, number>();
  let tableLines = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: "\n",
    quoteChar: '"',
    skipEmptyLines: false,
    step: ({ data: row }) => {
      if (row.length < 2) return;
      const lines = (linesByFieldCount.get(row.length) ?? 0) + 1;
      linesByFieldCount.set(row.length, lines);
      tableLines = Math.max(tableLines, lines);
    },
  });
  return { delimiter, tableLines };
}

/**
 * The delimiter under which most lines have the same number (more than one) of fields: the statement's table,
 * whatever the preamble and totals lines around it look like. On a tie, the first of DELIMITERS. The text is then
 * parsed once more with it, for its rows.
 */
function bestFittingParse(text: string): ParsedRows & { delimiter: string } {
  const { delimiter } = DELIMITERS.map((candidate) => fitDelimiter(text, candidate)).reduce((best, next) =>
    next.tableLines > best.tableLines ? next : best,
  );
  return { ...parseRows(text, delimiter), delimiter };
}
