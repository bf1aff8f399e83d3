/**
 * `cashbook check` recognises voucher sheets by their labels (our forms, and lists as accounting packages export
 * them, merged cells and all) and reports by stable rule id in its JSON; `cashbook generate voucher`, blank and from
 * entries, and its options' refusals naming the option.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EXIT } from "../../src/cli/main";
import { readWorkbookGrids, writeWorkbook } from "../../src/hosts/xlsx";
import { cashbook } from "../support/cli";
import { grid, valuesPlan } from "../support/grids";
import { cleanVouchers, kingdeeList, ourSheet, yonyouList } from "../support/voucher";

const dir = mkdtempSync(join(tmpdir(), "cashbook-voucher-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  sheets: {
    sheet: string;
    kind: string;
    findings: { rule: string; severity: string; cell: string; message: string }[];
  }[];
}

test("check recognises our forms and two exported lists, and reports by rule id", async () => {
  const unbalanced = cleanVouchers();
  unbalanced[2]!.lines[1]!.credit = 302.5;
  const gap = cleanVouchers();
  gap[4]!.number = 3;
  const yonyou = yonyouList(cleanVouchers());
  const path = join(dir, "凭证.xlsx");
  writeFileSync(
    path,
    await writeWorkbook([
      valuesPlan(ourSheet(unbalanced, "一月凭证")),
      valuesPlan(kingdeeList(gap)),
      valuesPlan(yonyou.grid, yonyou.merges),
    ]),
  );
  const { code, stdout } = await cashbook(["check", path, "--json"]);
  expect(code).toBe(EXIT.problems);
  const report = JSON.parse(stdout) as Report;
  expect(
    report.sheets.map(({ sheet, kind, findings }) => [sheet, kind, findings.map((f) => [f.rule, f.cell])]),
  ).toEqual([
    ["一月凭证", "voucher", [["voucher-unbalanced", "D39"]]],
    ["凭证查询", "voucher-list", [["voucher-number-gap", "D12"]]],
    ["序时账", "voucher-list", []],
  ]);
  expect(report.sheets[0]!.findings[0]!.message).toBe(
    "凭证 付-1 借贷不平：借方合计 320.50，贷方合计 302.50，相差 18.00",
  );
});

test("a clean workbook exits 0; --lang en-US speaks English", async () => {
  const vouchers = cleanVouchers();
  vouchers[0]!.attachments = null;
  const path = join(dir, "clean.xlsx");
  writeFileSync(path, await writeWorkbook([valuesPlan(kingdeeList(vouchers))]));
  const { code, stdout } = await cashbook(["check", path, "--json", "--lang", "en-US"]);
  expect(code).toBe(EXIT.ok);
  const [finding] = (JSON.parse(stdout) as Report).sheets[0]!.findings;
  expect(finding).toMatchObject({ rule: "voucher-attachments-missing", severity: "warning" });
  expect(finding!.message).toContain("attachments");
});

test("generate voucher writes blank forms, and forms from entries that check clean", async () => {
  const blank = join(dir, "blank.xlsx");
  const made = await cashbook(["generate", "voucher", "--out", blank, "--word", "转", "--count", "2", "--lines", "8"]);
  expect(made.code).toBe(EXIT.ok);
  const blankGrids = await readWorkbookGrids(readFileSync(blank));
  if (!blankGrids.ok) throw new Error(blankGrids.problem.id);
  expect(blankGrids.value[0]!.sheet).toBe("转账凭证");
  expect(blankGrids.value[0]!.values.flat().filter((cell) => cell === "转账凭证")).toHaveLength(2);

  const entries = join(dir, "分录.xlsx");
  writeFileSync(
    entries,
    await writeWorkbook([
      valuesPlan(
        grid("分录", [
          ["日期", "凭证号", "摘要", "总账科目", "明细科目", "借方金额", "贷方金额", "附件"],
          ["2026-04-01", "1", "提取备用金", "库存现金", "", 800, "", 1],
          ["2026-04-01", "1", "提取备用金", "银行存款", "建设银行", "", 800, 1],
        ]),
      ),
    ]),
  );
  const out = join(dir, "filled.xlsx");
  const filled = await cashbook(["generate", "voucher", "--from", entries, "--out", out, "--unit", "测试有限公司"]);
  expect(filled.code).toBe(EXIT.ok);
  const checked = await cashbook(["check", out, "--json"]);
  const report = JSON.parse(checked.stdout) as Report;
  // The words are formulas the file holds without results until Excel or LibreOffice computes them (test/recalc).
  expect(report.sheets.map((sheet) => [sheet.kind, sheet.findings.map((f) => f.rule)])).toEqual([["voucher", []]]);
  expect(checked.code).toBe(EXIT.ok);
});

test("an option that cannot be read names its option", async () => {
  const { code, stderr } = await cashbook(["generate", "voucher", "--out", join(dir, "x.xlsx"), "--lines", "30"]);
  expect(code).toBe(EXIT.unusable);
  expect(stderr).toContain("--lines: 每张凭证行数“30”应是 2 到 12 之间的整数");
  const word = await cashbook(["generate", "voucher", "--out", join(dir, "x.xlsx"), "--word", "借"]);
  expect(word.stderr).toContain("--word: 凭证字“借”应是 记、收、付 或 转");
});

test("a CSV of entries with a number reused on a later day: check reports the repeat, generate refuses on --from", async () => {
  const entries = join(dir, "五月分录.csv");
  writeFileSync(
    entries,
    [
      "日期,凭证号,摘要,科目,借方金额,贷方金额",
      "2026-05-06,收-1,收到押金,银行存款-农业银行,3000,",
      "2026-05-06,收-1,收到押金,其他应付款-押金,,3000",
      "2026-05-11,收-1,收回借款,库存现金,450,",
      "2026-05-11,收-1,收回借款,其他应收款-王芳,,405",
    ].join("\n"),
  );
  const checked = await cashbook(["check", entries, "--json"]);
  expect(checked.code).toBe(EXIT.problems);
  const [sheet] = (JSON.parse(checked.stdout) as Report).sheets;
  expect(sheet!.findings.map((f) => [f.rule, f.cell])).toEqual([
    ["voucher-number-repeated", "B4"],
    ["voucher-unbalanced", "E5"],
  ]);
  const out = join(dir, "五月凭证.xlsx");
  const made = await cashbook(["generate", "voucher", "--from", entries, "--out", out, "--lang", "en-US"]);
  expect(made.code).toBe(EXIT.unusable);
  expect(made.stderr).toContain(
    "--from: The entries on “五月分录” have 2 errors (listed below); correct them before making vouchers from the sheet",
  );
  expect(made.stderr).toContain("a difference of 45.00");
  expect(() => readFileSync(out)).toThrow();
});
