/**
 * Journals as cashiers really keep them (issue #12): three hand-made layouts (三栏式 with a two-row merged header,
 * a flat bank 流水 with Kingdee's words, a program's export with 年 | 月 | 日 and 借或贷), checked clean, and with one
 * slip planted: exactly one finding, at the slip's cell, whatever the layout.
 */
import fc from "fast-check";
import type { CalendarDate } from "../../../src/core/dates";
import type { Finding } from "../../../src/core/findings";
import { checkJournal } from "../../../src/jobs/journal";
import {
  journalLinesOf,
  journalSheet,
  SHEET_LAYOUTS,
  type SheetDay,
  type SheetLayout,
  type SheetLine,
} from "../../support/journal";

const where = (findings: readonly Finding[]) => findings.map(({ rule, cell }) => [rule, cell]);

/** January and February 2026: a few days a month, one to three entries a day, never below zero. */
const journals = fc
  .record({
    opening: fc.integer({ min: 100_000, max: 5_000_000 }),
    months: fc.array(
      fc.array(fc.array(fc.integer({ min: 1, max: 300_000 }), { minLength: 1, maxLength: 3 }), {
        minLength: 3,
        maxLength: 5,
      }),
      { minLength: 2, maxLength: 2 },
    ),
    signs: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  })
  .map(({ opening, months, signs }) => {
    let balance = opening;
    let at = 0;
    const days: SheetDay[] = months.flatMap((days, month) =>
      days.map((amounts, day) => ({
        date: { year: 2026, month: month + 1, day: 3 + day * 4 },
        amounts: amounts.map((amount) => {
          // A payment only where the cash is there: a negative balance would be a finding of its own.
          const signed = signs[at++ % signs.length] && amount <= balance ? -amount : amount;
          balance += signed;
          return signed;
        }),
      })),
    );
    return { opening, days };
  });

type Slip = "balance" | "wrong-column" | "date" | "month-total" | "day-total";
const SLIPS: readonly Slip[] = ["balance", "wrong-column", "date", "month-total", "day-total"];

/** Plants `slip` in `lines`; returns the lines and the cell the one finding must be on, or null when it cannot. */
function plant(
  layout: SheetLayout,
  lines: SheetLine[],
  slip: Slip,
  pick: number,
): {
  lines: SheetLine[];
  line: number;
  field: Parameters<ReturnType<typeof journalSheet>["cell"]>[1];
  part?: "year" | "month" | "day";
} | null {
  const entries = lines.flatMap((line, index) => (line.kind === "entry" ? [index] : []));
  const chosen = (from: number[]) => (from.length === 0 ? undefined : from[pick % from.length]);
  const copy = lines.map((line) => ({ ...line }));
  switch (slip) {
    case "balance": {
      const index = chosen(entries)!;
      copy[index]!.balance = copy[index]!.balance! + 1_000;
      return { lines: copy, line: index, field: "balance" };
    }
    case "wrong-column": {
      const index = chosen(entries)!;
      const line = copy[index]!;
      [line.receipt, line.payment] = [line.payment, line.receipt];
      return { lines: copy, line: index, field: line.receipt === null ? "payment" : "receipt" };
    }
    case "date": {
      // Not the first entry nor the last: a slip there has no neighbour on one side to tell it by.
      const index = chosen(entries.slice(1, -1));
      if (index === undefined) return null;
      const date = copy[index]!.date!;
      // A year or month typed one too low, or one too high (an entry dated ahead of those below it).
      const step = pick % 2 === 0 || (!layout.writesYear && date.month === 12) ? -1 : 1;
      const wrong: CalendarDate = layout.writesYear
        ? { ...date, year: date.year + step }
        : { ...date, month: date.month === 1 && step < 0 ? 11 : date.month + step };
      copy[index]!.date = wrong;
      const part = layout.writesYear ? "year" : "month";
      return { lines: copy, line: index, field: "date", part };
    }
    case "month-total": {
      const totals = lines.flatMap((line, index) => (line.kind === "month-total" ? [index] : [])).slice(0, -1);
      const index = chosen(totals)!;
      copy.splice(index, 1);
      return { lines: copy, line: index - 1, field: "summary" };
    }
    case "day-total": {
      // Any day but the month's last (its 本月合计 closes it too), of one entry or several. A day of one entry is
      // held to its 本日合计 where the journal closes another such day (checkClosingRowsKept), so the slip is planted
      // on one only then.
      const days = lines.flatMap((line, index) =>
        line.kind === "day-total" && lines[index - 1]?.kind === "entry" && lines[index + 1]?.kind === "entry"
          ? [index]
          : [],
      );
      const single = (index: number) => lines[index - 2]?.kind !== "entry";
      const index = chosen(days);
      if (index === undefined) return null;
      const singleDays = lines.flatMap((line, at) => (line.kind === "day-total" && single(at) ? [at] : []));
      if (single(index) && singleDays.length < 2) return null;
      copy.splice(index, 1);
      return { lines: copy, line: index - 1, field: "summary" };
    }
  }
}

describe.each(SHEET_LAYOUTS.map((layout) => [layout.name, layout] as const))("a %s journal", (_, layout) => {
  test("reads clean: its header, its own rows under their names, its dates", () => {
    fc.assert(
      fc.property(journals, ({ opening, days }) => {
        const { grid } = journalSheet(layout, journalLinesOf(layout, opening, days));
        expect(where(checkJournal(grid, { kind: layout.kind }))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  test.each(SLIPS.map((slip) => [slip]))("one %s slip is one finding, at its cell", (slip) => {
    fc.assert(
      fc.property(journals, fc.nat(), ({ opening, days }, pick) => {
        const planted = plant(layout, journalLinesOf(layout, opening, days), slip, pick);
        fc.pre(planted !== null);
        const sheet = journalSheet(layout, planted!.lines);
        const findings = checkJournal(sheet.grid, { kind: layout.kind });
        expect(where(findings)).toEqual([
          [expect.any(String), sheet.cell(planted!.line, planted!.field, planted!.part)],
        ]);
      }),
      { numRuns: 40 },
    );
  });
});
