/** Vouchers as the shells use them: the forms, blank or filled from entries; the checks of a sheet of vouchers. */
export { voucherJob, checkVoucherSheet, generateVouchers, chartOf } from "./job";
export { layoutVouchers, formsOf, blankForm, formHeight, HELPER_COLUMN, type VoucherForm } from "./layout";
export { readVouchers, readVoucherForms, readVoucherList, readChartSheet, parseVoucherNumber } from "./read";
export { RULES, checkVouchers, voucherDifference, voucherName, accountInChart, generalAccountName } from "./rules";
export { parseVoucherSettings } from "./settings";
export { voucherMessages } from "./messages";
export {
  DEFAULT_COUNT,
  DEFAULT_LINES,
  VOUCHER_TITLES,
  type Voucher,
  type VoucherKind,
  type VoucherLine,
  type VoucherSettings,
} from "./model";
