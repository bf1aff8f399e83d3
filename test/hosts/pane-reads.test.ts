/**
 * What the pane's workbook-wide actions read through the Excel host, on a workbook of a year (twelve bank journal
 * sheets of 3,000 rows, the cash journal, a 通讯录, the policy and three forms) in the recording double: the top of
 * every sheet in two syncs, then only the sheets the action works on, whole. Counted up to the action's first write.
 */
import type { Grid } from "../../src/core/grid";
import { ExcelHost } from "../../src/hosts/excel";
import type { ReadOptions } from "../../src/hosts/host";
import { generateCashCount, generateFundsReport } from "../../src/taskpane/pages/journalFlow";
import { reviewTheWorkbook } from "../../src/taskpane/pages/reimburseFlow";
import { fundsReportFrom, parseFundsReportSettings } from "../../src/jobs/funds-report";
import { bigWorkbook } from "../support/big-workbook";
import { FakeExcel } from "../support/excel-double";

/** The Excel host, noting the sheets read whole and what was read before anything was written. */
class ReadsNoted extends ExcelHost {
  readonly wholeSheets: string[] = [];
  readSyncs = -1;
  readBytes = -1;

  constructor(private readonly excel: FakeExcel) {
    super(excel.run);
  }

  override readUsedRange(sheet: string, options?: ReadOptions): Promise<Grid> {
    this.wholeSheets.push(sheet);
    return super.readUsedRange(sheet, options);
  }

  override applyPlan(...args: Parameters<ExcelHost["applyPlan"]>): Promise<string> {
    this.noteReads();
    return super.applyPlan(...args);
  }

  /** The double keeps no workbook settings; what the pane remembers is not what this test is about. */
  override async writeSettings(): Promise<void> {}

  noteReads(): void {
    if (this.readSyncs >= 0) return;
    this.readSyncs = this.excel.syncs;
    this.readBytes = this.excel.responses.reduce((total, bytes) => total + bytes, 0);
  }
}

const grids = bigWorkbook();

function workbook(): ReadsNoted {
  const excel = new FakeExcel(grids.map((grid) => grid.sheet));
  for (const grid of grids) excel.setValues(grid.sheet, "A1", grid.values);
  return new ReadsNoted(excel);
}

function settingsOf(date: string) {
  const settings = parseFundsReportSettings({ date });
  if (!settings.ok) throw new Error(date);
  return settings.value;
}

const BANK_SHEETS = grids.filter((grid) => grid.sheet.startsWith("银行存款")).map((grid) => grid.sheet);
/** What Excel sends back for a sheet's values: JSON, other than ASCII escaped (about 330 KB for a bank month). */
const bytesOf = (sheet: string) =>
  JSON.stringify(grids.find((grid) => grid.sheet === sheet)!.values).replace(/[\u0080-\uffff]/g, "\\uXXXX").length;

describe("the pane's workbook-wide actions read the sheets they work on", () => {
  test("a cash count reads the tops, then the cash journal alone: five syncs, a few KB", async () => {
    const host = workbook();
    const outcome = await generateCashCount(host, "示例贸易有限公司", "2026-01-31");
    expect(outcome).toMatchObject({ kind: "generated" });
    expect(host.wholeSheets).toEqual(["现金1月"]);
    // Three for the tops (names, used ranges, values); one for the cash journal's used range and one for its 204 rows.
    expect(host.readSyncs).toBe(5);
    // The tops of 19 sheets and the cash journal: 103 KB, where reading every sheet brought back 4.2 MB.
    expect(host.readBytes).toBeLessThan(bytesOf(BANK_SHEETS[0]!) / 2);
  });

  test("a count in July, the cash journal kept to January: that sheet alone, and the warning that it ends early", async () => {
    const host = workbook();
    const outcome = await generateCashCount(host, "示例贸易有限公司", "2026-07-31");
    expect(host.wholeSheets).toEqual(["现金1月"]);
    expect(host.readSyncs).toBe(5);
    expect(outcome).toMatchObject({
      kind: "generated",
      findings: [{ rule: "funds-journal-ends-early", sheet: "现金1月" }],
    });
  });

  test("a funds report reads of each account the month of the day and the month before, not the year", async () => {
    const host = workbook();
    const outcome = await generateFundsReport(host, "示例贸易有限公司", "2026-07-15");
    expect(outcome).toMatchObject({ kind: "generated" });
    // The cash journal has January alone; the bank's July opens with June's closing, which it is held to.
    expect(host.wholeSheets).toEqual(["现金1月", "银行存款6月", "银行存款7月"]);
    // Three for the tops, then each sheet's used range and its rows: 9 syncs (29 when it read all 13 journals).
    expect(host.readSyncs).toBe(9);
    expect(host.readBytes).toBeLessThan(2.5 * bytesOf(BANK_SHEETS[0]!));
    // What it warns of is what every sheet read whole gives, as the command line reads them: the months carry
    // their balances (no journal-has-errors), and the cash journal stops in January.
    const everything = fundsReportFrom(settingsOf("2026-07-15"), grids);
    expect(outcome.kind === "generated" && outcome.findings).toEqual(everything.findings);
    expect(everything.findings?.map(({ rule, sheet }) => [rule, sheet])).toEqual([
      ["funds-journal-ends-early", "现金1月"],
    ]);
  });

  test("a month's report in January has no month before to read", async () => {
    const host = workbook();
    await generateFundsReport(host, "示例贸易有限公司", "2026-01");
    expect(host.wholeSheets).toEqual(["现金1月", "银行存款1月"]);
  });

  test("the reimbursement review reads every sheet but the journals: the forms, the policy and the 通讯录", async () => {
    const host = workbook();
    const progress: [number, number][] = [];
    const { review, sheets } = await reviewTheWorkbook(host, {
      onSheets: (read, total) => progress.push([read, total]),
    });
    host.noteReads();
    expect(host.wholeSheets).toEqual(["通讯录", "报销审核设置", "报销1", "报销2", "报销3"]);
    expect(sheets).toBe(5);
    expect(progress).toEqual([0, 1, 2, 3, 4, 5].map((read) => [read, 5]));
    expect(review.forms.map((form) => form.sheet)).toEqual(["报销1", "报销2", "报销3"]);
    // The 通讯录's 2,000 rows are most of it (380 KB in 13 syncs, where every sheet was 4.2 MB in 37).
    expect(host.readBytes).toBeLessThan(bytesOf("通讯录") + bytesOf(BANK_SHEETS[0]!) / 2);
    expect(host.readSyncs).toBe(3 + 5 * 2);
  });
});
