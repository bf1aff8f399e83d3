/**
 * 报销审核: the review of every form in the workbook at once (its findings grouped by form), the 审核结果 sheet, new
 * forms, and the policy kept on the 报销审核设置 sheet, shown and edited here. The review and the forms are the
 * reimburse job's; this page reads its fields and shows what the flows return.
 */
import {
  Caption1,
  Checkbox,
  Input,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import type { Finding } from "../../core/findings";
import { DEFAULT_POLICY, type FormType, type SignerRole } from "../../jobs/reimburse";
import { ActionBlock, problemOutcome, usePageActions, type Outcome, type PageActions } from "../components/actions";
import type { FindingGroup } from "../components/FindingsList";
import { JobSection, SettingField, useJobStyles } from "../components/JobLayout";
import { useLocale, useTranslate, type Translate, type UiStringId } from "../i18n";
import type { PageProps } from "../jobs";
import {
  SIGNER_ROLES,
  findPolicy,
  generateForm,
  policyForm,
  reviewTheWorkbook,
  savePolicy,
  writeReviewSheet,
  type FoundPolicy,
  type PolicyForm,
  type ReviewOutcome,
  type SavePolicyOutcome,
} from "./reimburseFlow";
import { useRememberedUnit } from "./startingValues";

const FORM_NAMES: Record<FormType, UiStringId> = {
  "payment-proof": "formPaymentProof",
  "expense-claim": "formExpenseClaim",
  "travel-claim": "formTravelClaim",
  advance: "formAdvance",
};

const ROLE_LABELS: Record<SignerRole, UiStringId> = {
  handler: "roleHandler",
  witness: "roleWitness",
  department: "roleDepartment",
  accounting: "roleAccounting",
  approver: "roleApprover",
};

/** How many cells the overwrite question names before "…". */
const CELLS_SHOWN = 8;

const useStyles = makeStyles({
  // A group of checkboxes is a fieldset with a legend (a Fluent Field labels one control only).
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
  },
  legend: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground1,
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The review as the page shows it: the forms with findings, each under its heading; the policy sheet's first. */
function reviewed({ review }: ReviewOutcome, t: Translate): Outcome {
  const groups: FindingGroup[] = [
    ...(review.policyFindings.length > 0
      ? [{ title: t("policyGroupTitle", { sheet: review.policySheet ?? "" }), findings: review.policyFindings }]
      : []),
    ...review.forms
      .filter((form) => form.findings.length > 0)
      .map((form) => ({
        title: t("formGroupTitle", { sheet: form.sheet, form: t(FORM_NAMES[form.form.type]) }),
        findings: form.findings,
      })),
  ];
  const findings: Finding[] = groups.flatMap((group) => [...group.findings]);
  const forms = review.forms.length;
  // An advance offset or still open is shown, not held against the form.
  const flagged = review.forms.filter((form) => form.findings.some((finding) => finding.severity !== "info")).length;
  const shown = { findings, findingGroups: groups };
  if (forms === 0) return { intent: findings.length > 0 ? "warning" : "info", text: t("reviewNoForms"), ...shown };
  if (findings.length === 0) return { intent: "success", text: t("reviewClean", { forms }) };
  if (flagged === 0 && review.policyFindings.length === 0)
    return { intent: "success", text: t("reviewWithNotes", { forms, findings: findings.length }), ...shown };
  return { intent: "warning", text: t("reviewFlagged", { forms, flagged, findings: findings.length }), ...shown };
}

function ReviewSection({ actions }: { actions: PageActions }) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <>
      <JobSection title={t("reviewSection")} help={t("reviewHelp")}>
        <ActionBlock
          actions={actions}
          id="review"
          label={t("reviewButton")}
          primary
          run={async (options) => reviewed(await reviewTheWorkbook(actions.host, options), t)}
        />
      </JobSection>
      <JobSection title={t("reviewSheetSection")} help={t("reviewSheetHelp")}>
        <ActionBlock
          actions={actions}
          id="review-sheet"
          label={t("reviewSheetButton")}
          run={async (options): Promise<Outcome> => {
            const written = await writeReviewSheet(actions.host, locale, options);
            return { intent: "success", text: t("reviewSheetWritten", { ...written }) };
          }}
        />
      </JobSection>
    </>
  );
}

function NewFormSection({ actions, onGenerated }: { actions: PageActions; onGenerated: () => void }) {
  const t = useTranslate();
  const locale = useLocale();
  const [type, setType] = useState<FormType>("payment-proof");
  const [unit, setUnit] = useRememberedUnit(actions.host);
  return (
    <JobSection title={t("newFormSection")} help={t("newFormHelp")}>
      <SettingField actions={actions} name="type" label={t("formTypeLabel")}>
        <RadioGroup value={type} onChange={(_, data) => setType(data.value as FormType)}>
          {(Object.keys(FORM_NAMES) as FormType[]).map((form) => (
            <Radio key={form} value={form} label={t(FORM_NAMES[form])} />
          ))}
        </RadioGroup>
      </SettingField>
      <SettingField actions={actions} name="unit" label={t("unitLabel")}>
        <Input value={unit} onChange={(_, data) => setUnit(data.value)} />
      </SettingField>
      <ActionBlock
        actions={actions}
        id="new-form"
        label={t("newFormButton")}
        run={async (options): Promise<Outcome> => {
          const outcome = await generateForm(actions.host, type, unit, options);
          if (outcome.kind === "problem") return problemOutcome(outcome.problem, locale, t("fixTheField"));
          onGenerated();
          return {
            intent: "success",
            text: outcome.policySheet
              ? t("formAndPolicyGenerated", { sheet: outcome.sheet, policy: outcome.policySheet })
              : t("formGenerated", { sheet: outcome.sheet }),
          };
        }}
      />
    </JobSection>
  );
}

function PolicySection({
  actions,
  found,
  onSaved,
}: {
  actions: PageActions;
  found: FoundPolicy | null;
  onSaved: () => void;
}) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  const jobStyles = useJobStyles();
  const legendId = useId();
  const signersMessageId = useId();
  const [form, setForm] = useState<PolicyForm>(policyForm(DEFAULT_POLICY));
  // The fields show the policy as read, again after each read: a save, a new policy sheet.
  useEffect(() => {
    if (found) setForm(policyForm(found.policy));
  }, [found]);
  const update = (change: Partial<PolicyForm>) => setForm((current) => ({ ...current, ...change }));
  const toggle = (role: SignerRole, on: boolean) =>
    update({ signers: SIGNER_ROLES.filter((r) => (r === role ? on : form.signers.includes(r))) });
  const signersMessage = actions.fieldMessage("signers");

  const saved = (outcome: SavePolicyOutcome): Outcome => {
    if (outcome.kind === "no-signers")
      return { intent: "warning", text: t("fixTheField"), field: { name: "signers", message: t("signersNone") } };
    if (outcome.kind === "problem") return problemOutcome(outcome.problem, locale, t("fixTheField"));
    if (outcome.kind === "needs-overwrite") {
      const cells = outcome.cells.slice(0, CELLS_SHOWN).join(", ") + (outcome.cells.length > CELLS_SHOWN ? " …" : "");
      const asked = form;
      return {
        intent: "warning",
        text: t("policyOverwriteQuestion", { sheet: outcome.sheet, cells, count: outcome.cells.length }),
        question: {
          yesLabel: t("policyOverwriteButton"),
          yes: async (options) => saved(await savePolicy(actions.host, asked, options, { overwrite: true })),
        },
      };
    }
    onSaved();
    return {
      intent: "success",
      text: t(outcome.created ? "policyCreated" : "policySaved", { sheet: outcome.sheet }),
    };
  };

  const source =
    found === null
      ? "\u00a0"
      : found.sheet === null
        ? t("policyDefault")
        : found.findings.length > 0
          ? t("policyFromSheetWithFindings", { sheet: found.sheet, count: found.findings.length })
          : t("policyFromSheet", { sheet: found.sheet });

  return (
    <JobSection title={t("policySection")}>
      <Caption1 data-testid="policy-source">{source}</Caption1>
      <div className={jobStyles.fields}>
        <fieldset
          className={styles.fieldset}
          data-field="signers"
          aria-labelledby={legendId}
          aria-describedby={signersMessage ? signersMessageId : undefined}
        >
          <legend id={legendId} className={styles.legend}>
            {t("signersLabel")}
          </legend>
          {SIGNER_ROLES.map((role) => (
            <Checkbox
              key={role}
              label={t(ROLE_LABELS[role])}
              checked={form.signers.includes(role)}
              onChange={(_, data) => toggle(role, Boolean(data.checked))}
            />
          ))}
          {signersMessage && (
            <Caption1 id={signersMessageId} className={styles.error}>
              {signersMessage}
            </Caption1>
          )}
        </fieldset>
        <SettingField actions={actions} name="max-items" label={t("maxItemsLabel")}>
          <Input value={form.maxItems} inputMode="numeric" onChange={(_, data) => update({ maxItems: data.value })} />
        </SettingField>
        <Checkbox
          checked={form.refuseReceipts}
          onChange={(_, data) => update({ refuseReceipts: Boolean(data.checked) })}
          label={t("refuseReceiptsLabel")}
        />
        <SettingField actions={actions} name="categories" label={t("categoriesLabel")} hint={t("categoriesHint")}>
          <Textarea
            value={form.categories}
            rows={6}
            resize="vertical"
            onChange={(_, data) => update({ categories: data.value })}
          />
        </SettingField>
      </div>
      <ActionBlock
        actions={actions}
        id="save-policy"
        label={t("savePolicyButton")}
        run={async (options) => saved(await savePolicy(actions.host, form, options))}
      />
    </JobSection>
  );
}

export function ReimbursePage({ host }: PageProps) {
  const actions = usePageActions(host);
  const [found, setFound] = useState<FoundPolicy | null>(null);
  const reads = useRef(0);
  const readPolicy = () => {
    // Only the latest read is shown: the one started when the page opened may end after a save has been read.
    const read = ++reads.current;
    return findPolicy(host).then(
      (policy) => read === reads.current && setFound(policy),
      // Unreadable now (a cell being edited): the fields stay as they were, and saving says what is wrong.
      () => undefined,
    );
  };
  useEffect(() => void readPolicy(), [host]);
  return (
    <>
      <ReviewSection actions={actions} />
      <NewFormSection actions={actions} onGenerated={() => void readPolicy()} />
      <PolicySection actions={actions} found={found} onSaved={() => void readPolicy()} />
    </>
  );
}
