/**
 * The pane refuses the journal settings the command line refuses, with the same message, because both go through
 * the journal's settings parser: the same bad input given to `cashbook generate` and to the journal page's generate
 * action gives the same text (the command line adds the option's name, the pane puts it on the field).
 */
import { MemoryHost } from "../../src/hosts/memory";
import { formatMessage } from "../../src/jobs";
import { generateJournal, type JournalForm } from "../../src/taskpane/pages/journalFlow";
import { cashbook } from "../support/cli";

const FORM: JournalForm = {
  kind: "cash",
  unit: "",
  account: "",
  month: "2026-01",
  opening: "",
  carriedFromLastYear: false,
  ytdReceipts: "",
  ytdPayments: "",
  rowsPerPage: "30",
  source: "empty",
};

async function cliRefusal(args: string[]): Promise<string> {
  const { code, stderr } = await cashbook(["generate", "cash-journal", "--out", "/nonexistent/x.xlsx", ...args]);
  expect(code).toBe(2);
  return stderr.trim();
}

test.each([
  [{ opening: "-5" }, ["--month", "2026-01", "--opening", "-5"], "opening"],
  [{ rowsPerPage: "1" }, ["--month", "2026-01", "--rows-per-page", "1"], "rows-per-page"],
  [{ month: "2026-02-30" }, ["--month", "2026-02-30"], "month"],
  [{ month: "2026-13" }, ["--month", "2026-13"], "month"],
])("pane %j and cashbook %j refuse with the same message", async (form, args, field) => {
  const pane = await generateJournal(new MemoryHost(), { ...FORM, ...form });
  expect(pane.kind).toBe("problem");
  if (pane.kind !== "problem") return;
  expect(pane.problem.field).toBe(field);
  const message = formatMessage("zh-CN", pane.problem.id, pane.problem.params);
  expect(await cliRefusal(args)).toBe(`--${field}: ${message}`);
});
