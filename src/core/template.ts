/** `{name}` placeholders, and `{name:# thing|# things}` for English plurals (# is the number). */
const PLURAL = /\{(\w+):([^|{}]*)\|([^{}]*)\}/g;

/** Shared by the rule catalogs, the command line's and the task pane's own strings. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template
    .replace(PLURAL, (whole, name: string, one: string, other: string) =>
      name in params ? (Number(params[name]) === 1 ? one : other).replace("#", String(params[name])) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
