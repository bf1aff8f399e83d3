/** Entry of the task pane inside Office: wait for Office, then mount the App on the Excel host. */
import { localeFromDisplayLanguage } from "../core/messages";
import { ExcelHost } from "../hosts/excel";
import { mountApp } from "./App";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  mountApp(root, {
    host: new ExcelHost(),
    locale: localeFromDisplayLanguage(Office.context.displayLanguage),
    // Given on Windows desktop only; elsewhere the pane takes Fluent's light theme (or high contrast).
    officeTheme: Office.context.officeTheme,
  });
});
