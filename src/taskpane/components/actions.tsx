/**
 * The one way every page runs an action. A page is a list of <ActionBlock>s sharing one usePageActions():
 * - the button (primary for the page's main action, one per view), with 停止 beside it while it runs, and a
 *   progress bar under it: determinate when the action reports rows read, indeterminate otherwise;
 * - the result right under the button that caused it, in a live region, scrolled into view and given the focus;
 * - starting an action clears the last result, its findings and the field messages first, so nothing stale stays
 *   clickable while the next run works;
 * - 停止 ends neutrally (已停止), and a problem with a settings field goes onto that field and focuses it;
 * - a question (overwrite these cells? generate with no 期初余额?) is asked in the result, and answering yes runs the
 *   action's next step as a new run of the same block.
 * Flows stay plain async functions over the host (journalFlow.ts, amountWordsFlow.ts); a block turns what they
 * return into an Outcome.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { Finding } from "../../core/findings";
import type { Locale } from "../../core/messages";
import type { Problem } from "../../core/result";
import { HostError, type ReadOptions, type WorkbookHost } from "../../hosts/host";
import { formatMessage } from "../../jobs";
import { useLocale, useTranslate } from "../i18n";
import { FindingsList, type FindingFix, type FindingGroup } from "./FindingsList";

export type Intent = "success" | "warning" | "error" | "info";

/** What an action came to, as the page shows it under its button. */
export interface Outcome {
  intent: Intent;
  text: string;
  findings?: readonly Finding[];
  /** The findings under headings (one form of a batch each), in the order of `findings`. */
  findingGroups?: readonly FindingGroup[];
  /** The change that puts a finding right, where the page has one (FindingsList offers it). */
  findingFix?: (finding: Finding) => FindingFix | undefined;
  /** Shown under the message: a chart, a table. */
  details?: ReactNode;
  /** A question before going on; `yes` runs as a new run of the same block. */
  question?: { yesLabel: string; yes: (run: RunOptions) => Promise<Outcome> };
  /** Where a settings parser refused a field: the message goes on the field, whose control gets the focus. */
  field?: { name: string; message: string };
}

/**
 * What a running action is given: its stop signal and a way to report rows read, or, for an action that reads the
 * whole workbook sheet by sheet, sheets read.
 */
export type RunOptions = Required<Pick<ReadOptions, "signal" | "onProgress">> & {
  onSheets: (sheetsRead: number, sheetsTotal: number) => void;
};

interface Progress {
  read: number;
  total: number;
  unit: "rows" | "sheets";
}

type Run = (options: RunOptions) => Promise<Outcome>;

interface PageState {
  running: string | null;
  progress: Progress | null;
  result: { block: string; outcome: Outcome; serial: number } | null;
}

export interface PageActions {
  host: WorkbookHost;
  state: PageState;
  start: (block: string, run: Run) => Promise<void>;
  stop: () => void;
  /** Answers no to a question: nothing is done, and the block says so. */
  dismiss: (block: string) => void;
  /** The message a refused run put on the field `name`, for its Field's validationMessage. */
  fieldMessage: (name: string) => string | undefined;
}

export function usePageActions(host: WorkbookHost): PageActions {
  const t = useTranslate();
  const locale = useLocale();
  const [state, setState] = useState<PageState>({ running: null, progress: null, result: null });
  const controller = useRef<AbortController | null>(null);
  const serial = useRef(0);

  async function start(block: string, run: Run) {
    const stopper = new AbortController();
    controller.current = stopper;
    setState({ running: block, progress: null, result: null });
    let outcome: Outcome;
    try {
      outcome = await run({
        signal: stopper.signal,
        onProgress: (read, total) => setState((s) => ({ ...s, progress: { read, total, unit: "rows" } })),
        onSheets: (read, total) => setState((s) => ({ ...s, progress: { read, total, unit: "sheets" } })),
      });
    } catch (error) {
      if (error instanceof HostError && error.id === "host-cancelled") outcome = { intent: "info", text: t("stopped") };
      else if (error instanceof HostError)
        outcome = { intent: "error", text: formatMessage(locale, error.id, error.params) };
      else
        outcome = {
          intent: "error",
          text: t("unexpectedError", { message: String((error as Error)?.message ?? error) }),
        };
    } finally {
      controller.current = null;
    }
    serial.current += 1;
    setState({ running: null, progress: null, result: { block, outcome, serial: serial.current } });
  }

  return {
    host,
    state,
    start,
    stop: () => controller.current?.abort(),
    dismiss: (block) => {
      serial.current += 1;
      setState((s) => ({
        ...s,
        result: { block, outcome: { intent: "info", text: t("nothingChanged") }, serial: serial.current },
      }));
    },
    fieldMessage: (name) => {
      const field = state.result?.outcome.field;
      return field?.name === name ? field.message : undefined;
    },
  };
}

/** A settings problem as an outcome: on its field when it names one, under the button otherwise. */
export function problemOutcome(
  problem: Problem,
  locale: Locale,
  fixHint: string,
  findings?: readonly Finding[],
): Outcome {
  const message = formatMessage(locale, problem.id, problem.params);
  return problem.field
    ? { intent: "warning", text: fixHint, field: { name: problem.field, message }, findings }
    : { intent: "warning", text: message, findings };
}

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // Long labels (en-US at 320 px) wrap inside the button instead of pushing 停止 off the pane.
  button: { maxWidth: "100%", whiteSpace: "normal", textAlign: "start" },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  resultFocus: {
    // Scrolled into view with room around it, not flush with the pane's edge.
    scrollMarginBlock: tokens.spacingVerticalXXL,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusMedium,
    },
  },
});

export interface ActionBlockProps {
  actions: PageActions;
  /** Unique on the page: which block a result belongs to. */
  id: string;
  label: string;
  /** The page's main action; one per view. */
  primary?: boolean;
  /** Why the button cannot be used now; the button stays focusable and says so. */
  disabledReason?: string;
  run: Run;
}

export function ActionBlock({ actions, id, label, primary = false, disabledReason, run }: ActionBlockProps) {
  const t = useTranslate();
  const styles = useStyles();
  const reasonId = useId();
  const resultRef = useRef<HTMLDivElement>(null);
  const { running, progress, result } = actions.state;
  const active = running === id;
  const mine = result?.block === id ? result : null;

  useEffect(() => {
    if (!mine) return;
    const field = mine.outcome.field;
    const control = field
      ? document.querySelector<HTMLElement>(
          `[data-field="${field.name}"] input, [data-field="${field.name}"] button, [data-field="${field.name}"] textarea`,
        )
      : null;
    const target = control ?? resultRef.current;
    // A field is centred so that its label above it shows too.
    target?.scrollIntoView?.({ block: control ? "center" : "nearest" });
    target?.focus({ preventScroll: true });
    // Only a new result moves the focus, not a re-render of the same one.
  }, [mine?.serial]);

  const blocked = Boolean(disabledReason);
  const progressText =
    progress &&
    t(progress.unit === "sheets" ? "readingSheets" : "readingProgress", { read: progress.read, total: progress.total });
  return (
    <div className={styles.block} data-action={id}>
      <div className={styles.row}>
        <Button
          className={styles.button}
          appearance={primary ? "primary" : "secondary"}
          disabled={running !== null && !active}
          disabledFocusable={blocked || active}
          aria-describedby={blocked ? reasonId : undefined}
          onClick={() => void actions.start(id, run)}
        >
          {label}
        </Button>
        {active && <Button onClick={actions.stop}>{t("stopButton")}</Button>}
      </div>
      {blocked && <Caption1 id={reasonId}>{disabledReason}</Caption1>}
      {active && (
        <ProgressBar
          aria-label={progressText ?? t("busy")}
          value={progress && progress.total > 0 ? progress.read / progress.total : undefined}
        />
      )}
      {active && progressText && <Caption1>{progressText}</Caption1>}
      {/* Always present, so that screen readers hear what is put into it. */}
      <div role="status" aria-live="polite" className={styles.result}>
        {mine && (
          <div
            ref={resultRef}
            tabIndex={-1}
            className={mergeClasses(styles.result, styles.resultFocus)}
            data-testid="result"
          >
            <MessageBar intent={mine.outcome.intent} layout="multiline">
              <MessageBarBody>{mine.outcome.text}</MessageBarBody>
              {mine.outcome.question && (
                <MessageBarActions>
                  <Button onClick={() => void actions.start(id, mine.outcome.question!.yes)}>
                    {mine.outcome.question.yesLabel}
                  </Button>
                  <Button appearance="subtle" onClick={() => actions.dismiss(id)}>
                    {t("cancelButton")}
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
            {mine.outcome.details}
          </div>
        )}
      </div>
      {mine?.outcome.findings && mine.outcome.findings.length > 0 && (
        <FindingsList
          host={actions.host}
          findings={mine.outcome.findings}
          groups={mine.outcome.findingGroups}
          fix={mine.outcome.findingFix}
        />
      )}
    </div>
  );
}
