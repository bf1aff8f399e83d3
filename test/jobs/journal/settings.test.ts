/**
 * The journal's one settings parser: what it accepts, what it refuses and on which field. The command line and the
 * pane both go through it; test/cli/generate-journal.test.ts and test/taskpane/journal-settings.test.ts show each
 * shell refusing the same input with the same message.
 */
import { parseJournalCheckSettings, parseJournalSettings, settleJournal } from "../../../src/jobs/journal";

describe("parseJournalSettings", () => {
  test("fields as typed: amounts with separators, blank fields as absent, the defaults", () => {
    const parsed = parseJournalSettings("cash", {
      month: "2026-05",
      opening: "¥1,234.50",
      unit: " 某某公司 ",
      account: "",
      "ytd-receipts": "100",
      "rows-per-page": "",
    });
    expect(parsed).toEqual({
      ok: true,
      value: {
        kind: "cash",
        unit: "某某公司",
        account: "库存现金",
        month: { year: 2026, month: 5 },
        opening: 123450,
        yearToDate: { receipts: 10000, payments: 0 },
        rowsPerPage: 30,
      },
    });
  });

  test.each([
    [{ month: "2026-13" }, "month", "month-invalid"],
    [{ month: "2026-02", opening: "-5" }, "opening", "journal-opening-negative"],
    [{ month: "2026-02", opening: "abc" }, "opening", "journal-opening-invalid"],
    [{ month: "2026-02", "rows-per-page": "1" }, "rows-per-page", "journal-rows-per-page-invalid"],
    [{ month: "2026-02", "rows-per-page": "101" }, "rows-per-page", "journal-rows-per-page-invalid"],
    [{ month: "2026-02", "rows-per-page": "12.5" }, "rows-per-page", "journal-rows-per-page-invalid"],
    [{ month: "2026-02", "cash-limit": "0" }, "cash-limit", "journal-cash-limit-invalid"],
    [{ month: "2026-02", "ytd-payments": "-1" }, "ytd-payments", "journal-ytd-invalid"],
    [{ month: "2026-02", "carried-from-last-year": "maybe" }, "carried-from-last-year", "journal-carried-invalid"],
  ])("%j is refused on its field", (fields, field, id) => {
    expect(parseJournalSettings("cash", fields)).toMatchObject({ ok: false, problem: { id, field } });
  });

  test("a cash limit belongs to the cash journal only", () => {
    expect(parseJournalSettings("bank", { month: "2026-01", "cash-limit": "5000" })).toMatchObject({
      ok: false,
      problem: { id: "journal-cash-limit-for-bank", field: "cash-limit" },
    });
    expect(parseJournalCheckSettings({ "cash-limit": "5,000" })).toEqual({ ok: true, value: { cashLimit: 500000 } });
    expect(parseJournalCheckSettings({ "cash-limit": " " })).toEqual({ ok: true, value: {} });
  });
});

describe("settleJournal", () => {
  const options = (fields: Record<string, string>) => {
    const parsed = parseJournalSettings("cash", fields);
    if (!parsed.ok) throw new Error(parsed.problem.id);
    return parsed.value;
  };
  const entry = (year: number, month: number) => ({
    date: { year, month, day: 3 },
    voucher: "",
    summary: "收款",
    counterAccount: "",
    counterparty: "",
    settlement: "",
    document: "",
    receipt: 100,
    payment: 0,
  });

  test("the period comes from the month, or from the entries; 本年累计 in January is refused on its field", () => {
    expect(settleJournal(options({ month: "2026-03" }), undefined)).toMatchObject({
      ok: true,
      value: { settings: { year: 2026, month: 3, openingIsCarriedFromLastYear: false } },
    });
    expect(settleJournal(options({}), [entry(2026, 1), entry(2026, 2)])).toMatchObject({
      ok: true,
      value: { settings: { year: 2026, openingIsCarriedFromLastYear: true } },
    });
    expect(settleJournal(options({ "ytd-receipts": "1" }), [entry(2026, 1)])).toMatchObject({
      ok: false,
      problem: { id: "journal-ytd-in-january", field: "ytd-receipts" },
    });
    expect(settleJournal(options({}), [entry(2025, 12), entry(2026, 1)])).toMatchObject({
      ok: false,
      problem: { id: "journal-entries-span-years", field: "month" },
    });
    expect(settleJournal(options({}), undefined)).toMatchObject({
      ok: false,
      problem: { id: "journal-period-required", field: "month" },
    });
  });
});
