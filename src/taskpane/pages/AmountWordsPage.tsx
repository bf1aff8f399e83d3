/** 大写金额: write the words for the selected amounts into a chosen column, and check figures against words. */
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/findings";
import type { WorkbookHost } from "../../hosts/host";
import { FindingsList } from "../components/FindingsList";
import { JobHeader, JobSection, useJobStyles } from "../components/JobLayout";
import { StatusLine, useAction } from "../components/useAction";
import { useTranslate } from "../i18n";
import { checkWordsInSelection, writeWordsForSelection } from "./amountWordsFlow";

/** How many occupied cells the confirmation names before "…". */
const OCCUPIED_SHOWN = 5;

export function AmountWordsPage({ host, onBack }: { host: WorkbookHost; onBack: () => void }) {
  const t = useTranslate();
  const styles = useJobStyles();
  const [targetKind, setTargetKind] = useState<"right" | "column">("right");
  const [letters, setLetters] = useState("");
  const [prefix, setPrefix] = useState(true);
  const [occupied, setOccupied] = useState<string[] | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const { busy, status, setStatus, act, showProblem } = useAction();

  const writeWords = (overwrite: boolean) =>
    act(async () => {
      setOccupied(null);
      const fields = { prefix: prefix ? "yes" : "no", ...(targetKind === "column" && { column: letters }) };
      const outcome = await writeWordsForSelection(host, fields, overwrite);
      if (outcome.kind === "problem") {
        showProblem(outcome.problem);
      } else if (outcome.kind === "refused") {
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
      <JobHeader title={t("jobWordsTitle")} onBack={onBack} />

      <JobSection title={t("writeSection")} help={t("writeHelp")} first>
        <Field label={t("targetLabel")}>
          <RadioGroup value={targetKind} onChange={(_, data) => setTargetKind(data.value as "right" | "column")}>
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
      </JobSection>

      <JobSection title={t("checkSection")} help={t("checkHelp")}>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={checkWords}>
            {t("checkButton")}
          </Button>
        </div>
      </JobSection>

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
