/**
 * One workbook of journals whose balances are formulas, in the states a file can hold them: as a program writes it
 * (no formula has a saved result), as LibreOffice saves it once computed (every formula has one, "" as <v></v>), and
 * mixed across sheets (computed, then the 工行 journal and the 说明 sheet rewritten by a program, without results).
 * For the tests that "not calculated" is judged sheet by sheet, by the command line and by the pane's file reader.
 */
import JSZip from "jszip";
import { emptyPlan, type PlanCell } from "../../src/core/plan";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { recalculatedFile } from "./recalc";

const sheet = (name: string, rows: PlanCell[][]) => ({ ...emptyPlan(name), blocks: [{ at: "A1", rows }] });

/** A cash journal, its balances running formulas; a 备注 that shows "" unless a receipt is large. */
const CASH = sheet("现金", [
  ["现金日记账"],
  ["日期", "凭证号", "摘要", "收入", "支出", "余额", "备注"],
  ["2026-05-01", "", "期初余额", "", "", 3000, ""],
  ["2026-05-06", "记-1", "提取备用金", 500, "", { formula: "=F3+D4-E4" }, { formula: '=IF(D4>=5000,"大额","")' }],
  ["2026-05-07", "记-2", "购买办公用品", "", 120, { formula: "=F4+D5-E5" }, { formula: '=IF(D5>=5000,"大额","")' }],
]);

/** A bank journal laid out otherwise: 借方 / 贷方, the date as text, the balance a formula. */
const BANK = sheet("工行", [
  ["银行存款日记账"],
  ["日期", "摘要", "借方", "贷方", "余额"],
  ["2026年5月1日", "上月结转", "", "", 80_000],
  ["2026年5月8日", "收到货款", 12_000, "", { formula: "=E3+C4-D4" }],
  ["2026年5月9日", "支付运费", "", 350, { formula: "=E4+C5-D5" }],
]);

/** Notes, not a journal: a formula of its own. */
const NOTES = sheet("说明", [["编制日期"], [{ formula: '=TEXT(DATE(2026,5,31),"yyyy-mm-dd")' }]]);

export const SHEETS = ["现金", "工行", "说明"];

export function programWritten(): Promise<Buffer> {
  return writeWorkbook([CASH, BANK, NOTES]);
}

export async function calculated(): Promise<Buffer> {
  return recalculatedFile(await programWritten());
}

/** The computed workbook with the saved results of `sheets` taken out, as a program that rewrote them leaves them. */
export async function mixed(sheets = ["工行", "说明"]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await calculated());
  for (const name of sheets) {
    const part = `xl/worksheets/sheet${SHEETS.indexOf(name) + 1}.xml`;
    const xml = await zip.file(part)!.async("string");
    zip.file(part, xml.replace(/(<f[^>]*(?:\/>|>[^<]*<\/f>))<v>[^<]*<\/v>/g, "$1"));
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A journal whose one formula column shows "" on every row, computed: only <v></v> says it was computed. */
export async function blankResultsOnly(): Promise<Buffer> {
  return recalculatedFile(
    await writeWorkbook([
      sheet("往来", [
        ["银行存款日记账"],
        ["日期", "摘要", "收入", "支出", "余额", "备注"],
        ["2026-05-01", "期初余额", "", "", 5000, { formula: '=IF(E3>100000,"大额","")' }],
        ["2026-05-06", "收到货款", 1200, "", 6200, { formula: '=IF(C4>100000,"大额","")' }],
      ]),
    ]),
  );
}
