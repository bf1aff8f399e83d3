/**
 * 日记账, in two tabs by rhythm: 日常 first (日清 under the selected row, and checking a journal sheet), then 新建月份
 * (generating a month's cash or bank journal). The sheet and account lists come from the journals in the workbook;
 * 单位名称, 账户 and 每页行数 come back from the workbook's settings.
 */
import {
  Checkbox,
  Combobox,
  Input,
  Option,
  Radio,
  RadioGroup,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { formatMessage } from "../../jobs";
import { DEFAULT_ROWS_PER_PAGE } from "../../jobs/journal";
import { ActionBlock, problemOutcome, usePageActions, type Outcome, type PageActions } from "../components/actions";
import { JobSection, SettingField, useJobStyles } from "../components/JobLayout";
import { SelectionLine, useSelection } from "../components/selection";
import { SheetDropdown } from "../components/SheetDropdown";
import { useLocale, useTranslate } from "../i18n";
import type { PageProps } from "../jobs";
import { selectedAddress } from "./flow";
import { currentMonth, useRememberedForm } from "./startingValues";
import {
  asksForYearToDate,
  checkJournalSheet,
  closeDay,
  findJournals,
  generateJournal,
  rememberedFormFields,
  restoreBalanceFormula,
  type FoundJournal,
  type JournalForm,
} from "./journalFlow";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXL },
  // The hidden attribute alone loses to the panel's display: flex.
  hidden: { display: "none" },
});

/** The journals in the workbook, read when the page opens and again when asked (after generating one). */
function useJournals(host: PageProps["host"]) {
  const [journals, setJournals] = useState<FoundJournal[]>([]);
  const refresh = () =>
    findJournals(host).then(
      (found) => setJournals(found),
      // Unreadable now (a cell being edited): the lists stay as they were, and the actions say what is wrong.
      () => undefined,
    );
  useEffect(() => void refresh(), [host]);
  return { journals, refresh };
}

function DailyTab({
  actions,
  journals,
  onListOpened,
}: {
  actions: PageActions;
  journals: FoundJournal[];
  /** The list is read again when opened: sheets may have been added or renamed since. */
  onListOpened: () => void;
}) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useJobStyles();
  const selection = useSelection(actions.host, async (host) => {
    const grid = await host.readSelection();
    return { address: selectedAddress(grid), sheet: grid.sheet };
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const [cashLimit, setCashLimit] = useState("");
  const names = journals.map((journal) => journal.sheet);
  // The sheet to check follows the selection while it is on a journal, until the user picks one.
  const sheet =
    chosen && names.includes(chosen)
      ? chosen
      : selection && names.includes(selection.sheet)
        ? selection.sheet
        : (names[0] ?? "");

  return (
    <>
      <SelectionLine text={selection && t("selectionIs", { address: selection.address })} />
      <JobSection title={t("closeDaySection")} help={t("closeDayHelp")}>
        <ActionBlock
          actions={actions}
          id="close-day"
          label={t("closeDayButton")}
          primary
          run={async (options): Promise<Outcome> => {
            const outcome = await closeDay(actions.host, options);
            if (outcome.kind === "problem") return problemOutcome(outcome.problem, locale, t("fixTheField"));
            return { intent: "success", text: t("dayClosed", { sheet: outcome.sheet, address: outcome.address }) };
          }}
        />
      </JobSection>
      <JobSection title={t("checkJournalSection")} help={t("checkJournalHelp")}>
        <div className={styles.fields}>
          <SettingField actions={actions} name="sheet" label={t("sheetLabel")}>
            <SheetDropdown sheet={sheet} sheets={names} onOpen={onListOpened} onPick={setChosen} />
          </SettingField>
          <SettingField actions={actions} name="cash-limit" label={t("cashLimitLabel")}>
            <Input value={cashLimit} inputMode="decimal" onChange={(_, data) => setCashLimit(data.value)} />
          </SettingField>
        </div>
        <ActionBlock
          actions={actions}
          id="check"
          label={t("checkJournalButton")}
          disabledReason={sheet ? undefined : t("noJournalYet")}
          run={async (options): Promise<Outcome> => {
            const outcome = await checkJournalSheet(actions.host, sheet, cashLimit, options);
            if (outcome.kind === "problem") return problemOutcome(outcome.problem, locale, t("fixTheField"));
            return outcome.findings.length === 0
              ? { intent: "success", text: t("journalClean", { sheet, rows: outcome.rows }) }
              : {
                  intent: "warning",
                  text: t("journalChecked", { sheet, rows: outcome.rows, findings: outcome.findings.length }),
                  findings: outcome.findings,
                  // Offered only where the journal job is certain of the formula the balance was typed over.
                  findingFix: (finding) => {
                    const offered = outcome.restorable.get(finding.cell);
                    if (offered === undefined || finding.sheet !== sheet) return undefined;
                    return {
                      label: t("restoreBalanceFormula", { cell: finding.cell }),
                      run: async () => {
                        const restored = await restoreBalanceFormula(actions.host, finding, offered);
                        if (restored.kind === "problem")
                          return formatMessage(locale, restored.problem.id, restored.problem.params);
                        return t(restored.kind === "restored" ? "balanceFormulaRestored" : "balanceFormulaChanged", {
                          cell: restored.cell,
                        });
                      },
                    };
                  },
                };
          }}
        />
      </JobSection>
    </>
  );
}

function NewMonthTab({
  actions,
  journals,
  onGenerated,
}: {
  actions: PageActions;
  journals: FoundJournal[];
  onGenerated: () => void;
}) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useJobStyles();
  const [form, update] = useRememberedForm<JournalForm>(
    actions.host,
    {
      kind: "cash",
      unit: "",
      account: "",
      month: currentMonth(),
      opening: "",
      carriedFromLastYear: false,
      ytdReceipts: "",
      ytdPayments: "",
      rowsPerPage: String(DEFAULT_ROWS_PER_PAGE),
      source: "empty",
    },
    rememberedFormFields,
  );

  const accounts = [...new Set(journals.filter((j) => j.kind === form.kind).map((j) => j.account))];

  const generated = (outcome: Awaited<ReturnType<typeof generateJournal>>): Outcome => {
    if (outcome.kind === "problem") return problemOutcome(outcome.problem, locale, t("fixTheField"), outcome.findings);
    if (outcome.kind === "needs-opening")
      return {
        intent: "warning",
        text: t("openingEmptyQuestion"),
        question: {
          yesLabel: t("generateWithZeroOpening"),
          yes: async (options) =>
            generated(await generateJournal(actions.host, form, options, { openingMayBeEmpty: true })),
        },
      };
    onGenerated();
    return { intent: "success", text: t("generated", { sheet: outcome.sheet, entries: outcome.entries }) };
  };

  return (
    <JobSection>
      <SettingField actions={actions} name="kind" label={t("journalKindLabel")}>
        <RadioGroup value={form.kind} onChange={(_, data) => update({ kind: data.value as JournalForm["kind"] })}>
          <Radio value="cash" label={t("journalKindCash")} />
          <Radio value="bank" label={t("journalKindBank")} />
        </RadioGroup>
      </SettingField>
      <SettingField actions={actions} name="unit" label={t("unitLabel")}>
        <Input value={form.unit} onChange={(_, data) => update({ unit: data.value })} />
      </SettingField>
      <SettingField
        actions={actions}
        name="account"
        label={t("accountLabel")}
        hint={form.kind === "bank" ? t("accountHintBank") : t("accountHintCash")}
      >
        <Combobox
          freeform
          value={form.account}
          selectedOptions={accounts.includes(form.account) ? [form.account] : []}
          onChange={(event) => update({ account: event.target.value })}
          onOptionSelect={(_, data) => update({ account: data.optionValue ?? "" })}
        >
          {accounts.map((account) => (
            <Option key={account} value={account}>
              {account}
            </Option>
          ))}
        </Combobox>
      </SettingField>
      <div className={styles.fields}>
        <SettingField actions={actions} name="month" label={t("monthLabel")} hint={t("monthHint")}>
          <Input value={form.month} onChange={(_, data) => update({ month: data.value })} />
        </SettingField>
        <SettingField actions={actions} name="opening" label={t("openingLabel")}>
          <Input value={form.opening} inputMode="decimal" onChange={(_, data) => update({ opening: data.value })} />
        </SettingField>
      </div>
      <Checkbox
        checked={form.carriedFromLastYear}
        onChange={(_, data) => update({ carriedFromLastYear: Boolean(data.checked) })}
        label={t("carriedFromLastYearLabel")}
      />
      {asksForYearToDate(form.month) && (
        <div className={styles.fields}>
          <SettingField actions={actions} name="ytd-receipts" label={t("ytdReceiptsLabel")} hint={t("yearToDateHint")}>
            <Input
              value={form.ytdReceipts}
              inputMode="decimal"
              onChange={(_, data) => update({ ytdReceipts: data.value })}
            />
          </SettingField>
          <SettingField actions={actions} name="ytd-payments" label={t("ytdPaymentsLabel")}>
            <Input
              value={form.ytdPayments}
              inputMode="decimal"
              onChange={(_, data) => update({ ytdPayments: data.value })}
            />
          </SettingField>
        </div>
      )}
      <SettingField actions={actions} name="rows-per-page" label={t("rowsPerPageLabel")}>
        <Input
          value={form.rowsPerPage}
          inputMode="numeric"
          onChange={(_, data) => update({ rowsPerPage: data.value })}
        />
      </SettingField>
      <SettingField actions={actions} name="source" label={t("sourceLabel")}>
        <RadioGroup value={form.source} onChange={(_, data) => update({ source: data.value as JournalForm["source"] })}>
          <Radio value="empty" label={t("sourceEmpty")} />
          <Radio value="selection" label={t("sourceSelection")} />
        </RadioGroup>
      </SettingField>
      <ActionBlock
        actions={actions}
        id="generate"
        label={t("generateButton")}
        primary
        run={async (options) => generated(await generateJournal(actions.host, form, options))}
      />
    </JobSection>
  );
}

export function JournalPage({ host }: PageProps) {
  const t = useTranslate();
  const styles = useStyles();
  const actions = usePageActions(host);
  const { journals, refresh } = useJournals(host);
  const [tab, setTab] = useState<"daily" | "month">("daily");
  const tabId = useId();
  return (
    <>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as typeof tab)}>
        <Tab value="daily" id={`${tabId}-daily`} aria-controls={`${tabId}-daily-panel`}>
          {t("tabDaily")}
        </Tab>
        <Tab value="month" id={`${tabId}-month`} aria-controls={`${tabId}-month-panel`}>
          {t("tabNewMonth")}
        </Tab>
      </TabList>
      {/* Both panels stay mounted, so that switching tabs keeps what was typed and the results shown. */}
      <div
        role="tabpanel"
        id={`${tabId}-daily-panel`}
        aria-labelledby={`${tabId}-daily`}
        hidden={tab !== "daily"}
        className={tab === "daily" ? styles.panel : styles.hidden}
      >
        <DailyTab actions={actions} journals={journals} onListOpened={() => void refresh()} />
      </div>
      <div
        role="tabpanel"
        id={`${tabId}-month-panel`}
        aria-labelledby={`${tabId}-month`}
        hidden={tab !== "month"}
        className={tab === "month" ? styles.panel : styles.hidden}
      >
        <NewMonthTab actions={actions} journals={journals} onGenerated={() => void refresh()} />
      </div>
    </>
  );
}
