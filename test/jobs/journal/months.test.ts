/**
 * The month a sheet holds, and the sheet of the month before, as the check (journal-opening-not-carried) and the
 * reports (the sheets they read whole) both take them: by the sheet's first entry, not an opening row dated the last
 * day of the month before; by month, not by the sheets' order in the workbook.
 */
import type { Grid } from "../../../src/core/grid";
import { fundsReportSheets, parseFundsReportSettings } from "../../../src/jobs/funds-report";
import { checkJournal } from "../../../src/jobs/journal";
import { flatMonths, modelYear, threeColumnMonths } from "../../support/month-sheets";

const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Each sheet after January with its opening row (上月结转, 承上月) dated the last day of the month before. */
function openingsDatedMonthBefore(grids: readonly Grid[], layout: "三栏式" | "flat", openingRow: number): Grid[] {
  return grids.map((sheet, index) => {
    if (index === 0) return sheet;
    const values = sheet.values.map((line) => [...line]);
    const opening = values[openingRow]!;
    if (layout === "三栏式") {
      opening[0] = index;
      opening[1] = LAST_DAY[index - 1]!;
    } else {
      opening[0] = `2026-${String(index).padStart(2, "0")}-${LAST_DAY[index - 1]}`;
    }
    return { ...sheet, values };
  });
}

/** The balance column's cell of a sheet's opening row, raised by `yuan`. */
function openingRaised(sheet: Grid, openingRow: number, balanceColumn: number, yuan: number): Grid {
  const values = sheet.values.map((line) => [...line]);
  values[openingRow]![balanceColumn] = (values[openingRow]![balanceColumn] as number) + yuan;
  return { ...sheet, values };
}

const cash = threeColumnMonths(modelYear(21, 1_413_270, 4), { carried: "上月结转" });
const bank = flatMonths(modelYear(34, 72_650_000, 4), {
  title: "银行存款日记账",
  name: (month) => `中行 2026.${month}`,
  accountLines: [["账号：4667 5812 3390"]],
  bank: true,
});

const LAYOUTS = [
  // sheets, the opening's row and balance column, its cell
  ["三栏式 1月…4月, 上月结转", openingsDatedMonthBefore(cash, "三栏式", 3), 3, 8, "I4"],
  ["flat bank 中行 2026.1…2026.4, 承上月", openingsDatedMonthBefore(bank, "flat", 3), 3, 7, "H4"],
] as const;

const carried = (findings: readonly { rule: string; cell: string; params: Record<string, unknown> }[]) =>
  findings
    .filter(({ rule }) => rule === "journal-opening-not-carried")
    .map(({ cell, params }) => [cell, params.previous]);

describe("an opening dated the month before is held to the month before's closing", () => {
  test.each(LAYOUTS)("%s: every month carries the month before; none is held to the month two before", (_, grids) => {
    // Each month's closing differs from the one before's, so a March held to January's would be reported.
    for (const sheet of grids) expect([sheet.sheet, checkJournal(sheet, {}, grids)]).toEqual([sheet.sheet, []]);
  });

  test.each(LAYOUTS)(
    "%s: an opening that does not carry is reported, naming the month before",
    (_, grids, row, column, cell) => {
      const slipped = grids.map((sheet, index) => (index === 2 ? openingRaised(sheet, row, column, 100) : sheet));
      expect(carried(checkJournal(slipped[2]!, {}, slipped))).toEqual([[cell, grids[1]!.sheet]]);
    },
  );

  test.each(LAYOUTS)("%s, newest sheet first: the same months and the same finding", (_, grids, row, column, cell) => {
    const slipped = grids.map((sheet, index) => (index === 2 ? openingRaised(sheet, row, column, 100) : sheet));
    const newestFirst = [...slipped].reverse();
    expect(carried(checkJournal(slipped[2]!, {}, newestFirst))).toEqual([[cell, grids[1]!.sheet]]);
    for (const sheet of newestFirst.filter((other) => other !== slipped[2]))
      expect(carried(checkJournal(sheet, {}, newestFirst))).toEqual([]);
  });

  test.each(LAYOUTS)("%s, a month missing: the sheet after the gap is held to nothing", (_, grids, row, column) => {
    const withoutFebruary = grids.filter((_, index) => index !== 1);
    const march = openingRaised(grids[2]!, row, column, 100);
    expect(carried(checkJournal(march, {}, [withoutFebruary[0]!, march, withoutFebruary[2]!]))).toEqual([]);
  });
});

describe("a report reads the month's sheet and the month before's, whatever the order", () => {
  const settings = parseFundsReportSettings({ unit: "示例", date: "2026-03-10" });
  if (!settings.ok) throw new Error("settings");
  test.each(LAYOUTS)("%s: March and February, in either order", (_, grids) => {
    const march = [grids[1]!.sheet, grids[2]!.sheet];
    expect(fundsReportSheets(settings.value, grids)).toEqual(march);
    expect(fundsReportSheets(settings.value, [...grids].reverse())).toEqual([...march].reverse());
  });
});
