/**
 * The file host's charts as LibreOffice reads them: a month's 资金日报表 written to .xlsx is opened in LibreOffice
 * Calc, and its chart must be a line chart with a series per account, named by the table's header, over the closing
 * table's cells of the sheet (whose name needs quoting), with the figures the rules computed. A column chart whose
 * cached figures are wrong on purpose shows that Calc draws from the cells, not from the cache.
 */
import { emptyPlan } from "../../src/core/plan";
import type { Result } from "../../src/core/result";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { reportFunds } from "../../src/jobs/funds-report";
import { officeCharts } from "../support/libreoffice-charts";
import { unoAvailable } from "../support/libreoffice-uno";
import { accountJournal, line } from "../support/journal";

const testWithLibreOffice = unoAvailable() ? test : test.skip;

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`unexpected problem ${result.problem.id}`);
  return result.value;
}

testWithLibreOffice(
  "a month's 资金日报表: a line chart per account over the closing table, with the rules' figures",
  async () => {
    const journals = [
      accountJournal(
        "库存现金",
        [
          line("opening", null, { balance: 320000 }),
          line("entry", "2026-03-02", { receipt: 50000 }),
          line("entry", "2026-03-09", { payment: 12345 }),
        ],
        "cash",
      ),
      accountJournal("工行 1202021009100123456", [
        line("opening", null, { balance: 8800000 }),
        line("entry", "2026-03-03", { payment: 1500000 }),
        line("entry", "2026-03-20", { receipt: 2345678 }),
      ]),
      accountJournal("建行 6217000010001234567", [line("opening", null, { balance: 100 })]),
    ];
    const { plan, series } = value(
      reportFunds({ unit: "某某商贸有限公司", period: { year: 2026, month: 3 } }, journals),
    );
    const charts = await officeCharts(await writeWorkbook([plan]));
    const table = /^A(\d+):D(\d+)$/.exec(plan.charts![0]!.data)!.slice(1).map(Number) as [number, number];
    const sheet = "$'资金日报表 2026-03'";
    expect(charts).toEqual([
      {
        sheet: "资金日报表 2026-03",
        at: { row: table[1] + 1, column: 0 },
        title: "2026年3月各账户本日余额",
        type: "com.sun.star.chart2.LineChartType",
        categories: `${sheet}.$A$${table[0] + 1}:$A$${table[1]}`,
        series: ["B", "C", "D"].map((column, index) => ({
          name: series.accounts[index]!.account,
          nameRange: `${sheet}.$${column}$${table[0]}`,
          values: `${sheet}.$${column}$${table[0] + 1}:$${column}$${table[1]}`,
          computed: series.accounts[index]!.closing.map((fen) => fen / 100),
        })),
      },
    ]);
    expect(charts[0]!.series[1]!.computed.slice(0, 3)).toEqual([88000, 88000, 73000]);
  },
);

testWithLibreOffice("a column chart is drawn from its cells, whatever its cached figures say", async () => {
  const plan = emptyPlan("O'Neil & 张 收支");
  plan.blocks.push({
    at: "B2",
    rows: [
      ["月份", "收入", "支出"],
      ["1月", { formula: "=100*3" }, 80],
      ["2月", { formula: "=250+0.5" }, 120.25],
    ],
  });
  plan.charts = [
    {
      kind: "column",
      title: "收支",
      data: "B2:D4",
      at: "F3",
      seriesValues: [
        [1, 2],
        [3, 4],
      ],
    },
  ];
  const [chart] = await officeCharts(await writeWorkbook([plan]));
  expect(chart).toMatchObject({
    at: { row: 2, column: 5 },
    type: "com.sun.star.chart2.ColumnChartType",
    categories: "$'O''Neil & 张 收支'.$B$3:$B$4",
  });
  expect(chart!.series.map(({ name, values, computed }) => [name, values, computed])).toEqual([
    ["收入", "$'O''Neil & 张 收支'.$C$3:$C$4", [300, 250.5]],
    ["支出", "$'O''Neil & 张 收支'.$D$3:$D$4", [80, 120.25]],
  ]);
});
