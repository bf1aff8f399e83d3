/**
 * A form's labelled values where the form leaves cells between a label and its value (issue #12): labels merged over
 * several cells side by side over the line filled in, blank cells after a label, and a signature label on the same
 * line as a field's, which stops the field's search. Read from grids and from .xlsx files with merged cells.
 */
import type { CellValue, Grid } from "../../../src/core/grid";
import { readWorkbookGrids, writeWorkbook } from "../../../src/hosts/xlsx";
import { readForm } from "../../../src/jobs/reimburse";
import { grid, valuesPlan } from "../../support/grids";

/** A 借款单 whose 借款部门 and 借款人 are labels merged over three cells each, their values under them. */
const advance: [CellValue[][], string[]] = [
  [
    ["借款单", "", "", "", "", ""],
    ["借款部门", "", "", "借款人", "", ""],
    ["市场部", "", "", "李雷", "", ""],
    ["借款金额（小写）", "", 2000, "", "", ""],
    ["总经理：", "王总", "", "经办人：", "", "李雷"],
  ],
  ["A1:F1", "A2:C2", "D2:F2", "A3:C3", "D3:F3", "A4:B4", "D5:E5"],
];

/**
 * A 费用报销单 whose 报销部门 stands with blank cells before its value, and whose 报销人 is left blank with the 经手人
 * who signs beside it on the same line.
 */
const claim: [CellValue[][], string[]] = [
  [
    ["费用报销单", "", "", "", "", "", "", ""],
    ["报销部门：", "", "", "行政部", "报销人", "", "经手人", "韩梅梅"],
    ["报销金额合计", "", "", 860.5, "", "", "", ""],
    ["单位负责人", "", "", "赵总", "", "", "", ""],
  ],
  ["A1:H1", "A2:C2", "E2:F2", "A3:C3", "A4:C4"],
];

const signer = (form: ReturnType<typeof readForm>, role: string) =>
  form!.form.signatures.find((line) => line.role === role);

async function fromXlsx([rows, merges]: [CellValue[][], string[]], name: string): Promise<Grid> {
  const read = await readWorkbookGrids(await writeWorkbook([valuesPlan(grid(name, rows), merges)]));
  if (!read.ok) throw new Error(read.problem.id);
  return read.value[0]!;
}

describe.each([
  ["a grid", async (form: [CellValue[][], string[]], name: string) => grid(name, form[0])],
  ["an .xlsx file with merged cells", fromXlsx],
])("read from %s", (_, sheetOf) => {
  test("labels merged side by side over the line filled in: each value under its label", async () => {
    const read = readForm(await sheetOf(advance, "借款单"));
    expect(read?.form).toMatchObject({ type: "advance", claimant: "李雷", total: { value: 200000, cell: "C4" } });
    expect(signer(read, "approver")).toMatchObject({ name: "王总" });
  });

  test("blank cells between a label and its value; a signature label on the line stops a field's search", async () => {
    const read = readForm(await sheetOf(claim, "报销单"));
    // 报销人 is blank: 经手人 is the next label on its line, not its value.
    expect(read?.form).toMatchObject({ type: "expense-claim", claimant: "", total: { value: 86050, cell: "D3" } });
    expect(signer(read, "handler")).toMatchObject({ name: "韩梅梅", cell: "H2" });
    expect(signer(read, "approver")).toMatchObject({ name: "赵总", cell: "D4" });
  });
});
