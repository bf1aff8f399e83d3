/**
 * Findings as a list of buttons, one per finding: the address and the message in the pane's language. Activating a
 * row (click, Enter or Space) selects that cell in the workbook.
 */
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { findingMessage, type Finding } from "../../core/findings";
import { useLocale, useTranslate } from "../i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
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

export function FindingsList({
  findings,
  onSelect,
}: {
  findings: readonly Finding[];
  onSelect: (finding: Finding) => void;
}) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  if (findings.length === 0) return null;
  return (
    <section className={styles.section} aria-label={t("findingsTitle")}>
      <Subtitle2 as="h3">{t("findingsTitle")}</Subtitle2>
      <Caption1 as="p">{t("findingsHint")}</Caption1>
      <ul className={styles.list} data-testid="findings">
        {findings.map((finding, index) => (
          <li key={`${finding.sheet}!${finding.cell}#${index}`}>
            <Button appearance="subtle" className={styles.row} onClick={() => onSelect(finding)}>
              <span className={finding.severity === "error" ? styles.cell : styles.warning}>{finding.cell}</span>
              <span className={styles.message}>{findingMessage(finding, locale)}</span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
