/**
 * The browser test harness: the same App as in Excel, mounted on a MemoryHost instead of Office. The test drives
 * the page like a user and reaches the workbook through window.cashbook to set up cells and read results. When the
 * test exposes a formula engine to the page (window.cashbookShownValues), the host shows formulas' values.
 * `?lang=` is Office's display language; `?theme=` gives the colours Office reports for its themes (light, dark-gray,
 * black); high contrast is the browser's forced-colors mode, which the test emulates.
 */
import { localeFromDisplayLanguage } from "../../../src/core/messages";
import { MemoryHost, type FormulaEngine } from "../../../src/hosts/memory";
import { mountApp } from "../../../src/taskpane/App";
import type { OfficeThemeColors } from "../../../src/taskpane/theme";

declare global {
  interface Window {
    cashbook: { host: MemoryHost };
    cashbookShownValues?: FormulaEngine["shownValues"];
  }
}

const OFFICE_THEMES: Record<string, OfficeThemeColors> = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#444444", isDarkTheme: false },
  "dark-gray": { bodyBackgroundColor: "#6A6A6A", bodyForegroundColor: "#F0F0F0", isDarkTheme: true },
  black: { bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF", isDarkTheme: true },
};

const engine = window.cashbookShownValues ? { shownValues: window.cashbookShownValues } : null;
const host = new MemoryHost("Sheet1", engine);
window.cashbook = { host };
const query = new URLSearchParams(window.location.search);
const language = query.get("lang") ?? "zh-CN";
mountApp(document.getElementById("root")!, {
  host,
  locale: localeFromDisplayLanguage(language),
  officeTheme: OFFICE_THEMES[query.get("theme") ?? ""],
});
