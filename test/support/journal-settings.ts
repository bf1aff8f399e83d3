/** The settings of a March 2026 journal that several tests generate: opening balance ¥1,000.00. */
import { DEFAULT_ACCOUNT_NAMES } from "../../src/core/accounts";
import { type JournalKind, type JournalSettings } from "../../src/jobs/journal";

export function marchSettings(kind: JournalKind, rowsPerPage = 30): JournalSettings {
  return {
    kind,
    unit: "测试有限公司",
    account: kind === "cash" ? "库存现金" : "工商银行 1234",
    year: 2026,
    month: 3,
    opening: 100_000,
    openingIsCarriedFromLastYear: false,
    rowsPerPage,
    chartOfAccounts: DEFAULT_ACCOUNT_NAMES,
  };
}
