/**
 * The list of jobs by what a cashier does. A job that has a page is one button (its name, and what it does as the
 * second line); a job still to come is named with 即将推出 and offers nothing to click.
 */
import { Badge, Body1, CompoundButton, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useTranslate } from "../i18n";
import { JOB_GROUPS, PANE_JOBS, type PaneJob } from "../jobs";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  job: { width: "100%", maxWidth: "100%", justifyContent: "flex-start", textAlign: "start" },
  coming: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
  },
  comingTitle: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

function JobGroupSection({ title, jobs, onOpen }: { title: string; jobs: PaneJob[]; onOpen: (job: PaneJob) => void }) {
  const t = useTranslate();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {title}
      </Subtitle2>
      <ul className={styles.list}>
        {jobs.map((job) => (
          <li key={job.id}>
            {job.page ? (
              <CompoundButton className={styles.job} secondaryContent={t(job.summary)} onClick={() => onOpen(job)}>
                {t(job.title)}
              </CompoundButton>
            ) : (
              <div className={styles.coming}>
                <span className={styles.comingTitle}>
                  <Text weight="semibold">{t(job.title)}</Text>
                  <Badge appearance="outline" color="informative">
                    {t("comingSoon")}
                  </Badge>
                </span>
                <Text size={200}>{t(job.summary)}</Text>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HomePage({ onOpen }: { onOpen: (job: PaneJob) => void }) {
  const t = useTranslate();
  return (
    <>
      <Body1>{t("homeIntro")}</Body1>
      {JOB_GROUPS.map((group) => {
        const jobs = PANE_JOBS.filter((job) => job.group === group.id);
        return jobs.length > 0 && <JobGroupSection key={group.id} title={t(group.title)} jobs={jobs} onOpen={onOpen} />;
      })}
    </>
  );
}
