/**
 * The default chart of accounts (会计科目): the 一级科目 a cashier posts against most, 名称 and 编码 as in
 * 《企业会计准则——应用指南》 and 《小企业会计准则》. The journal offers them as 对方科目; vouchers check against them.
 */
export interface Account {
  code: string;
  name: string;
}

export const DEFAULT_ACCOUNTS: readonly Account[] = [
  { code: "1001", name: "库存现金" },
  { code: "1002", name: "银行存款" },
  { code: "1012", name: "其他货币资金" },
  { code: "1122", name: "应收账款" },
  { code: "1123", name: "预付账款" },
  { code: "1221", name: "其他应收款" },
  { code: "2202", name: "应付账款" },
  { code: "2203", name: "预收账款" },
  { code: "2241", name: "其他应付款" },
  { code: "2211", name: "应付职工薪酬" },
  { code: "2221", name: "应交税费" },
  { code: "2001", name: "短期借款" },
  { code: "4001", name: "实收资本" },
  { code: "1601", name: "固定资产" },
  { code: "1403", name: "原材料" },
  { code: "1405", name: "库存商品" },
  { code: "6001", name: "主营业务收入" },
  { code: "6051", name: "其他业务收入" },
  { code: "6301", name: "营业外收入" },
  { code: "6401", name: "主营业务成本" },
  { code: "6601", name: "销售费用" },
  { code: "6602", name: "管理费用" },
  { code: "6603", name: "财务费用" },
  { code: "6711", name: "营业外支出" },
];

/** The names alone, in the order above: the 对方科目 list of a journal. */
export const DEFAULT_ACCOUNT_NAMES: readonly string[] = DEFAULT_ACCOUNTS.map((account) => account.name);
