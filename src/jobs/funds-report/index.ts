/** The 资金日报表 job as the shells and the cash count use it. */
export { fundsReportFrom, fundsReportJob, fundsReportSheets, reportFunds, type FundsReportSheet } from "./job";
export { closingBalanceOn, journalsEndingEarly } from "./rules";
export { parseFundsReportSettings } from "./settings";
export { fundsReportMessages } from "./messages";
export type { AccountDay, ClosingSeries, FundsDay, FundsReport, FundsReportSettings, ReportPeriod } from "./model";
