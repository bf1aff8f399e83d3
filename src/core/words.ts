/**
 * 中文大写金额 (DOMAIN §2): the amount in words on cheques, vouchers and reimbursement sheets. The generator writes
 * one canonical form; the reader accepts every form the settlement rules allow and says precisely what is wrong
 * with any other, because "大小写金额不符" is the commonest reason a bank returns a cheque.
 *
 * A digit's place is its power of ten in 元: 0 is the 元 digit, 4 the 万 digit, 8 the 亿 digit, 12 the 万亿 digit;
 * −1 is 角 and −2 is 分.
 */
import { formatMoney, MAX_FEN } from "./money";
import { fail, ok, type Problem, type Result } from "./result";
import type { MessageId, MessageParams } from "./messages";

export const CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";

const TOP_PLACE = 12;
const LOWEST_PLACE = -2;
const PREFIX = "人民币";

/** Section units are written after the digit at their place whenever their section holds a non-zero digit. */
const SECTIONS = [
  { place: 12, unit: "万", highest: 12 },
  { place: 8, unit: "亿", highest: 12 },
  { place: 4, unit: "万", highest: 7 },
  { place: 0, unit: "元", highest: 12 },
] as const;

function placeUnit(place: number): string {
  if (place < 0) return place === -1 ? "角" : "分";
  return place % 4 === 0 ? "" : "拾佰仟".charAt((place % 4) - 1);
}

type ZeroRule = "none" | "optional" | "required";

/**
 * What may stand between a written digit at place `upper` and the next one at place `lower`: nothing when they
 * are neighbours; otherwise the zeros between them are one 零, which DOMAIN §2 makes optional only where a unit
 * that is written anyway (元, or the 万 / 亿 of a section with digits) already shows the place.
 */
function zeroRule(upper: number, lower: number): ZeroRule {
  if (upper - lower === 1) return "none";
  const lowestZero = lower + 1;
  if (lowestZero === 0 || lowestZero === 8) return "optional";
  if (lowestZero === 4) return upper <= 7 ? "optional" : "required";
  return "required";
}

/** The generator writes the required 零 and, of the optional ones, only 元零X角, as the first-listed official examples do. */
function writesLing(upper: number, lower: number): boolean {
  const rule = zeroRule(upper, lower);
  return rule === "required" || (rule === "optional" && lower === -1);
}

/** Why an amount in 分 cannot be written in words, or null. Zero can: whether zero may stand on a document is another rule. */
function figuresProblem(fen: number): Problem | null {
  if (!Number.isInteger(fen)) return problem("words-fen-not-integer", { value: String(fen) });
  if (Math.abs(fen) > MAX_FEN) return problem("words-out-of-range", { max: formatMoney(MAX_FEN) });
  if (fen < 0) return problem("words-negative", { figures: formatMoney(fen) });
  return null;
}

/**
 * Canonical words for an amount: 1,409.50 → 人民币壹仟肆佰零玖元伍角整. 整 follows 元 and 角, never 分; 人民币 stands
 * right before the amount unless `prefix` is false (for a form that prints it).
 */
export function amountToWords(fen: number, options: { prefix?: boolean } = {}): Result<string> {
  const refusal = figuresProblem(fen);
  if (refusal) return fail(refusal.id, refusal.params);
  const digits = String(fen).padStart(TOP_PLACE - LOWEST_PLACE + 1, "0");
  const digitAt = (place: number) => Number(digits.charAt(TOP_PLACE - place));
  let words = "";
  let previous: number | null = null;
  for (let place = TOP_PLACE; place >= LOWEST_PLACE; place--) {
    const digit = digitAt(place);
    if (digit !== 0) {
      if (previous !== null && writesLing(previous, place)) words += "零";
      words += CAPITAL_DIGITS.charAt(digit) + placeUnit(place);
      previous = place;
    }
    const section = SECTIONS.find((candidate) => candidate.place === place);
    if (section && /[1-9]/.test(digits.slice(TOP_PLACE - section.highest, TOP_PLACE - place + 1))) {
      words += section.unit;
    }
  }
  if (previous === null) words = "零元";
  if (previous === null || previous >= -1) words += "整";
  return ok(((options.prefix ?? true) ? PREFIX : "") + words);
}

/** The amount some words say, if they are a legal way of writing it; otherwise the first reason they are not. */
export function wordsToAmount(text: string): Result<number> {
  const examination = examineWords(text);
  if (!examination.readable) return failWith(examination.problems[0]);
  const [reason] = examination.problems;
  return reason ? failWith(reason) : ok(examination.fen);
}

/**
 * Whether `text` is a legal rendering of exactly `fen` (大小写金额是否相符): no problems when it is, otherwise every
 * reason found, the amount mismatch first.
 */
export function checkWords(fen: number, text: string): Problem[] {
  const refusal = figuresProblem(fen);
  if (refusal) return [refusal];
  const examination = examineWords(text);
  if (!examination.readable || examination.fen === fen) return [...examination.problems];
  const mismatch = problem("words-amount-mismatch", { words: formatMoney(examination.fen), figures: formatMoney(fen) });
  return [mismatch, ...examination.problems];
}

function problem(id: MessageId, params: MessageParams = {}): Problem {
  return { id, params };
}

function failWith(reason: Problem): Result<never> {
  return fail(reason.id, reason.params);
}

// ---- Reading words ----------------------------------------------------------------------------------------------

type TokenKind = "prefix" | "digit" | "place" | "section" | "yuan" | "fraction" | "zheng";

/** One meaningful character (or 人民币); start and end index the trimmed text, so problems can quote it. */
interface Token {
  kind: TokenKind;
  /** The digit for "digit", the place for "place" (1–3), "section" (4, 8) and "fraction" (−1, −2). */
  value: number;
  start: number;
  end: number;
}

const LEGAL_CHARS = new Map<string, Pick<Token, "kind" | "value">>([
  ...[...CAPITAL_DIGITS].map((char, digit) => [char, { kind: "digit", value: digit }] as const),
  ["拾", { kind: "place", value: 1 }],
  ["佰", { kind: "place", value: 2 }],
  ["仟", { kind: "place", value: 3 }],
  ["万", { kind: "section", value: 4 }],
  ["亿", { kind: "section", value: 8 }],
  ["元", { kind: "yuan", value: 0 }],
  ["角", { kind: "fraction", value: -1 }],
  ["分", { kind: "fraction", value: -2 }],
  ["整", { kind: "zheng", value: 0 }],
  ["正", { kind: "zheng", value: 0 }],
]);

/** Traditional forms, and 圆, which the settlement rules allow for 元; the other capital digits have one form only. */
const VARIANTS = new Map([
  ["貳", "贰"],
  ["參", "叁"],
  ["叄", "叁"],
  ["陸", "陆"],
  ["萬", "万"],
  ["億", "亿"],
  ["圓", "元"],
  ["圆", "元"],
]);

const PREFIXES = [PREFIX, "人民幣"];

/** Characters people write by mistake, with what they meant; they are read as that so the check can go on. */
const MISTAKES = new Map([
  ["一", "壹"],
  ["二", "贰"],
  ["两", "贰"],
  ["兩", "贰"],
  ["三", "叁"],
  ["四", "肆"],
  ["五", "伍"],
  ["六", "陆"],
  ["七", "柒"],
  ["八", "捌"],
  ["九", "玖"],
  ["〇", "零"],
  ["○", "零"],
  ["另", "零"],
  ["十", "拾"],
  ["什", "拾"],
  ["百", "佰"],
  ["千", "仟"],
  ["念", "贰拾"],
  ["廿", "贰拾"],
  ["卅", "叁拾"],
  ["毛", "角"],
  ["块", "元"],
  ["塊", "元"],
  ...[...CAPITAL_DIGITS].flatMap((char, digit) => [
    [String(digit), char] as const,
    [String.fromCharCode(0xff10 + digit), char] as const,
  ]),
]);

interface Tokens {
  tokens: Token[];
  charProblems: Problem[];
  gapProblems: Problem[];
}

function tokenize(text: string): Tokens {
  const result: Tokens = { tokens: [], charProblems: [], gapProblems: [] };
  const reported = new Set<string>();
  let index = 0;
  while (index < text.length) {
    const prefix = PREFIXES.find((candidate) => text.startsWith(candidate, index));
    if (prefix) {
      result.tokens.push({ kind: "prefix", value: 0, start: index, end: index + prefix.length });
      index += prefix.length;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(index) ?? 0);
    const end = index + char.length;
    if (/\s/.test(char)) {
      result.gapProblems.push(problem("words-gap", { after: text.slice(0, index) }));
      index = end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0);
      continue;
    }
    const legal = LEGAL_CHARS.get(VARIANTS.get(char) ?? char);
    const suggestion = MISTAKES.get(char);
    if (legal) result.tokens.push({ ...legal, start: index, end });
    else if (!reported.has(char)) {
      reported.add(char);
      result.charProblems.push(
        suggestion ? problem("words-illegal-char", { char, suggestion }) : problem("words-unexpected-char", { char }),
      );
    }
    for (const meant of suggestion ?? "") {
      const token = LEGAL_CHARS.get(meant);
      if (token) result.tokens.push({ ...token, start: index, end });
    }
    index = end;
  }
  return result;
}

/** A written non-zero digit at its place; start indexes the text, for quoting. */
interface WrittenDigit {
  kind: "digit";
  digit: number;
  place: number;
  start: number;
}

/** A written 零. One written with a unit (零角) has been reported already; it still marks the gap it stands in. */
interface WrittenLing {
  kind: "ling";
  start: number;
  withUnit: boolean;
}

type Mark = WrittenDigit | WrittenLing;

interface ParsedWords {
  fen: number;
  marks: Mark[];
  /** 零元 written for an amount under 1 元 (零元伍角), which the rules tolerate. */
  zeroYuan: boolean;
  zheng: boolean;
  /** Mistakes that still let the amount be read: 拾 without 壹, a unit after 零. */
  problems: Problem[];
}

/** Parsing state shared by the integer and fraction readers. */
interface Parse {
  text: string;
  marks: Mark[];
  problems: Problem[];
}

function unreadableAt(parse: Parse, token: Token): Problem {
  return problem("words-unreadable", { at: parse.text.slice(token.start) });
}

/** 零 followed by a unit (零拾, 零万, 零角) is a common slip; its value is still clear, so the unit is skipped. */
function readLing(parse: Parse, ling: Token, next: Token | undefined): void {
  const withUnit = next !== undefined && next.kind !== "digit" && next.kind !== "zheng";
  parse.marks.push({ kind: "ling", start: ling.start, withUnit });
  if (withUnit) {
    const unit = parse.text.slice(next.start, next.end);
    parse.problems.push(problem("words-ling-before-unit", { at: parse.text.slice(ling.start), unit }));
  }
}

function parseTokens(text: string, tokens: readonly Token[]): Result<ParsedWords> {
  const body = tokens[0]?.kind === "prefix" ? tokens.slice(1) : tokens;
  const [first] = body;
  if (!first) return fail("words-unfinished", { text });
  const parse: Parse = { text, marks: [], problems: [] };
  const yuanIndex = body.findIndex((token) => token.kind === "yuan");
  const yuan = body[yuanIndex];
  const integer = body.slice(0, Math.max(yuanIndex, 0));
  const zeroYuan = integer.length === 1 && integer[0]?.kind === "digit" && integer[0].value === 0;
  if (!yuan && body.some((token) => token.kind === "place" || token.kind === "section")) {
    return fail("words-missing-yuan");
  }
  const integerProblem = yuan && !zeroYuan ? readInteger(parse, integer, yuan) : null;
  if (integerProblem) return failWith(integerProblem);
  const fraction = readFraction(parse, body.slice(yuanIndex + 1));
  if (!fraction.ok) return fraction;
  const digits = parse.marks.filter((mark) => mark.kind === "digit");
  if (digits.length === 0 && !zeroYuan) return failWith(unreadableAt(parse, first));
  if (digits.some((mark) => mark.place > TOP_PLACE)) return fail("words-out-of-range", { max: formatMoney(MAX_FEN) });
  const fen = digits.reduce((sum, mark) => sum + mark.digit * 10 ** (mark.place + 2), 0);
  return ok({ fen, marks: parse.marks, zeroYuan, zheng: fraction.value, problems: parse.problems });
}

/**
 * The tokens before 元, split at 万 and 亿 into sections. A 万 before a later 亿 is the 万亿 of 玖万玖仟…亿; the 亿
 * right after it has no digits of its own (壹万亿).
 */
function readInteger(parse: Parse, tokens: readonly Token[], yuan: Token): Problem | null {
  const terminators = tokens.flatMap((token, index) => (token.kind === "section" ? [{ token, index }] : []));
  terminators.push({ token: yuan, index: tokens.length });
  let previousBase = Infinity;
  let segmentStart = 0;
  for (const [order, { token, index }] of terminators.entries()) {
    const yiFollows = terminators
      .slice(order + 1)
      .some((later) => later.token.kind === "section" && later.token.value === 8);
    const base = token.kind === "section" && token.value === 4 && yiFollows ? 12 : token.value;
    const segment = tokens.slice(segmentStart, index);
    const mayBeEmpty = (base === 0 && order > 0) || (base === 8 && previousBase === 12);
    if (base >= previousBase || (segment.length === 0 && !mayBeEmpty)) return unreadableAt(parse, token);
    const sectionProblem = readSection(parse, segment, base, token);
    if (sectionProblem) return sectionProblem;
    previousBase = base;
    segmentStart = index + 1;
  }
  return null;
}

/** Digits with 拾佰仟 in one four-digit section; `base` is the place of the section's unit digit. */
function readSection(parse: Parse, tokens: readonly Token[], base: number, terminator: Token): Problem | null {
  let pending: Token | null = null;
  let lowest = 4;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const next = tokens[index + 1] ?? terminator;
    if (token.kind === "digit") {
      if (pending) return unreadableAt(parse, token);
      if (token.value !== 0) pending = token;
      else {
        readLing(parse, token, next);
        if (next.kind === "place") index++;
      }
    } else if (token.kind === "place") {
      if ((!pending && token.value !== 1) || token.value >= lowest) return unreadableAt(parse, pending ?? token);
      if (!pending) parse.problems.push(problem("words-missing-yi-before-shi", { at: parse.text.slice(token.start) }));
      const written = pending ?? token;
      parse.marks.push({ kind: "digit", digit: pending?.value ?? 1, place: base + token.value, start: written.start });
      lowest = token.value;
      pending = null;
    } else return unreadableAt(parse, token);
  }
  if (pending) parse.marks.push({ kind: "digit", digit: pending.value, place: base, start: pending.start });
  return null;
}

/** 角, 分 and 整 after 元 (or the whole amount when it is under 1 元); tells whether 整 was written. */
function readFraction(parse: Parse, tokens: readonly Token[]): Result<boolean> {
  let pending: Token | null = null;
  let lowest = 0;
  let zheng = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const next = tokens[index + 1];
    if (zheng) return failWith(unreadableAt(parse, token));
    if (token.kind === "digit") {
      if (pending) return failWith(unreadableAt(parse, token));
      if (token.value !== 0) pending = token;
      else {
        readLing(parse, token, next);
        if (next?.kind === "fraction") index++;
      }
    } else if (token.kind === "fraction" && pending && token.value < lowest) {
      parse.marks.push({ kind: "digit", digit: pending.value, place: token.value, start: pending.start });
      lowest = token.value;
      pending = null;
    } else if (token.kind === "zheng" && !pending) zheng = true;
    else return failWith(unreadableAt(parse, pending ?? token));
  }
  if (pending) return fail("words-unfinished", { text: parse.text });
  return ok(zheng);
}

/** Each gap between written digits against zeroRule: missing, extra or repeated 零. */
function lingProblems(text: string, words: ParsedWords): Problem[] {
  const problems: Problem[] = [];
  let upper: number | null = null;
  let gap: WrittenLing[] = [];
  for (const mark of words.marks) {
    if (mark.kind === "ling") {
      gap.push(mark);
      continue;
    }
    // 零元零伍分 and 零元伍分 are both seen for amounts under 1 元; neither can be misread.
    const rule = upper !== null ? zeroRule(upper, mark.place) : words.zeroYuan ? "optional" : "none";
    const gapProblem = judgeGap(text, rule, gap, mark);
    if (gapProblem) problems.push(gapProblem);
    upper = mark.place;
    gap = [];
  }
  // Nothing follows the last digit, so a 零 after it stands for no digit at all.
  const trailingProblem = judgeGap(text, "none", gap, null);
  if (trailingProblem) problems.push(trailingProblem);
  return problems;
}

function judgeGap(
  text: string,
  rule: ZeroRule,
  gap: readonly WrittenLing[],
  next: WrittenDigit | null,
): Problem | null {
  const lings = gap.filter((ling) => !ling.withUnit);
  const [first] = lings;
  if (next && gap.length === 0 && rule === "required") {
    return problem("words-missing-ling", { after: text.slice(0, next.start) });
  }
  if (first && rule === "none") return problem("words-extra-ling", { at: text.slice(first.start) });
  if (first && lings.length > 1) return problem("words-double-ling", { at: text.slice(first.start) });
  return null;
}

function zhengProblems(words: ParsedWords): Problem[] {
  const lowest = words.marks.reduce<number | null>((place, mark) => (mark.kind === "digit" ? mark.place : place), null);
  if (words.zheng && lowest === -2) return [problem("words-zheng-after-fen")];
  if (!words.zheng && (lowest === null || lowest >= 0)) return [problem("words-missing-zheng")];
  return [];
}

type Examination =
  | { readable: true; fen: number; problems: readonly Problem[] }
  | { readable: false; problems: readonly [Problem, ...Problem[]] };

function examineWords(raw: string): Examination {
  const text = raw.trim();
  if (text === "") return { readable: false, problems: [problem("words-empty")] };
  const { tokens, charProblems, gapProblems } = tokenize(text);
  const parsed = parseTokens(text, tokens);
  if (!parsed.ok) {
    // A wrong character usually explains why the rest cannot be read; naming it is the useful part.
    const [firstChar, ...otherChars] = charProblems;
    return { readable: false, problems: firstChar ? [firstChar, ...otherChars] : [parsed.problem] };
  }
  const words = parsed.value;
  const problems = [
    ...charProblems,
    ...words.problems,
    ...lingProblems(text, words),
    ...zhengProblems(words),
    ...gapProblems,
  ];
  return { readable: true, fen: words.fen, problems };
}
