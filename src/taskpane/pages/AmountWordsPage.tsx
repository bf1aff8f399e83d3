/** 大写金额: write the words for the selected amounts into a chosen column, and check figures against words. */
import {
  Body1,
  Button,
  Checkbox,
  Divider,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeft20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { Finding } from "../../core/findings";
import type { WorkbookHost } from "../../hosts/host";
import { FindingsList } from "../components/FindingsList";
import { StatusLine, useAction } from "../components/useAction";
import { useTranslate } from "../i18n";
import { checkWordsInSelection, writeWordsForSelection, type WordsTarget } from "./amountWordsFlow";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "end", gap: tokens.spacingHorizontalS },
  back: { alignSelf: "flex-start" },
  // Fluent's Divider grows to fill a flex column; here it only separates two sections.
  divider: { flexGrow: 0 },
});

/** How many occupied cells the confirmation names before "…". */
const OCCUPIED_SHOWN = 5;

export function AmountWordsPage({ host, onBack }: { host: WorkbookHost; onBack: () => void }) {
  const t = useTranslate();
  const styles = useStyles();
  const [targetKind, setTargetKind] = useState<WordsTarget["kind"]>("right");
  const [letters, setLetters] = useState("");
  const [prefix, setPrefix] = useState(true);
  const [occupied, setOccupied] = useState<string[] | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const { busy, status, setStatus, act } = useAction();

  const writeWords = (overwrite: boolean) =>
    act(async () => {
      setOccupied(null);
      const target: WordsTarget = targetKind === "right" ? { kind: "right" } : { kind: "column", letters };
      const outcome = await writeWordsForSelection(host, target, { prefix, overwrite });
      if (outcome.kind === "refused") {
        setStatus({ intent: "warning", text: t(outcome.reason) });
      } else if (outcome.kind === "needs-confirmation") {
        setOccupied(outcome.occupied);
      } else {
        setFindings(outcome.findings);
        setStatus({ intent: "success", text: t("written", { address: outcome.address, count: outcome.count }) });
      }
    });

  const checkWords = () =>
    act(async () => {
      setOccupied(null);
      const outcome = await checkWordsInSelection(host);
      if (outcome.kind === "refused") {
        setStatus({ intent: "warning", text: t(outcome.reason) });
        return;
      }
      setFindings(outcome.findings);
      setStatus(
        outcome.findings.length === 0
          ? { intent: "success", text: t("checkedClean", { count: outcome.count }) }
          : {
              intent: "warning",
              text: t("checkedWithFindings", { count: outcome.count, findings: outcome.findings.length }),
            },
      );
    });

  // Selecting a finding's cell keeps the result of the check on screen.
  const selectFinding = (finding: Finding) => act(() => host.selectCell(finding.sheet, finding.cell), false);

  const occupiedText = occupied
    ? occupied.slice(0, OCCUPIED_SHOWN).join(", ") + (occupied.length > OCCUPIED_SHOWN ? " …" : "")
    : "";

  return (
    <>
      <Button className={styles.back} appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onBack}>
        {t("back")}
      </Button>
      <Subtitle1 as="h1">{t("jobWordsTitle")}</Subtitle1>

      <section className={styles.section} aria-labelledby="write-words">
        <Subtitle2 as="h2" id="write-words">
          {t("writeSection")}
        </Subtitle2>
        <Body1>{t("writeHelp")}</Body1>
        <Field label={t("targetLabel")}>
          <RadioGroup value={targetKind} onChange={(_, data) => setTargetKind(data.value as WordsTarget["kind"])}>
            <Radio value="right" label={t("targetRight")} />
            <Radio value="column" label={t("targetColumn")} />
          </RadioGroup>
        </Field>
        {targetKind === "column" && (
          <Field label={t("targetColumnLabel")}>
            <Input value={letters} maxLength={3} onChange={(_, data) => setLetters(data.value)} placeholder="D" />
          </Field>
        )}
        <Checkbox checked={prefix} onChange={(_, data) => setPrefix(Boolean(data.checked))} label={t("prefixLabel")} />
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => writeWords(false)}>
            {t("writeButton")}
          </Button>
        </div>
        {occupied && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t("confirmOverwrite", { cells: occupiedText, count: occupied.length })}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => writeWords(true)}>{t("overwriteButton")}</Button>
              <Button appearance="subtle" onClick={() => setOccupied(null)}>
                {t("cancelButton")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </section>

      <Divider className={styles.divider} />

      <section className={styles.section} aria-labelledby="check-words">
        <Subtitle2 as="h2" id="check-words">
          {t("checkSection")}
        </Subtitle2>
        <Body1>{t("checkHelp")}</Body1>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={checkWords}>
            {t("checkButton")}
          </Button>
        </div>
      </section>

      <StatusLine busy={busy} status={status} />
      <FindingsList
        findings={findings}
        onSelect={selectFinding}
        onHighlight={() => act(() => host.highlight(findings), false)}
        onClearHighlights={() => act(() => host.clearHighlights(), false)}
      />
    </>
  );
}
