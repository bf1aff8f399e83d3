/**
 * Reads vouchers from a sheet in either of the two shapes a cashier meets:
 * - our printed form (and forms like it): voucher blocks one under another, each a title (记账凭证, 收款凭证…), the
 *   date and number beside their labels, a two-row header of lines, a 合计 row with the words, 附件 N 张;
 * - a voucher list as accounting software exports it: one row per line with 日期, 凭证字号 (or 凭证字 and 凭证号),
 *   摘要, 科目, 借方, 贷方 in its own column order, the date and number often only on a voucher's first row (merged
 *   cells read so), subtotal rows between vouchers.
 * Headers are found by core/header, labelled fields by core/labels. A cell that cannot be read is a Finding on it.
 * Also reads a chart of accounts kept on a sheet of its own (科目编码 | 科目名称), the chart lines are checked against.
 */
import type { Account } from "../../core/accounts";
import { parseCount, readAmount, readCount, readDate, readText, type CellSource } from "../../core/cells";
import type { CalendarDate } from "../../core/dates";
import { findingFromProblem, type Finding } from "../../core/findings";
import { gridCellAddress, isBlank, type CellValue, type Grid } from "../../core/grid";
import {
  findHeader,
  hasAll,
  normalizedLabel,
  type Aliases,
  type HeaderColumns,
  type HeaderSpec,
} from "../../core/header";
import { findLabelledValues } from "../../core/labels";
import { toHalfWidth } from "../../core/money";
import { shownText } from "../../core/text";
import {
  CROSSED_OUT,
  LINE_LABELS,
  TOTAL_MARKERS,
  FORM_LABELS,
  VOUCHER_TITLES,
  VOUCHER_WORDS,
  type Cell,
  type LineColumn,
  type Voucher,
  type VoucherKind,
  type VoucherLine,
  type VoucherPage,
} from "./model";

export interface VouchersRead {
  /** "form": our printed form's blocks; "list": an exported voucher list. */
  shape: "form" | "list";
  vouchers: Voucher[];
  findings: Finding[];
}

type Columns = HeaderColumns<LineColumn>;

const hasLines = (columns: Columns) =>
  hasAll(columns, ["summary", "debit", "credit"]) && (columns.account !== undefined || columns.code !== undefined);

/**
 * The lines of a voucher form: 摘要, 科目 (or 科目编码), 借方, 贷方. Without the list's own columns: the form's 日期 stands
 * beside its label above the lines, and would otherwise be taken for an upper row of the header.
 */
const {
  date: _date,
  voucher: _voucher,
  voucherWord: _word,
  attachments: _attachments,
  ...FORM_LINE_LABELS
} = LINE_LABELS;
const LINE_HEADER: HeaderSpec<LineColumn> = {
  aliases: FORM_LINE_LABELS as Aliases<LineColumn>,
  complete: hasLines,
  searchRows: 8,
};

/** A voucher list: the lines, and the voucher each belongs to. */
const LIST_HEADER: HeaderSpec<LineColumn> = {
  aliases: LINE_LABELS,
  complete: (columns) => hasLines(columns) && columns.voucher !== undefined,
};

const totalMarkers = new Set(TOTAL_MARKERS.map(normalizedLabel));
const isTotalText = (cell: CellValue | undefined) =>
  typeof cell === "string" && totalMarkers.has(normalizedLabel(cell));

export const isCrossedOut = (value: CellValue | undefined) => typeof value === "string" && CROSSED_OUT.test(value);

const NUMBER_TEXT = /^(\D*?)[\s\-_·.－—]*第?\s*(\d{1,9})\s*号?(?:[\s\-_]*(\d{1,3})\s*\/\s*(\d{1,3}))?$/;
const PART_TEXT = /^(\d{1,3})\s*\/\s*(\d{1,3})$/;

export interface VoucherNumber {
  /** The word before the number (记, 现收), "" when none is written. */
  word: string;
  number: number | null;
  part: { index: number; count: number } | null;
}

/**
 * 记-15, 记-0015, 收 3, 现收-3, 记字第15号, 15号, 15, and a page after it (记-15 1/2): the word, the number and the page.
 * Text that holds no number gives number null, and the whole text as the word.
 */
export function parseVoucherNumber(value: CellValue): VoucherNumber {
  if (typeof value === "number")
    return { word: "", number: Number.isSafeInteger(value) && value >= 0 ? value : null, part: null };
  const text = toHalfWidth(shownText(value)).trim();
  const match = NUMBER_TEXT.exec(text);
  if (!match) return { word: text, number: null, part: null };
  const word = (match[1] ?? "").replace(/字$/, "").trim();
  const part = match[3] !== undefined ? { index: Number(match[3]), count: Number(match[4]) } : null;
  return { word, number: Number(match[2]), part };
}

/** The kind a word numbers, else `fallback` (the title's kind, or 记 for a word no table here knows). */
export function kindOfWord(word: string, fallback: VoucherKind): VoucherKind {
  return VOUCHER_WORDS[word] ?? fallback;
}

/** A line of a voucher at `row`, or null when the row holds nothing. */
function readLine(source: CellSource, columns: Columns, row: number): VoucherLine | null {
  const { grid } = source;
  const raw = (column: number | undefined) => (column === undefined ? null : (grid.values[row]?.[column] ?? null));
  const address = (column: number | undefined) => (column === undefined ? "" : gridCellAddress(grid, row, column));
  const text = (column: number | undefined) => (column === undefined ? "" : readText(source, row, column));
  const amount = (column: number | undefined): Cell<number | null> => ({
    value: column === undefined || isCrossedOut(raw(column)) ? null : readAmount(source, row, column),
    cell: address(column),
  });
  const before = source.findings.length;
  const texts = [columns.summary, columns.account, columns.detail, columns.code].map(text);
  const sides = [columns.debit, columns.credit].map(raw);
  if (texts.every((part) => part === "") && sides.every((value) => isBlank(value) || isCrossedOut(value))) return null;
  let code = text(columns.code);
  let account = text(columns.account);
  // "1002 银行存款" in one cell, where the sheet has no column of codes.
  const coded = /^(\d[\d.-]*)\s*(\D.*)$/.exec(account);
  if (code === "" && coded) [code, account] = [coded[1]!, coded[2]!.trim()];
  const accountColumn = columns.account ?? columns.code;
  const debit = amount(columns.debit);
  const credit = amount(columns.credit);
  return {
    summary: { value: text(columns.summary), cell: address(columns.summary) },
    account: { value: account === "" ? code : account, cell: address(accountColumn) },
    detail: text(columns.detail),
    code,
    debit,
    credit,
    unreadable: source.findings.length > before,
  };
}

const dayOf = (date: CalendarDate | null) => (date ? `${date.year}-${date.month}-${date.day}` : "");

// ---- A voucher list, as accounting software exports it ----------------------------------------------------------

/** The vouchers of an exported list, or null when the sheet has no list header. */
export function readVoucherList(grid: Grid, fallback: VoucherKind = "记"): VouchersRead | null {
  const header = findHeader(grid, LIST_HEADER);
  if (!header) return null;
  const { columns } = header;
  const findings: Finding[] = [];
  const source: CellSource = { grid, findings };
  const vouchers: Voucher[] = [];
  let current = null as { key: string; voucher: Voucher } | null;
  // What a merged or blank cell carries down from the row above: the voucher, its word, its date.
  let carried = { voucher: "" as CellValue, voucherCell: "", word: "", date: null as Cell<CalendarDate | null> | null };
  for (let row = header.row + 1; row < grid.values.length; row++) {
    const values = grid.values[row] ?? [];
    if (values.some(isTotalText)) continue;
    const voucherValue = columns.voucher === undefined ? null : (values[columns.voucher] ?? null);
    const wordText = columns.voucherWord === undefined ? "" : readText(source, row, columns.voucherWord);
    const dateValue = columns.date === undefined ? null : values[columns.date];
    const line = readLine(source, columns, row);
    if (!line) continue;
    if (!isBlank(voucherValue)) {
      carried = { ...carried, voucher: voucherValue, voucherCell: gridCellAddress(grid, row, columns.voucher!) };
      if (wordText === "") carried.word = "";
    }
    if (wordText !== "") carried.word = wordText;
    if (columns.date !== undefined && (!isBlank(dateValue) || carried.date === null))
      carried.date = { value: readDate(source, row, columns.date), cell: gridCellAddress(grid, row, columns.date) };
    const parsed = parseVoucherNumber(carried.voucher);
    const word = carried.word !== "" ? carried.word : parsed.word;
    const numberText = shownText(carried.voucher).trim();
    // A voucher's lines share one date: the same number on the next day is another voucher (and a repeated number).
    const key = `${dayOf(carried.date?.value ?? null)}|${word}|${parsed.number ?? numberText}`;
    if (current?.key !== key) {
      const voucher: Voucher = {
        sheet: grid.sheet,
        word: word === "" ? fallback : word,
        kind: kindOfWord(word, fallback),
        number: parsed.number,
        numberText,
        numberCell: carried.voucherCell || line.summary.cell,
        date: carried.date,
        pages: [
          {
            cell: carried.voucherCell || line.summary.cell,
            part: null,
            lines: [],
            debitTotal: null,
            words: null,
            attachments:
              columns.attachments === undefined
                ? null
                : { value: null, cell: gridCellAddress(grid, row, columns.attachments) },
          },
        ],
      };
      vouchers.push(voucher);
      current = { key, voucher };
      if (voucher.date && voucher.date.value === null && isBlank(dateValue))
        findings.push(findingFromProblem({ id: "date-empty", params: {} }, grid.sheet, voucher.date.cell, "warning"));
    }
    const page = current.voucher.pages[0]!;
    page.lines.push(line);
    if (page.attachments && page.attachments.value === null && columns.attachments !== undefined) {
      const value = values[columns.attachments];
      if (!isBlank(value))
        page.attachments = { value: readCount(source, row, columns.attachments, 9999), cell: page.attachments.cell };
    }
  }
  return { shape: "list", vouchers, findings };
}

// ---- Our printed form, and forms like it ------------------------------------------------------------------------

/** Rows whose text ends with a voucher title (记账凭证, 某某公司收款凭证), and the kind each names. */
function titleRows(grid: Grid): { row: number; column: number; kind: VoucherKind }[] {
  const titles = (Object.entries(VOUCHER_TITLES) as [VoucherKind, readonly string[]][]).flatMap(([kind, names]) =>
    names.map((name) => ({ kind, name })),
  );
  const found: { row: number; column: number; kind: VoucherKind }[] = [];
  grid.values.forEach((line, row) => {
    const column = line.findIndex(
      (cell) => typeof cell === "string" && titles.some(({ name }) => normalizedLabel(cell).endsWith(name)),
    );
    if (column < 0) return;
    const text = normalizedLabel(String(line[column]));
    // The longest title the text ends with: 现金收款凭证 before 收款凭证 (they name one kind, but to be sure).
    const title = titles.filter(({ name }) => text.endsWith(name)).sort((a, b) => b.name.length - a.name.length)[0]!;
    found.push({ row, column, kind: title.kind });
  });
  return found;
}

function rowsOf(grid: Grid, first: number, end: number): Grid {
  return { sheet: grid.sheet, top: grid.top + first, left: grid.left, values: grid.values.slice(first, end) };
}

/** The grid with rows first to last emptied, so that no column header is taken for a form's label. */
function withoutRows(grid: Grid, first: number, last: number): Grid {
  return { ...grid, values: grid.values.map((line, row) => (row >= first && row <= last ? [] : line)) };
}

/** "记字第15号" (1/2) in one cell, as a form may write it. */
const INLINE_NUMBER = new RegExp(
  `^(${Object.keys(VOUCHER_WORDS)
    .sort((a, b) => b.length - a.length)
    .join("|")})字第\\s*(\\d{1,9})\\s*号\\s*(?:(\\d{1,3})\\s*/\\s*(\\d{1,3}))?$`,
);

/** A page as read, and what its heading says of its voucher: the voucher's own fields. */
type PageRead = Omit<Voucher, "sheet" | "pages"> & { page: VoucherPage };

function readPage(block: Grid, kind: VoucherKind, titleCell: string, findings: Finding[]): PageRead | null {
  const header = findHeader(block, LINE_HEADER);
  if (!header) return null;
  const { columns } = header;
  const source: CellSource = { grid: block, findings };
  const lines: VoucherLine[] = [];
  let totalRow: number | null = null;
  let row = header.row + 1;
  for (; row < block.values.length; row++) {
    if ((block.values[row] ?? []).some(isTotalText)) {
      totalRow = row;
      break;
    }
    const line = readLine(source, columns, row);
    if (line) lines.push(line);
  }
  let debitTotal: Cell<number> | null = null;
  let words: Cell<string> | null = null;
  if (totalRow !== null) {
    const values = block.values[totalRow] ?? [];
    if (columns.debit !== undefined && !isBlank(values[columns.debit])) {
      const value = readAmount(source, totalRow, columns.debit);
      if (value !== null) debitTotal = { value, cell: gridCellAddress(block, totalRow, columns.debit) };
    }
    // The words stand between 合计 and the amounts (what stands right of them, a hidden helper, is no part of it).
    const marker = values.findIndex(isTotalText);
    const amountsFrom = Math.min(columns.debit ?? Infinity, columns.credit ?? Infinity);
    const wordsColumn = values.findIndex(
      (cell, column) => column > marker && column < amountsFrom && typeof cell === "string" && cell.trim() !== "",
    );
    if (wordsColumn >= 0)
      words = { value: shownText(values[wordsColumn]).trim(), cell: gridCellAddress(block, totalRow, wordsColumn) };
  }
  const labelled = findLabelledValues(withoutRows(block, header.firstRow, totalRow ?? row), FORM_LABELS);
  const at = (r: number, c: number) => gridCellAddress(block, r, c);

  let word = "";
  let parsed: ReturnType<typeof parseVoucherNumber> = { word: "", number: null, part: null };
  let numberText = "";
  let numberCell = titleCell;
  let partCell: CellValue = null;
  const inline = block.values
    .slice(0, header.firstRow)
    .flatMap((line, r) =>
      line.map((cell, c) => ({ r, c, match: INLINE_NUMBER.exec(normalizedLabel(shownText(cell))) })),
    )
    .find(({ match }) => match !== null);
  if (inline?.match) {
    const [, inlineWord, number, index, count] = inline.match;
    word = inlineWord!;
    parsed = { word, number: Number(number), part: index ? { index: Number(index), count: Number(count) } : null };
    numberText = number!;
    numberCell = at(inline.r, inline.c);
  } else if (labelled.number) {
    const found = labelled.number;
    word = normalizedLabel(shownText(block.values[found.labelRow]?.[found.labelColumn])).replace(/字第$/, "");
    if (!(word in VOUCHER_WORDS)) word = "";
    parsed = parseVoucherNumber(found.value);
    numberText = shownText(found.value).trim();
    numberCell = at(found.row, found.column);
    partCell = block.values[found.row]?.[found.column + 1] ?? null;
  }
  const part = parsed.part ?? (PART_TEXT.test(shownText(partCell).trim()) ? partOf(shownText(partCell)) : null);
  if (word === "") word = parsed.word in VOUCHER_WORDS ? parsed.word : kind;

  let date: Cell<CalendarDate | null> | null = null;
  if (labelled.date) {
    const { row: r, column: c } = labelled.date;
    date = { value: isBlank(labelled.date.value) ? null : readDate(source, r, c), cell: at(r, c) };
    if (isBlank(labelled.date.value) && lines.length > 0)
      findings.push(findingFromProblem({ id: "date-empty", params: {} }, block.sheet, date.cell, "warning"));
  }
  let attachments: Cell<number | null> | null = null;
  if (labelled.attachments) {
    const found = labelled.attachments;
    // "附件 | | 张": the 张 after an empty cell is no count; the count belongs beside the label.
    const text = shownText(found.value).replace(/张$/, "").trim();
    const cell =
      text === "" && shownText(found.value).trim() !== ""
        ? at(found.labelRow, found.labelColumn + 1)
        : at(found.row, found.column);
    const count = parseCount(text, 9999);
    if (!count.ok) findings.push(findingFromProblem(count.problem, block.sheet, cell));
    attachments = { value: text === "" || !count.ok ? null : count.value, cell };
  }
  return {
    page: { cell: titleCell, part, lines, debitTotal, words, attachments },
    word,
    kind: kindOfWord(word, kind),
    number: parsed.number,
    numberText,
    numberCell,
    date,
  };
}

function partOf(text: string): { index: number; count: number } {
  const [, index, count] = PART_TEXT.exec(text.trim())!;
  return { index: Number(index), count: Number(count) };
}

/**
 * The vouchers of a sheet of voucher forms, or null when it has none. A voucher that takes several pages (1/2, 2/2)
 * is one voucher; a form with no line filled in is a blank voucher, not yet made, and is passed over.
 */
export function readVoucherForms(grid: Grid): VouchersRead | null {
  const titles = titleRows(grid);
  const findings: Finding[] = [];
  const pages: PageRead[] = [];
  let forms = 0;
  titles.forEach(({ row, column, kind }, index) => {
    const end = titles[index + 1]?.row ?? grid.values.length;
    const read = readPage(rowsOf(grid, row, end), kind, gridCellAddress(grid, row, column), findings);
    if (!read) return;
    forms++;
    if (read.page.lines.length > 0) pages.push(read);
  });
  if (forms === 0) return null;
  const vouchers: Voucher[] = [];
  let previous = null as { read: PageRead; voucher: Voucher } | null;
  for (const read of pages) {
    const continues: boolean =
      previous !== null &&
      read.page.part !== null &&
      previous.read.page.part !== null &&
      read.page.part.index === previous.read.page.part.index + 1 &&
      read.word === previous.read.word &&
      read.numberText === previous.read.numberText;
    if (continues) previous!.voucher.pages.push(read.page);
    else {
      const voucher: Voucher = {
        sheet: grid.sheet,
        word: read.word,
        kind: read.kind,
        number: read.number,
        numberText: read.numberText,
        numberCell: read.numberCell,
        date: read.date,
        pages: [read.page],
      };
      vouchers.push(voucher);
    }
    previous = { read, voucher: continues ? previous!.voucher : vouchers[vouchers.length - 1]! };
  }
  return { shape: "form", vouchers, findings };
}

/** The vouchers of a sheet, in whichever shape it has them; null when it has none. */
export function readVouchers(grid: Grid): VouchersRead | null {
  return readVoucherList(grid) ?? readVoucherForms(grid);
}

// ---- A chart of accounts on a sheet of its own --------------------------------------------------------------------

const CHART_HEADER: HeaderSpec<"code" | "name" | "debit" | "credit"> = {
  aliases: {
    code: LINE_LABELS.code,
    name: ["科目名称", "会计科目", "科目"],
    debit: LINE_LABELS.debit,
    credit: LINE_LABELS.credit,
  },
  complete: (columns) =>
    hasAll(columns, ["code", "name"]) && columns.debit === undefined && columns.credit === undefined,
};

/** The accounts of a 科目表 sheet (科目编码 | 科目名称, no amounts), or null when the sheet is none. */
export function readChartSheet(grid: Grid): Account[] | null {
  const header = findHeader(grid, CHART_HEADER);
  if (!header) return null;
  const { code, name } = header.columns as { code: number; name: number };
  const accounts: Account[] = [];
  for (let row = header.row + 1; row < grid.values.length; row++) {
    const line = grid.values[row] ?? [];
    if (isBlank(line[code]) && isBlank(line[name])) continue;
    accounts.push({ code: shownText(line[code]).trim(), name: shownText(line[name]).trim() });
  }
  return accounts.length > 0 ? accounts : null;
}
