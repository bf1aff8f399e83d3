/**
 * `cashbook generate cash-count --date YYYY-MM-DD (--from <workbook> | --book <amount>) [--unit NAME]`: a 现金盘点表
 * for the day, its book balance taken from the cash journal in the workbook or given, the counts left to fill in.
 */
import { parseDateCell } from "../../core/dates";
import type { GeneratorKind } from "../../core/kinds";
import { parseMoney } from "../../core/money";
import { fail, ok } from "../../core/result";
import { journalsOfWorkbook } from "../funds-report/read";
import { planCashCount, planCashCountFromJournal } from ".";

export const cashCountGenerator: GeneratorKind = {
  kind: "cash-count",
  options: "--date YYYY-MM-DD (--from FILE | --book AMOUNT) [--unit NAME]",
  generate: ({ values, from }) => {
    if (values.date === undefined) return fail("cash-count-date-missing");
    const date = parseDateCell(values.date);
    if (!date.ok) return date;
    const input = { unit: values.unit ?? "", date: date.value };
    if (values.book !== undefined) {
      const book = parseMoney(values.book);
      if (!book.ok) return book;
      const planned = planCashCount({ ...input, book: book.value ?? 0 });
      return planned.ok ? ok([planned.value.plan]) : planned;
    }
    const cash = from ? journalsOfWorkbook(from).journals.find((journal) => journal.kind === "cash") : undefined;
    if (!cash) return fail("cash-count-book-missing");
    const planned = planCashCountFromJournal(input, cash);
    return planned.ok ? ok([planned.value.plan]) : planned;
  },
};
