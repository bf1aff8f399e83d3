/**
 * The pane follows the selection: a page says what it would work on ("当前选中 Sheet1!A2:A8：7 个金额") and why a
 * button cannot be used yet. The host says when the selection changes; reading it is left until the user has
 * stopped moving for a moment, so that dragging across cells reads the selection once.
 */
import { Caption1 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookHost } from "../../hosts/host";

const SETTLE_MS = 250;

/** What `describe` says of the current selection, read again after each change; null until first read. */
export function useSelection<T>(host: WorkbookHost, describe: (host: WorkbookHost) => Promise<T>): T | null {
  const [described, setDescribed] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () =>
      describe(host).then(
        (value) => live && setDescribed(value),
        // An unreadable selection (two areas, a chart) leaves the line as it was; the actions say why.
        () => undefined,
      );
    void read();
    const stop = host.onSelectionChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void read(), SETTLE_MS);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      stop();
    };
  }, [host]);
  return described;
}

export function SelectionLine({ text }: { text: string | null }) {
  return <Caption1 data-testid="selection">{text ?? "\u00a0"}</Caption1>;
}
