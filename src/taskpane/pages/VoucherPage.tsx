/**
 * 凭证: checking the vouchers on the active sheet (ours, or a list exported by accounting software) comes first, as
 * the work a cashier does every day; then generating vouchers, blank or from the entries in the selection, on a new
 * sheet. The job's settings parser refuses a field on that field; 单位名称 comes back from the workbook's settings.
 */
import { Input, Radio, RadioGroup } from "@fluentui/react-components";
import { DEFAULT_COUNT, DEFAULT_LINES, type VoucherKind } from "../../jobs/voucher";
import { ActionBlock, problemOutcome, usePageActions, type Outcome } from "../components/actions";
import { JobSection, SettingField } from "../components/JobLayout";
import { SelectionLine, useSelection } from "../components/selection";
import { useLocale, useTranslate, type UiStringId } from "../i18n";
import type { PageProps } from "../jobs";
import { selectedAddress } from "./flow";
import { useRememberedForm } from "./startingValues";
import { rememberedFormFields } from "./journalFlow";
import { checkActiveSheet, generateVoucherSheet, type VoucherForm } from "./voucherFlow";

const WORDS: readonly { word: VoucherKind; label: UiStringId }[] = [
  { word: "记", label: "voucherWordGeneral" },
  { word: "收", label: "voucherWordReceipt" },
  { word: "付", label: "voucherWordPayment" },
  { word: "转", label: "voucherWordTransfer" },
];

export function VoucherPage({ host }: PageProps) {
  const t = useTranslate();
  const locale = useLocale();
  const actions = usePageActions(host);
  const selection = useSelection(host, async (h) => selectedAddress(await h.readSelection()));
  const [form, update] = useRememberedForm<VoucherForm>(
    host,
    { unit: "", word: "记", count: String(DEFAULT_COUNT), lines: String(DEFAULT_LINES), source: "blank" },
    rememberedFormFields,
  );

  return (
    <>
      <SelectionLine text={selection && t("selectionIs", { address: selection })} />
      <JobSection title={t("checkVouchersSection")} help={t("checkVouchersHelp")}>
        <ActionBlock
          actions={actions}
          id="check-vouchers"
          label={t("checkVouchersButton")}
          primary
          run={async (options): Promise<Outcome> => {
            const outcome = await checkActiveSheet(host, options);
            if (outcome.kind === "no-vouchers")
              return { intent: "warning", text: t("noVouchersOnSheet", { sheet: outcome.sheet }) };
            const { sheet, vouchers, findings } = outcome;
            return findings.length === 0
              ? { intent: "success", text: t("vouchersClean", { sheet, vouchers }) }
              : {
                  intent: "warning",
                  text: t("vouchersChecked", { sheet, vouchers, findings: findings.length }),
                  findings,
                };
          }}
        />
      </JobSection>
      <JobSection title={t("newVouchersSection")} help={t("newVouchersHelp")}>
        <SettingField actions={actions} name="unit" label={t("unitLabel")}>
          <Input value={form.unit} onChange={(_, data) => update({ unit: data.value })} />
        </SettingField>
        <SettingField actions={actions} name="from" label={t("voucherSourceLabel")}>
          <RadioGroup
            value={form.source}
            onChange={(_, data) => update({ source: data.value as VoucherForm["source"] })}
          >
            <Radio value="blank" label={t("voucherSourceBlank")} />
            <Radio value="selection" label={t("voucherSourceSelection")} />
          </RadioGroup>
        </SettingField>
        <SettingField
          actions={actions}
          name="word"
          label={t("voucherWordLabel")}
          hint={form.source === "selection" ? t("voucherWordHint") : undefined}
        >
          <RadioGroup value={form.word} onChange={(_, data) => update({ word: data.value as VoucherKind })}>
            {WORDS.map(({ word, label }) => (
              <Radio key={word} value={word} label={t(label)} />
            ))}
          </RadioGroup>
        </SettingField>
        {form.source === "blank" && (
          <SettingField actions={actions} name="count" label={t("voucherCountLabel")}>
            <Input value={form.count} inputMode="numeric" onChange={(_, data) => update({ count: data.value })} />
          </SettingField>
        )}
        <SettingField actions={actions} name="lines" label={t("voucherLinesLabel")} hint={t("voucherLinesHint")}>
          <Input value={form.lines} inputMode="numeric" onChange={(_, data) => update({ lines: data.value })} />
        </SettingField>
        <ActionBlock
          actions={actions}
          id="generate-vouchers"
          label={t("generateVouchersButton")}
          run={async (options): Promise<Outcome> => {
            const outcome = await generateVoucherSheet(host, form, options);
            if (outcome.kind === "problem")
              return problemOutcome(outcome.problem, locale, t("fixTheField"), outcome.findings);
            return {
              intent: "success",
              text:
                outcome.blank === null
                  ? t("vouchersGenerated", { sheet: outcome.sheet })
                  : t("blankVouchersGenerated", { sheet: outcome.sheet, count: outcome.blank }),
            };
          }}
        />
      </JobSection>
    </>
  );
}
