/**
 * Recalculation: our voucher forms' 合计 and 大写 formulas, computed by LibreOffice, give the figures and the words the
 * rules expect (amountToWords), on forms typed into as a cashier would; and a workbook generated from entries, with
 * a voucher over two forms (1/2, 2/2) and unused lines ruled through, recalculated, checks clean. LibreOffice opens
 * the unused lines of each form, written by either writer, as one merged cell with one diagonal line across it.
 */
import { DEFAULT_ACCOUNTS } from "../../src/core/accounts";
import { cellAddress } from "../../src/core/grid";
import { amountToWords } from "../../src/core/words";
import { writeWorkbook } from "../../src/hosts/xlsx";
import type { SheetPlan } from "../../src/core/plan";
import {
  blankForm,
  checkVoucherSheet,
  formHeight,
  generateVouchers,
  layoutVouchers,
  readVouchers,
} from "../../src/jobs/voucher";
import { cellDiagonals } from "../support/libreoffice-borders";
import { unoAvailable } from "../support/libreoffice-uno";
import { recalculate } from "../support/recalc";
import { streamed } from "../support/streamed";
import { systemProgram } from "../support/system";
import { grid } from "../support/grids";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;

const top = (form: number) => form * formHeight(6);
const words = (fen: number) => (fen === 0 ? "" : (amountToWords(fen) as { value: string }).value);

/** 收-1 on one form, 记-1 over two (1/2, 2/2), 付-1 on one: every form but 记-1's first has unused lines. */
function generatedVouchers(): SheetPlan[] {
  const entries = grid("分录", [
    ["日期", "凭证字号", "摘要", "科目编码", "科目名称", "借方金额", "贷方金额", "附件"],
    ["2026-03-02", "收-1", "收到甲公司货款", "1002", "银行存款-工商银行", "11,300.00", "", 2],
    ["2026-03-02", "收-1", "收到甲公司货款", "6001", "主营业务收入", "", "10,000.00", 2],
    ["2026-03-02", "收-1", "收到甲公司货款", "2221", "应交税费-应交增值税", "", "1,300.00", 2],
    ["2026-03-03", "记-1", "报销差旅费", "6602", "管理费用-差旅费", 1234.56, "", 5],
    ...["住宿费", "交通费", "伙食补助", "市内交通", "会议费", "培训费"].map((what, n) => [
      "2026-03-03",
      "记-1",
      `报销${what}`,
      "6602",
      "管理费用",
      n + 0.01,
      "",
      5,
    ]),
    ["2026-03-03", "记-1", "报销差旅费", "1001", "库存现金", "", 1249.62, 5],
    ["2026-03-04", "付-1", "支付运费", "6601", "销售费用", 80, "", 1],
    ["2026-03-04", "付-1", "支付运费", "1001", "库存现金", "", 80, 1],
  ]);
  const generated = generateVouchers({ unit: "测试有限公司", lines: 6, kind: "记", count: 1 }, [entries]);
  if (!generated.ok) throw new Error(generated.problem.id);
  return generated.value;
}

describeWithLibreOffice("voucher forms in LibreOffice", () => {
  test("合计 adds the lines to the 分, passing over ruled-through cells, and its words are the words of the debits", async () => {
    // Debits per form, typed as a cashier types them: numbers, with the float traps of 0.1 + 0.2.
    const debits = [
      [0.1, 0.2],
      [1409.5],
      [107000.53, 0.47, 10],
      [16409.02, 325.04, 6007.14, 1680.32, 0.01, 99999999.99],
    ];
    const settings = { unit: "测试有限公司", lines: 6, kind: "记" as const, count: debits.length };
    const plan = layoutVouchers(
      debits.map(() => blankForm("记")),
      settings,
    );
    debits.forEach((amounts, form) => {
      plan.blocks.push({ at: cellAddress(top(form) + 4, 3), rows: amounts.map((amount) => [amount, amount]) });
      // A ruled-through line, as a cashier types one (and as forms generated before the line was drawn wrote it).
      if (amounts.length < 6) plan.blocks.push({ at: cellAddress(top(form) + 4 + 5, 3), rows: [["━━━━", "━━━━"]] });
    });
    const [sheet] = await recalculate(await writeWorkbook([plan]));
    debits.forEach((amounts, form) => {
      const total = top(form) + 4 + 6;
      const fen = amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0);
      const row = sheet!.values[total]!;
      expect([form, row[3], row[4], row[1]]).toEqual([form, fen / 100, fen / 100, words(fen)]);
    });
  });

  test("a voucher workbook generated from entries, recalculated, checks clean", async () => {
    const [sheet] = await recalculate(await writeWorkbook(generatedVouchers()));
    const read = readVouchers(sheet!);
    expect(read?.shape).toBe("form");
    expect(read?.vouchers.map((voucher) => [voucher.word, voucher.number, voucher.pages.length])).toEqual([
      ["收", 1, 1],
      ["记", 1, 2],
      ["付", 1, 1],
    ]);
    // 记-1 over two forms: the first 合计 is its first six lines, in figures and in words, as computed.
    const first = read!.vouchers[1]!.pages[0]!;
    expect(first.debitTotal?.value).toBe(123456 + 1 + 101 + 201 + 301 + 401);
    expect(first.words?.value).toBe(words(123456 + 1 + 101 + 201 + 301 + 401));
    expect(checkVoucherSheet(sheet!, { chart: DEFAULT_ACCOUNTS })).toEqual([]);
  });

  (unoAvailable() ? test.each : test.skip.each)([
    ["written whole", () => writeWorkbook(generatedVouchers())],
    ["streamed", () => streamed(generatedVouchers())],
  ])("%s, each form's unused lines open as one merged cell with one line from corner to corner", async (_, write) => {
    // The top-left cell of each crossed-out area, a cell inside one, a line used, and the 记账符号 beside an unused line.
    const cells = ["A8", "A35", "A49", "C37", "A5", "D47", "F8"];
    const found = await cellDiagonals(await write(), 0, cells);
    expect(found.map(({ cell, area, down, up }) => [cell, area, down.width > 0, up.width])).toEqual([
      ["A8", "A8:E10", true, 0],
      ["A35", "A35:E38", true, 0],
      ["A49", "A49:E52", true, 0],
      ["C37", "A35:E38", true, 0],
      ["A5", "A5", false, 0],
      ["D47", "D47", false, 0],
      ["F8", "F8", false, 0],
    ]);
  });
});
