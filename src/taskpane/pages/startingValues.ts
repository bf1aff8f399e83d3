/**
 * What a page's fields start with: today, the current month, and the fields the workbook remembers (单位名称, 账户,
 * 每页行数, 银行对账's choices), read once the page has its host. The settings arrive a round trip after the page
 * opens (longer on Excel on the web), and the cashier may have typed or picked in that moment: what the workbook
 * remembers fills only the fields nobody has set since the page opened, never one the cashier (or the page) set.
 */
import { useCallback, useEffect, useState } from "react";
import { formatIsoDate } from "../../core/dates";
import type { WorkbookHost } from "../../hosts/host";
import { rememberedFormFields } from "./journalFlow";

/** Today as the pane's one date format, 2026-01-31. */
export function today(): string {
  const now = new Date();
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** The month the journal form starts with: the current one, which is what a cashier opens a new journal for. */
export function currentMonth(): string {
  return today().slice(0, "yyyy-mm".length);
}

/** A page's form: its values, and the fields set since the page opened (by the cashier or by the page). */
export interface OpenedForm<Form> {
  values: Form;
  set: ReadonlySet<keyof Form>;
}

export const openedForm = <Form>(values: Form): OpenedForm<Form> => ({ values, set: new Set() });

/** The form with `change` in it, its fields marked as set. */
export function setFields<Form>(form: OpenedForm<Form>, change: Partial<Form>): OpenedForm<Form> {
  return {
    values: { ...form.values, ...change },
    set: new Set([...form.set, ...(Object.keys(change) as (keyof Form)[])]),
  };
}

/**
 * The form with what the workbook remembers in the fields nobody has set; a remembered value the form has no field
 * for (the 账户 on the 盘点 page) is passed over. Filled fields are not marked: they are still the page's defaults.
 */
export function fillRemembered<Form extends object>(
  form: OpenedForm<Form>,
  remembered: Partial<NoInfer<Form>>,
): OpenedForm<Form> {
  const filled = Object.entries(remembered).filter(
    ([name, value]) => value !== undefined && name in form.values && !form.set.has(name as keyof Form),
  );
  return filled.length === 0 ? form : { ...form, values: { ...form.values, ...Object.fromEntries(filled) } };
}

/**
 * A page's form, starting from `initial`, with what `remembered` reads from the workbook filled in when it arrives
 * (fillRemembered); every change goes through `update`, which marks its fields set. A workbook whose settings cannot
 * be read keeps the defaults.
 */
export function useRememberedForm<Form extends object>(
  host: WorkbookHost,
  initial: Form,
  remembered: (host: WorkbookHost) => Promise<Partial<Form>>,
): [Form, (change: Partial<Form>) => void] {
  const [form, setForm] = useState(() => openedForm(initial));
  useEffect(() => {
    // An answer that comes after the page closed, or from a host no longer the page's, fills nothing.
    let current = true;
    remembered(host).then(
      (values) => current && setForm((form) => fillRemembered(form, values)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [host]);
  const update = useCallback((change: Partial<Form>) => setForm((current) => setFields(current, change)), []);
  return [form.values, update];
}

/** The 单位名称 field, starting from the unit the workbook remembers. */
export function useRememberedUnit(host: WorkbookHost): [string, (unit: string) => void] {
  const [form, update] = useRememberedForm<{ unit: string }>(host, { unit: "" }, rememberedFormFields);
  return [form.unit, (unit) => update({ unit })];
}
