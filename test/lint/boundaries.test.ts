/**
 * The architecture's lines are held by the linter (eslint.config.js): each test plants one crossing in a file where
 * it would be wrong and sees ESLint refuse it, and sees the same import accepted where it is allowed.
 */
import { ESLint } from "eslint";

// The config is given rather than found: ESLint loads a found one by dynamic import, which jest's VM refuses.
const config = require("../../eslint.config.js");
const eslint = new ESLint({ cwd: `${__dirname}/../..`, overrideConfigFile: true, overrideConfig: config });

async function refusals(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const planted = 1;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("import boundaries", () => {
  test.each([
    ["src/core/planted.ts", 'import { job } from "../jobs";'],
    ["src/core/planted.ts", 'import { ExcelHost } from "../hosts/excel";'],
    ["src/jobs/cash-count/planted.ts", 'import { readJournal } from "../journal/read";'],
    ["src/jobs/cash-count/planted.ts", 'import { ExcelHost } from "../../hosts/excel";'],
    ["src/jobs/cash-count/planted.ts", 'import { main } from "../../cli/main";'],
    ["src/jobs/journal/rules/planted.ts", 'import { fundsReport } from "../../funds-report/rules";'],
    ["src/jobs/journal/rules/planted.ts", 'import type { WorkbookHost } from "../../../hosts/host";'],
    ["src/jobs/index.ts", 'import { layoutJournal } from "./journal/layout";'],
    ["src/cli/planted.ts", 'import { readJournal } from "../jobs/journal/read";'],
    ["src/taskpane/pages/planted.ts", 'import { dayTotalBelow } from "../../jobs/journal/closing";'],
    ["src/functions/planted.ts", 'import { countedFen } from "../jobs/cash-count/rules";'],
  ])("%s may not say %s", async (filePath, source) => {
    expect(await refusals(filePath, source)).toHaveLength(1);
  });

  test.each([
    ["src/core/planted.ts", 'import { parseMoney } from "./money";'],
    ["src/jobs/cash-count/planted.ts", 'import { readJournals } from "../journal";'],
    ["src/jobs/cash-count/planted.ts", 'import { parseMoney } from "../../core/money";'],
    ["src/jobs/journal/rules/planted.ts", 'import type { JournalRows } from "../rows";'],
    ["src/jobs/journal/rules/planted.ts", 'import { formatMoney } from "../../../core/money";'],
    ["src/cli/planted.ts", 'import { sheetKinds } from "../jobs";'],
    ["src/taskpane/pages/planted.ts", 'import { checkJournal } from "../../jobs/journal";'],
    ["src/taskpane/pages/planted.ts", 'import type { WorkbookHost } from "../../hosts/host";'],
  ])("%s may say %s", async (filePath, source) => {
    expect(await refusals(filePath, source)).toEqual([]);
  });
});
