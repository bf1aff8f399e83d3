/**
 * What a page's fields start with: today, the current month, and the fields the workbook remembers (单位名称, 账户,
 * 每页行数), read once the page has its host.
 */
import { useEffect, useState } from "react";
import { formatIsoDate } from "../../core/dates";
import type { WorkbookHost } from "../../hosts/host";
import { rememberedFields, type RememberedFields } from "./journalFlow";

/** Today as the pane's one date format, 2026-01-31. */
export function today(): string {
  const now = new Date();
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** The month the journal form starts with: the current one, which is what a cashier opens a new journal for. */
export function currentMonth(): string {
  return today().slice(0, "yyyy-mm".length);
}

/** Hands the fields the workbook remembers to `apply`; a workbook whose settings cannot be read keeps the defaults. */
export function useRemembered(host: WorkbookHost, apply: (remembered: RememberedFields) => void): void {
  useEffect(() => {
    rememberedFields(host).then(apply, () => undefined);
  }, [host]);
}

/** The 单位名称 field, starting from the unit the workbook remembers. */
export function useRememberedUnit(host: WorkbookHost): [string, (unit: string) => void] {
  const [unit, setUnit] = useState("");
  useRemembered(host, (remembered) => remembered.unit !== undefined && setUnit(remembered.unit));
  return [unit, setUnit];
}
