/**
 * Text from outside stays text even after someone edits it. A bank journal is generated from entries whose 摘要 and
 * 票据号 Excel or LibreOffice would read as formulas, numbers or dates if typed; the .xlsx the file host writes is
 * opened in LibreOffice, each such cell is entered again through Calc's input path (as F2 then Enter does), and every
 * one must still hold the same text. Written without the Text format, the formulas among them would be computed.
 */
import { cellAddress, parseRangeAddress, type Grid } from "../../src/core/grid";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { generateJournal, parseJournalSettings } from "../../src/jobs/journal";
import { editCells, PYTHON_UNO, SYSTEM_PYTHON } from "../support/libreoffice-calc";
import { systemProgram } from "../support/system";

const available =
  systemProgram("LibreOffice", "/usr/bin/soffice") !== null &&
  systemProgram("Python", SYSTEM_PYTHON) !== null &&
  systemProgram("LibreOffice's Python bridge (python3-uno)", PYTHON_UNO) !== null;

/** 摘要 and 票据号 pairs that Calc's input path would change if they were not kept as text. */
const RISKY = [
  ["=1+1", "00012345"],
  ["-2+3", "3/4"],
  ['=HYPERLINK("http://example.com","点此")', "6222021234567890123"],
  ["+86 10 1234", "2026-01"],
  ["@SUM(1,2)", "1.5E+3"],
] as const;

const ENTRIES: Grid = {
  sheet: "分录",
  top: 0,
  left: 0,
  values: [
    ["日期", "凭证号", "摘要", "对方科目", "结算方式", "票据号", "收入", "支出"],
    ...RISKY.map(([summary, document], index) => [
      `2026-03-0${index + 1}`,
      `记-${index + 1}`,
      summary,
      "应收账款",
      "转账支票",
      document,
      "100.00",
      "",
    ]),
  ],
};

(available ? test : test.skip)(
  "摘要 and 票据号 that look like formulas, numbers or dates stay text after an edit in LibreOffice",
  async () => {
    const settings = parseJournalSettings("bank", { month: "2026-03", account: "工商银行 6222021234567890123" });
    if (!settings.ok) throw new Error(settings.problem.id);
    const journal = generateJournal(settings.value, [ENTRIES]);
    if (!journal.ok) throw new Error(journal.problem.id);
    const plan = journal.value.plan;
    const wanted = new Set<string>(RISKY.flat());
    const cells = plan.blocks.flatMap((block) => {
      const { row: top, column: left } = parseRangeAddress(block.at)!.start;
      return block.rows.flatMap((row, r) =>
        row.flatMap((cell, c) =>
          typeof cell === "string" && wanted.has(cell) ? [{ address: cellAddress(top + r, left + c), text: cell }] : [],
        ),
      );
    });
    expect(cells).toHaveLength(RISKY.length * 2);
    const edited = await editCells(
      await writeWorkbook([plan]),
      0,
      cells.map((cell) => cell.address),
    );
    expect(edited).toEqual(cells.map(({ address, text }) => ({ cell: address, type: "TEXT", text })));
  },
  180_000,
);
