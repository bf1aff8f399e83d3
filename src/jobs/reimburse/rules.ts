/**
 * The cashier's review of a reimbursement form before paying it (DOMAIN §7), one rule per item of the list, each a
 * pure function of the form read and the organisation's policy. What stops payment is an error (a missing signature
 * or approval, altered originals, a 收据 the policy refuses, too many items, figures that disagree); a matter for
 * judgement is a warning (a category outside the list, an amount over a standard, a malformed invoice number); what
 * is only shown is info (an advance offset, an advance still open). Two rules look across every form of a workbook:
 * an invoice claimed twice, and an advance no claim offsets.
 */
import type { Finding, Severity } from "../../core/findings";
import { normalizedLabel } from "../../core/header";
import type { MessageId, MessageParams } from "../../core/messages";
import { formatMoney, toHalfWidth } from "../../core/money";
import { fail, ok, type Result } from "../../core/result";
import { shownText } from "../../core/text";
import { checkWords } from "../../core/words";
import {
  RECEIPT_KIND_WORDS,
  ROLE_NAMES,
  ROLES_EVERY_FORM_HAS,
  type FormItem,
  type ReceiptKind,
  type ReimbursementForm,
  type ReimbursePolicy,
  type SignerRole,
} from "./model";

function finding(
  form: ReimbursementForm,
  cell: string,
  rule: MessageId,
  severity: Severity,
  params: MessageParams = {},
): Finding {
  return { rule, severity, sheet: form.sheet, cell, params };
}

const money = (fen: number) => formatMoney(fen);
const itemNumber = (form: ReimbursementForm, item: FormItem) => form.items.indexOf(item) + 1;

// ---- Invoice numbers ---------------------------------------------------------------------------------------------

/** Excel keeps 15 significant digits: a number cell from 10¹⁵ up has lost digits of an invoice number. */
const FIFTEEN_DIGITS = 1e15;

/** "No.", "№" or "发票号码" before the digits, and spaces, hyphens or slashes between code and number, are not part of it. */
const PREFIX = /^(?:no\.?|№|发票号码|发票号|号码)\s*[:：]?\s*/i;
const SEPARATORS = /[\s\-_/]/g;

/**
 * An invoice number (DOMAIN §7 rule 9) in the one form duplicates are found by: its digits. A 数电发票 (全电发票) has
 * 20; a paper invoice a 10- or 12-digit 发票代码 and an 8-digit 发票号码, written together (with or without a space or
 * hyphen between) or in two columns. 20 digits read as a 数电发票; a 12-digit code with its number has the same
 * length, and the two never collide, since the same invoice is always written the same way after the separators go.
 */
export function normaliseInvoiceNumber(value: unknown): Result<string> {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || Math.abs(value) >= FIFTEEN_DIGITS)
      return fail("invoice-number-digits-lost", { text: shownText(value) });
  }
  const text = toHalfWidth(shownText(value)).trim();
  if (text === "") return fail("invoice-number-empty");
  const digits = text.replace(PREFIX, "").replace(SEPARATORS, "");
  const stray = /\D/.exec(digits);
  if (stray) return fail("invoice-number-characters", { text, char: stray[0] });
  if (digits.length === 20 || digits.length === 18) return ok(digits);
  if (digits.length === 8) return fail("invoice-number-code-missing", { text });
  return fail("invoice-number-length", { text, digits: digits.length });
}

// ---- One form ----------------------------------------------------------------------------------------------------

/** Rule 1 and 2: 经办人 and 证明人 signed, 部门负责人 and 会计审核 where the form has them, and 总经理 approved. */
export function checkSignatures(form: ReimbursementForm, policy: ReimbursePolicy): Finding[] {
  const findings: Finding[] = [];
  const required = (role: SignerRole) => policy.signers.includes(role);
  for (const line of form.signatures) {
    if (!required(line.role) || line.signed) continue;
    const params = { form: form.title, role: ROLE_NAMES[line.role] };
    const approver = line.role === "approver";
    if (line.cell !== "")
      findings.push(
        finding(form, line.cell, approver ? "reimburse-approver-missing" : "reimburse-signer-missing", "error", params),
      );
    else if (ROLES_EVERY_FORM_HAS[form.type].includes(line.role))
      findings.push(
        finding(form, "", approver ? "reimburse-approver-missing" : "reimburse-signer-line-missing", "error", params),
      );
  }
  return findings;
}

/** Rule 3: originals declared altered are not reimbursed. */
export function checkAltered(form: ReimbursementForm): Finding[] {
  return form.altered?.value === true
    ? [finding(form, form.altered.cell, "reimburse-altered", "error", { form: form.title })]
    : [];
}

/** What a 票据类型 text says the item is backed by; null when it is blank or says nothing known. */
export function receiptKind(text: string): ReceiptKind | null {
  const plain = normalizedLabel(text);
  if (plain === "") return null;
  return RECEIPT_KIND_WORDS.find(({ words }) => words.some((word) => plain.includes(word)))?.kind ?? null;
}

/**
 * Rule 4: a 收据 that is not a 财政票据 is refused where the policy refuses them (the default); where it does not,
 * it may still not stand beside formal invoices on one form, and that is for the cashier to judge.
 */
export function checkReceipts(form: ReimbursementForm, policy: ReimbursePolicy): Finding[] {
  const kinds = form.items.map((item) => receiptKind(item.receiptType));
  const mixed = kinds.includes("invoice");
  if (!policy.refuseReceipts && !mixed) return [];
  return form.items.flatMap((item, index) =>
    kinds[index] === "receipt"
      ? [
          finding(form, item.receiptTypeCell, "reimburse-receipt-mixed", policy.refuseReceipts ? "error" : "warning", {
            item: index + 1,
            type: item.receiptType,
          }),
        ]
      : [],
  );
}

/** Rule 5: no more items on one 支付证明单 than the policy allows; the finding is on the first one too many. */
export function checkItemCount(form: ReimbursementForm, policy: ReimbursePolicy): Finding[] {
  if (form.type !== "payment-proof" || form.items.length <= policy.maxItems) return [];
  const first = form.items[policy.maxItems]!;
  return [
    finding(form, first.cell, "reimburse-too-many-items", "error", { count: form.items.length, max: policy.maxItems }),
  ];
}

const itemsSum = (form: ReimbursementForm) => form.items.reduce((sum, item) => sum + (item.amount ?? 0), 0);

/** The amount the form claims: its stated total, else the sum of its items. */
export function claimedAmount(form: ReimbursementForm): number {
  return form.total?.value ?? itemsSum(form);
}

/** Rule 6, first half: 大小写金额相符, every legal way of writing the words accepted (core/words). */
export function checkWordsAgree(form: ReimbursementForm): Finding[] {
  if (!form.words) return [];
  const figures = claimedAmount(form);
  if (figures === 0 && form.words.value === "") return [];
  if (checkWords(figures, form.words.value).length === 0) return [];
  return [
    finding(form, form.words.cell, "reimburse-words-mismatch", "error", {
      words: form.words.value,
      figures: money(figures),
    }),
  ];
}

/** The stated total and the items' sum, when the form has both and they differ; else null. */
function totalAgainstItems(form: ReimbursementForm): { total: number; sum: number } | null {
  if (!form.hasItemTable || !form.total) return null;
  const sum = itemsSum(form);
  return sum === form.total.value ? null : { total: form.total.value, sum };
}

/** Rule 6, second half: the total equals the sum of the items. */
export function checkTotal(form: ReimbursementForm): Finding[] {
  const disagree = totalAgainstItems(form);
  if (!disagree || !form.total) return [];
  return [
    finding(form, form.total.cell, "reimburse-total-mismatch", "error", {
      total: money(disagree.total),
      sum: money(disagree.sum),
    }),
  ];
}

/**
 * Rule 7: each item's category is one the organisation reimburses, and within its daily standard for the days it
 * covers. Both are for the cashier to judge. Forms whose items name no category (a 支付证明单's 摘要) are not checked.
 */
export function checkCategories(form: ReimbursementForm, policy: ReimbursePolicy): Finding[] {
  if (policy.categories.length === 0) return [];
  const byName = new Map(policy.categories.map((category) => [normalizedLabel(category.name), category]));
  const findings: Finding[] = [];
  for (const item of form.items) {
    if (item.category === "") continue;
    const category = byName.get(normalizedLabel(item.category));
    const params = { item: itemNumber(form, item), category: item.category };
    if (!category) {
      findings.push(finding(form, item.categoryCell, "reimburse-not-reimbursable", "warning", params));
      continue;
    }
    const { dailyStandard } = category;
    if (dailyStandard === null || item.amount === null || !item.days) continue;
    if (item.amount > dailyStandard * item.days)
      findings.push(
        finding(form, item.cell, "reimburse-over-standard", "warning", {
          ...params,
          amount: money(item.amount),
          days: item.days,
          standard: money(dailyStandard),
        }),
      );
  }
  return findings;
}

/** 报销 − 借支: positive is 应补 (paid to the claimant), negative 应退 (returned by the claimant). */
export function advanceOffset(claimed: number, advance: number): { topUp: number; refund: number } {
  return { topUp: Math.max(claimed - advance, 0), refund: Math.max(advance - claimed, 0) };
}

/**
 * Rule 8, on the claim: the advance it offsets, the 应补 / 应退 shown, and checked where the form states them. While
 * the 合计 and the items' sum disagree (an error of rule 6) no figure is given: either may be the wrong one (an item
 * mistyped, or a total the words and the approval follow), and money paid or asked back on a guess is harder to
 * undo than a form filled in again.
 */
export function checkAdvanceOffset(form: ReimbursementForm): Finding[] {
  if (!form.advance || form.type === "advance") return [];
  const disagree = totalAgainstItems(form);
  if (disagree)
    return [
      finding(form, form.advance.cell, "reimburse-advance-offset-pending", "info", {
        advance: money(form.advance.value),
        total: money(disagree.total),
        sum: money(disagree.sum),
      }),
    ];
  const claimed = claimedAmount(form);
  const { topUp, refund } = advanceOffset(claimed, form.advance.value);
  const findings = [
    finding(form, form.advance.cell, "reimburse-advance-offset", "info", {
      advance: money(form.advance.value),
      total: money(claimed),
      topUp: money(topUp),
      refund: money(refund),
    }),
  ];
  const stated = [
    { value: form.topUp, expected: topUp, label: "应补金额" },
    { value: form.refund, expected: refund, label: "应退金额" },
  ];
  for (const { value, expected, label } of stated) {
    if (value && value.value !== expected)
      findings.push(
        finding(form, value.cell, "reimburse-offset-mismatch", "error", {
          label,
          expected: money(expected),
          stated: money(value.value),
        }),
      );
  }
  return findings;
}

/** Rule 9, within the form: each invoice number is one the tax authority issues. */
export function checkInvoiceNumbers(form: ReimbursementForm): Finding[] {
  return form.items.flatMap((item) => {
    if (item.invoice === null || shownText(item.invoice).trim() === "") return [];
    const number = normaliseInvoiceNumber(item.invoice);
    return number.ok
      ? []
      : [
          finding(form, item.invoiceCell, "reimburse-invoice-malformed", "warning", {
            text: shownText(item.invoice).trim(),
          }),
        ];
  });
}

export type FormRule = (form: ReimbursementForm, policy: ReimbursePolicy) => Finding[];

/** The rules of one form, in the order of the review list. */
export const RULES: readonly FormRule[] = [
  checkSignatures,
  checkAltered,
  checkReceipts,
  checkItemCount,
  checkWordsAgree,
  checkTotal,
  checkCategories,
  checkAdvanceOffset,
  checkInvoiceNumbers,
];

// ---- Every form of a workbook ------------------------------------------------------------------------------------

/**
 * Rule 9 across forms: an invoice claimed a second time, on the same form or another, is a finding on each claim
 * after the first, naming where the first is.
 */
export function checkDuplicateInvoices(forms: readonly ReimbursementForm[]): Finding[] {
  const first = new Map<string, { form: ReimbursementForm; cell: string }>();
  const findings: Finding[] = [];
  for (const form of forms) {
    for (const item of form.items) {
      const number = normaliseInvoiceNumber(item.invoice);
      if (!number.ok) continue;
      const earlier = first.get(number.value);
      if (!earlier) {
        first.set(number.value, { form, cell: item.invoiceCell });
        continue;
      }
      findings.push(
        finding(form, item.invoiceCell, "reimburse-invoice-duplicate", "error", {
          invoice: number.value,
          first: `${earlier.form.sheet}!${earlier.cell}`,
        }),
      );
    }
  }
  return findings;
}

/**
 * Rule 8 across forms: an advance (借支单) is open until a claim offsets it, one whose 借支金额 equals the advance and
 * whose claimant is the borrower (when both forms name one). Each claim clears one advance.
 */
export function checkOpenAdvances(forms: readonly ReimbursementForm[]): Finding[] {
  const claims = forms.filter((form) => form.type !== "advance" && form.advance);
  const used = new Set<ReimbursementForm>();
  const findings: Finding[] = [];
  for (const advance of forms.filter((form) => form.type === "advance")) {
    const amount = advance.total?.value;
    if (amount === undefined) continue;
    const claim = claims.find(
      (candidate) =>
        !used.has(candidate) &&
        candidate.advance!.value === amount &&
        (advance.claimant === "" || candidate.claimant === "" || candidate.claimant === advance.claimant),
    );
    if (claim) used.add(claim);
    else
      findings.push(
        finding(advance, advance.total!.cell, "reimburse-advance-open", "info", {
          claimant: advance.claimant,
          amount: money(amount),
        }),
      );
  }
  return findings;
}

/** Every finding of one form. */
export function checkForm(form: ReimbursementForm, policy: ReimbursePolicy): Finding[] {
  return RULES.flatMap((rule) => rule(form, policy));
}
