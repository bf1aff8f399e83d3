/**
 * `cashbook reconcile`: the contract of issue #11 — options, exit codes 0 / 1 / 2, and the --json shape with exact
 * decimal strings and the rows a spreadsheet shows — on files written to a temporary folder.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Grid } from "../../src/core/grid";
import { readWorkbookGrids, writeWorkbook } from "../../src/hosts/xlsx";
import { EXIT } from "../../src/cli/main";
import { cashbook } from "../support/cli";
import { valuesPlan } from "../support/grids";
import {
  bookGrid,
  carryGrid,
  inBook,
  MARCH,
  MARCH_OPENING,
  onStatement,
  reconciliationPlan,
  statementGrid,
  type Txn,
} from "../support/reconcile";

/** A grid as CSV text, every cell quoted. */
const csv = (grid: Grid) =>
  grid.values.map((row) => row.map((cell) => `"${String(cell ?? "").replace(/"/g, '""')}"`).join(",")).join("\n");

let dir: string;
let files: { book: string; statement: string; carry: string; masked: string };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cashbook-reconcile-"));
  files = {
    book: join(dir, "日记账.csv"),
    statement: join(dir, "对账单.csv"),
    carry: join(dir, "上月未达.csv"),
    masked: join(dir, "masked.csv"),
  };
  writeFileSync(files.book, csv(bookGrid(inBook(MARCH), MARCH_OPENING)));
  writeFileSync(
    files.statement,
    csv(
      statementGrid(onStatement(MARCH), {
        layout: "debit-credit",
        opening: MARCH_OPENING,
        preamble: true,
        totals: true,
      }),
    ),
  );
  writeFileSync(
    files.carry,
    csv(
      carryGrid([
        { list: "企业已付银行未付", date: "2026-01-20", amount: 12_000, number: "10203001", summary: "开出支票" },
      ]),
    ),
  );
  const masked = statementGrid(onStatement(MARCH), { layout: "signed", opening: MARCH_OPENING });
  for (const row of masked.values.slice(1)) row[4] = "xx,yyyy.zz";
  writeFileSync(files.masked, csv(masked));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `cashbook reconcile` of the month's journal with its statement, and `options`. */
const reconcile = (options: string[] = []) =>
  cashbook(["reconcile", "--book", files.book, "--statement", files.statement, ...options]);

describe("cashbook reconcile", () => {
  test("--json prints the contract's object; the adjusted balances agree: exit 0", async () => {
    const run = await reconcile(["--json"]);
    expect(run.code).toBe(EXIT.ok);
    const bookBalance = MARCH_OPENING + 5_270_000 - 800_000 - 450_000;
    const statementBalance = MARCH_OPENING + 5_270_000 - 800_000 + 1_234;
    expect(JSON.parse(run.stdout)).toEqual({
      book: { file: files.book, sheet: "日记账", balance: (bookBalance / 100).toFixed(2) },
      statement: { file: files.statement, sheet: "对账单", bank: "", balance: (statementBalance / 100).toFixed(2) },
      adjusted: { book: "140212.34", statement: "140212.34" },
      difference: "0.00",
      balanced: true,
      unmatched: {
        bankReceivedNotBooked: [{ row: 9, date: "2026-03-21", amount: "12.34", summary: "利息", number: "" }],
        bankPaidNotBooked: [],
        bookReceivedNotBank: [],
        bookPaidNotBank: [
          { row: 5, date: "2026-03-30", amount: "4500.00", summary: "开出转账支票", number: "10203042" },
        ],
      },
      matches: [
        { book: [3], statement: [7], kind: "one-to-one", rule: "unique" },
        { book: [4], statement: [8], kind: "one-to-one", rule: "number" },
      ],
      ambiguous: [],
      findings: [],
    });
  });

  test("a balance given that disagrees: exit 1, and the text report says by how much", async () => {
    const run = await reconcile(["--book-balance", "140,201.00"]);
    expect(run.code).toBe(EXIT.problems);
    expect(run.stdout).toContain("不符，差额 ¥1.00");
    expect(run.stdout).toContain("企业已付、银行未付：1 笔，合计 ¥4,500.00");
  });

  test("a masked statement balance with no --statement-balance: exit 2 naming the option; given, it works", async () => {
    const missing = await cashbook(["reconcile", "--book", files.book, "--statement", files.masked]);
    expect(missing.code).toBe(EXIT.unusable);
    expect(missing.stderr).toContain("--statement-balance: 对账单没有可读的余额");
    const given = await cashbook([
      "reconcile",
      "--book",
      files.book,
      "--statement",
      files.masked,
      "--statement-balance",
      "144712.34",
      "--json",
    ]);
    expect(given.code).toBe(EXIT.ok);
    expect(JSON.parse(given.stdout).findings).toEqual([
      expect.objectContaining({ rule: "reconcile-balance-masked", cell: "E2" }),
    ]);
  });

  test("--carry: last month's open cheque stays open and is a 长期未达账项 finding", async () => {
    const run = await reconcile(["--carry", files.carry, "--json", "--statement-balance", "144832.34"]);
    const json = JSON.parse(run.stdout);
    expect(json.unmatched.bookPaidNotBank.map((item: { row: number }) => item.row)).toEqual([2, 5]);
    expect(json.findings).toEqual([
      expect.objectContaining({ rule: "reconcile-long-outstanding", sheet: "上月未达", cell: "E2" }),
    ]);
    expect(json.balanced).toBe(true);
    expect(run.code).toBe(EXIT.ok);
  });

  test("--out writes the 调节表 and the 对账记录, and refuses to write over an input", async () => {
    const target = join(dir, "调节表.xlsx");
    const run = await reconcile(["--out", target]);
    expect(run.code).toBe(EXIT.ok);
    const grids = await readWorkbookGrids(readFileSync(target));
    if (!grids.ok) throw new Error(grids.problem.id);
    // The statement's 起止日期 runs to 03-31: March is closed, its 调节表 dated at its end.
    expect(grids.value.map((grid) => grid.sheet)).toEqual(["银行存款余额调节表 2026-03-31", "对账记录"]);
    const beside = await reconcile(["--out", files.book.replace(/csv$/, "xlsx")]);
    expect(beside.code).toBe(EXIT.ok);
    const over = await cashbook([
      "reconcile",
      "--book",
      target,
      "--statement",
      files.statement,
      "--out",
      target,
      "--overwrite",
    ]);
    expect(over.code).toBe(EXIT.unusable);
    expect(over.stderr).toBe(`${target} 就是 --book 读取的文件，不能把结果写在它上面；请给 --out 另起一个文件名\n`);
    const carried = await reconcile(["--carry", target, "--out", target, "--overwrite"]);
    expect(carried.stderr).toContain("就是 --carry 读取的文件");
  });

  test("unusable input: no --statement, a bad --window, a missing file, a sheet not there: exit 2", async () => {
    expect((await cashbook(["reconcile", "--book", files.book])).code).toBe(EXIT.unusable);
    const window = await reconcile(["--window", "-3"]);
    expect(window.code).toBe(EXIT.unusable);
    expect(window.stderr).toContain("--window");
    expect((await cashbook(["reconcile", "--book", join(dir, "nope.csv"), "--statement", files.statement])).code).toBe(
      EXIT.unusable,
    );
    const sheet = await reconcile(["--book-sheet", "二月"]);
    expect(sheet.code).toBe(EXIT.unusable);
    expect(sheet.stderr).toContain("--book-sheet: 找不到工作表“二月”");
  });
});

describe("cashbook reconcile without --carry: last month's 未达账项 from the journal's own workbook", () => {
  const cheque = (date: string, amount: number, number: string): Txn => ({
    date,
    flow: "out",
    amount,
    number,
    summary: "开出支票",
  });
  // March: the February cheque 10203039 is presented on 3-04; cheque 10203001 of February stays open.
  const march: Txn[] = [
    { date: "2026-03-02", flow: "in", amount: 5_270_000, summary: "收华北商贸货款" },
    { date: "2026-03-05", flow: "out", amount: 800_000, summary: "付材料款", number: "10203041" },
  ];
  const statementTxns: Txn[] = [
    march[0]!,
    { date: "2026-03-04", flow: "out", amount: 500_000, summary: "支票", number: "10203039" },
    march[1]!,
  ];

  let book: string;
  let statement: string;
  let carry: string;
  beforeAll(async () => {
    book = join(dir, "全年日记账.xlsx");
    statement = join(dir, "三月对账单.csv");
    carry = join(dir, "另一份未达账项.csv");
    const journal = bookGrid(march, MARCH_OPENING, "银行存款日记账");
    writeFileSync(
      book,
      await writeWorkbook([
        valuesPlan(journal),
        // January's 调节表 is not last month's: its cheque must not be carried into March.
        reconciliationPlan("2026-01-31", { bookPaidNotBank: [cheque("2026-01-25", 500_000, "10203000")] }),
        reconciliationPlan("2026-02-28", {
          bookPaidNotBank: [cheque("2026-02-26", 500_000, "10203039"), cheque("2026-02-20", 12_000, "10203001")],
        }),
      ]),
    );
    // The bank had not yet paid February's two cheques (5,000.00 and 120.00) when the month closed.
    const opening = MARCH_OPENING + 500_000 + 12_000;
    writeFileSync(statement, csv(statementGrid(statementTxns, { layout: "debit-credit", opening })));
    writeFileSync(carry, csv(carryGrid([{ list: "企业已付银行未付", date: "2026-02-27", amount: 7_000 }])));
  });

  test("the 调节表 of February is carried: one cheque clears, the other stays open; January's is not", async () => {
    const run = await cashbook(["reconcile", "--book", book, "--statement", statement, "--json"]);
    expect(run.stderr).toContain("上月未达账项取自日记账文件中的“银行存款余额调节表 2026-02-28”");
    const json = JSON.parse(run.stdout);
    expect(json.matches).toContainEqual(expect.objectContaining({ statement: [3], kind: "carried", rule: "number" }));
    expect(json.unmatched.bookPaidNotBank).toEqual([
      expect.objectContaining({ date: "2026-02-20", amount: "120.00", number: "10203001" }),
    ]);
    expect(JSON.stringify(json)).not.toContain("10203000");
    expect(json.balanced).toBe(true);
    expect(run.code).toBe(EXIT.ok);
  });

  test("--carry, when given, is what is carried, and the workbook's 调节表 are left alone", async () => {
    const run = await cashbook(["reconcile", "--book", book, "--statement", statement, "--carry", carry, "--json"]);
    expect(run.stderr).not.toContain("上月未达账项取自");
    const json = JSON.parse(run.stdout);
    expect(json.unmatched.bookPaidNotBank).toEqual([expect.objectContaining({ date: "2026-02-27", amount: "70.00" })]);
    expect(JSON.stringify(json)).not.toContain("10203001");
    expect(json.balanced).toBe(false);
  });
});
