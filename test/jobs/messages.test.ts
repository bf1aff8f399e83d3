import { localeFromDisplayLanguage, type Locale, type MessageId } from "../../src/core/messages";
import { catalogsByOwner, formatMessage, messages as catalogs } from "../../src/jobs";
import { chequeDateWords, parseDateCell } from "../../src/core/dates";
import { parseMoney } from "../../src/core/money";
import type { Problem } from "../../src/core/result";
import { amountToWords, checkWords } from "../../src/core/words";

const LOCALES: Locale[] = ["zh-CN", "en-US"];
// `{name}`, and `{name:# one|# many}` plurals.
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((match) => match[1]).sort();
const zhIds = Object.keys(catalogs["zh-CN"]).sort();

describe("catalogs", () => {
  test("no two catalogs (the core's, each job's) use the same id", () => {
    const ids = catalogsByOwner.flatMap((catalog) => Object.keys(catalog["zh-CN"]));
    expect(ids.length).toBeGreaterThan(40);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("zh-CN and en-US have exactly the same ids", () => {
    expect(Object.keys(catalogs["en-US"]).sort()).toEqual(zhIds);
  });

  test.each(zhIds)("%s has the same placeholders in both languages and non-empty text", (id) => {
    const zh = catalogs["zh-CN"][id as MessageId];
    const en = catalogs["en-US"][id as MessageId];
    expect(zh.trim()).not.toBe("");
    expect(en.trim()).not.toBe("");
    expect(placeholders(en)).toEqual(placeholders(zh));
  });

  test("ids are kebab-case", () => {
    for (const id of zhIds) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)+$/);
  });

  test("the core's ids are all there", () => {
    expect(zhIds).toEqual(
      expect.arrayContaining([
        "money-unreadable",
        "money-misplaced-separator",
        "money-out-of-range",
        "money-wrong-type",
        "words-empty",
        "words-negative",
        "words-out-of-range",
        "words-fen-not-integer",
        "words-illegal-char",
        "words-unexpected-char",
        "words-unreadable",
        "words-unfinished",
        "words-missing-yuan",
        "words-amount-mismatch",
        "words-missing-zheng",
        "words-zheng-after-fen",
        "words-missing-ling",
        "words-extra-ling",
        "words-double-ling",
        "words-ling-before-unit",
        "words-missing-yi-before-shi",
        "words-gap",
        "date-empty",
        "date-unreadable",
        "date-invalid",
        "date-out-of-range",
        "date-wrong-type",
      ]),
    );
  });
});

describe("formatMessage", () => {
  test("fills placeholders in both languages", () => {
    const params = { words: "1,000.00", figures: "1,001.00" };
    expect(formatMessage("zh-CN", "words-amount-mismatch", params)).toBe(
      "大小写金额不符：大写是 1,000.00，小写是 1,001.00",
    );
    expect(formatMessage("en-US", "words-amount-mismatch", params)).toBe(
      "The amount in words (1,000.00) differs from the amount in figures (1,001.00)",
    );
    expect(formatMessage("zh-CN", "date-invalid", { year: 2026, month: 2, day: 30 })).toBe("日期不存在：2026年2月30日");
  });

  test("Office display languages map to a catalog", () => {
    expect(localeFromDisplayLanguage("zh-TW")).toBe("zh-CN");
    expect(localeFromDisplayLanguage("fr-FR")).toBe("en-US");
    expect(localeFromDisplayLanguage(undefined)).toBe("en-US");
  });

  /** Problems the core really produces: each must fill every placeholder of its message, in both languages. */
  const produced: Problem[] = [
    ...[parseMoney("abc"), parseMoney("1,23"), parseMoney("1e20"), parseMoney(1e20), parseMoney(true)],
    parseMoney("12.345", { wholeFen: true }),
    ...[amountToWords(-1), amountToWords(1e16), amountToWords(0.5)],
    ...[parseDateCell(""), parseDateCell("x"), parseDateCell("2026-02-30"), parseDateCell(0), parseDateCell(true)],
    chequeDateWords({ year: 1800, month: 1, day: 1 }),
  ].flatMap((result) => (result.ok ? [] : [result.problem]));
  produced.push(
    ...checkWords(100, "人民币一元整"),
    ...checkWords(100, "人民币壹元整。"),
    ...checkWords(100, "人民币伍角壹元"),
    ...checkWords(100, "人民币"),
    ...checkWords(100, "壹佰伍"),
    ...checkWords(100, ""),
    ...checkWords(100005, "人民币 拾元伍分整"),
    ...checkWords(100, "人民币零壹元"),
    ...checkWords(10500, "人民币壹佰零零伍元整"),
    ...checkWords(10005, "人民币壹佰元零角伍分"),
    ...checkWords(100, "人民币壹拾万亿元整"),
  );

  test("the sample covers every id of the core (money, words, dates)", () => {
    const coreIds = zhIds.filter((id) => /^(?:money|words|date)-/.test(id));
    expect([...new Set(produced.map((item) => item.id))].sort()).toEqual(coreIds);
  });

  test.each(LOCALES)("every produced problem reads fully in %s", (locale) => {
    for (const item of produced) {
      const text = formatMessage(locale, item.id, item.params);
      expect(text).not.toMatch(/\{\w+\}/);
      expect(Object.keys(item.params).sort()).toEqual(placeholders(catalogs[locale][item.id]));
    }
  });
});
