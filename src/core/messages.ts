/**
 * The zh-CN and en-US catalogs of everything the rules can say. Rules never build sentences: they return a
 * message id and parameters, and the shell that shows them picks the language. Placeholders are `{name}`.
 * A test checks that both catalogs have the same ids and the same placeholders in each message.
 */
export type Locale = "zh-CN" | "en-US";

export type MessageParams = Record<string, string | number>;

const zhCN = {
  // Filled in by each rule module's section below; keep ids kebab-case and stable.
} as const;

const enUS: Record<keyof typeof zhCN, string> = {};

export type MessageId = keyof typeof zhCN;

export const catalogs: Record<Locale, Record<MessageId, string>> = { "zh-CN": zhCN, "en-US": enUS };

export function formatMessage(locale: Locale, id: MessageId, params: MessageParams = {}): string {
  const template: string = catalogs[locale][id] ?? catalogs["zh-CN"][id] ?? id;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Office gives a display language such as "zh-CN", "zh-TW", "en-US" or "fr-FR"; Chinese first, English otherwise. */
export function localeFromDisplayLanguage(displayLanguage: string | undefined): Locale {
  return /^zh/i.test(displayLanguage ?? "") ? "zh-CN" : "en-US";
}
