import fc from "fast-check";
import { MAX_FEN } from "../../src/core/money";
import type { Problem } from "../../src/core/result";
import { amountToWords, checkWords, wordsToAmount } from "../../src/core/words";

function words(fen: number, options?: { prefix?: boolean }): string {
  const result = amountToWords(fen, options);
  if (!result.ok) throw new Error(`amountToWords(${fen}) failed: ${result.problem.id}`);
  return result.value;
}

const problem = (id: string, params: Record<string, string | number> = {}): Problem => ({ id, params }) as Problem;

/** DOMAIN §2's official examples: canonical first (the first-listed form, with 整 after 角), then the other legal forms. */
const OFFICIAL_EXAMPLES: [number, string, ...string[]][] = [
  [140950, "人民币壹仟肆佰零玖元伍角整", "人民币壹仟肆佰零玖元伍角"],
  [600714, "人民币陆仟零柒元壹角肆分"],
  [168032, "人民币壹仟陆佰捌拾元零叁角贰分", "人民币壹仟陆佰捌拾元叁角贰分"],
  [10700053, "人民币壹拾万柒仟元零伍角叁分", "人民币壹拾万零柒仟元伍角叁分"],
  [1640902, "人民币壹万陆仟肆佰零玖元零贰分"],
  [32504, "人民币叁佰贰拾伍元零肆分"],
  [1000, "人民币壹拾元整"],
  [15000000, "人民币壹拾伍万元整"],
];

describe("official examples (DOMAIN §2)", () => {
  test.each(OFFICIAL_EXAMPLES)("%p is written %p", (fen, canonical) => {
    expect(amountToWords(fen)).toEqual({ ok: true, value: canonical });
  });

  test.each(OFFICIAL_EXAMPLES.flatMap(([fen, ...forms]) => forms.map((form) => [fen, form] as const)))(
    "%p: %p is accepted",
    (fen, form) => {
      expect(wordsToAmount(form)).toEqual({ ok: true, value: fen });
      expect(checkWords(fen, form)).toEqual([]);
    },
  );

  test("107,000.53 takes or omits each optional 零 independently", () => {
    for (const form of ["人民币壹拾万零柒仟元零伍角叁分", "人民币壹拾万柒仟元伍角叁分"]) {
      expect(checkWords(10700053, form)).toEqual([]);
    }
  });
});

describe("amountToWords", () => {
  test.each([
    [0, "人民币零元整"],
    [1, "人民币壹分"],
    [5, "人民币伍分"],
    [50, "人民币伍角整"],
    [55, "人民币伍角伍分"],
    [100, "人民币壹元整"],
    [105, "人民币壹元零伍分"],
    [150, "人民币壹元伍角整"],
    [1100, "人民币壹拾壹元整"],
    [1500, "人民币壹拾伍元整"],
    [10000, "人民币壹佰元整"],
    [11000, "人民币壹佰壹拾元整"],
    [10100, "人民币壹佰零壹元整"],
    [100005, "人民币壹仟元零伍分"],
    [100050, "人民币壹仟元零伍角整"],
    [100100, "人民币壹仟零壹元整"],
    [1000000, "人民币壹万元整"],
    [1000100, "人民币壹万零壹元整"],
    [1010000, "人民币壹万零壹佰元整"],
    [10050000, "人民币壹拾万零伍佰元整"],
    [100500000, "人民币壹佰万伍仟元整"],
    [100050000, "人民币壹佰万零伍佰元整"],
    [1005000000, "人民币壹仟零伍万元整"],
    [100000050, "人民币壹佰万元零伍角整"],
    [100000005, "人民币壹佰万元零伍分"],
    [10000000000, "人民币壹亿元整"],
    [10000500000, "人民币壹亿零伍仟元整"],
    [10005000000, "人民币壹亿零伍万元整"],
    [10050000000, "人民币壹亿零伍拾万元整"],
    [15000000000, "人民币壹亿伍仟万元整"],
    [20010000000, "人民币贰亿零壹拾万元整"],
    [100000000000, "人民币壹拾亿元整"],
    [105000000000, "人民币壹拾亿伍仟万元整"],
    [1500000000000, "人民币壹佰伍拾亿元整"],
    [10000500000000, "人民币壹仟亿零伍佰万元整"],
    [100000000000000, "人民币壹万亿元整"],
    [100010000000000, "人民币壹万零壹亿元整"],
    [100005000000000, "人民币壹万亿伍仟万元整"],
    [150000000000000, "人民币壹万伍仟亿元整"],
    [999999999999999, "人民币玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"],
  ])("%p → %p", (fen, expected) => {
    expect(amountToWords(fen)).toEqual({ ok: true, value: expected });
    expect(wordsToAmount(expected)).toEqual({ ok: true, value: fen });
  });

  test("without the prefix", () => {
    expect(amountToWords(140950, { prefix: false })).toEqual({ ok: true, value: "壹仟肆佰零玖元伍角整" });
    expect(amountToWords(140950, { prefix: true })).toEqual({ ok: true, value: "人民币壹仟肆佰零玖元伍角整" });
    expect(amountToWords(0, { prefix: false })).toEqual({ ok: true, value: "零元整" });
  });

  test.each([
    [-1, problem("words-negative", { figures: "-0.01" })],
    [-123450, problem("words-negative", { figures: "-1,234.50" })],
    [MAX_FEN + 1, problem("words-out-of-range", { max: "9,999,999,999,999.99" })],
    [-1e20, problem("words-out-of-range", { max: "9,999,999,999,999.99" })],
    [1.5, problem("words-fen-not-integer", { value: "1.5" })],
    [NaN, problem("words-fen-not-integer", { value: "NaN" })],
    [Infinity, problem("words-fen-not-integer", { value: "Infinity" })],
  ])("%p cannot be written", (fen, reason) => {
    expect(amountToWords(fen)).toEqual({ ok: false, problem: reason });
    expect(checkWords(fen, "人民币壹元整")).toEqual([reason]);
  });
});

describe("wordsToAmount accepts every legal form", () => {
  test.each([
    ["壹仟肆佰零玖元伍角整", 140950],
    ["人民币壹仟肆佰零玖元伍角正", 140950],
    ["人民币壹仟元正", 100000],
    ["  人民币壹仟元整  ", 100000],
    ["人民幣壹仟肆佰零玖圓伍角整", 140950],
    ["人民币壹仟肆佰零玖圆伍角整", 140950],
    ["人民币貳拾參元整", 2300],
    ["人民币贰拾叄元整", 2300],
    ["人民币陸萬元整", 6000000],
    ["人民币壹億元整", 10000000000],
    ["人民币零元整", 0],
    ["零元整", 0],
    ["人民币零元伍角", 50],
    ["人民币零元伍角整", 50],
    ["人民币零元零伍角", 50],
    ["人民币零元伍分", 5],
    ["人民币零元零伍分", 5],
    ["人民币伍角", 50],
    ["人民币壹万亿元整", 100000000000000],
    ["人民币壹万亿零伍仟万元整", 100005000000000],
    ["人民币壹拾亿零伍仟万元整", 105000000000],
    ["人民币壹佰万零伍仟元整", 100500000],
    ["人民币壹佰万伍仟元整", 100500000],
  ])("%p → %p", (text, fen) => {
    expect(wordsToAmount(text)).toEqual({ ok: true, value: fen });
    expect(checkWords(fen, text)).toEqual([]);
  });
});

describe("checkWords names what is wrong", () => {
  test.each<[string, number, string, Problem[]]>([
    ["a 零 left out", 140950, "人民币壹仟肆佰玖元伍角", [problem("words-missing-ling", { after: "人民币壹仟肆佰" })]],
    ["元零X分 without 零", 100005, "人民币壹仟元伍分", [problem("words-missing-ling", { after: "人民币壹仟元" })]],
    [
      "a 零 left out across 万",
      10050000,
      "人民币壹拾万伍佰元整",
      [problem("words-missing-ling", { after: "人民币壹拾万" })],
    ],
    [
      "a 零 left out after an empty 万",
      10000500000,
      "人民币壹亿伍仟元整",
      [problem("words-missing-ling", { after: "人民币壹亿" })],
    ],
    ["拾 without 壹", 1500, "人民币拾伍元整", [problem("words-missing-yi-before-shi", { at: "拾伍元整" })]],
    ["拾万 without 壹", 15000000, "人民币拾伍万元整", [problem("words-missing-yi-before-shi", { at: "拾伍万元整" })]],
    ["拾 without 壹 inside", 11000, "人民币壹佰拾元整", [problem("words-missing-yi-before-shi", { at: "拾元整" })]],
    ["no 整 after 元", 100000, "人民币壹仟元", [problem("words-missing-zheng")]],
    ["no 整 after 零元", 0, "人民币零元", [problem("words-missing-zheng")]],
    ["整 after 分", 100005, "人民币壹仟元零伍分整", [problem("words-zheng-after-fen")]],
    ["正 after 分", 55, "人民币伍角伍分正", [problem("words-zheng-after-fen")]],
    ["two 零 for one run", 10500, "人民币壹佰零零伍元整", [problem("words-double-ling", { at: "零零伍元整" })]],
    ["零 between neighbours", 15000, "人民币壹佰零伍拾元整", [problem("words-extra-ling", { at: "零伍拾元整" })]],
    ["零 before 角 after a non-zero 元", 150, "人民币壹元零伍角整", [problem("words-extra-ling", { at: "零伍角整" })]],
    ["a leading 零", 10000, "人民币零壹佰元整", [problem("words-extra-ling", { at: "零壹佰元整" })]],
    ["a leading 零 under 1 元", 50, "人民币零伍角整", [problem("words-extra-ling", { at: "零伍角整" })]],
    ["a trailing 零", 10000, "人民币壹佰元零整", [problem("words-extra-ling", { at: "零整" })]],
    ["two 零 after 零元", 5, "人民币零元零零伍分", [problem("words-double-ling", { at: "零零伍分" })]],
    ["零角", 10005, "人民币壹佰元零角伍分", [problem("words-ling-before-unit", { at: "零角伍分", unit: "角" })]],
    [
      "零拾",
      10005 * 100,
      "人民币壹万零拾伍元整",
      [problem("words-ling-before-unit", { at: "零拾伍元整", unit: "拾" })],
    ],
    [
      "零万",
      10050000,
      "人民币壹拾零万伍佰元整",
      [problem("words-ling-before-unit", { at: "零万伍佰元整", unit: "万" })],
    ],
    ["零元 after digits", 1000, "人民币壹拾零元整", [problem("words-ling-before-unit", { at: "零元整", unit: "元" })]],
    ["a gap after 人民币", 100000, "人民币 壹仟元整", [problem("words-gap", { after: "人民币" })]],
    ["a full-width gap", 100000, "人民币\u3000壹仟元整", [problem("words-gap", { after: "人民币" })]],
    ["a gap inside", 100000, "人民币壹仟 \t元整", [problem("words-gap", { after: "人民币壹仟" })]],
    [
      "lower-case digits",
      100000,
      "人民币一千元整",
      [
        problem("words-illegal-char", { char: "一", suggestion: "壹" }),
        problem("words-illegal-char", { char: "千", suggestion: "仟" }),
      ],
    ],
    ["两", 2000, "人民币两拾元整", [problem("words-illegal-char", { char: "两", suggestion: "贰" })]],
    ["毛", 50, "人民币伍毛", [problem("words-illegal-char", { char: "毛", suggestion: "角" })]],
    ["另", 10500, "人民币壹佰另伍元整", [problem("words-illegal-char", { char: "另", suggestion: "零" })]],
    ["〇", 10500, "人民币壹佰〇伍元整", [problem("words-illegal-char", { char: "〇", suggestion: "零" })]],
    [
      "十 (and so no 壹)",
      1500,
      "人民币十伍元整",
      [
        problem("words-illegal-char", { char: "十", suggestion: "拾" }),
        problem("words-missing-yi-before-shi", { at: "十伍元整" }),
      ],
    ],
    ["念", 2500, "人民币念伍元整", [problem("words-illegal-char", { char: "念", suggestion: "贰拾" })]],
    ["an Arabic digit", 100000, "人民币1仟元整", [problem("words-illegal-char", { char: "1", suggestion: "壹" })]],
    ["a full-width digit", 100000, "人民币１仟元整", [problem("words-illegal-char", { char: "１", suggestion: "壹" })]],
    [
      "each wrong character once",
      11100,
      "人民币一佰一拾一元整",
      [problem("words-illegal-char", { char: "一", suggestion: "壹" })],
    ],
    ["a stray full stop", 100000, "人民币壹仟元整。", [problem("words-unexpected-char", { char: "。" })]],
    [
      "the amount differs",
      100100,
      "人民币壹仟元整",
      [problem("words-amount-mismatch", { words: "1,000.00", figures: "1,001.00" })],
    ],
    [
      "the amount differs, and the form is wrong too",
      140950,
      "人民币壹仟肆佰捌元伍角",
      [
        problem("words-amount-mismatch", { words: "1,408.50", figures: "1,409.50" }),
        problem("words-missing-ling", { after: "人民币壹仟肆佰" }),
      ],
    ],
    [
      "the amount differs and a character is wrong",
      100000,
      "人民币贰千元整",
      [
        problem("words-amount-mismatch", { words: "2,000.00", figures: "1,000.00" }),
        problem("words-illegal-char", { char: "千", suggestion: "仟" }),
      ],
    ],
    ["nothing written", 100, "", [problem("words-empty")]],
    ["only spaces", 100, " \u3000 ", [problem("words-empty")]],
    ["only the prefix", 100, "人民币", [problem("words-unfinished", { text: "人民币" })]],
    [
      "a digit without unit at the end",
      10050,
      "人民币壹佰元伍",
      [problem("words-unfinished", { text: "人民币壹佰元伍" })],
    ],
    ["no 元", 15000, "人民币壹佰伍拾整", [problem("words-missing-yuan")]],
    ["two digits in a row", 15600, "人民币壹佰伍陆元整", [problem("words-unreadable", { at: "陆元整" })]],
    ["units out of order", 560000, "人民币伍佰陆仟元整", [problem("words-unreadable", { at: "陆仟元整" })]],
    ["整 in the middle", 10050, "人民币壹佰元整伍角", [problem("words-unreadable", { at: "伍角" })]],
    ["a digit before 整", 10050, "人民币壹佰元伍整", [problem("words-unreadable", { at: "伍整" })]],
    ["角 before 元", 10050, "人民币伍角壹佰元", [problem("words-unreadable", { at: "角壹佰元" })]],
    ["分 before 角", 55, "人民币伍分伍角", [problem("words-unreadable", { at: "伍角" })]],
    ["two 元", 10000, "人民币壹佰元元整", [problem("words-unreadable", { at: "元整" })]],
    ["人民币 twice", 10000, "人民币人民币壹佰元整", [problem("words-unreadable", { at: "人民币壹佰元整" })]],
    ["人民币 after the amount", 10000, "壹佰元整人民币", [problem("words-unreadable", { at: "人民币" })]],
    ["万 twice", 10000, "人民币壹万贰万元整", [problem("words-unreadable", { at: "万元整" })]],
    ["an empty section", 10000, "人民币壹亿万元整", [problem("words-unreadable", { at: "万元整" })]],
    ["佰 without a digit", 10000, "人民币佰元整", [problem("words-unreadable", { at: "佰元整" })]],
    ["only 整", 10000, "整", [problem("words-unreadable", { at: "整" })]],
    ["beyond 万亿", 10000, "人民币壹拾万亿元整", [problem("words-out-of-range", { max: "9,999,999,999,999.99" })]],
    ["words for a negative amount", -100, "人民币壹元整", [problem("words-negative", { figures: "-1.00" })]],
  ])("%s: %p for %p", (_why, fen, text, expected) => {
    expect(checkWords(fen, text)).toEqual(expected);
    const first = expected[0];
    if (first && first.id !== "words-amount-mismatch" && first.id !== "words-negative") {
      expect(wordsToAmount(text)).toEqual({ ok: false, problem: first });
    }
  });

  test("zero in words is fine here; whether a document may carry zero is another rule", () => {
    expect(checkWords(0, "人民币零元整")).toEqual([]);
  });
});

// ---- Properties ---------------------------------------------------------------------------------------------------

const CAPITALS = "壹贰叁肆伍陆柒捌玖";

/** Four digits of one section (亿, 万 or 元), shaped to put zeros at and around the section's unit. */
const section = fc.constantFrom("0000", "1000", "0100", "0010", "0001", "1010", "0101", "1001", "9999", "5030", "0300");

/** Amounts in 分, with zero digits frequent, so that every 零 rule is exercised. */
const amount = fc.oneof(
  fc.integer({ min: 0, max: MAX_FEN }),
  fc.integer({ min: 0, max: 100_000_000 }),
  fc
    .tuple(fc.constantFrom("0", "1", "9"), section, section, section, fc.constantFrom("00", "05", "50", "55"))
    .map((parts) => Number(parts.join(""))),
  fc
    .array(
      fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 1, max: 9 }), weight: 1 }),
      {
        minLength: 1,
        maxLength: 15,
      },
    )
    .map((digits) => Number(digits.join(""))),
);

/**
 * Every other legal way to write an amount, derived from DOMAIN §2 by editing the canonical words, independently
 * of the code under test: an optional 零 after 万 or 亿 whose own digit is 0 (the unit before it is 拾佰仟 or 万)
 * when the next digit is not; dropping 零 in 元零X角; dropping 整 after 角; 正 for 整; no prefix; traditional forms;
 * 零元 (and 零元零) before an amount under 1 元.
 */
const legalVariant = fc
  .record({
    fen: amount,
    lingAfterWan: fc.boolean(),
    lingAfterYi: fc.boolean(),
    noLingAfterYuan: fc.boolean(),
    noZhengAfterJiao: fc.boolean(),
    zhengAsZheng: fc.boolean(),
    noPrefix: fc.boolean(),
    traditional: fc.boolean(),
    zeroYuan: fc.constantFrom("", "零元", "零元零"),
  })
  .map((choice) => {
    let text = words(choice.fen);
    if (choice.lingAfterWan) text = text.replace(/([拾佰仟])万(?=[壹贰叁肆伍陆柒捌玖]仟)/, "$1万零");
    if (choice.lingAfterYi) text = text.replace(/([拾佰仟万])亿(?=[壹贰叁肆伍陆柒捌玖]仟)/, "$1亿零");
    if (choice.noLingAfterYuan) text = text.replace(/元零(?=[壹贰叁肆伍陆柒捌玖]角)/, "元");
    if (choice.noZhengAfterJiao) text = text.replace(/角整$/, "角");
    if (choice.zhengAsZheng) text = text.replace(/整$/, "正");
    if (choice.zeroYuan && choice.fen > 0 && choice.fen < 100) {
      // 零元零 only before an amount whose words start with the digit (no 零 written there already).
      text = text.replace(/^人民币/, `人民币${choice.zeroYuan}`);
    }
    if (choice.noPrefix) text = text.replace(/^人民币/, "");
    if (choice.traditional) {
      const forms: Record<string, string> = { 贰: "貳", 叁: "參", 陆: "陸", 万: "萬", 亿: "億", 元: "圓", 币: "幣" };
      text = text.replace(/[贰叁陆万亿元币]/g, (char) => forms[char] ?? char);
    }
    return { fen: choice.fen, text };
  });

describe("properties", () => {
  test("words round-trip and check clean", () => {
    fc.assert(
      fc.property(amount, fc.boolean(), (fen, prefix) => {
        const text = words(fen, { prefix });
        expect(wordsToAmount(text)).toEqual({ ok: true, value: fen });
        expect(checkWords(fen, text)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  test("every legal variant is accepted", () => {
    fc.assert(
      fc.property(legalVariant, ({ fen, text }) => {
        expect(checkWords(fen, text)).toEqual([]);
        expect(wordsToAmount(text)).toEqual({ ok: true, value: fen });
      }),
      { numRuns: 3000 },
    );
  });

  test("a changed digit is an amount mismatch", () => {
    fc.assert(
      fc.property(
        amount.filter((fen) => fen > 0),
        fc.nat(),
        fc.integer({ min: 1, max: 8 }),
        (fen, pick, shift) => {
          const text = words(fen);
          const positions = [...text].flatMap((char, index) => (CAPITALS.includes(char) ? [index] : []));
          const position = positions[pick % positions.length] as number;
          const digit = CAPITALS.indexOf(text.charAt(position));
          const changed = text.slice(0, position) + CAPITALS.charAt((digit + shift) % 9) + text.slice(position + 1);
          const problems = checkWords(fen, changed);
          expect(problems[0]?.id).toBe("words-amount-mismatch");
          expect(problems).toHaveLength(1);
          const said = wordsToAmount(changed);
          expect(said.ok && said.value !== fen).toBe(true);
        },
      ),
    );
  });

  test("dropping a 零 the amount requires is caught", () => {
    fc.assert(
      fc.property(amount, fc.nat(), (fen, pick) => {
        const text = words(fen);
        // The canonical words write required 零s and the optional one in 元零X角, which may be dropped.
        const required = [...text.matchAll(/零(?![壹贰叁肆伍陆柒捌玖]角)/g)].map((match) => match.index);
        fc.pre(required.length > 0 && fen > 0);
        const position = required[pick % required.length] as number;
        const without = text.slice(0, position) + text.slice(position + 1);
        const problems = checkWords(fen, without);
        expect(problems).toContainEqual(problem("words-missing-ling", { after: text.slice(0, position) }));
        expect(wordsToAmount(without).ok).toBe(false);
      }),
    );
  });

  test("doubling a 零 is caught", () => {
    fc.assert(
      fc.property(amount, fc.nat(), (fen, pick) => {
        const text = words(fen);
        const lings = [...text.matchAll(/零/g)].map((match) => match.index);
        fc.pre(lings.length > 0 && fen > 0);
        const position = lings[pick % lings.length] as number;
        const doubled = text.slice(0, position) + "零" + text.slice(position);
        expect(checkWords(fen, doubled)).toEqual([problem("words-double-ling", { at: doubled.slice(position) })]);
      }),
    );
  });

  test("whatever wordsToAmount accepts, checkWords accepts for that amount, and the reverse", () => {
    const alphabet = [..."零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整正貳萬圓"];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 12 }), fc.boolean(), (body, prefix) => {
        const text = (prefix ? "人民币" : "") + body;
        const read = wordsToAmount(text);
        if (read.ok) {
          expect(checkWords(read.value, text)).toEqual([]);
          expect(amountToWords(read.value).ok).toBe(true);
        } else {
          expect(checkWords(0, text)).not.toEqual([]);
        }
      }),
      { numRuns: 5000 },
    );
  });

  test("never throws on any text", () => {
    const capitals = fc.string({
      unit: fc.constantFrom(..."零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整正人民币貳參陸萬億圓 一十两毛另0１"),
      maxLength: 40,
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), capitals),
        amount,
        (text, fen) => {
          const read = wordsToAmount(text);
          const problems = checkWords(fen, text);
          expect(Array.isArray(problems)).toBe(true);
          if (read.ok) expect(read.value).toBeLessThanOrEqual(MAX_FEN);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
