/**
 * The CASHBOOK custom functions as Excel calls them: arguments arrive as matrices (a single cell is [[value]]),
 * answers go back one per cell, and a problem is a CustomFunctions.Error(#VALUE!) on its own cell.
 */
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
const { rmb, rmbCheck, rmbWhy, chequeDate } =
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
