/** The command line's own strings (help and usage errors); what the rules say comes from src/core/messages.ts. */
import type { Locale } from "../core/messages";
import { fillTemplate } from "../core/template";

const zhCN = {
  help: `cashbook — 出纳助手命令行

用法:
  cashbook words <金额> [--no-prefix]          输出标准的中文大写金额
  cashbook words --check <金额> <大写金额>      核对大小写是否相符：相符退出码 0，不符 1，输入无法使用 2
  cashbook chequedate <YYYY-MM-DD>             输出支票出票日期大写

选项:
  --lang zh-CN|en-US   输出语言（默认按 LANG 环境变量，未设置时为中文）
  --help               显示本帮助`,
  unknownCommand: "未知命令：{command}。运行 cashbook --help 查看用法。",
  usage: "用法错误：{detail}。运行 cashbook --help 查看用法。",
  needsAmount: "需要一个金额",
  needsAmountAndWords: "--check 需要金额和大写金额两个参数",
  needsDate: "需要一个 YYYY-MM-DD 格式的日期",
  agree: "相符",
} as const;

type CliStringId = keyof typeof zhCN;

const enUS: Record<CliStringId, string> = {
  help: `cashbook — the Cashbook command line

Usage:
  cashbook words <amount> [--no-prefix]        print the canonical Chinese uppercase words
  cashbook words --check <amount> <words>      check figures against words: exit 0 agree, 1 disagree, 2 unusable input
  cashbook chequedate <YYYY-MM-DD>             print a cheque date in words

Options:
  --lang zh-CN|en-US   language of the output (default from LANG; Chinese when unset)
  --help               show this help`,
  unknownCommand: "Unknown command: {command}. Run cashbook --help for usage.",
  usage: "Usage error: {detail}. Run cashbook --help for usage.",
  needsAmount: "an amount is required",
  needsAmountAndWords: "--check needs an amount and the words",
  needsDate: "a date as YYYY-MM-DD is required",
  agree: "agree",
};

const catalogs: Record<Locale, Record<CliStringId, string>> = { "zh-CN": zhCN, "en-US": enUS };

export type CliTranslate = (id: CliStringId, params?: Record<string, string | number>) => string;

export function cliTranslator(locale: Locale): CliTranslate {
  return (id, params = {}) => fillTemplate(catalogs[locale][id], params);
}
