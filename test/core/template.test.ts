import { fillTemplate } from "../../src/core/template";

describe("fillTemplate", () => {
  test("fills named placeholders and leaves unknown ones as written", () => {
    expect(fillTemplate("{a} and {b}", { a: "甲" })).toBe("甲 and {b}");
  });

  test("an English plural takes the form for one only when the number is 1", () => {
    const template = "{count:# problem|# problems} on “{sheet}”";
    expect(fillTemplate(template, { count: 1, sheet: "S" })).toBe("1 problem on “S”");
    expect(fillTemplate(template, { count: 0, sheet: "S" })).toBe("0 problems on “S”");
    expect(fillTemplate(template, { count: "12", sheet: "S" })).toBe("12 problems on “S”");
    expect(fillTemplate(template, { sheet: "S" })).toBe("{count:# problem|# problems} on “S”");
  });
});
