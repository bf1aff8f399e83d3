/**
 * The frame every job page shares: a way back to the list of jobs, the job's title, and its sections, each with a
 * heading, a line of help and its controls, separated by rules.
 */
import { Body1, Button, Divider, Subtitle1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowLeft20Regular } from "@fluentui/react-icons";
import { useId, type ReactNode } from "react";
import { useTranslate } from "../i18n";

export const useJobStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  back: { alignSelf: "flex-start" },
  // Fluent's Divider grows to fill a flex column; here it only separates two sections.
  divider: { flexGrow: 0 },
});

export function JobHeader({ title, onBack }: { title: string; onBack: () => void }) {
  const t = useTranslate();
  const styles = useJobStyles();
  return (
    <>
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onBack}>
        {t("back")}
      </Button>
      <Subtitle1 as="h1">{title}</Subtitle1>
    </>
  );
}

export function JobSection({
  title,
  help,
  first = false,
  children,
}: {
  title: string;
  help?: string;
  /** The first section has no rule above it. */
  first?: boolean;
  children: ReactNode;
}) {
  const styles = useJobStyles();
  const headingId = useId();
  return (
    <>
      {!first && <Divider className={styles.divider} />}
      <section className={styles.section} aria-labelledby={headingId}>
        <Subtitle2 as="h2" id={headingId}>
          {title}
        </Subtitle2>
        {help && <Body1>{help}</Body1>}
        {children}
      </section>
    </>
  );
}
