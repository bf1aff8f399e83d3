/**
 * The CASHBOOK custom functions as Excel calls them: arguments arrive as matrices (a single cell is [[value]]),
 * answers go back one per cell, and a problem is a CustomFunctions.Error(#VALUE!) on its own cell.
 */
import fc from "fast-check";
import { parseMoney } from "../../src/core/money";

class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

Object.assign(globalThis, {
  CustomFunctions: { Error: FakeCustomFunctionsError, ErrorCode: { invalidValue: "#VALUE!" } },
  Office: { context: { displayLanguage: "zh-CN" } },
});

// Imported after the globals exist, as in Excel's runtime.
const { rmb, rmbCheck, rmbWhy, chequeDate, balance, checkBalance, cashDiff, invoiceNo, reconcile, voucherCheck } =
  require("../../src/functions/functions") as typeof import("../../src/functions/functions");

function setLanguage(language: string): void {
  (globalThis as unknown as { Office: { context: { displayLanguage: string } } }).Office.context.displayLanguage =
    language;
}

afterEach(() => setLanguage("zh-CN"));

describe("CASHBOOK.RMB", () => {
  test("a single cell", () => {
    expect(rmb([[1409.5]])).toEqual([["人民币壹仟肆佰零玖元伍角整"]]);
    expect(rmb([[1409.5]], false)).toEqual([["壹仟肆佰零玖元伍角整"]]);
  });

  test("a range spills one answer per cell; blank answers blank; a bad cell is #VALUE! with a message", () => {
    const answer = rmb([[6007.14], [""], ["abc"], [-1]]);
    expect(answer.slice(0, 2)).toEqual([["人民币陆仟零柒元壹角肆分"], [""]]);
    const bad = answer[2]![0] as FakeCustomFunctionsError;
    const negative = answer[3]![0] as FakeCustomFunctionsError;
    expect(bad).toBeInstanceOf(FakeCustomFunctionsError);
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toContain("abc");
    expect(negative).toBeInstanceOf(FakeCustomFunctionsError);
  });

  test("the message follows Office's display language", () => {
    const zh = (rmb([["abc"]])[0]![0] as FakeCustomFunctionsError).message;
    setLanguage("en-US");
    const en = (rmb([["abc"]])[0]![0] as FakeCustomFunctionsError).message;
    expect(zh).not.toEqual(en);
    expect(en).toMatch(/[A-Za-z]{3,}/);
  });
});

describe("CASHBOOK.RMBCHECK and RMBWHY", () => {
  test("legal variants agree, others do not, and WHY says why", () => {
    expect(
      rmbCheck(
        [[1680.32], [1680.32], [325.04]],
        [["人民币壹仟陆佰捌拾元零叁角贰分"], ["人民币壹仟陆佰捌拾元叁角贰分"], ["人民币叁佰贰拾伍元肆分"]],
      ),
    ).toEqual([[true], [true], [false]]);
    const why = rmbWhy([[1680.32], [325.04]], [["人民币壹仟陆佰捌拾元叁角贰分"], ["人民币叁佰贰拾伍元肆分"]]);
    expect(why[0]).toEqual([""]);
    expect(why[1]![0]).toContain("零");
  });

  test("a single cell pairs with every cell of a range", () => {
    expect(rmbCheck([[100]], [["壹佰元整"], ["壹佰元"], ["人民币壹佰元正"]])).toEqual([[true], [false], [true]]);
  });

  test("ranges of different shapes are one #VALUE! for the call", () => {
    expect(() => rmbCheck([[1], [2]], [["壹元整"], ["贰元整"], ["叁元整"]])).toThrow(FakeCustomFunctionsError);
  });

  test("words without an amount are a problem on that cell", () => {
    expect(rmbCheck([[""]], [["壹元整"]])[0]![0]).toBeInstanceOf(FakeCustomFunctionsError);
  });
});

describe("CASHBOOK.CHEQUEDATE", () => {
  test("an Excel date serial, a date text, and a blank", () => {
    // 2026-10-20 is serial 46315 in Excel's 1900 date system.
    expect(chequeDate([[46315], ["2026-01-15"], [""]])).toEqual([
      ["贰零贰陆年零壹拾月零贰拾日"],
      ["贰零贰陆年零壹月壹拾伍日"],
      [""],
    ]);
  });

  test("an impossible date is #VALUE!", () => {
    expect(chequeDate([["2026-02-30"]])[0]![0]).toBeInstanceOf(FakeCustomFunctionsError);
  });
});

/** The #VALUE! a whole call throws, for its message. */
function thrown(call: () => unknown): FakeCustomFunctionsError {
  try {
    call();
  } catch (error) {
    if (error instanceof FakeCustomFunctionsError) return error;
    throw error;
  }
  throw new Error("the call did not fail");
}

describe("CASHBOOK.BALANCE", () => {
  test("spills the running balance, exact to the 分, blanks counting as 0", () => {
    expect(balance(1000, [[0.1], [""], ["¥1,234.50"], [null]], [[0.2], [19.99], [""], [0.01]])).toEqual([
      [999.9],
      [979.91],
      [2214.41],
      [2214.4],
    ]);
    expect(balance(null, [[1]], [[0]])).toEqual([[1]]);
  });

  test("a row of receipts gives a row of balances", () => {
    expect(balance("100", [[1, 2, 3]], [[0, 0, 1]])).toEqual([[101, 103, 105]]);
  });

  test("from an unreadable amount on, each balance is #VALUE! naming its position", () => {
    const answer = balance(0, [[1], ["abc"], [3]], [[0], [0], [0]]);
    expect(answer[0]).toEqual([1]);
    for (const [cell] of answer.slice(1)) {
      expect(cell).toBeInstanceOf(FakeCustomFunctionsError);
      expect((cell as FakeCustomFunctionsError).message).toBe("收入第 2 个单元格“abc”不是可用的金额");
    }
    const payment = balance(0, [[1], [2]], [[0], [true]])[1]![0] as FakeCustomFunctionsError;
    expect(payment.message).toContain("支出第 2 个");
    // An argument can be any object, such as an entity value; one String() cannot convert still gets its message.
    const entity = balance(0, [[{ type: "Entity", toString: undefined }]], [[0]])[0]![0] as FakeCustomFunctionsError;
    expect(entity.message).toBe('收入第 1 个单元格“{"type":"Entity"}”不是可用的金额');
  });

  test("an unreadable opening balance, or receipts and payments of different lengths, fail the call", () => {
    expect(thrown(() => balance("abc", [[1]], [[1]])).message).toContain("abc");
    expect(thrown(() => balance(0, [[1], [2]], [[1]])).message).toBe("收入有 2 个单元格，支出有 1 个，两者应一样多");
  });

  test("a balance beyond what 分 can hold exactly stops the column", () => {
    const huge = "9,999,999,999,999.99";
    const answer = balance(huge, [[huge], [1]], [[0], [0]]);
    expect(answer[0]![0]).toBeInstanceOf(FakeCustomFunctionsError);
    expect((answer[1]![0] as FakeCustomFunctionsError).message).toContain("第 1 行");
  });

  test("messy cells give #VALUE! from their line on, and every other balance is the integer-分 one", () => {
    const cell = fc.oneof(
      fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((fen) => fen / 100),
      fc.constantFrom("", null, "abc", true, "１２．３４", "(1.00)", "1.2万", "-", "1,23.4"),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 30 }), (lines) => {
        const answer = balance(
          0,
          lines.map(([receipt]) => [receipt]),
          lines.map(([, payment]) => [payment]),
        );
        // The same balances in plain integer 分; from the first unreadable amount on, errors.
        let fen = 0;
        let failed = false;
        lines.forEach((line, index) => {
          const [receipt, payment] = line.map((cell) => parseMoney(cell));
          failed ||= !receipt!.ok || !payment!.ok;
          const got = answer[index]![0];
          if (failed || !receipt!.ok || !payment!.ok) return expect(got).toBeInstanceOf(FakeCustomFunctionsError);
          fen += (receipt!.value ?? 0) - (payment!.value ?? 0);
          expect(got).toBe(fen / 100);
        });
      }),
    );
  });
});

describe("CASHBOOK.CHECKBALANCE", () => {
  const receipts = [[100], [""], [50.5]];
  const payments = [[""], [30], [""]];

  test("0 when every balance agrees, else the position of the first that does not", () => {
    expect(checkBalance(1000, receipts, payments, [[1100], [1070], [1120.5]])).toBe(0);
    expect(checkBalance(1000, receipts, payments, [[1100], [1070.01], [1120.51]])).toBe(2);
    expect(checkBalance(1000, receipts, payments, [[1100], [1070], [""]])).toBe(3);
  });

  test("an unreadable cell before any disagreement, or a balance column of another length, fail the call", () => {
    expect(thrown(() => checkBalance(1000, receipts, payments, [[1100], ["x"], [0]])).message).toBe(
      "余额第 2 个单元格“x”不是可用的金额",
    );
    expect(thrown(() => checkBalance(1000, receipts, payments, [[1100]])).message).toContain("余额有 1 个单元格");
    expect(checkBalance(1000, receipts, payments, [[1], ["x"], [0]])).toBe(1);
  });
});

describe("CASHBOOK.CASHDIFF", () => {
  test("实盘 − 账存 over the 11 denominations, in a column or a row; blanks count as 0", () => {
    const counts = [[3], [1], [""], [0], [0], [0], [2], [3], [0], [1], [null]];
    expect(cashDiff(counts, 350)).toBe(1.32);
    expect(cashDiff([counts.map(([c]) => c)], "351.32")).toBe(0);
    expect(cashDiff(counts, "")).toBe(351.32);
  });

  test("a count that is not a count, a range of the wrong size and an unreadable balance are #VALUE!", () => {
    const counts = [[1], [0], [0], [0], [0], [0], [-2], [0], [0], [0], [0]];
    expect(thrown(() => cashDiff(counts, 0)).message).toBe(
      "第 7 种面额（5 角）的张（枚）数“-2”应是 0 到 1,000,000,000 之间的整数",
    );
    expect(thrown(() => cashDiff([[1], [2]], 0)).message).toContain("应有 11 个单元格");
    expect(thrown(() => cashDiff([[0], [0], [0], [0], [0], [0], [0], [0], [0], [0], [0]], "abc")).message).toContain(
      "abc",
    );
  });

  test("the message follows Office's display language", () => {
    setLanguage("en-US");
    expect(thrown(() => cashDiff([[1]], 0)).message).toContain("11 cells");
  });
});

describe("CASHBOOK.INVOICENO", () => {
  test("数电发票 and paper invoices come back as their digits; blank answers blank", () => {
    expect(
      invoiceNo([
        ["24442000000012345678"],
        [" No.２４４４２０００００００１２３４５６７８ "],
        ["044001900111-12345678"],
        ["4400190011 12345678"],
        [""],
      ]),
    ).toEqual([
      ["24442000000012345678"],
      ["24442000000012345678"],
      ["04400190011112345678"],
      ["440019001112345678"],
      [""],
    ]);
  });

  test("a malformed number is #VALUE! with the reason", () => {
    const [short, alone, letters, lost] = (
      invoiceNo([["1234567890"], ["12345678"], ["2444200000001234567X"], [2.4442e19]]) as FakeCustomFunctionsError[][]
    ).map(([error]) => error);
    expect(short!.message).toContain("有 10 位数字");
    expect(alone!.message).toContain("还应有 10 位或 12 位发票代码");
    expect(letters!.message).toContain("“X”");
    expect(lost!.message).toContain("15 位有效数字");
  });
});

describe("CASHBOOK.RECONCILE", () => {
  test("the adjusted book balance minus the adjusted statement balance; ranges are added up, blanks count as 0", () => {
    // 日记账 140,200.00 + 12.34 − 0 = 140,212.34; 对账单 144,712.34 + 0 − 4,500.00 = 140,212.34.
    expect(reconcile(140200, [[12.34]], [[""]], "144,712.34", [[null]], [[4000], [500]])).toBe(0);
    expect(reconcile(140200.01, [[12.34]], [[]], 144712.34, [[]], [[4500]])).toBe(0.01);
    expect(reconcile(0, [[0.1], [0.2]], [[]], 0.3, [[]], [[]])).toBe(0);
  });

  test("an unreadable amount is #VALUE! naming the argument and the cell's position, in the user's language only", () => {
    expect(thrown(() => reconcile(1, [[1], ["1,00"]], [[]], 1, [[]], [[]])).message).toBe(
      "银行已收企业未收第 2 个单元格“1,00”不是可用的金额",
    );
    expect(thrown(() => reconcile("abc", [[]], [[]], 1, [[]], [[]])).message).toBe("日记账余额“abc”不是可用的金额");
    setLanguage("en-US");
    expect(thrown(() => reconcile(1, [[]], [[]], 1, [[]], [[1], ["1,00"]])).message).toBe(
      "Cell 2 of bookPaid, “1,00”, is not an amount that can be used",
    );
    expect(thrown(() => reconcile(1, [[]], [[]], "abc", [[]], [[]])).message).toBe(
      "statementBalance, “abc”, is not an amount that can be used",
    );
  });
});

describe("CASHBOOK.VOUCHERCHECK", () => {
  test("借方 − 贷方 over ranges of any shape, exact to the 分; blanks and ruled-through cells count 0", () => {
    expect(voucherCheck([[0.1], [0.2], [""]], [[0.3]])).toBe(0);
    expect(voucherCheck([[500, "1,300.00"]], [["━━━━━━"], [1000], [null], ["￥800"]])).toBe(0);
    expect(voucherCheck([[320.5]], [[302.5]])).toBe(18);
    expect(voucherCheck([[""]], [[18]])).toBe(-18);
  });

  test("a cell that is not an amount is #VALUE! naming it", () => {
    expect(thrown(() => voucherCheck([[1], ["五百"]], [[1]])).message).toBe("借方第 2 个单元格“五百”不是可用的金额");
    setLanguage("en-US");
    expect(thrown(() => voucherCheck([[1]], [[true]])).message).toBe(
      "Credit 1, “true”, is not an amount that can be used",
    );
  });
});
