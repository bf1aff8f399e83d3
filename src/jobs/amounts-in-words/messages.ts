/** What the 大写金额 job says, in zh-CN and en-US; ids are stable (other tools read them from `cashbook check --json`). */
import type { Catalog } from "../../core/messages";

const zhCN = {
  "pair-words-without-amount": "有大写金额，却没有对应的小写金额",
  "pair-amount-without-words": "有小写金额，却没有填写大写金额",
} as const;

const enUS: Record<keyof typeof zhCN, string> = {
  "pair-words-without-amount": "There are words but no amount in figures beside them",
  "pair-amount-without-words": "There is an amount in figures but no amount in words",
};

export const amountsInWordsMessages: Catalog<keyof typeof zhCN> = { "zh-CN": zhCN, "en-US": enUS };

declare module "../../core/messages" {
  interface Messages extends Record<keyof typeof zhCN, string> {}
}
