/**
 * Findings as a list of buttons, one per finding: the address and the message in the pane's language. Activating a
 * row (click, Enter or Space) selects that cell in the workbook. Where the page offers it, the findings can be
 * marked in the sheet and the marks cleared again. A long list shows its first rows only: a pane with thousands of
 * buttons would stop responding, and the marks in the sheet show them all.
 */
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import { findingMessage } from "../../jobs";
import { useLocale, useTranslate } from "../i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
  message: { fontWeight: tokens.fontWeightRegular },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  row: { width: "100%", justifyContent: "flex-start", textAlign: "start", height: "auto", minHeight: "32px" },
  cell: { fontFamily: tokens.fontFamilyMonospace, minWidth: "4em", color: tokens.colorPaletteRedForeground1 },
  warning: { fontFamily: tokens.fontFamilyMonospace, minWidth: "4em", color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** How many findings the list shows. */
export const FINDINGS_SHOWN = 300;

export interface FindingsListProps {
  findings: readonly Finding[];
  onSelect: (finding: Finding) => void;
  onHighlight?: () => void;
  onClearHighlights?: () => void;
}

export function FindingsList({ findings, onSelect, onHighlight, onClearHighlights }: FindingsListProps) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  if (findings.length === 0) return null;
  return (
    <section className={styles.section} aria-label={t("findingsTitle")}>
      <Subtitle2 as="h3">{t("findingsTitle")}</Subtitle2>
      <Caption1 as="p">{t("findingsHint")}</Caption1>
      {(onHighlight || onClearHighlights) && (
        <div className={styles.actions}>
          {onHighlight && <Button onClick={onHighlight}>{t("highlightButton")}</Button>}
          {onClearHighlights && (
            <Button appearance="subtle" onClick={onClearHighlights}>
              {t("clearHighlightsButton")}
            </Button>
          )}
        </div>
      )}
      <ul className={styles.list} data-testid="findings">
        {findings.slice(0, FINDINGS_SHOWN).map((finding, index) => (
          <li key={`${finding.sheet}!${finding.cell}#${index}`}>
            <Button appearance="subtle" className={styles.row} onClick={() => onSelect(finding)}>
              <span className={finding.severity === "error" ? styles.cell : styles.warning}>{finding.cell}</span>
              <span className={styles.message}>{findingMessage(finding, locale)}</span>
            </Button>
          </li>
        ))}
      </ul>
      {findings.length > FINDINGS_SHOWN && (
        <Caption1 as="p">
          {t("moreFindings", { count: findings.length - FINDINGS_SHOWN, shown: FINDINGS_SHOWN })}
        </Caption1>
      )}
    </section>
  );
}
