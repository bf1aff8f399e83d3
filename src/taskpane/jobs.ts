/**
 * The jobs the pane lists on its home page, grouped by what a cashier does (日常, 月末, 单据, 工资, 工具). A job with
 * a page opens it; a job not built yet is listed as coming, with no way to open it. A new job adds its entry here
 * with `page`, a page built from the shared components (see pages/CashCountPage.tsx for the smallest). Pages are
 * loaded when first opened, so the pane's first screen does not wait for all of them.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import type { WorkbookHost } from "../hosts/host";
import type { UiStringId } from "./i18n";

export interface PageProps {
  host: WorkbookHost;
}

export type JobGroup = "daily" | "monthEnd" | "documents" | "payroll" | "tools";

export interface PaneJob {
  id: string;
  group: JobGroup;
  title: UiStringId;
  summary: UiStringId;
  /** Absent: listed as coming (即将推出). */
  page?: LazyExoticComponent<ComponentType<PageProps>>;
}

export const JOB_GROUPS: readonly { id: JobGroup; title: UiStringId }[] = [
  { id: "daily", title: "groupDaily" },
  { id: "monthEnd", title: "groupMonthEnd" },
  { id: "documents", title: "groupDocuments" },
  { id: "payroll", title: "groupPayroll" },
  { id: "tools", title: "groupTools" },
];

export const PANE_JOBS: readonly PaneJob[] = [
  {
    id: "journal",
    group: "daily",
    title: "jobJournalTitle",
    summary: "jobJournalSummary",
    page: lazy(() => import("./pages/JournalPage").then((m) => ({ default: m.JournalPage }))),
  },
  {
    id: "cash-count",
    group: "daily",
    title: "jobCashCountTitle",
    summary: "jobCashCountSummary",
    page: lazy(() => import("./pages/CashCountPage").then((m) => ({ default: m.CashCountPage }))),
  },
  {
    id: "funds-report",
    group: "daily",
    title: "jobFundsReportTitle",
    summary: "jobFundsReportSummary",
    page: lazy(() => import("./pages/FundsReportPage").then((m) => ({ default: m.FundsReportPage }))),
  },
  {
    id: "reconcile",
    group: "monthEnd",
    title: "jobReconcileTitle",
    summary: "jobReconcileSummary",
    page: lazy(() => import("./pages/ReconcilePage").then((m) => ({ default: m.ReconcilePage }))),
  },
  {
    id: "voucher",
    group: "documents",
    title: "jobVoucherTitle",
    summary: "jobVoucherSummary",
    page: lazy(() => import("./pages/VoucherPage").then((m) => ({ default: m.VoucherPage }))),
  },
  {
    id: "reimburse",
    group: "documents",
    title: "jobReimburseTitle",
    summary: "jobReimburseSummary",
    page: lazy(() => import("./pages/ReimbursePage").then((m) => ({ default: m.ReimbursePage }))),
  },
  { id: "payroll", group: "payroll", title: "jobPayrollTitle", summary: "jobPayrollSummary" },
  {
    id: "amount-words",
    group: "tools",
    title: "jobWordsTitle",
    summary: "jobWordsSummary",
    page: lazy(() => import("./pages/AmountWordsPage").then((m) => ({ default: m.AmountWordsPage }))),
  },
];
