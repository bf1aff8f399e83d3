/**
 * The reimbursement policy from text fields: `signers` (必须签字的人, such as “经办人、证明人、总经理”), `max-items`
 * (支付证明单最多项目数), `refuse-receipts` (是 / 否) and `categories` (“住宿费=500；伙食补助=100；办公用品”). The
 * command line's options, the pane's fields and the policy sheet's cells all go through this one parser; a field
 * left blank keeps the default (DEFAULT_POLICY). A form generator also takes `unit`.
 */
import { parseCount, parseYesNo } from "../../core/cells";
import { normalizedLabel } from "../../core/header";
import type { SettingsFields } from "../../core/kinds";
import { parseMoney } from "../../core/money";
import { fail, ok, onField, type Result } from "../../core/result";
import {
  DEFAULT_POLICY,
  MAX_ITEMS_LIMIT,
  ROLE_NAMES,
  SIGNER_LABELS,
  type Category,
  type ReimbursePolicy,
  type SignerRole,
} from "./model";

const LIST_SEPARATORS = /[、,，;；\s]+/;

function given(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === "" ? undefined : text.trim();
}

/** Roles named by any of their labels (会计审核 or 财务审核, 总经理 or 审批人). */
function parseSigners(text: string): Result<SignerRole[]> {
  const roles: SignerRole[] = [];
  for (const name of text.split(LIST_SEPARATORS).filter((part) => part !== "")) {
    const role = (Object.keys(SIGNER_LABELS) as SignerRole[]).find((candidate) =>
      SIGNER_LABELS[candidate].some((label) => normalizedLabel(label) === normalizedLabel(name)),
    );
    if (!role) return fail("reimburse-policy-signers", { text: name, roles: Object.values(ROLE_NAMES).join("、") });
    if (!roles.includes(role)) roles.push(role);
  }
  return ok(roles);
}

function parseMaxItems(text: string): Result<number> {
  const count = parseCount(text, MAX_ITEMS_LIMIT);
  return count.ok && count.value >= 1 ? count : fail("reimburse-policy-max-items", { text, max: MAX_ITEMS_LIMIT });
}

/** One category: its name, and its daily standard in 元 where it has one (“住宿费=500”, or a name and a cell). */
export function parseCategory(name: string, standard = ""): Result<Category> {
  let categoryName = name.trim();
  let standardText = standard.trim();
  const split = /^(.+?)\s*[=＝:：]\s*(.*)$/.exec(categoryName);
  if (split && standardText === "") [categoryName, standardText] = [split[1]!.trim(), split[2]!.trim()];
  if (categoryName === "") return fail("reimburse-policy-category", { text: name });
  if (standardText === "") return ok({ name: categoryName, dailyStandard: null });
  const amount = parseMoney(standardText);
  if (!amount.ok || amount.value === null || amount.value <= 0)
    return fail("reimburse-policy-category", { text: standard === "" ? name : `${name}=${standard}` });
  return ok({ name: categoryName, dailyStandard: amount.value });
}

function parseCategories(text: string): Result<Category[]> {
  const categories: Category[] = [];
  for (const part of text.split(/[;；\n]+/).filter((piece) => piece.trim() !== "")) {
    const category = parseCategory(part);
    if (!category.ok) return category;
    categories.push(category.value);
  }
  return ok(categories);
}

export function parseReimbursePolicy(fields: SettingsFields): Result<ReimbursePolicy> {
  const policy: ReimbursePolicy = { ...DEFAULT_POLICY };
  const signers = given(fields.signers);
  if (signers !== undefined) {
    const parsed = onField("signers", parseSigners(signers));
    if (!parsed.ok) return parsed;
    policy.signers = parsed.value;
  }
  const maxItems = given(fields["max-items"]);
  if (maxItems !== undefined) {
    const parsed = onField("max-items", parseMaxItems(maxItems));
    if (!parsed.ok) return parsed;
    policy.maxItems = parsed.value;
  }
  const refuse = given(fields["refuse-receipts"]);
  if (refuse !== undefined) {
    const parsed = onField("refuse-receipts", parseYesNo(refuse));
    if (!parsed.ok) return parsed;
    policy.refuseReceipts = parsed.value ?? DEFAULT_POLICY.refuseReceipts;
  }
  const categories = given(fields.categories);
  if (categories !== undefined) {
    const parsed = onField("categories", parseCategories(categories));
    if (!parsed.ok) return parsed;
    policy.categories = parsed.value;
  }
  return ok(policy);
}

/** What a form generator takes: the unit's name and the policy its settings sheet starts with. */
export interface FormSettings {
  unit: string;
  policy: ReimbursePolicy;
}

export function parseFormSettings(fields: SettingsFields): Result<FormSettings> {
  const policy = parseReimbursePolicy(fields);
  return policy.ok ? ok({ unit: given(fields.unit) ?? "", policy: policy.value }) : policy;
}
