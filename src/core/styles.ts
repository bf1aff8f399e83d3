/**
 * The look every generated sheet shares, so that a journal, a report and a voucher printed from one workbook match:
 * money as ¥#,##0.00, thin grid lines, a grey header fill, and the red rules of Chinese account books (a single red
 * line under a total, a double one under the year's).
 */
import type { BorderLine, Borders } from "./plan";

export const MONEY_FORMAT = "¥#,##0.00";
export const ISO_DATE_FORMAT = "yyyy-mm-dd";
export const CHINESE_DATE_FORMAT = 'yyyy"年"m"月"d"日"';

export const THIN_LINE: BorderLine = { style: "thin" };
export const GRID_BORDERS: Borders = { top: THIN_LINE, bottom: THIN_LINE, left: THIN_LINE, right: THIN_LINE };
export const HEADER_FILL = "#F2F2F2";

const RED = "#FF0000";
/** Under 本日合计, 本月合计 and 本年累计 (《会计基础工作规范》第六十条: 划单红线). */
export const SINGLE_RED_RULE: BorderLine = { style: "thin", color: RED };
/** Under the year's 本年累计 (年末结账: 划双红线). */
export const DOUBLE_RED_RULE: BorderLine = { style: "double", color: RED };
