/**
 * What a generated journal keeps of its source's columns: a bank journal writes the 对方单位 the entries name (bank
 * reconciliation matches on it, DOMAIN §5), which `check` and the reconciliation's book reader read back from the
 * saved file; every other column it does not write is named in a warning at its header cell, never dropped in silence.
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import { readWorkbookGrids, writeWorkbook } from "../../../src/hosts/xlsx";
import { checkJournal, generateJournal, parseJournalSettings } from "../../../src/jobs/journal";
import { readBook } from "../../../src/jobs/reconcile";

const source = (values: CellValue[][], sheet = "银行流水"): Grid => ({ sheet, top: 0, left: 0, values });

/** A bank's entries as a portal exports them: 对方户名, 经办人 and a 备注 the journal has no column for. */
const PORTAL = source([
  ["2026年4月 交易明细", null, null, null, null, null, null, null],
  ["记账日期", "摘要", "对方户名", "支出金额", "收入金额", "结算号", "经办人", "备注"],
  ["2026-04-01", "收到货款", "华北商贸有限公司", null, 23_400, "DH0401", "王芳", "合同 A-17"],
  ["2026-04-08", "支付运费", "顺达物流", 1_650.5, null, "ZZ0408", "李强", null],
  ["2026-04-08", "支付运费", "", 88, null, "ZZ0409", "李强", "无对方"],
]);

/** The other layout: 年/月/日 in three columns, 往来单位 at the far right, nothing the journal lacks. */
const LEDGER = source(
  [
    ["年", "月", "日", "凭证号", "摘要", "借方", "贷方", "往来单位"],
    [2026, 4, 2, "银收-1", "收回押金", 5_000, null, "东城物业"],
    [2026, 4, 3, "银付-1", "购买设备", null, 12_000, "长城电子"],
  ],
  "分录",
);

function generated(grid: Grid, kind: "bank" | "cash") {
  const settings = parseJournalSettings(kind, { from: "x", opening: "50000", account: "工商银行 0200" });
  if (!settings.ok) throw new Error(settings.problem.id);
  const journal = generateJournal(settings.value, [grid]);
  if (!journal.ok) throw new Error(journal.problem.id);
  return journal;
}

async function savedAndReadBack(grid: Grid): Promise<Grid> {
  const grids = await readWorkbookGrids(await writeWorkbook([generated(grid, "bank").value.plan]));
  if (!grids.ok) throw new Error(grids.problem.id);
  return grids.value[0]!;
}

describe.each([
  ["a portal export", PORTAL, ["华北商贸有限公司", "顺达物流", ""]],
  ["a ledger with 往来单位", LEDGER, ["东城物业", "长城电子"]],
])("the bank journal generated from %s", (_, grid, parties) => {
  test("has a 对方单位 column, which check reads clean and the reconciliation reads back", async () => {
    const journal = await savedAndReadBack(grid);
    expect(journal.values[2]).toContain("对方单位");
    // A portal gives no 凭证号, which the cashier fills in; nothing else is wrong.
    expect(checkJournal(journal).filter((found) => found.rule !== "journal-voucher-missing")).toEqual([]);
    const book = readBook(journal);
    if (!book.ok) throw new Error(book.problem.id);
    expect(book.value.entries.map((entry) => entry.counterparty)).toEqual(parties);
  });
});

test("a bank journal from entries naming no 对方单位 has no such column", () => {
  const plain = source([
    ["日期", "摘要", "收入", "支出"],
    ["2026-04-01", "收到货款", 100, null],
  ]);
  const header = generated(plain, "bank").value.plan.blocks[0]!.rows[2]!;
  expect(header).not.toContain("对方单位");
  expect(generated(plain, "bank").findings).toBeUndefined();
});

test("every source column the journal does not write is named, at its header cell", () => {
  const unused = (grid: Grid, kind: "bank" | "cash") =>
    (generated(grid, kind).findings ?? []).map(({ rule, severity, cell, params }) => [rule, severity, cell, params]);
  const warning = (cell: string, label: string) => ["journal-entries-column-unused", "warning", cell, { label }];
  expect(unused(PORTAL, "bank")).toEqual([warning("G2", "经办人"), warning("H2", "备注")]);
  expect(unused(LEDGER, "bank")).toEqual([]);
  // A cash journal has no 对方单位, 结算号 or 往来单位 column.
  expect(unused(PORTAL, "cash")).toEqual([
    warning("C2", "对方户名"),
    warning("F2", "结算号"),
    warning("G2", "经办人"),
    warning("H2", "备注"),
  ]);
  expect(unused(LEDGER, "cash")).toEqual([warning("H1", "往来单位")]);
});
