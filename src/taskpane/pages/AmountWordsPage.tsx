/** 大写金额: write the words for the selected amounts into a chosen column, and check figures against words. */
import { Checkbox, Input, Radio, RadioGroup } from "@fluentui/react-components";
import { useState } from "react";
import { ActionBlock, problemOutcome, usePageActions, type Outcome, type RunOptions } from "../components/actions";
import { JobSection, SettingField } from "../components/JobLayout";
import { SelectionLine, useSelection } from "../components/selection";
import { useLocale, useTranslate } from "../i18n";
import type { PageProps } from "../jobs";
import { checkWordsInSelection, describeSelection, writeWordsForSelection } from "./amountWordsFlow";

/** How many occupied cells the question names before "…". */
const OCCUPIED_SHOWN = 5;

export function AmountWordsPage({ host }: PageProps) {
  const t = useTranslate();
  const locale = useLocale();
  const actions = usePageActions(host);
  const selection = useSelection(host, describeSelection);
  const [targetKind, setTargetKind] = useState<"right" | "column">("right");
  const [letters, setLetters] = useState("");
  const [prefix, setPrefix] = useState(true);

  const writeWords = async (overwrite: boolean, options: RunOptions): Promise<Outcome> => {
    const fields = { prefix: prefix ? "yes" : "no", ...(targetKind === "column" && { column: letters }) };
    const outcome = await writeWordsForSelection(host, fields, overwrite, options);
    if (outcome.kind === "problem") return problemOutcome(outcome.problem, locale, t("fixTheField"));
    if (outcome.kind === "refused") return { intent: "warning", text: t(outcome.reason), findings: outcome.findings };
    if (outcome.kind === "needs-confirmation") {
      const { occupied } = outcome;
      const cells = occupied.slice(0, OCCUPIED_SHOWN).join(", ") + (occupied.length > OCCUPIED_SHOWN ? " …" : "");
      return {
        intent: "warning",
        text: t("confirmOverwrite", { cells, count: occupied.length }),
        question: { yesLabel: t("overwriteButton"), yes: (again) => writeWords(true, again) },
      };
    }
    return {
      intent: outcome.findings.length > 0 ? "warning" : "success",
      text: t("written", { address: outcome.address, count: outcome.count }),
      findings: outcome.findings,
    };
  };

  const selected = selection && t("selectionWithAmounts", { address: selection.address, count: selection.amounts });

  return (
    <>
      <SelectionLine text={selected} />
      <JobSection title={t("writeSection")} help={t("writeHelp")}>
        <SettingField actions={actions} name="target" label={t("targetLabel")}>
          <RadioGroup value={targetKind} onChange={(_, data) => setTargetKind(data.value as "right" | "column")}>
            <Radio value="right" label={t("targetRight")} />
            <Radio value="column" label={t("targetColumn")} />
          </RadioGroup>
        </SettingField>
        {targetKind === "column" && (
          <SettingField actions={actions} name="column" label={t("targetColumnLabel")} hint={t("targetColumnHint")}>
            <Input value={letters} maxLength={3} onChange={(_, data) => setLetters(data.value)} />
          </SettingField>
        )}
        <Checkbox checked={prefix} onChange={(_, data) => setPrefix(Boolean(data.checked))} label={t("prefixLabel")} />
        <ActionBlock
          actions={actions}
          id="write"
          label={t("writeButton")}
          primary
          disabledReason={selection && selection.amounts === 0 ? t("selectionHasNoAmounts") : undefined}
          run={(options) => writeWords(false, options)}
        />
      </JobSection>
      <JobSection title={t("checkSection")} help={t("checkHelp")}>
        <ActionBlock
          actions={actions}
          id="check-words"
          label={t("checkButton")}
          disabledReason={selection && selection.columns < 2 ? t("checkNeedsTwoColumns") : undefined}
          run={async (): Promise<Outcome> => {
            const outcome = await checkWordsInSelection(host);
            if (outcome.kind === "refused") return { intent: "warning", text: t(outcome.reason) };
            if (outcome.count === 0 && outcome.findings.length === 0)
              return { intent: "warning", text: t("nothingToCheck") };
            return outcome.findings.length === 0
              ? { intent: "success", text: t("checkedClean", { count: outcome.count }) }
              : {
                  intent: "warning",
                  text: t("checkedWithFindings", { count: outcome.count, findings: outcome.findings.length }),
                  findings: outcome.findings,
                };
          }}
        />
      </JobSection>
    </>
  );
}
