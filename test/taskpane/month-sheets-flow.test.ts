/**
 * The pane's 日报 and 盘点 on journals kept one sheet a month, on the memory host: they read the tops and the month
 * sheets the day needs, and write and say what the command line does from every sheet whole, the warnings about
 * the journals included (a month with errors, a sheet not recognised).
 */
import type { CellValue, Grid } from "../../src/core/grid";
import type { WorkbookHost, ReadOptions } from "../../src/hosts/host";
import { MemoryHost } from "../../src/hosts/memory";
import { countCashFrom, parseCashCountSettings } from "../../src/jobs/cash-count";
import { fundsReportFrom, parseFundsReportSettings } from "../../src/jobs/funds-report";
import { generateCashCount, generateFundsReport } from "../../src/taskpane/pages/journalFlow";
import { planValues } from "../support/grids";
import { flatMonths, modelYear, threeColumnMonths, type AccountModel } from "../support/month-sheets";

/** The memory host, noting the sheets read whole. */
class Noted extends MemoryHost {
  readonly wholeSheets: string[] = [];
  override readUsedRange(sheet: string, options?: ReadOptions): Promise<Grid> {
    this.wholeSheets.push(sheet);
    return super.readUsedRange(sheet, options);
  }
}

function hostOf(grids: readonly Grid[]): Noted {
  const host = new Noted(grids[0]!.sheet);
  for (const grid of grids) host.setValues(grid.sheet, "A1", grid.values);
  return host;
}

const UNIT = "示例商贸有限公司";

const cashYear = threeColumnMonths(modelYear(7, 645_000));
/** A cash journal and two bank accounts, flat, four months each, with a 通讯录 and a journal whose 余额 is 剩余. */
const threeAccounts: Grid[] = [
  ...flatMonths(modelYear(2, 230_000, 4), { title: "现金日记账", name: (month) => `现金日记账 2026-0${month}` }),
  ...flatMonths(modelYear(9, 88_000_000, 4), {
    title: "银行存款日记账",
    name: (month) => `工行${month}月`,
    accountLines: [["账户：工商银行 1202021009100123456"]],
    bank: true,
  }),
  ...flatMonths(modelYear(4, 1_500_000, 4), {
    title: "银行存款日记账",
    name: (month) => `农行${month}月`,
    accountLines: [["开户行：农业银行", "账号：6228 4800 1234"]],
    bank: true,
  }),
  {
    sheet: "备用金",
    top: 0,
    left: 0,
    values: [
      ["日期", "摘要", "借方", "贷方", "剩余"],
      ["2026-01-05", "收到备用金", 800, "", 800],
    ],
  },
  {
    sheet: "通讯录",
    top: 0,
    left: 0,
    values: [
      ["姓名", "电话"],
      ["王芳", "13800000000"],
    ],
  },
];

/** What the command line makes of every sheet whole: the plan's cells and the warnings. */
function fromEverySheet(grids: readonly Grid[], kind: "funds" | "count", date: string) {
  if (kind === "funds") {
    const settings = parseFundsReportSettings({ unit: UNIT, ...(date.length === 7 ? { month: date } : { date }) });
    if (!settings.ok) throw new Error(date);
    const made = fundsReportFrom(settings.value, grids);
    if (!made.ok) throw new Error(made.problem.id);
    return { cells: planValues(made.value.plan), findings: made.findings };
  }
  const settings = parseCashCountSettings({ unit: UNIT, date });
  if (!settings.ok) throw new Error(date);
  const counted = countCashFrom(settings.value, grids);
  if (!counted.ok) throw new Error(counted.problem.id);
  return { cells: planValues(counted.value.plan), findings: counted.value.findings };
}

async function inThePane(host: Noted & WorkbookHost, kind: "funds" | "count", date: string) {
  const outcome =
    kind === "funds" ? await generateFundsReport(host, UNIT, date) : await generateCashCount(host, UNIT, date);
  if (outcome.kind !== "generated") throw new Error(JSON.stringify(outcome));
  return { cells: planValues(host.plans.get(outcome.sheet)!), findings: outcome.findings };
}

describe("the pane's reports on month sheets say what the command line says", () => {
  test.each([
    ["三栏式 1月…12月, a day", cashYear, "funds", "2026-08-21", ["7月", "8月"]],
    ["三栏式 1月…12月, a month", cashYear, "funds", "2026-02", ["1月", "2月"]],
    ["三栏式 1月…12月, a count", cashYear, "count", "2026-11-30", ["10月", "11月"]],
    [
      "cash and two banks, a day",
      threeAccounts,
      "funds",
      "2026-03-09",
      ["现金日记账 2026-02", "现金日记账 2026-03", "工行2月", "工行3月", "农行2月", "农行3月"],
    ],
    ["cash and two banks, a count", threeAccounts, "count", "2026-04-02", ["现金日记账 2026-03", "现金日记账 2026-04"]],
  ] as const)(
    "%s: reads only its months, and writes and warns as from every sheet",
    async (_, grids, kind, date, read) => {
      const host = hostOf(grids);
      const pane = await inThePane(host, kind, date);
      expect(host.wholeSheets).toEqual(read);
      expect(pane).toEqual(fromEverySheet(grids, kind, date));
    },
  );

  test("the warnings show in the pane: a month with errors and a sheet not recognised", async () => {
    const slipped = threeAccounts.map((grid) =>
      grid.sheet === "工行3月"
        ? {
            ...grid,
            values: grid.values.map((row, r) => (r === 5 ? row.map((cell, c) => (c === 7 ? 0.01 : cell)) : row)),
          }
        : grid,
    );
    const pane = await inThePane(hostOf(slipped), "funds", "2026-03-31");
    expect(pane.findings.map(({ rule, sheet }) => [rule, sheet])).toEqual([
      ["journal-header-incomplete", "备用金"],
      ["journal-has-errors", "工行3月"],
    ]);
    expect(pane).toEqual(fromEverySheet(slipped, "funds", "2026-03-31"));
  });

  test("a count with no cash journal is refused under the button, with the sheets not recognised", async () => {
    const banks = threeAccounts.filter((grid) => !grid.sheet.startsWith("现金"));
    const outcome = await generateCashCount(hostOf(banks), UNIT, "2026-03-31");
    expect(outcome).toMatchObject({
      kind: "problem",
      problem: { id: "cash-count-no-cash-journal" },
      findings: [{ rule: "journal-header-incomplete", sheet: "备用金" }],
    });
    expect(outcome.kind === "problem" && outcome.problem.field).toBeUndefined();
  });
});

describe("the pane reads whole what the command line's figures come from", () => {
  /** February posted every working day: its closing balance is far below the top the pane reads first. */
  const busy: AccountModel = {
    opening: 1_236_050,
    months: [
      [
        [6, "提取备用金", 300_000, 0],
        [19, "支付快递费", 0, 4_650],
      ],
      Array.from({ length: 36 }, (_, n): [number, string, number, number] => {
        const day = 2 + Math.floor(n * 0.7);
        return n % 2 === 0 ? [day, "零星销售收入", 12_300 + n * 7, 0] : [day, "支付零星费用", 0, 9_870 + n * 11];
      }),
      [
        [3, "收回李四借款", 50_000, 0],
        [17, "支付停车费", 0, 2_400],
        [25, "报销办公用品", 0, 18_760],
      ],
    ],
  };

  /**
   * March's sheet as a cashier keeps it: the 经管人员交接记录 above the journal, the 上月结转 dated 2月28日, and the
   * rows left for February's late postings blank: its first entry is below the top the pane reads first.
   */
  function withMarchBelowTheTop(grids: Grid[]): Grid[] {
    return grids.map((sheet) => {
      if (sheet.sheet !== "3月") return sheet;
      const width = sheet.values[0]!.length;
      const padded = (line: CellValue[]) => [...line, ...Array<CellValue>(width - line.length).fill("")];
      const handovers = Array.from({ length: 11 }, (_, n) =>
        padded([`交接记录 ${n + 1}`, "", "移交人：王芳", "", "接交人：李娜", "", "监交人：赵强"]),
      );
      const [title, header, subheader, opening, ...rest] = sheet.values;
      const carried = [...opening!];
      carried[0] = 2;
      carried[1] = 28;
      const blank = Array.from({ length: 15 }, () => padded([]));
      return { ...sheet, values: [title!, ...handovers, header!, subheader!, carried, ...blank, ...rest] };
    });
  }

  test.each([
    ["funds", "2026-03-20"],
    ["count", "2026-03-31"],
  ] as const)(
    "%s on %s: a month sheet whose first entry is below the top: no error the command line does not see",
    async (kind, date) => {
      const grids = withMarchBelowTheTop(threeColumnMonths(busy));
      const host = hostOf(grids);
      const pane = await inThePane(host, kind, date);
      expect(pane.findings).toEqual([]);
      expect(pane).toEqual(fromEverySheet(grids, kind, date));
      // The tops say February is the latest month before March, and nothing of 3月: both, and January, read whole.
      expect(host.wholeSheets).toEqual(["1月", "2月", "3月"]);
    },
  );

  test("a count reads the sheets of the cash journal it counts, not of a second cash journal beside it", async () => {
    const kept = threeColumnMonths(modelYear(11, 820_000, 3), { name: (month) => `现金${month}月` });
    const petty = threeColumnMonths(modelYear(6, 150_000, 3), { name: (month) => `零用金${month}月` });
    const grids = [...kept, ...petty];
    const host = hostOf(grids);
    const pane = await inThePane(host, "count", "2026-03-16");
    expect(host.wholeSheets).toEqual(["现金2月", "现金3月"]);
    expect(pane).toEqual(fromEverySheet(grids, "count", "2026-03-16"));
  });
});
