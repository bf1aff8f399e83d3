/**
 * The task pane: a home page listing the jobs, and one page per job, inside <main>. The same App runs in Excel
 * (ExcelHost) and in the browser test harness (MemoryHost); it talks to the workbook only through the WorkbookHost
 * it is given. Opening a job or going back moves the focus to the new page's heading, so that a screen reader says
 * where the user is and Tab starts from the top of that page.
 */
import {
  Button,
  FluentProvider,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { ArrowLeft20Regular } from "@fluentui/react-icons";
import { Suspense, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import type { Locale } from "../core/messages";
import type { WorkbookHost } from "../hosts/host";
import { LocaleContext, translator } from "./i18n";
import type { PaneJob } from "./jobs";
import { HomePage } from "./pages/HomePage";
import { fluentTheme, type OfficeThemeColors } from "./theme";

export interface AppProps {
  host: WorkbookHost;
  locale: Locale;
  officeTheme?: OfficeThemeColors;
}

const useStyles = makeStyles({
  main: {
    // The pane's full height (the theme's background down to the bottom) is set here, never on FluentProvider: the
    // provider gives its className to the node every Portal mounts into (microsoft/fluentui#25528), a layer at
    // z-index 1000000 over the page, which a Dropdown creates as soon as it is focused (its listbox stays mounted
    // for aria-activedescendant). With min-height: 100vh there, a focused Dropdown covered the pane with a blank
    // sheet that took the mouse's click, so no click opened it (microsoft/fluentui#33949, the same in an add-in).
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  back: { alignSelf: "flex-start" },
  appTitle: { ...typographyStyles.title3, margin: 0 },
  jobTitle: { ...typographyStyles.subtitle1, margin: 0 },
  heading: { ":focus": { outline: "none" }, ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
});

export function App({ host, locale, officeTheme }: AppProps) {
  const styles = useStyles();
  const [job, setJob] = useState<PaneJob | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);
  const t = translator(locale);

  useEffect(() => {
    // Not on first load: the pane opening should not take the focus from the sheet.
    if (navigated.current) heading.current?.focus();
  }, [job]);

  const go = (next: PaneJob | null) => {
    navigated.current = true;
    setJob(next);
  };

  const Page = job?.page;
  return (
    <LocaleContext.Provider value={locale}>
      <FluentProvider theme={fluentTheme(officeTheme)} lang={locale}>
        <main className={styles.main}>
          {!job || !Page ? (
            <>
              <h1 ref={heading} tabIndex={-1} className={mergeClasses(styles.heading, styles.appTitle)}>
                {t("appTitle")}
              </h1>
              <HomePage onOpen={go} />
            </>
          ) : (
            <>
              <Button
                className={styles.back}
                appearance="subtle"
                icon={<ArrowLeft20Regular />}
                onClick={() => go(null)}
              >
                {t("back")}
              </Button>
              <h1 ref={heading} tabIndex={-1} className={mergeClasses(styles.heading, styles.jobTitle)}>
                {t(job.title)}
              </h1>
              <Suspense fallback={<Spinner size="small" label={t("loadingPage")} />}>
                <Page host={host} />
              </Suspense>
            </>
          )}
        </main>
      </FluentProvider>
    </LocaleContext.Provider>
  );
}

export function mountApp(element: HTMLElement, props: AppProps): void {
  document.documentElement.lang = props.locale;
  createRoot(element).render(<App {...props} />);
}
