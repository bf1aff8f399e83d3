/**
 * Test data for vouchers, one description written three ways: on our form (layoutVouchers, filled in as a cashier
 * types, formula cells given the values Excel computes, which test/recalc/voucher.test.ts proves the formulas give),
 * and as two accounting packages export a voucher list: Kingdee-like (凭证字 and 凭证号 in two columns, every row
 * repeating them, codes with a dot, 0 on the other side) and Yonyou-like (a preamble, 凭证编号 such as 记-0001 and
 * the date on a voucher's first row only, merged down, amounts as text, a 合计 row after each voucher).
 */
import { cellAddress, parseRangeAddress, type CellValue, type Grid } from "../../src/core/grid";
import { amountToWords } from "../../src/core/words";
import { blankForm, formHeight, layoutVouchers, VOUCHER_TITLES, type VoucherKind } from "../../src/jobs/voucher";
import { grid, planValues } from "./grids";

export interface TestLine {
  summary?: CellValue;
  account?: CellValue;
  detail?: CellValue;
  code?: CellValue;
  debit?: number;
  credit?: number;
}

export interface TestVoucher {
  word: string;
  number: number | null;
  /** ISO date. */
  date: string;
  attachments: number | null;
  lines: TestLine[];
  /** What the 合计's words show, where a test overrides the formula as a cashier typing over it would. */
  words?: string;
}

/** A clean month: every check passes on it, whichever way it is written. */
export function cleanVouchers(): TestVoucher[] {
  return [
    {
      word: "记",
      number: 1,
      date: "2026-01-05",
      attachments: 1,
      lines: [
        { summary: "提取备用金", account: "库存现金", code: "1001", debit: 500 },
        { summary: "提取备用金", account: "银行存款", detail: "工商银行", code: "1002", credit: 500 },
      ],
    },
    {
      word: "收",
      number: 1,
      date: "2026-01-06",
      attachments: 2,
      lines: [
        { summary: "收到货款", account: "银行存款", detail: "工商银行", code: "1002", debit: 11300 },
        { summary: "收到货款", account: "主营业务收入", code: "6001", credit: 10000 },
        { summary: "收到货款", account: "应交税费", detail: "应交增值税", code: "2221", credit: 1300 },
      ],
    },
    {
      word: "付",
      number: 1,
      date: "2026-01-08",
      attachments: 3,
      lines: [
        { summary: "购买办公用品", account: "管理费用", detail: "办公费", code: "6602", debit: 320.5 },
        { summary: "购买办公用品", account: "库存现金", code: "1001", credit: 320.5 },
      ],
    },
    {
      word: "转",
      number: 1,
      date: "2026-01-31",
      attachments: 0,
      lines: [
        { summary: "计提工资", account: "管理费用", detail: "工资", code: "6602", debit: 8000 },
        { summary: "计提工资", account: "应付职工薪酬", code: "2211", credit: 8000 },
      ],
    },
    {
      word: "记",
      number: 2,
      date: "2026-01-20",
      attachments: 1,
      lines: [
        { summary: "支付前欠货款", account: "应付账款", code: "2202", debit: 1000 },
        { summary: "支付前欠货款", account: "银行存款", detail: "工商银行", code: "1002", credit: 1000 },
      ],
    },
  ];
}

const kindOf = (word: string): VoucherKind =>
  (Object.keys(VOUCHER_TITLES) as VoucherKind[]).find((kind) => word.endsWith(kind)) ?? "记";

export const LINES = 6;
const SETTINGS = { unit: "测试有限公司", lines: LINES, kind: "记" as const, count: 1 };

const fenOf = (value: unknown) => (typeof value === "number" ? Math.round(value * 100) : 0);

/**
 * What Excel shows for our form's three formulas: 合计 (ROUND(SUM(range),2)), the helper's 分 digits and the words.
 * `words` overrides the words of the form whose 合计 row is given.
 */
export function computed(
  values: (CellValue | { formula: string })[][],
  words: Map<number, string> = new Map(),
): CellValue[][] {
  const at = (address: string) => parseRangeAddress(address)!.start;
  const value = (address: string) => {
    const { row, column } = at(address);
    return values[row]![column];
  };
  const formulaCells = (pattern: RegExp) =>
    values.flatMap((line, row) =>
      line.flatMap((cell, column) =>
        typeof cell === "object" && cell !== null && pattern.test(cell.formula)
          ? [{ row, column, formula: cell.formula }]
          : [],
      ),
    );
  for (const { row, column, formula } of formulaCells(/^=ROUND\(SUM\(/)) {
    const range = parseRangeAddress(/SUM\(([A-Z]+\d+:[A-Z]+\d+)\)/.exec(formula)![1]!)!;
    let fen = 0;
    for (let r = range.start.row; r <= range.end.row; r++) fen += fenOf(values[r]![range.start.column]);
    values[row]![column] = fen / 100;
  }
  for (const { row, column, formula } of formulaCells(/^=TEXT\(/)) {
    const source = /N\(([A-Z]+\d+)\)/.exec(formula)![1]!;
    values[row]![column] = String(Math.abs(fenOf(value(source)))).padStart(15, "0");
  }
  for (const { row, column, formula } of formulaCells(/人民币/)) {
    const fen = Number(value(/^=IF\(([A-Z]+\d+)\*1=0/.exec(formula)![1]!));
    values[row]![column] = words.get(row) ?? (fen === 0 ? "" : (amountToWords(fen) as { value: string }).value);
  }
  return values as CellValue[][];
}

/** The vouchers typed into our blank forms, one form each (so no more lines than a form holds). */
export function ourSheet(vouchers: readonly TestVoucher[], sheet = "记账凭证"): Grid {
  const forms = vouchers.map((voucher) => ({ ...blankForm(kindOf(voucher.word)), word: voucher.word }));
  const values = planValues(layoutVouchers(forms, SETTINGS));
  const words = new Map<number, string>();
  vouchers.forEach((voucher, index) => {
    const top = index * formHeight(LINES);
    const put = (row: number, column: number, value: CellValue | undefined) => {
      values[top + row]![column] = value ?? "";
    };
    put(1, 2, voucher.date);
    put(1, 4, voucher.number);
    voucher.lines.forEach((line, n) => {
      put(4 + n, 0, line.summary);
      put(4 + n, 1, line.code ? `${String(line.code)} ${String(line.account ?? "")}`.trim() : line.account);
      put(4 + n, 2, line.detail);
      put(4 + n, 3, line.debit);
      put(4 + n, 4, line.credit);
    });
    put(5 + LINES, 1, voucher.attachments);
    if (voucher.words !== undefined) words.set(top + 4 + LINES, voucher.words);
  });
  return { sheet, top: 0, left: 0, values: computed(values, words) };
}

/** The address of a cell on our form: the `index`th voucher's (row, column) within its form. */
export function ourCell(index: number, row: number, column: number): string {
  return cellAddress(index * formHeight(LINES) + row, column);
}

/** Kingdee-like: 凭证字 | 凭证号 apart, every row repeating them and the date; 1002.01 and 银行存款_工商银行; 0 for none. */
export function kingdeeList(vouchers: readonly TestVoucher[], sheet = "凭证查询"): Grid {
  const rows: CellValue[][] = [
    ["凭证查询"],
    [
      "日期",
      "会计期间",
      "凭证字",
      "凭证号",
      "分录号",
      "摘要",
      "科目代码",
      "科目名称",
      "币别",
      "借方",
      "贷方",
      "附件数",
      "制单",
    ],
  ];
  for (const voucher of vouchers)
    voucher.lines.forEach((line, n) => {
      const detail = line.detail ? `_${String(line.detail)}` : "";
      const code = line.code ? `${String(line.code)}${line.detail ? ".01" : ""}` : "";
      rows.push([
        voucher.date,
        "2026.1",
        voucher.word,
        voucher.number,
        n + 1,
        line.summary ?? "",
        code,
        line.account === undefined || line.account === "" ? "" : `${String(line.account)}${detail}`,
        "人民币",
        line.debit ?? 0,
        line.credit ?? 0,
        voucher.attachments ?? "",
        "张三",
      ]);
    });
  return grid(sheet, rows);
}

const yuanText = (amount: number | undefined) =>
  amount === undefined ? "" : amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Yonyou-like: a preamble; 凭证编号 (记-0001), date and 附单据数 on a voucher's first row only; a 合计 row after each. */
export function yonyouList(vouchers: readonly TestVoucher[], sheet = "序时账"): { grid: Grid; merges: string[] } {
  const rows: CellValue[][] = [
    ["序时账"],
    ["核算单位：测试有限公司", "", "", "期间：2026年1月"],
    ["凭证编号", "制单日期", "摘要", "科目编码", "科目名称", "借方金额", "贷方金额", "附单据数"],
  ];
  const merges: string[] = [];
  for (const voucher of vouchers) {
    const first = rows.length;
    voucher.lines.forEach((line, n) => {
      rows.push([
        n === 0 ? (voucher.number === null ? "" : `${voucher.word}-${String(voucher.number).padStart(4, "0")}`) : "",
        n === 0 ? voucher.date.replace(/-/g, "/") : "",
        line.summary ?? "",
        line.code ?? "",
        [line.account, line.detail].filter(Boolean).join("-"),
        yuanText(line.debit),
        yuanText(line.credit),
        n === 0 ? (voucher.attachments ?? "") : "",
      ]);
    });
    const last = rows.length - 1;
    if (last > first)
      for (const column of [0, 1, 7]) merges.push(`${cellAddress(first, column)}:${cellAddress(last, column)}`);
    const sum = (side: "debit" | "credit") => voucher.lines.reduce((total, line) => total + fenOf(line[side]), 0) / 100;
    rows.push(["", "", "合计", "", "", yuanText(sum("debit")), yuanText(sum("credit")), ""]);
  }
  return { grid: grid(sheet, rows), merges };
}
