/**
 * Findings as a worklist: how many of each kind, then one row per finding with its severity (icon and name, not
 * colour alone), where it is and what is wrong. A row is an item of a Fluent List: arrow keys move between rows,
 * click or Enter selects its cell in the workbook; 上一处 / 下一处 walk the list and select as they go. A finding with
 * no cell says which sheet, or that it is about what was typed into the pane, and selects nothing. The findings can
 * be marked in the sheet and the marks cleared. A long list shows its first rows only: a pane with thousands of
 * rows would stop responding, and the marks in the sheet show them all. Findings may come in groups (the forms of a
 * batch): each under its heading with its own counts, one list per group, 上一处 / 下一处 running through them all.
 * A finding the job can put right itself (a balance typed over its formula) gets a button under the list, which
 * does it and says so; the list stays as it was until the next check, which the button's message asks for.
 */
import {
  Button,
  Caption1,
  List,
  ListItem,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDown16Regular,
  ArrowUp16Regular,
  ErrorCircle16Filled,
  Info16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import { useId, useRef, useState } from "react";
import { severityName, type Finding, type Severity } from "../../core/findings";
import type { WorkbookHost } from "../../hosts/host";
import { findingMessage, formatMessage } from "../../jobs";
import { useLocale, useTranslate, type UiStringId } from "../i18n";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  counts: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  groupTitle: { margin: 0, marginBlockStart: tokens.spacingVerticalS },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  current: { backgroundColor: tokens.colorSubtleBackgroundSelected },
  noCell: { cursor: "default" },
  where: { fontFamily: tokens.fontFamilyMonospace, minWidth: "3.5em", color: tokens.colorNeutralForeground1 },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginTop: "2px" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginTop: "2px" },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0, marginTop: "2px" },
});

/** How many findings the list shows. */
export const FINDINGS_SHOWN = 300;

function SeverityIcon({ severity }: { severity: Severity }) {
  const locale = useLocale();
  const styles = useStyles();
  const label = severityName(severity, locale);
  if (severity === "error") return <ErrorCircle16Filled className={styles.error} aria-label={label} role="img" />;
  if (severity === "warning") return <Warning16Filled className={styles.warning} aria-label={label} role="img" />;
  return <Info16Filled className={styles.info} aria-label={label} role="img" />;
}

/** A change that puts a finding right, offered by the page that found it. */
export interface FindingFix {
  label: string;
  /** Makes the change; gives what to tell the user. */
  run: () => Promise<string>;
}

/** Findings under one heading: the findings of one form of a batch. */
export interface FindingGroup {
  title: string;
  findings: readonly Finding[];
}

/** A rule's name for the counts: its message with the particulars left out ("余额应为 …"). */
function ruleSummary(finding: Finding, locale: ReturnType<typeof useLocale>): string {
  return formatMessage(locale, finding.rule, {}).replace(/\{\w+\}/g, "…");
}

/** How many findings of each rule, in the order the rules first appear. */
function countsOf(findings: readonly Finding[], locale: ReturnType<typeof useLocale>) {
  const counts = new Map<string, { summary: string; count: number }>();
  for (const finding of findings) {
    const entry = counts.get(finding.rule) ?? { summary: ruleSummary(finding, locale), count: 0 };
    entry.count += 1;
    counts.set(finding.rule, entry);
  }
  return counts;
}

function Counts({ counts, label }: { counts: ReturnType<typeof countsOf>; label: string }) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <ul className={styles.counts} aria-label={label}>
      {[...counts].map(([rule, { summary, count }]) => (
        <li key={rule}>
          <Caption1>{t("findingCount", { summary, count })}</Caption1>
        </li>
      ))}
    </ul>
  );
}

export function FindingsList({
  host,
  findings,
  groups,
  fix,
}: {
  host: WorkbookHost;
  findings: readonly Finding[];
  /** Headings for the findings, in their order; absent: one list without a heading. */
  groups?: readonly FindingGroup[];
  /** The change that puts a finding right, where the page has one. */
  fix?: (finding: Finding) => FindingFix | undefined;
}) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  const headingId = useId();
  const [current, setCurrent] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  /** Indexes of the findings whose fix is running or has run: each is offered once. */
  const [fixed, setFixed] = useState<ReadonlySet<number>>(new Set());
  const sectionRef = useRef<HTMLElement>(null);
  const shown = findings.slice(0, FINDINGS_SHOWN);
  const counts = countsOf(findings, locale);
  // The rows shown, group by group, each with its index in `shown`.
  let first = 0;
  const sections = (groups ?? [{ title: "", findings }]).map((group) => {
    const start = first;
    first += group.findings.length;
    return { ...group, start, rows: shown.slice(start, Math.max(start, Math.min(first, shown.length))) };
  });

  const where = (finding: Finding) =>
    finding.cell ? finding.cell : finding.sheet ? t("findingOnSheet", { sheet: finding.sheet }) : t("findingOnInput");

  async function select(index: number, moveFocus: boolean) {
    const finding = shown[index];
    if (!finding) return;
    setCurrent(index);
    if (moveFocus) sectionRef.current?.querySelector<HTMLElement>(`[data-finding-index="${index}"]`)?.focus();
    if (!finding.cell) return;
    try {
      await host.selectCell(finding.sheet, finding.cell);
      setStatus(null);
    } catch (error) {
      setStatus(t("unexpectedError", { message: String((error as Error)?.message ?? error) }));
    }
  }

  const step = (by: number) => {
    const next = current === null ? (by > 0 ? 0 : shown.length - 1) : current + by;
    if (next >= 0 && next < shown.length) void select(next, true);
  };

  const fixes = fix
    ? shown.flatMap((finding, index) => {
        const offered = fix(finding);
        return offered ? [{ index, ...offered }] : [];
      })
    : [];

  async function runFix(index: number, run: () => Promise<string>) {
    setFixed((done) => new Set(done).add(index));
    try {
      setStatus(await run());
    } catch (error) {
      setFixed((done) => new Set([...done].filter((other) => other !== index)));
      setStatus(t("unexpectedError", { message: String((error as Error)?.message ?? error) }));
    }
  }

  const mark = async (action: () => Promise<void>, done: UiStringId) => {
    try {
      await action();
      setStatus(t(done));
    } catch (error) {
      setStatus(t("unexpectedError", { message: String((error as Error)?.message ?? error) }));
    }
  };

  return (
    <section className={styles.section} aria-labelledby={headingId} ref={sectionRef}>
      <div className={styles.heading}>
        <Subtitle2 as="h3" id={headingId}>
          {t("findingsTitle", { count: findings.length })}
        </Subtitle2>
        <Button size="small" icon={<ArrowUp16Regular />} disabled={current === 0} onClick={() => step(-1)}>
          {t("previousFinding")}
        </Button>
        <Button
          size="small"
          icon={<ArrowDown16Regular />}
          disabled={current === shown.length - 1}
          onClick={() => step(1)}
        >
          {t("nextFinding")}
        </Button>
      </div>
      {counts.size > 1 && <Counts counts={counts} label={t("findingCountsLabel")} />}
      <Caption1 as="p">{t("findingsHint")}</Caption1>
      <div data-testid="findings" className={styles.group}>
        {sections
          .filter((section) => section.rows.length > 0)
          .map((section, number) => {
            const titleId = `${headingId}-${number}`;
            const sectionCounts = countsOf(section.findings, locale);
            return (
              <div key={`${number}-${section.title}`} className={styles.group}>
                {section.title && (
                  <Text as="h4" weight="semibold" id={titleId} className={styles.groupTitle}>
                    {t("findingGroupTitle", { title: section.title, count: section.findings.length })}
                  </Text>
                )}
                {section.title && sections.length > 1 && sectionCounts.size > 1 && (
                  <Counts counts={sectionCounts} label={t("findingGroupCountsLabel", { title: section.title })} />
                )}
                <List navigationMode="items" aria-labelledby={section.title ? titleId : headingId}>
                  {section.rows.map((finding, offset) => {
                    const index = section.start + offset;
                    return (
                      <ListItem
                        key={`${finding.sheet}!${finding.cell}#${index}`}
                        data-finding-index={index}
                        data-rule={finding.rule}
                        className={mergeClasses(
                          styles.item,
                          index === current && styles.current,
                          !finding.cell && styles.noCell,
                        )}
                        aria-current={index === current ? "true" : undefined}
                        onAction={() => void select(index, false)}
                      >
                        <SeverityIcon severity={finding.severity} />
                        <Text className={styles.where}>{where(finding)}</Text>
                        <Text>{findingMessage(finding, locale)}</Text>
                      </ListItem>
                    );
                  })}
                </List>
              </div>
            );
          })}
      </div>
      {findings.length > FINDINGS_SHOWN && (
        <Caption1 as="p">
          {t("moreFindings", { count: findings.length - FINDINGS_SHOWN, shown: FINDINGS_SHOWN })}
        </Caption1>
      )}
      {fixes.length > 0 && (
        <div className={styles.actions} role="group" aria-label={t("fixesLabel")}>
          {fixes.map(({ index, label, run }) => (
            <Button
              key={index}
              size="small"
              // Focusable once used, so that the focus stays where the user was while the message is read out.
              disabledFocusable={fixed.has(index)}
              onClick={() => void runFix(index, run)}
            >
              {label}
            </Button>
          ))}
        </div>
      )}
      <div className={styles.actions}>
        <Button size="small" onClick={() => void mark(() => host.highlight(findings), "marked")}>
          {t("highlightButton")}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          onClick={() => void mark(() => host.clearHighlights(), "marksCleared")}
        >
          {t("clearHighlightsButton")}
        </Button>
      </div>
      {status && (
        <Caption1 as="p" role="status">
          {status}
        </Caption1>
      )}
    </section>
  );
}
