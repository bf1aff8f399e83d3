/**
 * What every job page does around a click: show it is busy, run the action, and turn a failure into a status line
 * in the pane's language (a HostError says what the user can fix; anything else is reported as it is).
 */
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import { formatMessage } from "../../jobs";
import type { Problem } from "../../core/result";
import { HostError } from "../../hosts/host";
import { useLocale, useTranslate } from "../i18n";

export type Status = { intent: "success" | "warning" | "error" | "info"; text: string } | null;

export function useAction() {
  const t = useTranslate();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  /** Runs the action; the status line is cleared first unless the action only adds to what is shown. */
  async function act(action: () => Promise<void>, clearStatus = true) {
    setBusy(true);
    if (clearStatus) setStatus(null);
    try {
      await action();
    } catch (error) {
      const text =
        error instanceof HostError
          ? formatMessage(locale, error.id, error.params)
          : t("unexpectedError", { message: String((error as Error)?.message ?? error) });
      setStatus({ intent: "error", text });
    } finally {
      setBusy(false);
    }
  }

  /** A problem the rules found with what the user gave (a month that is no month, no journal in the workbook). */
  const showProblem = (problem: Problem) =>
    setStatus({ intent: "warning", text: formatMessage(locale, problem.id, problem.params) });

  return { busy, status, setStatus, showProblem, act };
}

export function StatusLine({ busy, status }: { busy: boolean; status: Status }) {
  const t = useTranslate();
  return (
    <>
      {busy && <Spinner size="tiny" label={t("busy")} />}
      {status && (
        <MessageBar intent={status.intent} role="status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
