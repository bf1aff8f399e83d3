/** 日记账: generate a cash or bank deposit journal, and check a journal sheet with progress and a way to stop. */
import {
  Body1,
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  ProgressBar,
  Radio,
  RadioGroup,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Finding } from "../../core/findings";
import type { WorkbookHost } from "../../hosts/host";
import { BalanceChart } from "../components/BalanceChart";
import { FindingsList } from "../components/FindingsList";
import { JobHeader, JobSection, useJobStyles } from "../components/JobLayout";
import { StatusLine, useAction } from "../components/useAction";
import { useTranslate } from "../i18n";
import {
  asksForYearToDate,
  checkJournalSheet,
  closeDay,
  generateCashCount,
  generateFundsReport,
  generateJournal,
  type JournalForm,
  type ReportOutcome,
} from "./journalFlow";
import type { ClosingSeries } from "../../jobs/funds-report";

/** The month the form starts with: the current one, which is what a cashier opens a new journal for. */
function currentMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/** An amount typed as text, which the core reads (¥, thousands separators, full-width digits), on a decimal keypad. */
function AmountField({
  label,
  value,
  onChange,
  placeholder = "0.00",
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  return (
    <Field label={label}>
      <Input value={value} inputMode="decimal" placeholder={placeholder} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}

export function JournalPage({ host, onBack }: { host: WorkbookHost; onBack: () => void }) {
  const t = useTranslate();
  const styles = useJobStyles();
  const { busy, status, setStatus, showProblem, act } = useAction();
  const [form, setForm] = useState<JournalForm>({
    kind: "cash",
    unit: "",
    account: "",
    month: currentMonth(),
    opening: "",
    carriedFromLastYear: false,
    ytdReceipts: "",
    ytdPayments: "",
    rowsPerPage: "30",
    source: "empty",
  });
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState("");
  const [cashLimit, setCashLimit] = useState("");
  const [progress, setProgress] = useState<{ read: number; total: number } | null>(null);
  const [findings, setFindings] = useState<Finding[]>([]);
  const reading = useRef<AbortController | null>(null);
  const [countDate, setCountDate] = useState("");
  const [reportPeriod, setReportPeriod] = useState(currentMonth());
  const [series, setSeries] = useState<ClosingSeries | null>(null);

  const refreshSheets = () =>
    act(async () => {
      const names = await host.listSheets();
      setSheets(names);
      setSheet((current) => (names.includes(current) ? current : (names[0] ?? "")));
    }, false);

  useEffect(() => {
    void refreshSheets();
    // The sheet list is read when the page opens, after generating, and whenever the list is opened.
  }, []);

  const update = (change: Partial<JournalForm>) => setForm((current) => ({ ...current, ...change }));

  const generate = () =>
    act(async () => {
      const outcome = await generateJournal(host, form);
      if (outcome.kind === "problem") {
        setFindings(outcome.findings ?? []);
        return showProblem(outcome.problem);
      }
      setFindings([]);
      setStatus({ intent: "success", text: t("generated", { sheet: outcome.sheet, entries: outcome.entries }) });
      const names = await host.listSheets();
      setSheets(names);
      setSheet(outcome.sheet);
    });

  const closeDayBelowSelection = () =>
    act(async () => {
      const outcome = await closeDay(host);
      if (outcome.kind === "problem") {
        return showProblem(outcome.problem);
      }
      setStatus({ intent: "success", text: t("dayClosed", { sheet: outcome.sheet, address: outcome.address }) });
    });

  const check = () =>
    act(async () => {
      const controller = new AbortController();
      reading.current = controller;
      try {
        const outcome = await checkJournalSheet(host, sheet, cashLimit, {
          signal: controller.signal,
          onProgress: (read, total) => setProgress({ read, total }),
        });
        if (outcome.kind === "problem") {
          return showProblem(outcome.problem);
        }
        setFindings(outcome.findings);
        setStatus(
          outcome.findings.length === 0
            ? { intent: "success", text: t("journalClean", { rows: outcome.rows }) }
            : {
                intent: "warning",
                text: t("journalChecked", { rows: outcome.rows, findings: outcome.findings.length }),
              },
        );
      } finally {
        reading.current = null;
        setProgress(null);
      }
    });

  const report = (make: () => Promise<ReportOutcome>) =>
    act(async () => {
      setSeries(null);
      const outcome = await make();
      if (outcome.kind === "problem") {
        return showProblem(outcome.problem);
      }
      setFindings(outcome.findings);
      setSeries(outcome.series);
      setStatus({ intent: "success", text: t("reportGenerated", { sheet: outcome.sheet }) });
    });

  return (
    <>
      <JobHeader title={t("jobJournalTitle")} onBack={onBack} />

      <JobSection title={t("generateSection")} first>
        <Field label={t("journalKindLabel")}>
          <RadioGroup value={form.kind} onChange={(_, data) => update({ kind: data.value as JournalForm["kind"] })}>
            <Radio value="cash" label={t("journalKindCash")} />
            <Radio value="bank" label={t("journalKindBank")} />
          </RadioGroup>
        </Field>
        <Field label={t("unitLabel")}>
          <Input value={form.unit} onChange={(_, data) => update({ unit: data.value })} />
        </Field>
        <Field label={t("accountLabel")} hint={form.kind === "bank" ? t("accountHintBank") : undefined}>
          <Input
            value={form.account}
            placeholder={form.kind === "cash" ? "库存现金" : ""}
            onChange={(_, data) => update({ account: data.value })}
          />
        </Field>
        <div className={styles.row}>
          <Field label={t("monthLabel")}>
            <Input type="month" value={form.month} onChange={(_, data) => update({ month: data.value })} />
          </Field>
          <AmountField label={t("openingLabel")} value={form.opening} onChange={(opening) => update({ opening })} />
          <Field label={t("rowsPerPageLabel")}>
            <Input
              type="number"
              min={2}
              value={form.rowsPerPage}
              onChange={(_, data) => update({ rowsPerPage: data.value })}
            />
          </Field>
        </div>
        <Checkbox
          checked={form.carriedFromLastYear}
          onChange={(_, data) => update({ carriedFromLastYear: Boolean(data.checked) })}
          label={t("carriedFromLastYearLabel")}
        />
        {asksForYearToDate(form.month) && (
          <>
            <Body1>{t("yearToDateHint")}</Body1>
            <div className={styles.row}>
              <AmountField
                label={t("ytdReceiptsLabel")}
                value={form.ytdReceipts}
                onChange={(ytdReceipts) => update({ ytdReceipts })}
              />
              <AmountField
                label={t("ytdPaymentsLabel")}
                value={form.ytdPayments}
                onChange={(ytdPayments) => update({ ytdPayments })}
              />
            </div>
          </>
        )}
        <Field label={t("sourceLabel")}>
          <RadioGroup
            value={form.source}
            onChange={(_, data) => update({ source: data.value as JournalForm["source"] })}
          >
            <Radio value="empty" label={t("sourceEmpty")} />
            <Radio value="selection" label={t("sourceSelection")} />
          </RadioGroup>
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={generate}>
            {t("generateButton")}
          </Button>
        </div>
        <Body1>{t("closeDayHelp")}</Body1>
        <div className={styles.row}>
          <Button disabled={busy} onClick={closeDayBelowSelection}>
            {t("closeDayButton")}
          </Button>
        </div>
      </JobSection>

      <JobSection title={t("checkJournalSection")} help={t("checkJournalHelp")}>
        <div className={styles.row}>
          <Field label={t("sheetLabel")}>
            <Dropdown
              value={sheet}
              selectedOptions={sheet ? [sheet] : []}
              onOpenChange={(_, data) => data.open && void refreshSheets()}
              onOptionSelect={(_, data) => setSheet(data.optionValue ?? "")}
            >
              {sheets.map((name) => (
                <Option key={name} value={name}>
                  {name}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <AmountField label={t("cashLimitLabel")} value={cashLimit} onChange={setCashLimit} placeholder="" />
        </div>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy || !sheet} onClick={check}>
            {t("checkJournalButton")}
          </Button>
          {progress && (
            <Button appearance="subtle" onClick={() => reading.current?.abort()}>
              {t("cancelButtonShort")}
            </Button>
          )}
        </div>
        {progress && (
          <Field validationMessage={t("readingProgress", progress)} validationState="none">
            <ProgressBar value={progress.total === 0 ? 0 : progress.read / progress.total} />
          </Field>
        )}
      </JobSection>

      <JobSection title={t("reportsSection")} help={t("reportsHelp")}>
        <div className={styles.row}>
          <Field label={t("countDateLabel")}>
            <Input type="date" value={countDate} onChange={(_, data) => setCountDate(data.value)} />
          </Field>
          <Button
            disabled={busy || !countDate}
            onClick={() => report(() => generateCashCount(host, form.unit, countDate))}
          >
            {t("cashCountButton")}
          </Button>
        </div>
        <div className={styles.row}>
          <Field label={t("reportPeriodLabel")} hint={t("reportPeriodHint")}>
            <Input value={reportPeriod} onChange={(_, data) => setReportPeriod(data.value)} />
          </Field>
          <Button disabled={busy} onClick={() => report(() => generateFundsReport(host, form.unit, reportPeriod))}>
            {t("fundsReportButton")}
          </Button>
        </div>
        {series && <BalanceChart series={series} title={t("balanceChartTitle")} />}
      </JobSection>

      <StatusLine busy={busy} status={status} />
      <FindingsList
        findings={findings}
        onSelect={(finding) => act(() => host.selectCell(finding.sheet, finding.cell), false)}
        onHighlight={() => act(() => host.highlight(findings), false)}
        onClearHighlights={() => act(() => host.clearHighlights(), false)}
      />
    </>
  );
}
