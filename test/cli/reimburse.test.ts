/**
 * `cashbook check` on a month's batch of reimbursement forms in one workbook (their own layouts, the policy sheet),
 * with the JSON other tools read; `cashbook generate` for each form, and for the 审核结果 sheet of a batch.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT } from "../../src/cli/main";
import { cashbook as run } from "../support/cli";
import { valuesPlan } from "../support/grids";
import type { Grid } from "../../src/core/grid";
import { readWorkbookGrids, writeWorkbook } from "../../src/hosts/xlsx";
import { organisationA, organisationB, policyGrid } from "../support/reimburse";

const dir = mkdtempSync(join(tmpdir(), "cashbook-reimburse-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The command with an empty environment (no LANG). */
const cashbook = (args: string[]) => run(args, {});

const INVOICE = "24442000000012345678";

async function batch(): Promise<string> {
  const sheets: Grid[] = [
    policyGrid(),
    organisationA(
      {
        type: "payment-proof",
        items: [1, 2, 3, 4].map((n) => ({ summary: `第${n}项`, amount: n * 10 })),
        signed: { approver: "" },
        words: "人民币玖拾元整",
      },
      "支付证明 3月-1",
    ),
    organisationB(
      { type: "expense-claim", items: [{ category: "交通费", receiptType: "数电发票", invoice: INVOICE, amount: 55 }] },
      "报销 3月-2",
    ),
    organisationA(
      { type: "travel-claim", items: [{ category: "交通费", receiptType: "数电发票", invoice: INVOICE, amount: 80 }] },
      "差旅 3月-3",
    ),
  ];
  const plans = sheets.map((sheet) => valuesPlan(sheet));
  const path = join(dir, "batch.xlsx");
  writeFileSync(path, await writeWorkbook(plans));
  return path;
}

test("check recognises every form by its labels and reports by stable rule id, across forms", async () => {
  const { code, stdout } = await cashbook(["check", await batch(), "--json"]);
  expect(code).toBe(EXIT.problems);
  const report = JSON.parse(stdout) as {
    sheets: { sheet: string; kind: string; findings: { rule: string; cell: string }[] }[];
  };
  expect(report.sheets.map(({ sheet, kind, findings }) => [sheet, kind, findings.map((f) => f.rule)])).toEqual([
    ["报销审核设置", "reimburse-policy", []],
    [
      "支付证明 3月-1",
      "payment-proof",
      ["reimburse-too-many-items", "reimburse-words-mismatch", "reimburse-approver-missing"],
    ],
    ["报销 3月-2", "expense-claim", []],
    ["差旅 3月-3", "travel-claim", ["reimburse-invoice-duplicate"]],
  ]);
});

test.each(["payment-proof", "expense-claim", "travel-claim", "advance"])(
  "generate %s writes the form and the policy sheet",
  async (kind) => {
    const out = join(dir, `${kind}.xlsx`);
    const { code, stderr } = await cashbook([
      "generate",
      kind,
      "--out",
      out,
      "--unit",
      "测试有限公司",
      "--max-items",
      "4",
    ]);
    expect(stderr).not.toMatch(/--/);
    expect(code).toBe(EXIT.ok);
    const grids = await readWorkbookGrids(readFileSync(out));
    if (!grids.ok) throw new Error(grids.problem.id);
    expect(grids.value.map((grid) => grid.sheet)).toEqual([expect.stringMatching(/单$/), "报销审核设置"]);
    expect(grids.value[1]!.values[2]![1]).toBe(4);
  },
);

test("a policy option that cannot be read names its option", async () => {
  const { code, stderr } = await cashbook([
    "generate",
    "expense-claim",
    "--out",
    join(dir, "x.xlsx"),
    "--max-items",
    "0",
  ]);
  expect(code).toBe(EXIT.unusable);
  expect(stderr).toContain("--max-items: 最多项目数“0”应是 1 到 50 之间的整数");
});

test("generate reimburse-review writes the 审核结果 sheet of a batch", async () => {
  const out = join(dir, "审核结果.xlsx");
  expect((await cashbook(["generate", "reimburse-review", "--from", await batch(), "--out", out])).code).toBe(EXIT.ok);
  const grids = await readWorkbookGrids(readFileSync(out));
  if (!grids.ok) throw new Error(grids.problem.id);
  const [sheet] = grids.value;
  expect(sheet!.sheet).toBe("审核结果");
  expect(sheet!.values[2]).toEqual(["表单", "规则", "严重程度", "单元格", "说明", "金额"]);
  const rules = sheet!.values.slice(3).map((row) => row[1]);
  expect(rules).toEqual([
    "reimburse-too-many-items",
    "reimburse-words-mismatch",
    "reimburse-approver-missing",
    "reimburse-invoice-duplicate",
  ]);
  expect(sheet!.values[3]![4]).toBe("支付证明单有 4 项，每张最多 3 项，应重填");
  expect(sheet!.values[3]![5]).toBe(100);
});
