/** 日报: the 资金日报表 of every journal in the workbook, for a day or each day of a month, with its chart. */
import { Input } from "@fluentui/react-components";
import { useState } from "react";
import { ActionBlock, usePageActions } from "../components/actions";
import { BalanceChart } from "../components/BalanceChart";
import { JobSection, SettingField } from "../components/JobLayout";
import { useLocale, useTranslate } from "../i18n";
import type { PageProps } from "../jobs";
import { generateFundsReport } from "./journalFlow";
import { reportOutcome } from "./reportOutcome";
import { today, useRememberedUnit } from "./startingValues";

export function FundsReportPage({ host }: PageProps) {
  const t = useTranslate();
  const locale = useLocale();
  const actions = usePageActions(host);
  const [unit, setUnit] = useRememberedUnit(host);
  const [period, setPeriod] = useState(today());
  return (
    <JobSection help={t("fundsReportHelp")}>
      <SettingField actions={actions} name="unit" label={t("unitLabel")}>
        <Input value={unit} onChange={(_, data) => setUnit(data.value)} />
      </SettingField>
      {/* The parser names the field "date" or "month" by what was typed; both are this one field. */}
      <SettingField
        actions={actions}
        name={actions.fieldMessage("month") ? "month" : "date"}
        label={t("reportPeriodLabel")}
        hint={t("reportPeriodHint")}
      >
        <Input value={period} onChange={(_, data) => setPeriod(data.value)} />
      </SettingField>
      <ActionBlock
        actions={actions}
        id="funds-report"
        label={t("fundsReportButton")}
        primary
        run={async (options) => {
          const outcome = await generateFundsReport(host, unit, period, options);
          const said = reportOutcome(outcome, locale, t);
          if (outcome.kind === "problem" || !outcome.series) return said;
          return { ...said, details: <BalanceChart series={outcome.series} title={t("balanceChartTitle")} /> };
        }}
      />
    </JobSection>
  );
}
