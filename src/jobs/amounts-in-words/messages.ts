/** What the 大写金额 job says, in zh-CN and en-US; ids are stable (other tools read them from `cashbook check --json`). */
import type { Catalog } from "../../core/messages";

const zhCN = {
  "pair-words-without-amount": "有大写金额，却没有对应的小写金额",
  "pair-amount-without-words": "有小写金额，却没有填写大写金额",
  "amount-words-prefix-invalid": "“{text}”应是“是”或“否”：大写金额前是否写“人民币”",
  "amount-words-column-invalid": "“{text}”不是列号，请写成 C 或 AB 这样的字母",
} as const;

const enUS: Record<keyof typeof zhCN, string> = {
  "pair-words-without-amount": "There are words but no amount in figures beside them",
  "pair-amount-without-words": "There is an amount in figures but no amount in words",
  "amount-words-prefix-invalid": "“{text}” must be yes or no: whether 人民币 is written before the amount in words",
  "amount-words-column-invalid": "“{text}” is not a column; write letters such as C or AB",
};

export const amountsInWordsMessages: Catalog<keyof typeof zhCN> = { "zh-CN": zhCN, "en-US": enUS };

declare module "../../core/messages" {
  interface Messages extends Record<keyof typeof zhCN, string> {}
}
