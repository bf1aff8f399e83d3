/**
 * Recalculation: the 大写金额 formulas of core/words-formula, computed by LibreOffice, write exactly what amountToWords
 * writes, for the official examples, amounts with zeros at every section boundary and random amounts up to the
 * largest; and a generated 费用报销单, filled in and recalculated, passes the review with its 合计 and 大写 as computed.
 */
import fc from "fast-check";
import { fenToYuan } from "../../src/core/money";
import { emptyPlan, type PlanCell } from "../../src/core/plan";
import { amountToWords } from "../../src/core/words";
import { amountInWordsFormula, fenDigitsFormula } from "../../src/core/words-formula";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { DEFAULT_POLICY, layoutForm, layoutPolicy, reviewWorkbook } from "../../src/jobs/reimburse";
import { recalculate } from "../support/recalc";
import { systemProgram } from "../support/system";

const describeWithLibreOffice = systemProgram("LibreOffice", "/usr/bin/soffice") ? describe : describe.skip;

const EXAMPLES = [
  0, 1, 5, 10, 50, 100, 140950, 600714, 168032, 10700053, 1640902, 32504, 1000, 100000, 1000000, 10000000, 100000000,
  10000000000, 10000500, 1000500000, 100000000500, 101000000000, 100010000000, 100000000000000, 999999999999999,
  100000000000001, 1000000000000, 10000000000001,
];

describeWithLibreOffice("the words formula in LibreOffice", () => {
  test("writes what amountToWords writes", async () => {
    const random = fc.sample(
      fc.oneof(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: 1, max: 999_999_999_999_999 })),
      { numRuns: 300, seed: 13 },
    );
    // Sparse amounts: a few non-zero digits among zeros, where the 零 rules bite.
    const sparse = fc
      .sample(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 9 })), {
          minLength: 1,
          maxLength: 4,
        }),
        { numRuns: 300, seed: 31 },
      )
      .map((digits) => digits.reduce((fen, [place, digit]) => fen + digit * 10 ** place, 0))
      .filter((fen) => fen <= 999_999_999_999_999);
    const amounts = [...EXAMPLES, ...random, ...sparse];
    const plan = emptyPlan("words");
    plan.blocks.push({
      at: "A1",
      rows: amounts.map((fen, index): PlanCell[] => [
        fenToYuan(fen),
        { formula: fenDigitsFormula(`A${index + 1}`) },
        { formula: amountInWordsFormula(`B${index + 1}`) },
        { formula: amountInWordsFormula(`B${index + 1}`, { prefix: false }) },
      ]),
    });
    const [grid] = await recalculate(await writeWorkbook([plan]));
    amounts.forEach((fen, index) => {
      const words = fen === 0 ? "" : (amountToWords(fen) as { value: string }).value;
      const row = grid!.values[index]!;
      expect([fen, row[2]]).toEqual([fen, words]);
      expect([fen, row[3]]).toEqual([fen, words.replace(/^人民币/, "")]);
    });
  });

  test("a generated 费用报销单, filled in and recalculated, passes the review", async () => {
    const form = layoutForm({ type: "expense-claim", unit: "测试有限公司", policy: DEFAULT_POLICY });
    // The claimant's entries, as typed into the template's cells: two items, the claimant, an advance, signatures.
    form.blocks.push(
      { at: "B3", rows: [["张三"]] },
      { at: "A6", rows: [[46082, "交通费", "高铁", "数电发票", "24442000000012345678", 553.5]] },
      { at: "A7", rows: [[46083, "住宿费", "酒店", "增值税普通发票", "044001900111-12345678", 450]] },
      { at: "B14", rows: [[1000]] },
      { at: "B15", rows: [["否"]] },
      { at: "A18", rows: [["王总", "李会计", "赵经理", "张三"]] },
    );
    const grids = await recalculate(await writeWorkbook([form, layoutPolicy(DEFAULT_POLICY)]));
    const review = reviewWorkbook(grids);
    expect(review.forms).toHaveLength(1);
    const { form: read, findings } = review.forms[0]!;
    expect(read.total).toEqual({ value: 100350, cell: "F12" });
    expect(read.words?.value).toBe("人民币壹仟零叁元伍角整");
    expect(read.topUp?.value).toBe(350);
    expect(findings.map((finding) => finding.rule)).toEqual(["reimburse-advance-offset"]);
  });
});
