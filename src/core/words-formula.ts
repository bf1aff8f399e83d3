/**
 * 大写金额 by formula, for generated forms (凭证 合计, 报销单 合计): the words follow the figures while the accountant
 * types, in Excel and in LibreOffice alike, with no add-in loaded. TEXT(…,"[DBNum2]") would be shorter, but what it
 * writes depends on the locale of the machine that computes it; these formulas use only MID, LEFT, TEXT and IF.
 *
 * They write exactly what amountToWords writes (core/words.ts), digit by digit from a helper cell holding the amount
 * in 分 as 15 digits: the helper keeps each words formula short enough to read, and the two are proven equal by
 * recalculation in LibreOffice (test/recalc/words-formula.test.ts).
 */
import { CAPITAL_DIGITS } from "./words";

/** Places of the 15 digits, as core/words.ts counts them: 12 is the 万亿 digit, 0 the 元 digit, −2 the 分 digit. */
const TOP_PLACE = 12;
const LOWEST_PLACE = -2;
const DIGITS = TOP_PLACE - LOWEST_PLACE + 1;

/** The helper cell's formula: the amount of `amountCell` in 分, as 15 digits ("000000000140950" for 1,409.50). */
export function fenDigitsFormula(amountCell: string): string {
  return `=TEXT(ROUND(ABS(N(${amountCell}))*100,0),"${"0".repeat(DIGITS)}")`;
}

/** 1-based position in the helper's text of the digit at `place`. */
const position = (place: number) => TOP_PLACE + 1 - place;

function placeUnit(place: number): string {
  if (place < 0) return place === -1 ? "角" : "分";
  return place % 4 === 0 ? "" : "拾佰仟".charAt((place % 4) - 1);
}

/**
 * The words of the amount whose digits `digitsCell` holds: "" for zero (an empty form prints no words), else
 * 人民币 (unless `prefix` is false) and the words. A 零 stands before a digit when the digit above it is 0 and a
 * digit higher up is not, except where core/words.ts leaves the optional 零 out: after a 亿 section, and after a 万
 * section whose own digits are not all 0.
 */
export function amountInWordsFormula(digitsCell: string, options: { prefix?: boolean } = {}): string {
  const digit = (place: number) => `MID(${digitsCell},${position(place)},1)`;
  /** Whether a digit above `place` is not 0. */
  const anyAbove = (place: number) => `(LEFT(${digitsCell},${position(place) - 1})*1>0)`;
  const lingBefore = (place: number): string | null => {
    const above = place + 1;
    if (above >= TOP_PLACE || above === 8) return null;
    if (above === 4) return `AND(MID(${digitsCell},${position(7)},4)="0000",${anyAbove(7)})`;
    return `AND(${digit(above)}="0",${anyAbove(above)})`;
  };
  const pieces: string[] = [];
  for (let place = TOP_PLACE; place >= LOWEST_PLACE; place--) {
    const ling = lingBefore(place);
    const written = `${ling ? `IF(${ling},"零","")&` : ""}MID("${CAPITAL_DIGITS}",${digit(place)}+1,1)&"${placeUnit(place)}"`;
    pieces.push(`IF(${digit(place)}="0","",${written})`);
    if (place === 12) pieces.push(`IF(${digit(12)}="0","","万")`);
    if (place === 8) pieces.push(`IF(LEFT(${digitsCell},${position(8)})*1>0,"亿","")`);
    if (place === 4) pieces.push(`IF(MID(${digitsCell},${position(7)},4)="0000","","万")`);
    if (place === 0) pieces.push(`IF(LEFT(${digitsCell},${position(0)})*1>0,"元","")`);
  }
  pieces.push(`IF(RIGHT(${digitsCell},1)="0","整","")`);
  const prefix = (options.prefix ?? true) ? `"人民币"&` : "";
  return `=IF(${digitsCell}*1=0,"",${prefix}${pieces.join("&")})`;
}
