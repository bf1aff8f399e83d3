/**
 * Text is data: a sink writes it so that it stays the text it was. Excel reads whatever is typed into a cell, and
 * whatever Office.js writes through `Range.values` or `Range.formulas`, as if the user had typed it: `=…`, `+…`, `-…`
 * and `@…` become formulas, "00012345" becomes 12345, a 19-digit account number becomes 6.22202E+18 (Excel keeps 15
 * significant digits), "3/4", "2026-01" and "1月3日" become dates, "TRUE" a boolean, "#N/A" an error, and a leading
 * apostrophe disappears as the mark of text. Microsoft's two remedies are to format the cells as Text before the
 * text goes in, or to put an apostrophe before it (KB 269370, "Last digits are changed to zeros when you type long
 * numbers in cells of Excel", https://support.microsoft.com/kb/269370; "Keeping leading zeros and large numbers").
 * A tab or a carriage return leading a cell is
 * how CSV injection hides a formula from a trimming reader (OWASP), so such text is guarded too.
 *
 * `mayNotStayText` says which text needs that care. It errs on the side of caution: text it flags and Excel would have
 * kept loses nothing by the guard; text it misses would be changed for good.
 */

/** Leads Excel takes for a formula (`= + - @`), the apostrophe it takes for the mark of text, and tab / CR / LF. */
const RISKY_LEAD = /^[=+\-@'\t\r\n]/;

/** Month names and abbreviations, AM/PM and the exponent, which may stand between digits in a number or a date. */
const DATE_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|[ap]\.?m\.?|[ap])\b/gi;
/** "1e5", "2.5E-3": the exponent letter between digits. */
const EXPONENT = /(\d)e([+-]?\d)/gi;

/** What is left of a number, a date, a time, a fraction or a percentage once month names are taken out. */
const NUMBER_OR_DATE = /^[\s\d.,/:+\-()%$¥€£年月日时時分秒号]*$/;

/** Error values Excel parses from text ("#N/A", "#DIV/0!"…): any text that starts with "#" is kept safe. */
const ERROR_LEAD = /^#/;

/** Whether Excel, given this text as if typed, might store something else: a formula, a number, a date, a boolean. */
export function mayNotStayText(text: string): boolean {
  if (text === "") return false;
  if (RISKY_LEAD.test(text) || ERROR_LEAD.test(text)) return true;
  // Full-width digits and punctuation (１２３，／) are read like their ASCII forms in East Asian versions of Excel.
  const plain = text.normalize("NFKC").trim();
  if (/^(?:true|false)$/i.test(plain)) return true;
  return /\d/.test(plain) && NUMBER_OR_DATE.test(plain.replace(EXPONENT, "$1 $2").replace(DATE_WORDS, " "));
}

/**
 * A value as a message shows it. Cells hold text, numbers, booleans or nothing, but a custom function's argument can
 * be any object (an entity value, say), and String() throws for some: this never does.
 */
export function shownText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object" && typeof value !== "function") return String(value);
  try {
    return JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    // A cycle, a BigInt inside; and a Proxy can throw on every look at it.
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return typeof value;
    }
  }
}
