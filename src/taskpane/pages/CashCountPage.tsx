/**
 * 盘点: a 现金盘点表 for a day, its book balance the cash journal's closing balance of that day. The smallest page:
 * settings fields and one action, the shape a new job's page starts from.
 */
import { Input } from "@fluentui/react-components";
import { useState } from "react";
import { ActionBlock, usePageActions } from "../components/actions";
import { JobSection, SettingField } from "../components/JobLayout";
import { useLocale, useTranslate } from "../i18n";
import type { PageProps } from "../jobs";
import { generateCashCount } from "./journalFlow";
import { reportOutcome } from "./reportOutcome";
import { today, useRememberedUnit } from "./startingValues";

export function CashCountPage({ host }: PageProps) {
  const t = useTranslate();
  const locale = useLocale();
  const actions = usePageActions(host);
  const [unit, setUnit] = useRememberedUnit(host);
  const [date, setDate] = useState(today());
  return (
    <JobSection help={t("cashCountHelp")}>
      <SettingField actions={actions} name="unit" label={t("unitLabel")}>
        <Input value={unit} onChange={(_, data) => setUnit(data.value)} />
      </SettingField>
      <SettingField actions={actions} name="date" label={t("countDateLabel")} hint={t("dateHint")}>
        <Input value={date} onChange={(_, data) => setDate(data.value)} />
      </SettingField>
      <ActionBlock
        actions={actions}
        id="cash-count"
        label={t("cashCountButton")}
        primary
        run={async (options) => reportOutcome(await generateCashCount(host, unit, date, options), locale, t)}
      />
    </JobSection>
  );
}
