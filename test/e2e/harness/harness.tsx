/**
 * The browser test harness: the same App as in Excel, mounted on a MemoryHost instead of Office. The test drives
 * the page like a user and reaches the workbook through window.cashbook to set up cells and read results.
 */
import { localeFromDisplayLanguage } from "../../../src/core/messages";
import { MemoryHost } from "../../../src/hosts/memory";
import { mountApp } from "../../../src/taskpane/App";

declare global {
  interface Window {
    cashbook: { host: MemoryHost };
  }
}

const host = new MemoryHost("Sheet1");
window.cashbook = { host };
const language = new URLSearchParams(window.location.search).get("lang") ?? "zh-CN";
document.documentElement.lang = language;
mountApp(document.getElementById("root")!, { host, locale: localeFromDisplayLanguage(language) });
