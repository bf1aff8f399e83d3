/** The jobs that exist, one card each; every later job adds its card here. */
import { Body1, Button, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslate, type UiStringId } from "../i18n";

export type JobId = "amount-words" | "journal";

const JOBS: { id: JobId; title: UiStringId; summary: UiStringId }[] = [
  { id: "journal", title: "jobJournalTitle", summary: "jobJournalSummary" },
  { id: "amount-words", title: "jobWordsTitle", summary: "jobWordsSummary" },
];

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
});

export function HomePage({ onOpen }: { onOpen: (job: JobId) => void }) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <>
      <Body1>{t("homeIntro")}</Body1>
      <ul className={styles.list}>
        {JOBS.map((job) => (
          <li key={job.id}>
            <Card>
              <CardHeader header={<Text weight="semibold">{t(job.title)}</Text>} description={t(job.summary)} />
              <Button appearance="primary" onClick={() => onOpen(job.id)} aria-label={t(job.title)}>
                {t(job.title)}
              </Button>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
