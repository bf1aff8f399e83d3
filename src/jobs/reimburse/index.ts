/** Reimbursement review as the shells use it: the forms' templates, their review one by one and across a workbook. */
export { reimburseJob, reviewWorkbook, reviewSheet, policyOf, type FormReview, type WorkbookReview } from "./job";
export { layoutForm, layoutPolicy, layoutReview, helperColumnOf, type ReviewRow } from "./layout";
export { readForm, readPolicySheet } from "./read";
export { RULES, checkForm, normaliseInvoiceNumber, receiptKind, advanceOffset, claimedAmount } from "./rules";
export { parseReimbursePolicy, parseFormSettings, parseCategory } from "./settings";
export { reimburseMessages } from "./messages";
export {
  DEFAULT_POLICY,
  FORM_TITLES,
  ROLE_NAMES,
  type Category,
  type FormType,
  type ReimbursementForm,
  type ReimbursePolicy,
  type SignerRole,
} from "./model";
