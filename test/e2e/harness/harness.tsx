/**
 * The browser test harness: the same App as in Excel, mounted on a MemoryHost instead of Office. The test drives
 * the page like a user and reaches the workbook through window.cashbook to set up cells and read results. When the
 * test exposes a formula engine to the page (window.cashbookShownValues), the host shows formulas' values.
 */
import { localeFromDisplayLanguage } from "../../../src/core/messages";
import { MemoryHost, type FormulaEngine } from "../../../src/hosts/memory";
import { mountApp } from "../../../src/taskpane/App";

declare global {
  interface Window {
    cashbook: { host: MemoryHost };
    cashbookShownValues?: FormulaEngine["shownValues"];
  }
}

const engine = window.cashbookShownValues ? { shownValues: window.cashbookShownValues } : null;
const host = new MemoryHost("Sheet1", engine);
window.cashbook = { host };
const language = new URLSearchParams(window.location.search).get("lang") ?? "zh-CN";
document.documentElement.lang = language;
mountApp(document.getElementById("root")!, { host, locale: localeFromDisplayLanguage(language) });
