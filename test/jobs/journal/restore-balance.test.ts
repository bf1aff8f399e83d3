/**
 * balanceFormulaAt: the formula the generator writes in a row's 余额, to put back a balance typed over it. Proven
 * against the generator itself: in generated journals (cash and bank, a month over several pages, a year with its
 * 本年累计), every balance formula the plan holds, typed over with a figure, is given back exactly, on entries, blank
 * rows and every kind of closing row. Rows inserted since (by the cashier, or by 日清) change nothing, and the
 * function refuses, naming why, wherever it cannot be certain.
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import type { SheetPlan } from "../../../src/core/plan";
import { MemoryHost } from "../../../src/hosts/memory";
import {
  balanceFormulaAt,
  balanceFormulaRows,
  dayTotalBelow,
  layoutJournal,
  type JournalKind,
} from "../../../src/jobs/journal";
import { rowKindOf } from "../../../src/jobs/journal/read";
import { formulaGrid, journalEntry, journalSettings, marchJournal, marchSettings } from "../../support/journal";

const BALANCE_COLUMN: Record<JournalKind, number> = { cash: 8, bank: 10 };

/** A year from January, so that it has 本年累计 rows, with an entry in each of its first three months. */
function yearJournal(): SheetPlan {
  const entries = ["2026-01-05", "2026-02-10", "2026-03-15"].map((date, index) =>
    journalEntry({ date, receipt: 10_000 * (index + 1) }),
  );
  return layoutJournal(journalSettings({ rowsPerPage: 5 }), entries);
}

/** The grid with the cell at (row, column) typed over. */
function typedOver(grid: Grid, row: number, column: number, value: CellValue): Grid {
  const values = grid.values.map((line) => [...line]);
  values[row]![column] = value;
  return { ...grid, values };
}

describe.each([
  { name: "a month's cash journal over several pages", kind: "cash" as const, plan: () => marchJournal("cash") },
  { name: "a month's bank journal over several pages", kind: "bank" as const, plan: () => marchJournal("bank") },
  { name: "an empty month", kind: "cash" as const, plan: () => layoutJournal(marchSettings("cash", 8), []) },
  { name: "a year with 本年累计", kind: "cash" as const, plan: yearJournal },
])("$name", ({ kind, plan }) => {
  test("every balance formula typed over is given back exactly", () => {
    const grid = formulaGrid(plan());
    const column = BALANCE_COLUMN[kind];
    let restored = 0;
    grid.values.forEach((line, row) => {
      const original = line[column];
      if (typeof original !== "string" || !original.startsWith("=")) return;
      const result = balanceFormulaAt(typedOver(grid, row, column, 1234.56), row);
      expect(result).toEqual({ ok: true, value: { cell: `${"ABCDEFGHIJK"[column]}${row + 1}`, formula: original } });
      restored++;
    });
    expect(restored).toBeGreaterThan(5);
  });

  test("the rows balanceFormulaRows names, their 摘要 and 余额 alone, give the same answer as the whole sheet", () => {
    const grid = formulaGrid(plan());
    const column = BALANCE_COLUMN[kind];
    const summary = 4;
    let pages = 0;
    grid.values.forEach((_, row) => {
      const typed = typedOver(grid, row, column, 1234.56);
      const rows = balanceFormulaRows(typed, row);
      const whole = balanceFormulaAt(typed, row);
      if (!rows) {
        expect(whole.ok).toBe(false);
        return;
      }
      expect(rows.balanceColumn).toBe(column);
      // Every other cell of the journal left blank, as a sheet read only there would give it.
      const values = typed.values.map((cells, r) =>
        r <= rows.headerRow
          ? cells
          : r < rows.first || r > rows.last
            ? []
            : cells.map((cell, c) => (c === summary || c === column ? cell : "")),
      );
      expect(balanceFormulaAt({ ...typed, values }, row)).toEqual(whole);
      // A page, not the sheet: the generator's pages are at most 100 rows.
      expect(rows.last - rows.first).toBeLessThan(110);
      if (whole.ok) pages++;
    });
    expect(pages).toBeGreaterThan(5);
  });
});

test("every kind of row with a balance formula is covered by the journals above", () => {
  const kinds = new Set<string>();
  for (const plan of [marchJournal("cash"), yearJournal(), layoutJournal(marchSettings("cash", 8), [])]) {
    for (const line of formulaGrid(plan).values) {
      const balance = line[BALANCE_COLUMN.cash];
      if (typeof balance === "string" && balance.startsWith("=")) kinds.add(rowKindOf(String(line[4] ?? "")));
    }
  }
  expect([...kinds].sort()).toEqual(
    ["brought-forward", "carried-forward", "day-total", "entry", "month-total", "year-total"].sort(),
  );
});

describe("rows inserted since the journal was generated", () => {
  async function generated(): Promise<{ host: MemoryHost; sheet: string }> {
    const host = new MemoryHost();
    const sheet = await host.applyPlan(marchJournal("cash", 30));
    return { host, sheet };
  }

  test("a row the cashier inserted above changes nothing: the formula is the one Excel moved down", async () => {
    const { host, sheet } = await generated();
    // A forgotten entry inserted at row 6, values only, as a cashier types it; what was row 10 (an entry of 3月5日) is row 11 now.
    await host.insertRows(sheet, { at: "A6", rows: [[2026, 3, 2, "记-0", "补记", "管理费用", 10, null]] });
    const moved = host.value(sheet, "I11");
    expect(moved).toMatch(/^=IF\(COUNT\(G11:H11\)=0,"",\$I\$4\+SUMIFS\(\$G\$4:G11,/);
    host.setValues(sheet, "I11", [[999]]);
    expect(balanceFormulaAt(await host.readUsedRange(sheet), 10)).toEqual({
      ok: true,
      value: { cell: "I11", formula: moved },
    });
  });

  test("a 本日合计 inserted by 日清 is given back the formula 日清 wrote", async () => {
    const host = new MemoryHost();
    const sheet = await host.applyPlan(layoutJournal(marchSettings("cash"), []));
    host.setValues(sheet, "A5", [[2026, 3, 2, "记-1", "收到货款", "应收账款", 500, null]]);
    const insert = dayTotalBelow(await host.readUsedRange(sheet), 4);
    if (!insert.ok) throw new Error(insert.problem.id);
    await host.insertRows(sheet, insert.value.block);
    const written = host.value(sheet, "I6");
    host.setValues(sheet, "I6", [[500]]);
    expect(balanceFormulaAt(await host.readUsedRange(sheet), 5)).toEqual({
      ok: true,
      value: { cell: "I6", formula: written },
    });
  });
});

describe("refused where it cannot be certain", () => {
  const grid = formulaGrid(marchJournal("cash"));
  const refusal = (result: ReturnType<typeof balanceFormulaAt>) => (result.ok ? null : result.problem);

  test("a sheet with no journal header", () => {
    expect(
      refusal(
        balanceFormulaAt(
          {
            sheet: "S",
            top: 0,
            left: 0,
            values: [
              ["a", "b"],
              [1, 2],
            ],
          },
          1,
        ),
      ),
    ).toEqual({
      id: "journal-header-missing",
      params: {},
    });
  });

  test("the opening row, whose balance is a figure, and a row outside the journal", () => {
    expect(refusal(balanceFormulaAt(grid, 3))).toEqual({ id: "journal-balance-no-formula", params: { cell: "I4" } });
    expect(refusal(balanceFormulaAt(grid, 1))?.id).toBe("journal-balance-no-formula");
    expect(refusal(balanceFormulaAt(grid, grid.values.length))?.id).toBe("journal-balance-no-formula");
  });

  test("a balance that holds a formula, not a typed figure", () => {
    expect(refusal(balanceFormulaAt(grid, 4))).toEqual({
      id: "journal-balance-formula-present",
      params: { cell: "I5" },
    });
  });

  test("no 期初余额, 上年结转 or 承前页 above the row", () => {
    const values = grid.values.map((line) => [...line]);
    values[3]![4] = "月初";
    values[4]![8] = 1;
    expect(refusal(balanceFormulaAt({ ...grid, values }, 4))).toEqual({
      id: "journal-balance-anchor-missing",
      params: { cell: "I5" },
    });
  });

  test("a journal typed by hand: every balance a figure, none of the generator's formulas to go by", () => {
    const values = grid.values.map((line, row) =>
      row > 3 && typeof line[8] === "string" && line[8].startsWith("=") ? [...line.slice(0, 8), 100 + row] : line,
    );
    expect(refusal(balanceFormulaAt({ ...grid, values }, 4))).toEqual({
      id: "journal-balance-formula-unconfirmed",
      params: { cell: "I5" },
    });
  });

  test("formulas of another shape (a running balance chained to the row above) do not bear it out", () => {
    const values = grid.values.map((line, row) =>
      row > 3 && typeof line[8] === "string" && line[8].startsWith("=")
        ? [...line.slice(0, 8), `=I${row}+G${row + 1}-H${row + 1}`]
        : line,
    );
    values[4]![8] = 7;
    expect(refusal(balanceFormulaAt({ ...grid, values }, 4))?.id).toBe("journal-balance-formula-unconfirmed");
  });

  test("the generator's formula is recognised as Excel may give it back: other case, spaces", () => {
    const values = grid.values.map((line) => [...line]);
    values[4]![8] = 7;
    // Every other balance of the page, in lower case with spaces outside the quoted markers.
    for (let row = 5; row < values.length; row++) {
      const text = values[row]![8];
      if (typeof text === "string" && text.startsWith("="))
        values[row]![8] = text
          .split('"')
          .map((part, index) => (index % 2 === 0 ? part.toLowerCase().replace(/,/g, ", ") : part))
          .join('"');
    }
    expect(balanceFormulaAt({ ...grid, values }, 4).ok).toBe(true);
  });
});
