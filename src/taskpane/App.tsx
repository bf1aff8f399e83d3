/**
 * The task pane: a home page listing the jobs, and one page per job. The same App runs in Excel (ExcelHost) and in
 * the browser test harness (MemoryHost); it talks to the workbook only through the WorkbookHost it is given.
 */
import { FluentProvider, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import type { Locale } from "../core/messages";
import type { WorkbookHost } from "../hosts/host";
import { LocaleContext, translator } from "./i18n";
import { HomePage, type JobId } from "./pages/HomePage";
import { AmountWordsPage } from "./pages/AmountWordsPage";
import { JournalPage } from "./pages/JournalPage";
import { fluentTheme, type OfficeThemeColors } from "./theme";

export interface AppProps {
  host: WorkbookHost;
  locale: Locale;
  officeTheme?: OfficeThemeColors;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

export function App({ host, locale, officeTheme }: AppProps) {
  const styles = useStyles();
  const [job, setJob] = useState<JobId | null>(null);
  const t = translator(locale);
  return (
    <LocaleContext.Provider value={locale}>
      <FluentProvider theme={fluentTheme(officeTheme)} lang={locale} className={styles.root}>
        {job === null && (
          <>
            <Title3 as="h1">{t("appTitle")}</Title3>
            <HomePage onOpen={setJob} />
          </>
        )}
        {job === "amount-words" && <AmountWordsPage host={host} onBack={() => setJob(null)} />}
        {job === "journal" && <JournalPage host={host} onBack={() => setJob(null)} />}
      </FluentProvider>
    </LocaleContext.Provider>
  );
}

export function mountApp(element: HTMLElement, props: AppProps): void {
  createRoot(element).render(<App {...props} />);
}
