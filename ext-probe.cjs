"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/main.ts
var main_exports = {};
__export(main_exports, {
  EXIT: () => EXIT,
  main: () => main
});
module.exports = __toCommonJS(main_exports);

// src/core/template.ts
function fillTemplate(template, params) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => name in params ? String(params[name]) : whole);
}

// src/core/messages.ts
var zhCN = {
  // Filled in by each rule module's section below; keep ids kebab-case and stable.
  // core/money.ts
  "money-unreadable": "\u65E0\u6CD5\u8BC6\u522B\u7684\u91D1\u989D\uFF1A\u201C{text}\u201D",
  "money-misplaced-separator": "\u91D1\u989D\u201C{text}\u201D\u7684\u5343\u5206\u4F4D\u9017\u53F7\u4F4D\u7F6E\u4E0D\u5BF9\uFF0C\u5E94\u4ECE\u4E2A\u4F4D\u8D77\u6BCF\u4E09\u4F4D\u4E00\u4E2A\uFF0C\u5982 1,234,567.89",
  "money-out-of-range": "\u91D1\u989D\u201C{text}\u201D\u8D85\u51FA\u8303\u56F4\uFF0C\u7EDD\u5BF9\u503C\u4E0D\u80FD\u8D85\u8FC7 {max} \u5143",
  "money-wrong-type": "\u8FD9\u91CC\u5E94\u662F\u91D1\u989D\uFF0C\u5355\u5143\u683C\u91CC\u5374\u662F\u903B\u8F91\u503C\u3001\u65E5\u671F\u6216\u5176\u4ED6\u5185\u5BB9",
  // core/words.ts
  "words-empty": "\u5927\u5199\u91D1\u989D\u6CA1\u6709\u586B\u5199",
  "words-negative": "\u91D1\u989D {figures} \u662F\u8D1F\u6570\uFF0C\u4E0D\u80FD\u5199\u6210\u5927\u5199\u91D1\u989D",
  "words-out-of-range": "\u91D1\u989D\u8D85\u51FA\u5927\u5199\u91D1\u989D\u80FD\u5199\u7684\u8303\u56F4\uFF08\u6700\u5927 {max} \u5143\uFF09",
  "words-fen-not-integer": "\u91D1\u989D\u5FC5\u987B\u7CBE\u786E\u5230\u5206\uFF0C\u6536\u5230\u7684\u662F {value} \u5206",
  "words-illegal-char": "\u5927\u5199\u91D1\u989D\u4E0D\u80FD\u7528\u201C{char}\u201D\uFF0C\u5E94\u5199\u4F5C\u201C{suggestion}\u201D",
  "words-unexpected-char": "\u5927\u5199\u91D1\u989D\u4E2D\u4E0D\u5E94\u6709\u201C{char}\u201D",
  "words-unreadable": "\u5927\u5199\u91D1\u989D\u4ECE\u201C{at}\u201D\u8D77\u65E0\u6CD5\u8BC6\u522B",
  "words-unfinished": "\u5927\u5199\u91D1\u989D\u201C{text}\u201D\u6CA1\u6709\u5199\u5B8C\uFF0C\u6700\u540E\u7684\u6570\u5B57\u540E\u7F3A\u5C11\u5355\u4F4D",
  "words-missing-yuan": "\u5927\u5199\u91D1\u989D\u7F3A\u5C11\u201C\u5143\u201D\u5B57",
  "words-amount-mismatch": "\u5927\u5C0F\u5199\u91D1\u989D\u4E0D\u7B26\uFF1A\u5927\u5199\u662F {words}\uFF0C\u5C0F\u5199\u662F {figures}",
  "words-missing-zheng": "\u5927\u5199\u91D1\u989D\u5230\u201C\u5143\u201D\u4E3A\u6B62\u7684\uFF0C\u201C\u5143\u201D\u540E\u5E94\u5199\u201C\u6574\u201D\uFF08\u6216\u201C\u6B63\u201D\uFF09\u5B57",
  "words-zheng-after-fen": "\u5927\u5199\u91D1\u989D\u5230\u201C\u5206\u201D\u4E3A\u6B62\u7684\uFF0C\u201C\u5206\u201D\u540E\u4E0D\u5199\u201C\u6574\u201D\uFF08\u6216\u201C\u6B63\u201D\uFF09\u5B57",
  "words-missing-ling": "\u201C{after}\u201D\u540E\u9762\u6F0F\u5199\u4E86\u201C\u96F6\u201D",
  "words-extra-ling": "\u201C{at}\u201D\u5F00\u5934\u7684\u201C\u96F6\u201D\u662F\u591A\u4F59\u7684",
  "words-double-ling": "\u201C{at}\u201D\u5F00\u5934\u8FDE\u5199\u4E86\u51E0\u4E2A\u201C\u96F6\u201D\uFF0C\u4E2D\u95F4\u8FDE\u7EED\u51E0\u4E2A\u96F6\u53EA\u5199\u4E00\u4E2A\u201C\u96F6\u201D",
  "words-ling-before-unit": "\u201C{at}\u201D\u5F00\u5934\u7684\u201C\u96F6{unit}\u201D\u5199\u6CD5\u4E0D\u5BF9\uFF0C\u201C\u96F6\u201D\u540E\u9762\u4E0D\u5199\u5355\u4F4D",
  "words-missing-yi-before-shi": "\u201C{at}\u201D\u5F00\u5934\u7684\u201C\u62FE\u201D\u524D\u9762\u5E94\u5199\u201C\u58F9\u201D\uFF0C\u5982\u201C\u58F9\u62FE\u5143\u201D\u201C\u58F9\u62FE\u4F0D\u4E07\u5143\u201D",
  "words-gap": "\u201C{after}\u201D\u540E\u9762\u7559\u4E86\u7A7A\u683C\uFF0C\u4EBA\u6C11\u5E01\u548C\u5927\u5199\u91D1\u989D\u4E4B\u95F4\u3001\u5927\u5199\u91D1\u989D\u4E2D\u95F4\u90FD\u4E0D\u80FD\u7559\u7A7A",
  // core/dates.ts
  "date-empty": "\u65E5\u671F\u6CA1\u6709\u586B\u5199",
  "date-unreadable": "\u65E0\u6CD5\u8BC6\u522B\u7684\u65E5\u671F\uFF1A\u201C{text}\u201D\uFF0C\u8BF7\u5199\u6210 2026-01-15\u30012026/1/15 \u6216 2026\u5E741\u670815\u65E5",
  "date-invalid": "\u65E5\u671F\u4E0D\u5B58\u5728\uFF1A{year}\u5E74{month}\u6708{day}\u65E5",
  "date-out-of-range": "\u65E5\u671F\u201C{text}\u201D\u8D85\u51FA\u8303\u56F4\uFF0C\u53EA\u80FD\u5904\u7406 1900 \u5E74\u81F3 9999 \u5E74\u7684\u65E5\u671F",
  "date-wrong-type": "\u8FD9\u91CC\u5E94\u662F\u65E5\u671F\uFF0C\u5355\u5143\u683C\u91CC\u5374\u662F\u903B\u8F91\u503C\u6216\u5176\u4ED6\u5185\u5BB9",
  "month-invalid": "\u65E0\u6CD5\u8BC6\u522B\u7684\u6708\u4EFD\uFF1A\u201C{text}\u201D\uFF0C\u8BF7\u5199\u6210 2026-01 \u8FD9\u6837\u7684\u5E74-\u6708",
  // amounts-in-words: a pair of figures and words
  "pair-words-without-amount": "\u6709\u5927\u5199\u91D1\u989D\uFF0C\u5374\u6CA1\u6709\u5BF9\u5E94\u7684\u5C0F\u5199\u91D1\u989D",
  "pair-amount-without-words": "\u6709\u5C0F\u5199\u91D1\u989D\uFF0C\u5374\u6CA1\u6709\u586B\u5199\u5927\u5199\u91D1\u989D",
  // functions
  "function-shape-mismatch": "\u4E24\u4E2A\u533A\u57DF\u5927\u5C0F\u4E0D\u540C\uFF08{left} \u4E0E {right}\uFF09\uFF0C\u8BF7\u9009\u540C\u6837\u5927\u5C0F\u7684\u533A\u57DF\uFF0C\u6216\u5176\u4E2D\u4E00\u4E2A\u53EA\u9009\u4E00\u4E2A\u5355\u5143\u683C",
  // hosts
  "host-address-unreadable": "\u65E0\u6CD5\u8BC6\u522B\u7684\u5355\u5143\u683C\u5730\u5740\uFF1A{address}",
  "host-multiple-areas": "\u8BF7\u53EA\u9009\u62E9\u4E00\u4E2A\u8FDE\u7EED\u533A\u57DF\uFF08\u9009\u533A\u91CC\u6709\u591A\u5757\u533A\u57DF\uFF09",
  "host-sheet-missing": "\u627E\u4E0D\u5230\u5DE5\u4F5C\u8868\u201C{sheet}\u201D\uFF0C\u5B83\u53EF\u80FD\u5DF2\u88AB\u91CD\u547D\u540D\u6216\u5220\u9664",
  "host-range-not-empty": "{cells} \u5DF2\u6709\u5185\u5BB9\uFF08\u5171 {count} \u4E2A\u5355\u5143\u683C\uFF09\uFF0C\u672A\u786E\u8BA4\u8986\u76D6\u524D\u4E0D\u4F1A\u5199\u5165",
  "host-cancelled": "\u5DF2\u53D6\u6D88",
  "host-table-missing": "\u627E\u4E0D\u5230\u540D\u4E3A\u201C{table}\u201D\u7684\u8868\u683C",
  // hosts/csv
  "csv-empty": "\u6587\u4EF6\u91CC\u6CA1\u6709\u4EFB\u4F55\u5185\u5BB9",
  "csv-undecodable": "\u65E0\u6CD5\u6309 {encodings} \u7F16\u7801\u8BFB\u53D6\u8FD9\u4E2A\u6587\u4EF6\uFF1A\u5B83\u53EF\u80FD\u4E0D\u662F CSV \u6587\u672C\u6587\u4EF6\uFF08\u4F8B\u5982\u6539\u4E86\u6269\u5C55\u540D\u7684 Excel \u6587\u4EF6\uFF09\uFF0C\u6216\u8005\u6587\u4EF6\u5DF2\u635F\u574F",
  "csv-delimiter-invalid": "\u4E0D\u80FD\u7528\u201C{delimiter}\u201D\u4F5C\u5206\u9694\u7B26\uFF1A\u5206\u9694\u7B26\u4E0D\u80FD\u4E3A\u7A7A\uFF0C\u4E5F\u4E0D\u80FD\u542B\u5F15\u53F7\u6216\u6362\u884C",
  "csv-too-large": "\u6587\u4EF6\u6709 {rows} \u884C\u3001{columns} \u5217\uFF0C\u8D85\u51FA\u4E86\u5DE5\u4F5C\u8868\u7684\u5BB9\u91CF\uFF08\u6700\u591A {maxRows} \u884C\u3001{maxColumns} \u5217\uFF09",
  // cli
  "file-unreadable": "\u65E0\u6CD5\u6253\u5F00\u6587\u4EF6 {path}\uFF1A\u6587\u4EF6\u4E0D\u5B58\u5728\uFF0C\u6216\u6CA1\u6709\u8BFB\u53D6\u6743\u9650",
  // hosts/xlsx
  "xlsx-unreadable": "\u65E0\u6CD5\u8BFB\u53D6\u8FD9\u4E2A\u6587\u4EF6\uFF1A\u5B83\u4E0D\u662F Excel \u5DE5\u4F5C\u7C3F\uFF08.xlsx\uFF09\uFF0C\u6216\u8005\u6587\u4EF6\u5DF2\u635F\u574F",
  "xlsx-legacy-or-encrypted": "\u8FD9\u662F\u65E7\u7248 Excel 97-2003 \u5DE5\u4F5C\u7C3F\uFF08.xls\uFF09\uFF0C\u6216\u8BBE\u7F6E\u4E86\u6253\u5F00\u5BC6\u7801\u7684\u5DE5\u4F5C\u7C3F\u3002\u8BF7\u5728 Excel \u4E2D\u6253\u5F00\uFF0C\u53E6\u5B58\u4E3A\u4E0D\u8BBE\u5BC6\u7801\u7684 .xlsx \u5DE5\u4F5C\u7C3F\u540E\u518D\u8BD5",
  // journal/generate
  "journal-entries-no-header": "\u201C{sheet}\u201D\u8868\u91CC\u627E\u4E0D\u5230\u5206\u5F55\u7684\u8868\u5934\u884C\uFF1A\u8868\u5934\u5E94\u6709 {labels} \u7B49\u5217\uFF08\u6536\u5165\u3001\u652F\u51FA\u4E5F\u53EF\u5199\u4F5C\u501F\u65B9\u3001\u8D37\u65B9\uFF0C\u65E5\u671F\u4E5F\u53EF\u5206\u6210\u5E74\u3001\u6708\u3001\u65E5\u4E09\u5217\uFF09",
  "journal-entry-no-amount": "\u8FD9\u4E00\u7B14\u6709\u65E5\u671F\u6216\u6458\u8981\uFF0C\u5374\u6CA1\u6709\u6536\u5165\u6216\u652F\u51FA\u91D1\u989D",
  "journal-entries-unreadable": "\u201C{sheet}\u201D\u8868\u4E2D\u6709 {count} \u5904\u65E0\u6CD5\u8BFB\u53D6\uFF0C\u8BF7\u6539\u6B63\u540E\u518D\u751F\u6210\uFF1A",
  "journal-opening-invalid": "\u671F\u521D\u4F59\u989D\u201C{text}\u201D\u4E0D\u662F\u6709\u6548\u7684\u91D1\u989D",
  "journal-opening-negative": "\u671F\u521D\u4F59\u989D {amount} \u662F\u8D1F\u6570\uFF1A\u5E93\u5B58\u73B0\u91D1\u548C\u94F6\u884C\u5B58\u6B3E\u7684\u4F59\u989D\u90FD\u4E0D\u80FD\u4E3A\u8D1F",
  "journal-cash-limit-invalid": "\u5E93\u5B58\u73B0\u91D1\u9650\u989D\u201C{text}\u201D\u5E94\u662F\u5927\u4E8E 0 \u7684\u91D1\u989D",
  "journal-ytd-invalid": "\u672C\u5E74\u7D2F\u8BA1\u201C{text}\u201D\u5E94\u662F\u4E0D\u5C0F\u4E8E 0 \u7684\u91D1\u989D",
  "journal-ytd-in-january": "\u65E5\u8BB0\u8D26\u4ECE 1 \u6708\u5F00\u59CB\uFF0C\u672C\u5E74\u7D2F\u8BA1\u4ECE 0 \u8D77\u7B97\uFF0C\u65E0\u9700\u5E26\u5165",
  "journal-cash-limit-for-bank": "\u5E93\u5B58\u73B0\u91D1\u9650\u989D\u53EA\u7528\u4E8E\u73B0\u91D1\u65E5\u8BB0\u8D26\uFF0C\u94F6\u884C\u5B58\u6B3E\u65E5\u8BB0\u8D26\u6CA1\u6709\u9650\u989D",
  "journal-period-required": "\u8BF7\u6307\u5B9A\u6708\u4EFD\uFF08\u5982 2026-01\uFF09\uFF1A\u6CA1\u6709\u5206\u5F55\u53EF\u4EE5\u786E\u5B9A\u65E5\u8BB0\u8D26\u7684\u5E74\u6708",
  "journal-entries-span-years": "\u5206\u5F55\u7684\u65E5\u671F\u4ECE {first} \u5E74\u5230 {last} \u5E74\uFF1B\u65E5\u8BB0\u8D26\u6309\u5E74\u767B\u8BB0\uFF0C\u8BF7\u6307\u5B9A\u6708\u4EFD\uFF0C\u6216\u628A\u5404\u5E74\u7684\u5206\u5F55\u5206\u5F00\u751F\u6210",
  "journal-entries-none-in-month": "\u5206\u5F55\u91CC\u6CA1\u6709 {period} \u7684\u5206\u5F55",
  // journal/rules
  "journal-header-missing": "\u627E\u4E0D\u5230\u65E5\u8BB0\u8D26\u7684\u8868\u5934\u884C\uFF1A\u8868\u5934\u5E94\u6709\u201C\u6458\u8981\u201D\u201C\u501F\u65B9\uFF08\u6536\u5165\uFF09\u201D\u201C\u8D37\u65B9\uFF08\u652F\u51FA\uFF09\u201D\u201C\u4F59\u989D\u201D\u7B49\u680F\u76EE",
  "journal-year-unknown": "\u65E5\u671F\u53EA\u6709\u6708\u3001\u65E5\u4E24\u680F\uFF0C\u6807\u9898\u548C\u8868\u5934\u91CC\u4E5F\u6CA1\u6709\u5E74\u4EFD\uFF08\u5982\u201C2026\u5E74\u201D\uFF09\uFF0C\u65E0\u6CD5\u6838\u5BF9\u65E5\u671F",
  "journal-amount-as-text": "\u91D1\u989D\u201C{text}\u201D\u5B58\u6210\u4E86\u6587\u672C\uFF0CExcel \u6C42\u548C\u65F6\u4F1A\u6F0F\u6389\u5B83\uFF0C\u8BF7\u6539\u6210\u6570\u5B57",
  "journal-cell-error": "\u5355\u5143\u683C\u663E\u793A\u9519\u8BEF\u503C {text}\uFF1A\u516C\u5F0F\u53EF\u80FD\u5F15\u7528\u4E86\u5DF2\u5220\u9664\u7684\u884C\u6216\u65E0\u6548\u7684\u5355\u5143\u683C",
  "journal-opening-mismatch": "\u671F\u521D\u4F59\u989D\u5E94\u4E3A {expected}\uFF0C\u8868\u4E2D\u4E3A {found}",
  "journal-balance-break": "\u4F59\u989D\u5E94\u4E3A {expected}\uFF0C\u8868\u4E2D\u4E3A {found}\uFF08\u4E0A\u4E00\u884C\u4F59\u989D\u52A0\u672C\u884C\u6536\u5165\u3001\u51CF\u672C\u884C\u652F\u51FA\uFF09",
  "journal-amount-mismatch": "\u91D1\u989D\u5E94\u4E3A {expected}\uFF0C\u8868\u4E2D\u4E3A {found}\uFF1A\u672C\u884C\u4F59\u989D\u548C\u4E0B\u9762\u7684\u5408\u8BA1\u90FD\u4E0E\u8868\u4E2D\u91D1\u989D\u5BF9\u4E0D\u4E0A",
  "journal-total-receipts-wrong": "\u201C{row}\u201D\u7684\u501F\u65B9\uFF08\u6536\u5165\uFF09\u5E94\u4E3A {expected}\uFF0C\u8868\u4E2D\u4E3A {found}",
  "journal-total-payments-wrong": "\u201C{row}\u201D\u7684\u8D37\u65B9\uFF08\u652F\u51FA\uFF09\u5E94\u4E3A {expected}\uFF0C\u8868\u4E2D\u4E3A {found}",
  "journal-carry-receipts-wrong": "\u201C{row}\u201D\u7684\u501F\u65B9\uFF08\u6536\u5165\uFF09\u5E94\u4E3A\u672C\u6708\u521D\u81F3\u672C\u9875\u672B\u7684\u5408\u8BA1 {expected}\uFF0C\u8868\u4E2D\u4E3A {found}",
  "journal-carry-payments-wrong": "\u201C{row}\u201D\u7684\u8D37\u65B9\uFF08\u652F\u51FA\uFF09\u5E94\u4E3A\u672C\u6708\u521D\u81F3\u672C\u9875\u672B\u7684\u5408\u8BA1 {expected}\uFF0C\u8868\u4E2D\u4E3A {found}",
  "journal-date-order": "\u65E5\u671F {date} \u65E9\u4E8E\u4E0A\u4E00\u7B14\u7684 {previous}\uFF0C\u65E5\u8BB0\u8D26\u5E94\u6309\u65F6\u95F4\u987A\u5E8F\u9010\u7B14\u767B\u8BB0",
  "journal-voucher-missing": "\u6CA1\u6709\u586B\u5199\u51ED\u8BC1\u5B57\u53F7",
  "journal-summary-missing": "\u6CA1\u6709\u586B\u5199\u6458\u8981",
  "journal-both-sides": "\u540C\u4E00\u884C\u65E2\u6709\u6536\u5165 {receipt} \u53C8\u6709\u652F\u51FA {payment}\uFF0C\u5E94\u5206\u6210\u4E24\u884C\u767B\u8BB0",
  "journal-cash-negative": "\u5E93\u5B58\u73B0\u91D1\u4F59\u989D\u4E3A {found}\uFF1A\u73B0\u91D1\u4F59\u989D\u4E0D\u80FD\u51FA\u73B0\u8D64\u5B57",
  "journal-cash-over-limit": "\u5F53\u65E5\u5E93\u5B58\u73B0\u91D1\u4F59\u989D {found} \u8D85\u8FC7\u5E93\u5B58\u73B0\u91D1\u9650\u989D {limit}\uFF0C\u8D85\u51FA\u90E8\u5206\u5E94\u4E8E\u5F53\u65E5\u9001\u5B58\u94F6\u884C",
  "journal-bank-overdrawn": "\u94F6\u884C\u5B58\u6B3E\u4F59\u989D\u4E3A {found}\uFF1A\u8D26\u6237\u4E0D\u80FD\u900F\u652F\uFF0C\u4E0D\u5F97\u7B7E\u53D1\u7A7A\u5934\u652F\u7968",
  "journal-voucher-repeated": "\u51ED\u8BC1\u5B57\u53F7 {voucher} \u4E0E {first} \u5355\u5143\u683C\u91CD\u590D",
  // cash-count, funds-report, functions
  "cash-count-wrong-size": "\u76D8\u70B9\u5F20\u6570\u5E94\u6709 {expected} \u4E2A\u5355\u5143\u683C\uFF08100 \u5143\u5230 1 \u5206\u6BCF\u79CD\u9762\u989D\u4E00\u4E2A\uFF09\uFF0C\u6536\u5230\u7684\u662F {actual} \u4E2A",
  "cash-count-unreadable": "\u7B2C {position} \u79CD\u9762\u989D\uFF08{denomination}\uFF09\u7684\u5F20\uFF08\u679A\uFF09\u6570\u201C{text}\u201D\u5E94\u662F 0 \u5230 {max} \u4E4B\u95F4\u7684\u6574\u6570",
  "balance-lengths-differ": "\u6536\u5165\u6709 {receipts} \u4E2A\u5355\u5143\u683C\uFF0C\u652F\u51FA\u6709 {payments} \u4E2A\uFF0C\u4E24\u8005\u5E94\u4E00\u6837\u591A",
  "balance-check-lengths-differ": "\u4F59\u989D\u6709 {balances} \u4E2A\u5355\u5143\u683C\uFF0C\u6536\u5165\u3001\u652F\u51FA\u5404\u6709 {lines} \u4E2A\uFF0C\u5E94\u4E00\u6837\u591A",
  "balance-receipt-unreadable": "\u6536\u5165\u7B2C {position} \u4E2A\u5355\u5143\u683C\u201C{text}\u201D\u4E0D\u662F\u53EF\u7528\u7684\u91D1\u989D",
  "balance-payment-unreadable": "\u652F\u51FA\u7B2C {position} \u4E2A\u5355\u5143\u683C\u201C{text}\u201D\u4E0D\u662F\u53EF\u7528\u7684\u91D1\u989D",
  "balance-stated-unreadable": "\u4F59\u989D\u7B2C {position} \u4E2A\u5355\u5143\u683C\u201C{text}\u201D\u4E0D\u662F\u53EF\u7528\u7684\u91D1\u989D",
  "balance-out-of-range": "\u7B2C {position} \u884C\u7684\u4F59\u989D\u8D85\u51FA\u8303\u56F4\uFF0C\u7EDD\u5BF9\u503C\u4E0D\u80FD\u8D85\u8FC7 {max} \u5143",
  "funds-no-accounts": "\u6CA1\u6709\u627E\u5230\u73B0\u91D1\u65E5\u8BB0\u8D26\u6216\u94F6\u884C\u5B58\u6B3E\u65E5\u8BB0\u8D26",
  "journal-day-total-needs-entry": "\u8BF7\u5148\u9009\u4E2D\u5F53\u5929\u6700\u540E\u4E00\u7B14\u5206\u5F55\u6240\u5728\u7684\u884C\uFF0C\u672C\u65E5\u5408\u8BA1\u63D2\u5728\u5B83\u4E0B\u9762",
  "journal-day-already-closed": "\u8FD9\u4E00\u5929\u5728 {cell} \u4E0B\u9762\u5DF2\u6709\u672C\u65E5\u5408\u8BA1",
  "journal-opening-row-missing": "\u8FD9\u5F20\u65E5\u8BB0\u8D26\u4E0A\u9762\u627E\u4E0D\u5230\u671F\u521D\u4F59\u989D\u3001\u4E0A\u5E74\u7ED3\u8F6C\u6216\u627F\u524D\u9875\u884C\uFF0C\u65E0\u6CD5\u786E\u5B9A\u672C\u65E5\u5408\u8BA1\u4ECE\u54EA\u91CC\u52A0\u8D77",
  "cash-count-date-missing": "\u8BF7\u7528 --date \u6307\u5B9A\u76D8\u70B9\u65E5\u671F\uFF0C\u4F8B\u5982 --date 2026-01-31",
  "cash-count-book-missing": "\u8BF7\u7528 --from \u6307\u5B9A\u542B\u73B0\u91D1\u65E5\u8BB0\u8D26\u7684\u5DE5\u4F5C\u7C3F\uFF0C\u6216\u7528 --book \u586B\u5199\u65E5\u8BB0\u8D26\u4F59\u989D",
  "funds-workbook-missing": "\u8BF7\u7528 --from \u6307\u5B9A\u542B\u73B0\u91D1\u65E5\u8BB0\u8D26\u3001\u94F6\u884C\u5B58\u6B3E\u65E5\u8BB0\u8D26\u7684\u5DE5\u4F5C\u7C3F",
  "generate-period-missing": "\u8BF7\u7528 --date \u6307\u5B9A\u67D0\u4E00\u5929\uFF0C\u6216\u7528 --month \u6307\u5B9A\u4E00\u4E2A\u6708",
  "funds-entry-without-date": "{account}\u65E5\u8BB0\u8D26\u7684\u8FD9\u4E00\u7B14\u6CA1\u6709\u53EF\u7528\u7684\u65E5\u671F\uFF0C\u65E0\u6CD5\u5F52\u5165\u54EA\u4E00\u5929\uFF0C\u8D44\u91D1\u65E5\u62A5\u8868\u672A\u8BA1\u5165\u8FD9\u4E00\u7B14",
  "funds-amount-out-of-range": "\u65E5\u8BB0\u8D26\u7684\u91D1\u989D\u52A0\u8D77\u6765\u8D85\u51FA\u8303\u56F4\uFF08\u4E0D\u80FD\u8D85\u8FC7 {max} \u5143\uFF09\uFF0C\u65E0\u6CD5\u7F16\u5236\u8D44\u91D1\u65E5\u62A5\u8868"
};
var enUS = {
  "money-unreadable": "Cannot read \u201C{text}\u201D as an amount",
  "money-misplaced-separator": "The thousands separators in \u201C{text}\u201D are misplaced: put one every three digits from the units, as in 1,234,567.89",
  "money-out-of-range": "The amount \u201C{text}\u201D is out of range: it can be at most {max} yuan either way",
  "money-wrong-type": "An amount is expected here, but the cell holds a logical value, a date or something else",
  "words-empty": "The amount in words is empty",
  "words-negative": "The amount {figures} is negative and cannot be written in words",
  "words-out-of-range": "The amount is too large to write in words (at most {max} yuan)",
  "words-fen-not-integer": "Amounts must be whole fen; got {value} fen",
  "words-illegal-char": "\u201C{char}\u201D is not allowed in an amount in words; write \u201C{suggestion}\u201D",
  "words-unexpected-char": "\u201C{char}\u201D does not belong in an amount in words",
  "words-unreadable": "The amount in words cannot be read from \u201C{at}\u201D on",
  "words-unfinished": "The amount in words \u201C{text}\u201D is unfinished: its last digit has no unit",
  "words-missing-yuan": "The amount in words lacks \u5143 (yuan)",
  "words-amount-mismatch": "The amount in words ({words}) differs from the amount in figures ({figures})",
  "words-missing-zheng": "An amount in words that ends at \u5143 must be followed by \u6574 (or \u6B63)",
  "words-zheng-after-fen": "An amount in words that ends at \u5206 takes no \u6574 (or \u6B63) after it",
  "words-missing-ling": "A \u96F6 is missing after \u201C{after}\u201D",
  "words-extra-ling": "The \u96F6 at the start of \u201C{at}\u201D does not belong there",
  "words-double-ling": "\u201C{at}\u201D starts with more than one \u96F6: a run of zeros is written as a single \u96F6",
  "words-ling-before-unit": "\u201C\u96F6{unit}\u201D at the start of \u201C{at}\u201D is wrong: \u96F6 is never followed by a unit",
  "words-missing-yi-before-shi": "The \u62FE at the start of \u201C{at}\u201D needs \u58F9 before it, as in \u58F9\u62FE\u5143 or \u58F9\u62FE\u4F0D\u4E07\u5143",
  "words-gap": "There is a space after \u201C{after}\u201D: nothing may separate \u4EBA\u6C11\u5E01 from the amount or split the amount",
  "date-empty": "The date is empty",
  "date-unreadable": "Cannot read \u201C{text}\u201D as a date; write it as 2026-01-15, 2026/1/15 or 2026\u5E741\u670815\u65E5",
  "date-invalid": "There is no such date: {year}-{month}-{day}",
  "date-out-of-range": "The date \u201C{text}\u201D is out of range: only years 1900 to 9999 are supported",
  "date-wrong-type": "A date is expected here, but the cell holds a logical value or something else",
  "month-invalid": "Cannot read \u201C{text}\u201D as a month; write it as year-month, such as 2026-01",
  "pair-words-without-amount": "There are words but no amount in figures beside them",
  "pair-amount-without-words": "There is an amount in figures but no amount in words",
  "function-shape-mismatch": "The two ranges differ in size ({left} and {right}); give ranges of the same size, or a single cell for one of them",
  "host-address-unreadable": "Cannot read the cell address {address}",
  "host-multiple-areas": "Select one block of cells (the selection has several areas)",
  "host-sheet-missing": "There is no sheet named \u201C{sheet}\u201D; it may have been renamed or deleted",
  "host-range-not-empty": "{cells} already hold something ({count} cells); nothing is written until overwriting is confirmed",
  "host-cancelled": "Cancelled",
  "host-table-missing": "There is no table named \u201C{table}\u201D",
  "csv-empty": "The file has nothing in it",
  "csv-undecodable": "The file cannot be read as {encodings} text: it may not be a CSV file (an Excel file renamed to .csv, say) or it may be damaged",
  "csv-delimiter-invalid": "\u201C{delimiter}\u201D cannot be a delimiter: a delimiter must not be empty or contain a quote or a line break",
  "csv-too-large": "The file has {rows} rows and {columns} columns, more than a worksheet holds ({maxRows} rows and {maxColumns} columns)",
  "file-unreadable": "Cannot open {path}: the file does not exist or cannot be read",
  "xlsx-unreadable": "This file cannot be read: it is not an Excel workbook (.xlsx), or it is damaged",
  "xlsx-legacy-or-encrypted": "This is an Excel 97-2003 workbook (.xls) or a workbook with a password to open. Open it in Excel, save it as an .xlsx workbook without a password, and try again",
  "journal-entries-no-header": "No header row of entries was found in \u201C{sheet}\u201D: it needs columns such as {labels} (or date, summary, receipts and payments; \u501F\u65B9 and \u8D37\u65B9 also do, and the date may be split into \u5E74, \u6708 and \u65E5)",
  "journal-entry-no-amount": "This entry has a date or a summary but neither a receipt nor a payment",
  "journal-entries-unreadable": "{count} cells of \u201C{sheet}\u201D cannot be read; correct them and generate again:",
  "journal-opening-invalid": "The opening balance \u201C{text}\u201D is not an amount",
  "journal-opening-negative": "The opening balance {amount} is negative: neither cash on hand nor a bank deposit can have a negative balance",
  "journal-cash-limit-invalid": "The cash limit \u201C{text}\u201D must be an amount above 0",
  "journal-ytd-invalid": "The year-to-date figure \u201C{text}\u201D must be an amount of 0 or more",
  "journal-ytd-in-january": "The journal starts in January: its year to date starts from 0, with nothing to bring in",
  "journal-cash-limit-for-bank": "A cash limit applies to the cash journal only; a bank deposit journal has none",
  "journal-period-required": "Give the month, such as 2026-01: there are no entries to take the journal's year and month from",
  "journal-entries-span-years": "The entries run from {first} to {last}; a journal covers one year, so give a month or generate each year's entries separately",
  "journal-entries-none-in-month": "There are no entries in {period}",
  "journal-header-missing": "No journal header row was found: it needs columns such as \u6458\u8981 (summary), \u501F\u65B9/\u6536\u5165 (receipts), \u8D37\u65B9/\u652F\u51FA (payments) and \u4F59\u989D (balance)",
  "journal-year-unknown": "The dates have only month and day columns, and neither the title nor the header gives the year (such as 2026\u5E74), so the dates cannot be checked",
  "journal-amount-as-text": "The amount \u201C{text}\u201D is stored as text, which Excel's sums leave out; enter it as a number",
  "journal-cell-error": "The cell shows the error {text}: its formula may refer to a deleted row or an invalid cell",
  "journal-opening-mismatch": "The opening balance should be {expected}; the sheet shows {found}",
  "journal-balance-break": "The balance should be {expected} (the balance above plus this line's receipt minus its payment); the sheet shows {found}",
  "journal-amount-mismatch": "This amount should be {expected}; the sheet shows {found}, which neither the balance on this line nor the totals below agree with",
  "journal-total-receipts-wrong": "The receipts on \u201C{row}\u201D should add up to {expected}; the sheet shows {found}",
  "journal-total-payments-wrong": "The payments on \u201C{row}\u201D should add up to {expected}; the sheet shows {found}",
  "journal-carry-receipts-wrong": "The receipts carried on \u201C{row}\u201D should be the month's total so far, {expected}; the sheet shows {found}",
  "journal-carry-payments-wrong": "The payments carried on \u201C{row}\u201D should be the month's total so far, {expected}; the sheet shows {found}",
  "journal-date-order": "The date {date} is earlier than {previous} on the entry above: entries are posted in date order",
  "journal-voucher-missing": "The voucher number is missing",
  "journal-summary-missing": "The summary is missing",
  "journal-both-sides": "This line has both a receipt of {receipt} and a payment of {payment}; post them on separate lines",
  "journal-cash-negative": "The cash balance is {found}: cash on hand can never be negative",
  "journal-cash-over-limit": "Cash at the end of the day, {found}, is above the cash limit of {limit}; the excess is to be deposited the same day",
  "journal-bank-overdrawn": "The bank balance is {found}: the account cannot be overdrawn, and no cheque may bounce",
  "journal-voucher-repeated": "The voucher number {voucher} was already used at {first}",
  "cash-count-wrong-size": "The counts need {expected} cells, one per denomination from 100 yuan down to 1 fen; there are {actual}",
  "cash-count-unreadable": "The count of denomination {position} ({denomination}), \u201C{text}\u201D, must be a whole number from 0 to {max}",
  "balance-lengths-differ": "There are {receipts} receipts but {payments} payments; give as many of each",
  "balance-check-lengths-differ": "There are {balances} balances but {lines} receipts and payments; give one balance for each line",
  "balance-receipt-unreadable": "Receipt {position}, \u201C{text}\u201D, is not an amount that can be used",
  "balance-payment-unreadable": "Payment {position}, \u201C{text}\u201D, is not an amount that can be used",
  "balance-stated-unreadable": "Balance {position}, \u201C{text}\u201D, is not an amount that can be used",
  "balance-out-of-range": "The balance on line {position} is out of range: it can be at most {max} yuan either way",
  "funds-no-accounts": "No cash journal or bank deposit journal was found",
  "journal-day-total-needs-entry": "Select the row of the day's last entry first: the day total goes below it",
  "journal-day-already-closed": "The day already has a day total below {cell}",
  "journal-opening-row-missing": "No opening, carried-from-last-year or brought-forward row above: the day total has nowhere to start adding from",
  "cash-count-date-missing": "Name the day of the count with --date, such as --date 2026-01-31",
  "cash-count-book-missing": "Name a workbook with the cash journal with --from, or give the book balance with --book",
  "funds-workbook-missing": "Name the workbook with the cash and bank deposit journals with --from",
  "generate-period-missing": "Name a day with --date or a month with --month",
  "funds-entry-without-date": "This entry of the {account} journal has no date that can be read, so it belongs to no day and the funds report leaves it out",
  "funds-amount-out-of-range": "The journals' amounts add up to more than {max} yuan, beyond what a funds report can hold"
};
var catalogs = { "zh-CN": zhCN, "en-US": enUS };
function formatMessage(locale, id, params = {}) {
  return fillTemplate(catalogs[locale][id] ?? catalogs["zh-CN"][id] ?? id, params);
}
function localeFromDisplayLanguage(displayLanguage) {
  return /^zh/i.test(displayLanguage ?? "") ? "zh-CN" : "en-US";
}

// src/core/findings.ts
function findingFromProblem(problem2, sheet, cell, severity = "error") {
  return { rule: problem2.id, severity, sheet, cell, params: problem2.params };
}
function findingMessage(finding2, locale) {
  return formatMessage(locale, finding2.rule, finding2.params);
}

// src/core/grid.ts
function columnLetters(column) {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + (n - 1) % 26) + letters;
  }
  return letters;
}
function cellAddress(row, column) {
  return `${columnLetters(column)}${row + 1}`;
}
var MAX_COLUMNS = 16384;
var MAX_ROWS = 1048576;
function columnIndex(letters) {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column <= MAX_COLUMNS ? column - 1 : null;
}
var CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
function parseCell(text) {
  const match = CELL.exec(text);
  if (!match) return null;
  const column = columnIndex(match[1]);
  const row = Number(match[2]);
  return column !== null && row >= 1 && row <= MAX_ROWS ? { row: row - 1, column } : null;
}
function parseRangeAddress(address) {
  const bang = address.lastIndexOf("!");
  let sheet = bang >= 0 ? address.slice(0, bang) : "";
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const [first, second, extra] = address.slice(bang + 1).split(":");
  if (extra !== void 0 || first === void 0) return null;
  const start = parseCell(first);
  const end = second === void 0 ? start : parseCell(second);
  if (!start || !end) return null;
  return {
    sheet,
    start: { row: Math.min(start.row, end.row), column: Math.min(start.column, end.column) },
    end: { row: Math.max(start.row, end.row), column: Math.max(start.column, end.column) }
  };
}
function blockAddress(top, left, rows, columns) {
  const start = cellAddress(top, left);
  return rows === 1 && columns === 1 ? start : `${start}:${cellAddress(top + rows - 1, left + columns - 1)}`;
}
function gridCellAddress(grid, r, c) {
  return cellAddress(grid.top + r, grid.left + c);
}
function isBlank(value) {
  return value === null || value === void 0 || typeof value === "string" && value.trim() === "";
}

// src/core/result.ts
function ok(value) {
  return { ok: true, value };
}
function fail(id, params = {}) {
  return { ok: false, problem: { id, params } };
}

// src/core/money.ts
var MAX_FEN = 999999999999999;
var MAX_YUAN_DIGITS = String(Math.floor(MAX_FEN / 100)).length;
function toHalfWidth(text) {
  return text.replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 65248)).replace(/\uFFE5/g, "\xA5").replace(/\u2212/g, "-");
}
function parseMoney(value) {
  if (value === null || value === void 0) return ok(null);
  if (typeof value === "number") return numberToFen(value);
  if (typeof value === "string") return textToFen(value);
  return fail("money-wrong-type");
}
function numberToFen(value) {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!match) return fail("money-unreadable", { text });
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  return decimalToFen(text, sign === "-", whole, fraction, Number(exponent));
}
var EMPTY_MARK = /^[-–—]{1,2}$/;
var MONEY_TEXT = /^(\()?\s*([+-])?\s*(¥|RMB|CNY|人民币)?\s*([+-])?\s*(\()?\s*([\d,]*\.?\d*)\s*([万亿])?\s*(\))?\s*(元|RMB|CNY)?\s*(\))?$/i;
var DECIMAL_NUMBER = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/;
function textToFen(raw) {
  const typed = raw.trim();
  const text = toHalfWidth(typed).trim();
  if (text === "" || EMPTY_MARK.test(text)) return ok(null);
  const match = MONEY_TEXT.exec(text);
  if (!match) return fail("money-unreadable", { text: typed });
  const [, outerOpen, signBefore, , signAfter, innerOpen, number = "", scale, innerClose, , outerClose] = match;
  const opens = Number(outerOpen !== void 0) + Number(innerOpen !== void 0);
  const closes = Number(innerClose !== void 0) + Number(outerClose !== void 0);
  const sign = signBefore ?? signAfter;
  const doubtfulSign = signBefore !== void 0 && signAfter !== void 0 || opens === 1 && sign !== void 0;
  if (!/\d/.test(number) || opens !== closes || opens > 1 || doubtfulSign) {
    return fail("money-unreadable", { text: typed });
  }
  const decimal = DECIMAL_NUMBER.exec(number);
  if (!decimal) return fail("money-misplaced-separator", { text: typed });
  const [, whole = "", fraction = ""] = decimal;
  const shift = scale === "\u4E07" ? 4 : scale === "\u4EBF" ? 8 : 0;
  return decimalToFen(typed, sign === "-" || opens === 1, whole.replace(/,/g, ""), fraction, shift);
}
function decimalToFen(text, negative, whole, fraction, shift) {
  const digits = whole + fraction;
  const point = whole.length + shift;
  const padded = "0".repeat(Math.max(0, -point)) + digits + "0".repeat(Math.max(0, point - digits.length));
  const splitAt = Math.max(0, point);
  const yuan = padded.slice(0, splitAt).replace(/^0+/, "");
  const belowYuan = padded.slice(splitAt) + "000";
  if (yuan.length > MAX_YUAN_DIGITS) return outOfRange(text);
  const roundsUp = belowYuan.charAt(2) >= "5";
  const magnitude = Number(yuan || "0") * 100 + Number(belowYuan.slice(0, 2)) + (roundsUp ? 1 : 0);
  if (magnitude > MAX_FEN) return outOfRange(text);
  return ok(negative && magnitude !== 0 ? -magnitude : magnitude);
}
function outOfRange(text) {
  return fail("money-out-of-range", { text, max: formatMoney(MAX_FEN) });
}
function formatMoney(fen, options = {}) {
  assertFen(fen);
  const magnitude = Math.abs(fen);
  const cents = magnitude % 100;
  const yuan = String((magnitude - cents) / 100).replace(/\B(?=(\d{3})+$)/g, ",");
  return `${fen < 0 ? "-" : ""}${options.symbol ? "\xA5" : ""}${yuan}.${String(cents).padStart(2, "0")}`;
}
function fenToYuan(fen) {
  assertFen(fen);
  return fen / 100;
}
function assertFen(value) {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`Not a whole number of \u5206 in the safe integer range: ${value}`);
}

// src/amounts-in-words/read.ts
function readAmount(grid, row, column, findings) {
  const parsed = parseMoney(grid.values[row]?.[column] ?? null);
  if (parsed.ok) return parsed.value;
  findings.push(findingFromProblem(parsed.problem, grid.sheet, gridCellAddress(grid, row, column)));
  return null;
}
function wordsText(value) {
  return value === null || value === void 0 ? "" : String(value);
}
var FIGURES_LABEL = /^(小写|小写金额|金额|金额（小写）|金额\(小写\)|amount|amount in figures|figures)$/i;
var WORDS_LABEL = /^(大写|大写金额|金额（大写）|金额\(大写\)|amount in words|words)$/i;
var HEADER_SEARCH_ROWS = 10;
function labelledColumns(grid) {
  for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS, grid.values.length); row++) {
    const labels = (grid.values[row] ?? []).map(
      (cell) => String(cell ?? "").replace(/\s+/g, " ").trim()
    );
    const figures = labels.findIndex((label) => FIGURES_LABEL.test(label));
    const words = labels.findIndex((label) => WORDS_LABEL.test(label));
    if (figures >= 0 && words >= 0) return { figures, words, firstRow: row + 1 };
  }
  return null;
}
function readFiguresAndWords(grid, columns) {
  const findings = [];
  const records = [];
  for (let row = columns.firstRow; row < grid.values.length; row++) {
    const figures = grid.values[row]?.[columns.figures];
    const words = wordsText(grid.values[row]?.[columns.words]);
    if (isBlank(figures) && isBlank(words)) continue;
    const findingsBefore = findings.length;
    const fen = readAmount(grid, row, columns.figures, findings);
    if (findings.length > findingsBefore) continue;
    records.push({
      row,
      figuresCell: gridCellAddress(grid, row, columns.figures),
      wordsCell: gridCellAddress(grid, row, columns.words),
      fen,
      words
    });
  }
  return { records, findings };
}

// src/core/words.ts
var CAPITAL_DIGITS = "\u96F6\u58F9\u8D30\u53C1\u8086\u4F0D\u9646\u67D2\u634C\u7396";
var TOP_PLACE = 12;
var LOWEST_PLACE = -2;
var PREFIX = "\u4EBA\u6C11\u5E01";
var SECTIONS = [
  { place: 12, unit: "\u4E07", highest: 12 },
  { place: 8, unit: "\u4EBF", highest: 12 },
  { place: 4, unit: "\u4E07", highest: 7 },
  { place: 0, unit: "\u5143", highest: 12 }
];
function placeUnit(place) {
  if (place < 0) return place === -1 ? "\u89D2" : "\u5206";
  return place % 4 === 0 ? "" : "\u62FE\u4F70\u4EDF".charAt(place % 4 - 1);
}
function zeroRule(upper, lower) {
  if (upper - lower === 1) return "none";
  const lowestZero = lower + 1;
  if (lowestZero === 0 || lowestZero === 8) return "optional";
  if (lowestZero === 4) return upper <= 7 ? "optional" : "required";
  return "required";
}
function writesLing(upper, lower) {
  const rule = zeroRule(upper, lower);
  return rule === "required" || rule === "optional" && lower === -1;
}
function figuresProblem(fen) {
  if (!Number.isInteger(fen)) return problem("words-fen-not-integer", { value: String(fen) });
  if (Math.abs(fen) > MAX_FEN) return problem("words-out-of-range", { max: formatMoney(MAX_FEN) });
  if (fen < 0) return problem("words-negative", { figures: formatMoney(fen) });
  return null;
}
function amountToWords(fen, options = {}) {
  const refusal = figuresProblem(fen);
  if (refusal) return fail(refusal.id, refusal.params);
  const digits = String(fen).padStart(TOP_PLACE - LOWEST_PLACE + 1, "0");
  const digitAt = (place) => Number(digits.charAt(TOP_PLACE - place));
  let words = "";
  let previous = null;
  for (let place = TOP_PLACE; place >= LOWEST_PLACE; place--) {
    const digit = digitAt(place);
    if (digit !== 0) {
      if (previous !== null && writesLing(previous, place)) words += "\u96F6";
      words += CAPITAL_DIGITS.charAt(digit) + placeUnit(place);
      previous = place;
    }
    const section = SECTIONS.find((candidate) => candidate.place === place);
    if (section && /[1-9]/.test(digits.slice(TOP_PLACE - section.highest, TOP_PLACE - place + 1))) {
      words += section.unit;
    }
  }
  if (previous === null) words = "\u96F6\u5143";
  if (previous === null || previous >= -1) words += "\u6574";
  return ok((options.prefix ?? true ? PREFIX : "") + words);
}
function checkWords(fen, text) {
  const refusal = figuresProblem(fen);
  if (refusal) return [refusal];
  const examination = examineWords(text);
  if (!examination.readable || examination.fen === fen) return [...examination.problems];
  const mismatch = problem("words-amount-mismatch", { words: formatMoney(examination.fen), figures: formatMoney(fen) });
  return [mismatch, ...examination.problems];
}
function problem(id, params = {}) {
  return { id, params };
}
function failWith(reason) {
  return fail(reason.id, reason.params);
}
var LEGAL_CHARS = new Map([
  ...[...CAPITAL_DIGITS].map((char, digit) => [char, { kind: "digit", value: digit }]),
  ["\u62FE", { kind: "place", value: 1 }],
  ["\u4F70", { kind: "place", value: 2 }],
  ["\u4EDF", { kind: "place", value: 3 }],
  ["\u4E07", { kind: "section", value: 4 }],
  ["\u4EBF", { kind: "section", value: 8 }],
  ["\u5143", { kind: "yuan", value: 0 }],
  ["\u89D2", { kind: "fraction", value: -1 }],
  ["\u5206", { kind: "fraction", value: -2 }],
  ["\u6574", { kind: "zheng", value: 0 }],
  ["\u6B63", { kind: "zheng", value: 0 }]
]);
var VARIANTS = /* @__PURE__ */ new Map([
  ["\u8CB3", "\u8D30"],
  ["\u53C3", "\u53C1"],
  ["\u53C4", "\u53C1"],
  ["\u9678", "\u9646"],
  ["\u842C", "\u4E07"],
  ["\u5104", "\u4EBF"],
  ["\u5713", "\u5143"],
  ["\u5706", "\u5143"]
]);
var PREFIXES = [PREFIX, "\u4EBA\u6C11\u5E63"];
var MISTAKES = new Map([
  ["\u4E00", "\u58F9"],
  ["\u4E8C", "\u8D30"],
  ["\u4E24", "\u8D30"],
  ["\u5169", "\u8D30"],
  ["\u4E09", "\u53C1"],
  ["\u56DB", "\u8086"],
  ["\u4E94", "\u4F0D"],
  ["\u516D", "\u9646"],
  ["\u4E03", "\u67D2"],
  ["\u516B", "\u634C"],
  ["\u4E5D", "\u7396"],
  ["\u3007", "\u96F6"],
  ["\u25CB", "\u96F6"],
  ["\u53E6", "\u96F6"],
  ["\u5341", "\u62FE"],
  ["\u4EC0", "\u62FE"],
  ["\u767E", "\u4F70"],
  ["\u5343", "\u4EDF"],
  ["\u5FF5", "\u8D30\u62FE"],
  ["\u5EFF", "\u8D30\u62FE"],
  ["\u5345", "\u53C1\u62FE"],
  ["\u6BDB", "\u89D2"],
  ["\u5757", "\u5143"],
  ["\u584A", "\u5143"],
  ...[...CAPITAL_DIGITS].flatMap((char, digit) => [
    [String(digit), char],
    [String.fromCharCode(65296 + digit), char]
  ])
]);
function tokenize(text) {
  const result = { tokens: [], charProblems: [], gapProblems: [] };
  const reported = /* @__PURE__ */ new Set();
  let index = 0;
  while (index < text.length) {
    const prefix = PREFIXES.find((candidate) => text.startsWith(candidate, index));
    if (prefix) {
      result.tokens.push({ kind: "prefix", value: 0, start: index, end: index + prefix.length });
      index += prefix.length;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(index) ?? 0);
    const end = index + char.length;
    if (/\s/.test(char)) {
      result.gapProblems.push(problem("words-gap", { after: text.slice(0, index) }));
      index = end + (/^\s*/.exec(text.slice(end))?.[0].length ?? 0);
      continue;
    }
    const legal = LEGAL_CHARS.get(VARIANTS.get(char) ?? char);
    const suggestion = MISTAKES.get(char);
    if (legal) result.tokens.push({ ...legal, start: index, end });
    else if (!reported.has(char)) {
      reported.add(char);
      result.charProblems.push(
        suggestion ? problem("words-illegal-char", { char, suggestion }) : problem("words-unexpected-char", { char })
      );
    }
    for (const meant of suggestion ?? "") {
      const token = LEGAL_CHARS.get(meant);
      if (token) result.tokens.push({ ...token, start: index, end });
    }
    index = end;
  }
  return result;
}
function unreadableAt(parse, token) {
  return problem("words-unreadable", { at: parse.text.slice(token.start) });
}
function readLing(parse, ling, next) {
  const withUnit = next !== void 0 && next.kind !== "digit" && next.kind !== "zheng";
  parse.marks.push({ kind: "ling", start: ling.start, withUnit });
  if (withUnit) {
    const unit = parse.text.slice(next.start, next.end);
    parse.problems.push(problem("words-ling-before-unit", { at: parse.text.slice(ling.start), unit }));
  }
}
function parseTokens(text, tokens) {
  const body = tokens[0]?.kind === "prefix" ? tokens.slice(1) : tokens;
  const [first] = body;
  if (!first) return fail("words-unfinished", { text });
  const parse = { text, marks: [], problems: [] };
  const yuanIndex = body.findIndex((token) => token.kind === "yuan");
  const yuan = body[yuanIndex];
  const integer = body.slice(0, Math.max(yuanIndex, 0));
  const zeroYuan = integer.length === 1 && integer[0]?.kind === "digit" && integer[0].value === 0;
  if (!yuan && body.some((token) => token.kind === "place" || token.kind === "section")) {
    return fail("words-missing-yuan");
  }
  const integerProblem = yuan && !zeroYuan ? readInteger(parse, integer, yuan) : null;
  if (integerProblem) return failWith(integerProblem);
  const fraction = readFraction(parse, body.slice(yuanIndex + 1));
  if (!fraction.ok) return fraction;
  const digits = parse.marks.filter((mark) => mark.kind === "digit");
  if (digits.length === 0 && !zeroYuan) return failWith(unreadableAt(parse, first));
  if (digits.some((mark) => mark.place > TOP_PLACE)) return fail("words-out-of-range", { max: formatMoney(MAX_FEN) });
  const fen = digits.reduce((sum, mark) => sum + mark.digit * 10 ** (mark.place + 2), 0);
  return ok({ fen, marks: parse.marks, zeroYuan, zheng: fraction.value, problems: parse.problems });
}
function readInteger(parse, tokens, yuan) {
  const terminators = tokens.flatMap((token, index) => token.kind === "section" ? [{ token, index }] : []);
  terminators.push({ token: yuan, index: tokens.length });
  let previousBase = Infinity;
  let segmentStart = 0;
  for (const [order, { token, index }] of terminators.entries()) {
    const yiFollows = terminators.slice(order + 1).some((later) => later.token.kind === "section" && later.token.value === 8);
    const base = token.kind === "section" && token.value === 4 && yiFollows ? 12 : token.value;
    const segment = tokens.slice(segmentStart, index);
    const mayBeEmpty = base === 0 && order > 0 || base === 8 && previousBase === 12;
    if (base >= previousBase || segment.length === 0 && !mayBeEmpty) return unreadableAt(parse, token);
    const sectionProblem = readSection(parse, segment, base, token);
    if (sectionProblem) return sectionProblem;
    previousBase = base;
    segmentStart = index + 1;
  }
  return null;
}
function readSection(parse, tokens, base, terminator) {
  let pending = null;
  let lowest = 4;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const next = tokens[index + 1] ?? terminator;
    if (token.kind === "digit") {
      if (pending) return unreadableAt(parse, token);
      if (token.value !== 0) pending = token;
      else {
        readLing(parse, token, next);
        if (next.kind === "place") index++;
      }
    } else if (token.kind === "place") {
      if (!pending && token.value !== 1 || token.value >= lowest) return unreadableAt(parse, pending ?? token);
      if (!pending) parse.problems.push(problem("words-missing-yi-before-shi", { at: parse.text.slice(token.start) }));
      const written = pending ?? token;
      parse.marks.push({ kind: "digit", digit: pending?.value ?? 1, place: base + token.value, start: written.start });
      lowest = token.value;
      pending = null;
    } else return unreadableAt(parse, token);
  }
  if (pending) parse.marks.push({ kind: "digit", digit: pending.value, place: base, start: pending.start });
  return null;
}
function readFraction(parse, tokens) {
  let pending = null;
  let lowest = 0;
  let zheng = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (zheng) return failWith(unreadableAt(parse, token));
    if (token.kind === "digit") {
      if (pending) return failWith(unreadableAt(parse, token));
      if (token.value !== 0) pending = token;
      else {
        readLing(parse, token, next);
        if (next?.kind === "fraction") index++;
      }
    } else if (token.kind === "fraction" && pending && token.value < lowest) {
      parse.marks.push({ kind: "digit", digit: pending.value, place: token.value, start: pending.start });
      lowest = token.value;
      pending = null;
    } else if (token.kind === "zheng" && !pending) zheng = true;
    else return failWith(unreadableAt(parse, pending ?? token));
  }
  if (pending) return fail("words-unfinished", { text: parse.text });
  return ok(zheng);
}
function lingProblems(text, words) {
  const problems = [];
  let upper = null;
  let gap = [];
  for (const mark of words.marks) {
    if (mark.kind === "ling") {
      gap.push(mark);
      continue;
    }
    const rule = upper !== null ? zeroRule(upper, mark.place) : words.zeroYuan ? "optional" : "none";
    const gapProblem = judgeGap(text, rule, gap, mark);
    if (gapProblem) problems.push(gapProblem);
    upper = mark.place;
    gap = [];
  }
  const trailingProblem = judgeGap(text, "none", gap, null);
  if (trailingProblem) problems.push(trailingProblem);
  return problems;
}
function judgeGap(text, rule, gap, next) {
  const lings = gap.filter((ling) => !ling.withUnit);
  const [first] = lings;
  if (next && gap.length === 0 && rule === "required") {
    return problem("words-missing-ling", { after: text.slice(0, next.start) });
  }
  if (first && rule === "none") return problem("words-extra-ling", { at: text.slice(first.start) });
  if (first && lings.length > 1) return problem("words-double-ling", { at: text.slice(first.start) });
  return null;
}
function zhengProblems(words) {
  const lowest = words.marks.reduce((place, mark) => mark.kind === "digit" ? mark.place : place, null);
  if (words.zheng && lowest === -2) return [problem("words-zheng-after-fen")];
  if (!words.zheng && (lowest === null || lowest >= 0)) return [problem("words-missing-zheng")];
  return [];
}
function examineWords(raw) {
  const text = raw.trim();
  if (text === "") return { readable: false, problems: [problem("words-empty")] };
  const { tokens, charProblems, gapProblems } = tokenize(text);
  const parsed = parseTokens(text, tokens);
  if (!parsed.ok) {
    const [firstChar, ...otherChars] = charProblems;
    return { readable: false, problems: firstChar ? [firstChar, ...otherChars] : [parsed.problem] };
  }
  const words = parsed.value;
  const problems = [
    ...charProblems,
    ...words.problems,
    ...lingProblems(text, words),
    ...zhengProblems(words),
    ...gapProblems
  ];
  return { readable: true, fen: words.fen, problems };
}

// src/amounts-in-words/rules.ts
function checkFiguresAgainstWords(pairs, sheet) {
  const findings = [];
  for (const pair of pairs) {
    if (pair.fen === null) {
      findings.push({
        rule: "pair-words-without-amount",
        severity: "error",
        sheet,
        cell: pair.figuresCell,
        params: {}
      });
    } else if (isBlank(pair.words)) {
      findings.push({ rule: "pair-amount-without-words", severity: "error", sheet, cell: pair.wordsCell, params: {} });
    } else {
      for (const problem2 of checkWords(pair.fen, pair.words)) {
        findings.push(findingFromProblem(problem2, sheet, pair.wordsCell));
      }
    }
  }
  return findings;
}

// src/amounts-in-words/index.ts
function checkColumns(grid, columns) {
  const read = readFiguresAndWords(grid, columns);
  return {
    findings: [...read.findings, ...checkFiguresAgainstWords(read.records, grid.sheet)],
    checked: read.records.length
  };
}
var amountWordsSheet = {
  kind: "amount-words",
  recognises: (grid) => labelledColumns(grid) !== null,
  check: (grid) => {
    const columns = labelledColumns(grid);
    return columns ? checkColumns(grid, columns).findings : [];
  }
};

// src/core/dates.ts
var FIRST_YEAR = 1900;
var LAST_YEAR = 9999;
var UNIX_EPOCH_SERIAL = 25569;
var FAKE_LEAP_DAY_SERIAL = 60;
var LAST_SERIAL = 2958465;
function parseDateCell(value) {
  if (value === null || value === void 0) return fail("date-empty");
  if (typeof value === "number") return serialToDate(value);
  if (value instanceof Date) return jsDateToDate(value);
  if (typeof value === "string") return textToDate(value);
  return fail("date-wrong-type");
}
function serialToDate(serial) {
  if (!Number.isFinite(serial)) return fail("date-unreadable", { text: String(serial) });
  const day = Math.floor(serial);
  if (day < 1 || day > LAST_SERIAL) return fail("date-out-of-range", { text: String(serial) });
  if (day === FAKE_LEAP_DAY_SERIAL) return fail("date-invalid", { year: 1900, month: 2, day: 29 });
  return ok(civilFromDays(day - UNIX_EPOCH_SERIAL + (day < FAKE_LEAP_DAY_SERIAL ? 1 : 0)));
}
function jsDateToDate(date) {
  if (Number.isNaN(date.getTime())) return fail("date-unreadable", { text: String(date) });
  const parts = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  return validDate(parts);
}
var TIME_OF_DAY = String.raw`(?:(?:\s+|T)(?<hours>\d{1,2}):(?<minutes>\d{2})(?::(?<seconds>\d{2})(?:\.\d+)?)?)?`;
var DATE_TEXTS = [
  String.raw`(?<year>\d{4})(?<separator>[-/.])(?<month>\d{1,2})\k<separator>(?<day>\d{1,2})`,
  String.raw`(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})`,
  String.raw`(?<year>\d{4})\s*年\s*(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*[日号]`
].map((date) => new RegExp(`^${date}${TIME_OF_DAY}$`));
function textToDate(raw) {
  const typed = raw.trim();
  const text = toHalfWidth(typed);
  if (text === "") return fail("date-empty");
  const match = DATE_TEXTS.map((pattern) => pattern.exec(text)).find((candidate) => candidate !== null);
  if (!match) return fail("date-unreadable", { text: typed });
  const { year, month, day, hours = "0", minutes = "0", seconds = "0" } = match.groups ?? {};
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59)
    return fail("date-unreadable", { text: typed });
  return checkedDate({ year: Number(year), month: Number(month), day: Number(day) }, typed);
}
function checkedDate(date, text) {
  const { year, month, day } = date;
  if (year < FIRST_YEAR || year > LAST_YEAR) return fail("date-out-of-range", { text });
  return isRealDate(date) ? ok(date) : fail("date-invalid", { year, month, day });
}
function validDate(date) {
  return checkedDate(date, formatIsoDate(date));
}
function isRealDate({ year, month, day }) {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) return false;
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? leapYear ? 29 : 28 : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= daysInMonth;
}
function dateToSerial(date) {
  if (!validDate(date).ok) throw new RangeError(`Not a date Excel can hold: ${formatIsoDate(date)}`);
  const serial = daysFromCivil(date) + UNIX_EPOCH_SERIAL;
  return serial <= FAKE_LEAP_DAY_SERIAL ? serial - 1 : serial;
}
function formatIsoDate({ year, month, day }) {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function chequeDateWords(date) {
  const checked = validDate(date);
  if (!checked.ok) return checked;
  const { year, month, day } = checked.value;
  const yearWords = [...String(year)].map((digit) => CAPITAL_DIGITS.charAt(Number(digit))).join("");
  const monthLing = month <= 2 || month === 10 ? "\u96F6" : "";
  const dayLing = day <= 10 || day % 10 === 0 ? "\u96F6" : "";
  return ok(`${yearWords}\u5E74${monthLing}${upToThirtyOne(month)}\u6708${dayLing}${upToThirtyOne(day)}\u65E5`);
}
function upToThirtyOne(value) {
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return (tens > 0 ? CAPITAL_DIGITS.charAt(tens) + "\u62FE" : "") + (units > 0 ? CAPITAL_DIGITS.charAt(units) : "");
}
function daysFromCivil({ year, month, day }) {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
function civilFromDays(days) {
  const shifted = days + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1
  };
}
var MONTH_TEXT = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$/;
function parseMonth(text) {
  const match = MONTH_TEXT.exec(toHalfWidth(text).trim());
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || year < 1900 || month < 1 || month > 12) return fail("month-invalid", { text });
  return ok({ year, month });
}

// src/journal/model.ts
var ROW_MARKERS = {
  opening: ["\u671F\u521D\u4F59\u989D", "\u4E0A\u5E74\u7ED3\u8F6C", "\u4E0A\u6708\u7ED3\u8F6C", "opening balance", "brought forward from last year", "\u4E0A\u671F\u7ED3\u8F6C"],
  "day-total": ["\u672C\u65E5\u5408\u8BA1", "day total"],
  "month-total": ["\u672C\u6708\u5408\u8BA1", "month total"],
  "year-total": ["\u672C\u5E74\u7D2F\u8BA1", "year to date"],
  "carried-forward": ["\u8FC7\u6B21\u9875", "carried forward", "\u8F6C\u4E0B\u9875"],
  "brought-forward": ["\u627F\u524D\u9875", "brought forward", "\u627F\u4E0A\u9875"]
};
var COLUMN_LABELS = {
  year: ["\u5E74", "year"],
  month: ["\u6708", "month"],
  day: ["\u65E5", "day"],
  date: ["\u65E5\u671F", "\u8BB0\u8D26\u65E5\u671F", "\u4E1A\u52A1\u65E5\u671F", "date"],
  voucher: ["\u51ED\u8BC1\u5B57\u53F7", "\u51ED\u8BC1\u53F7", "\u51ED\u8BC1\u7F16\u53F7", "\u51ED\u8BC1\u53F7\u6570", "voucher", "voucher no."],
  summary: ["\u6458\u8981", "summary", "description"],
  counterAccount: ["\u5BF9\u65B9\u79D1\u76EE", "\u5BF9\u5E94\u79D1\u76EE", "counter account"],
  settlement: ["\u7ED3\u7B97\u65B9\u5F0F", "settlement", "settlement method"],
  document: ["\u7968\u636E\u53F7", "\u7968\u636E\u53F7\u7801", "\u7ED3\u7B97\u53F7", "\u652F\u7968\u53F7", "document no.", "cheque no."],
  receipt: ["\u501F\u65B9\uFF08\u6536\u5165\uFF09", "\u501F\u65B9", "\u6536\u5165", "\u501F\u65B9\u91D1\u989D", "\u6536\u5165\u91D1\u989D", "receipts", "debit"],
  payment: ["\u8D37\u65B9\uFF08\u652F\u51FA\uFF09", "\u8D37\u65B9", "\u652F\u51FA", "\u8D37\u65B9\u91D1\u989D", "\u652F\u51FA\u91D1\u989D", "payments", "credit"],
  balance: ["\u4F59\u989D", "\u7ED3\u4F59", "balance"]
};

// src/journal/labels.ts
function normalizedLabel(text) {
  return toHalfWidth(text).replace(/\s+/g, "").toLowerCase();
}
var COLUMN_BY_LABEL = new Map(
  Object.entries(COLUMN_LABELS).flatMap(
    ([column, labels]) => labels.map((label) => [normalizedLabel(label), column])
  )
);
var BRACKETED_LABEL = /^([^()]*)\(([^()]*)\)$/;
function columnNamed(label) {
  const exact = COLUMN_BY_LABEL.get(label);
  if (exact !== void 0) return exact;
  const bracketed = BRACKETED_LABEL.exec(label);
  if (!bracketed) return void 0;
  return COLUMN_BY_LABEL.get(bracketed[1] ?? "") ?? COLUMN_BY_LABEL.get(bracketed[2] ?? "");
}
var KIND_BY_MARKER = new Map(
  Object.entries(ROW_MARKERS).flatMap(
    ([kind, markers]) => markers.map((marker2) => [normalizedLabel(marker2), kind])
  )
);
var MARKER_INITIALS = new Set(
  [...KIND_BY_MARKER.keys()].flatMap((marker2) => [marker2, marker2.toUpperCase()].map((text) => text.charCodeAt(0)))
);
function rowKindOf(summary) {
  if (summary === "" || !MARKER_INITIALS.has(summary.charCodeAt(0))) return "entry";
  return KIND_BY_MARKER.get(summary) ?? KIND_BY_MARKER.get(normalizedLabel(summary)) ?? "entry";
}

// src/journal/entries.ts
var HEADER_SEARCH_ROWS2 = 20;
function findHeader(grid) {
  for (let row = 0; row < Math.min(HEADER_SEARCH_ROWS2, grid.values.length); row++) {
    const columns = {};
    (grid.values[row] ?? []).forEach((cell, index) => {
      const column = typeof cell === "string" ? columnNamed(normalizedLabel(cell)) : void 0;
      if (column !== void 0 && columns[column] === void 0) columns[column] = index;
    });
    const dated = columns.date !== void 0 || columns.year !== void 0 && columns.month !== void 0 && columns.day !== void 0;
    if (dated && columns.summary !== void 0 && columns.receipt !== void 0 && columns.payment !== void 0) {
      return { row, columns };
    }
  }
  return null;
}
var NEEDED_LABELS = ["\u65E5\u671F", "\u6458\u8981", "\u6536\u5165", "\u652F\u51FA"].join("\u3001");
function readJournalEntries(grid) {
  const header = findHeader(grid);
  if (!header) return fail("journal-entries-no-header", { sheet: grid.sheet, labels: NEEDED_LABELS });
  const read = { entries: [], findings: [] };
  for (let row = header.row + 1; row < grid.values.length; row++) {
    const entry = readEntry(grid, row, header.columns, read.findings);
    if (entry) read.entries.push(entry);
  }
  return ok(read);
}
function readEntry(grid, row, columns, findings) {
  const cell = (column) => {
    const index = columns[column];
    return index === void 0 ? null : grid.values[row]?.[index] ?? null;
  };
  const address = (column) => gridCellAddress(grid, row, columns[column] ?? 0);
  const text = (column) => String(cell(column) ?? "").trim();
  if (Object.keys(columns).every((column) => isBlank(cell(column)))) return null;
  if (rowKindOf(String(cell("summary") ?? "")) !== "entry") return null;
  const before = findings.length;
  const report = (result, column) => {
    if (!result.ok) findings.push(findingFromProblem(result.problem, grid.sheet, address(column)));
  };
  const date = readDate(columns, cell, report);
  const receipt = parseMoney(cell("receipt"));
  const payment = parseMoney(cell("payment"));
  report(receipt, "receipt");
  report(payment, "payment");
  if (receipt.ok && payment.ok && receipt.value === null && payment.value === null) {
    findings.push(findingFromProblem({ id: "journal-entry-no-amount", params: {} }, grid.sheet, address("receipt")));
  }
  if (findings.length > before || date === null || !receipt.ok || !payment.ok) return null;
  return {
    date,
    voucher: text("voucher"),
    summary: text("summary"),
    counterAccount: text("counterAccount"),
    settlement: text("settlement"),
    document: text("document"),
    receipt: receipt.value ?? 0,
    payment: payment.value ?? 0
  };
}
function readDate(columns, cell, report) {
  if (columns.date !== void 0) {
    const parsed2 = parseDateCell(cell("date"));
    report(parsed2, "date");
    return parsed2.ok ? parsed2.value : null;
  }
  const parts = ["year", "month", "day"].map((column) => String(cell(column) ?? "").trim());
  const parsed = parseDateCell(parts.every((part) => part !== "") ? parts.join("-") : "");
  report(parsed, "day");
  return parsed.ok ? parsed.value : null;
}

// src/core/plan.ts
function emptyPlan(name) {
  return {
    name,
    blocks: [],
    formats: [],
    merges: [],
    columns: [],
    rows: [],
    validations: [],
    conditionalFormats: [],
    tables: [],
    names: []
  };
}
function isFormula(cell) {
  return cell !== null && typeof cell === "object";
}
function freeSheetName(wanted, existing) {
  const taken = new Set([...existing, "History"].map((name) => name.toLowerCase()));
  const base = wanted.replace(/[\\/?*[\]:]/g, "_").replace(/^'+|'+$/g, "").slice(0, 31) || "Sheet";
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

// src/journal/layout.ts
var CASH_COLUMNS = [
  "year",
  "month",
  "day",
  "voucher",
  "summary",
  "counterAccount",
  "receipt",
  "payment",
  "balance"
];
var BANK_COLUMNS = [
  "year",
  "month",
  "day",
  "voucher",
  "summary",
  "settlement",
  "document",
  "counterAccount",
  "receipt",
  "payment",
  "balance"
];
var COLUMN_WIDTHS = {
  year: 6,
  month: 4,
  day: 4,
  date: 11,
  voucher: 10,
  summary: 32,
  counterAccount: 14,
  settlement: 10,
  document: 14,
  receipt: 15,
  payment: 15,
  balance: 16
};
var TITLES = { cash: "\u73B0\u91D1\u65E5\u8BB0\u8D26", bank: "\u94F6\u884C\u5B58\u6B3E\u65E5\u8BB0\u8D26" };
var HEADER_ROWS = 3;
var OPENING_ROW = HEADER_ROWS + 1;
var EMPTY_MONTH_PAGES = 2;
var MIN_ROWS_PER_PAGE = 2;
var DEFAULT_ROWS_PER_PAGE = 30;
var MONEY_FORMAT = "\xA5#,##0.00";
var RED = "#FF0000";
var GRID_LINE = { style: "thin", color: "#808080" };
var SINGLE_RED_RULE = { style: "thin", color: RED };
var DOUBLE_RED_RULE = { style: "double", color: RED };
var CLOSING_KINDS = [
  "day-total",
  "month-total",
  "year-total",
  "carried-forward",
  "brought-forward"
];
var marker = (kind) => ROW_MARKERS[kind][0];
var openingMarker = (carriedFromLastYear) => ROW_MARKERS.opening[carriedFromLastYear ? 1 : 0];
function journalPlan(settings, entries) {
  const months = journalMonths(settings, entries);
  const posted = entries.filter((entry) => entry.date.year === settings.year && months.includes(entry.date.month)).sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  const rowsPerPage = Number.isInteger(settings.rowsPerPage) && settings.rowsPerPage >= MIN_ROWS_PER_PAGE ? settings.rowsPerPage : DEFAULT_ROWS_PER_PAGE;
  const lines = journalLines(settings, months, posted, rowsPerPage);
  return new SheetWriter(settings, posted, months).write(lines, rowsPerPage);
}
function journalMonths(period, entries) {
  if (period.month !== void 0) return [period.month];
  const inYear = entries.filter((entry) => entry.date.year === period.year).map((entry) => entry.date.month);
  if (inYear.length === 0) return [1];
  const first = inYear.reduce((a, b) => Math.min(a, b));
  const last = inYear.reduce((a, b) => Math.max(a, b));
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}
var dayNumber = ({ year, month, day }) => (year * 100 + month) * 100 + day;
function lastDayOfMonth(year, month) {
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? leapYear ? 29 : 28 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}
function journalLines(settings, months, entries, rowsPerPage) {
  const firstMonth = months[0] ?? 1;
  const brought = firstMonth === 1 ? void 0 : settings.yearToDate;
  const withYearTotals = firstMonth === 1 || brought !== void 0;
  const lines = [{ kind: "opening" }];
  if (brought) lines.push({ kind: "brought-year-total", brought });
  for (const month of months) {
    const monthEntries = entries.filter((entry) => entry.date.month === month);
    if (monthEntries.length === 0 && settings.month !== void 0) {
      const fixedLines = 2 + Number(withYearTotals) + Number(brought !== void 0);
      const blankRows = EMPTY_MONTH_PAGES * rowsPerPage - (EMPTY_MONTH_PAGES - 1) - fixedLines;
      for (let n = 0; n < Math.max(1, blankRows); n++) lines.push({ kind: "entry", entry: null });
    }
    monthEntries.forEach((entry, index) => {
      lines.push({ kind: "entry", entry });
      const next = monthEntries[index + 1];
      if (next === void 0 || next.date.day !== entry.date.day) lines.push({ kind: "day-total", date: entry.date });
    });
    const monthEnd = { year: settings.year, month, day: lastDayOfMonth(settings.year, month) };
    lines.push({ kind: "month-total", date: monthEnd });
    if (withYearTotals) lines.push({ kind: "year-total", date: monthEnd });
  }
  return lines;
}
var SheetWriter = class {
  constructor(settings, entries, months) {
    this.settings = settings;
    this.entries = entries;
    this.months = months;
    this.columns = settings.kind === "bank" ? BANK_COLUMNS : CASH_COLUMNS;
  }
  settings;
  entries;
  months;
  columns;
  rows = [];
  formats = [];
  pageStarts = [];
  /** 1-based rows: where the current page's, day's and month's sums start, and the totals 本年累计 adds up. */
  pageAnchor = OPENING_ROW;
  dayAnchor = OPENING_ROW;
  monthAnchor = OPENING_ROW;
  monthTotalRow = 0;
  yearTotalRow = 0;
  /** The first row of the run of entry rows being written, or 0. */
  entryRunStart = 0;
  letter(column) {
    return columnLetters(this.columns.indexOf(column));
  }
  get lastLetter() {
    return columnLetters(this.columns.length - 1);
  }
  /** The 1-based row the next line goes to. */
  get nextRow() {
    return HEADER_ROWS + this.rows.length + 1;
  }
  write(lines, rowsPerPage) {
    let onPage = 0;
    for (const line of lines) {
      if (onPage === rowsPerPage) {
        this.carry("carried-forward");
        this.pageStarts.push(this.nextRow - 1);
        this.carry("brought-forward");
        this.pageAnchor = this.nextRow - 1;
        onPage = 1;
      }
      this.line(line);
      onPage++;
    }
    return this.plan();
  }
  line(line) {
    if (line.kind === "entry") {
      if (this.entryRunStart === 0) this.entryRunStart = this.nextRow;
      this.rows.push(this.entryRow(line.entry));
      return;
    }
    this.endEntryRun();
    const row = this.nextRow;
    switch (line.kind) {
      case "opening":
        this.rows.push(this.openingRow());
        this.boldSummary(row);
        return;
      case "day-total":
        this.closingRow("day-total", line.date, this.sinceAnchor(this.dayAnchor), SINGLE_RED_RULE);
        this.dayAnchor = row;
        return;
      case "month-total":
        this.closingRow("month-total", line.date, this.sinceAnchor(this.monthAnchor), SINGLE_RED_RULE);
        this.dayAnchor = this.monthAnchor = this.monthTotalRow = row;
        return;
      case "year-total": {
        const rule = line.date.month === 12 ? DOUBLE_RED_RULE : SINGLE_RED_RULE;
        this.closingRow("year-total", line.date, this.addedUp(this.monthTotalRow, this.yearTotalRow), rule);
        this.dayAnchor = this.yearTotalRow = row;
        return;
      }
      case "brought-year-total": {
        const { receipts, payments } = line.brought;
        this.closingRow("year-total", null, { receipt: fenToYuan(receipts), payment: fenToYuan(payments) }, null);
        this.dayAnchor = this.yearTotalRow = row;
        return;
      }
    }
  }
  endEntryRun() {
    if (this.entryRunStart === 0) return;
    const last = this.columns.indexOf("payment");
    this.formats.push({
      range: `A${this.entryRunStart}:${columnLetters(last)}${this.nextRow - 1}`,
      style: { locked: false }
    });
    this.entryRunStart = 0;
  }
  cells(values) {
    return this.columns.map((column) => values[column] ?? null);
  }
  dateCells(date) {
    return { year: date.year, month: date.month, day: date.day };
  }
  openingRow() {
    const { settings } = this;
    const first = { year: settings.year, month: this.months[0] ?? 1, day: 1 };
    return this.cells({
      ...this.dateCells(first),
      summary: openingMarker(settings.openingIsCarriedFromLastYear),
      balance: fenToYuan(settings.opening)
    });
  }
  entryRow(entry) {
    const row = this.nextRow;
    const [receipt, payment] = [this.letter("receipt"), this.letter("payment")];
    const balance = { formula: `=IF(COUNT(${receipt}${row}:${payment}${row})=0,"",${this.balanceThrough(row)})` };
    if (entry === null) return this.cells({ balance });
    const text = (value) => value === "" ? null : value;
    const amount = (fen) => fen === 0 ? null : fenToYuan(fen);
    return this.cells({
      ...this.dateCells(entry.date),
      voucher: text(entry.voucher),
      summary: text(entry.summary),
      counterAccount: text(entry.counterAccount),
      settlement: text(entry.settlement),
      document: text(entry.document),
      receipt: amount(entry.receipt),
      payment: amount(entry.payment),
      balance
    });
  }
  get letters() {
    return {
      summary: this.letter("summary"),
      receipt: this.letter("receipt"),
      payment: this.letter("payment"),
      balance: this.letter("balance")
    };
  }
  balanceThrough(row) {
    return balanceThroughFormula(this.letters, this.pageAnchor, row);
  }
  sinceAnchor(anchor) {
    return sinceAnchorFormulas(this.letters, anchor);
  }
  /** 本年累计: this month's 本月合计 plus last month's 本年累计. */
  addedUp(monthTotalRow, previousYearTotalRow) {
    const add = (column) => `=${column}${monthTotalRow}` + (previousYearTotalRow > 0 ? `+${column}${previousYearTotalRow}` : "");
    return { receipt: add(this.letter("receipt")), payment: add(this.letter("payment")) };
  }
  /** A closing row; its totals are formulas, or figures in 元 for a 本年累计 brought in. */
  closingRow(kind, date, totals, bottomRule) {
    const row = this.nextRow;
    const total = (value) => typeof value === "number" ? value : { formula: value };
    this.rows.push(
      this.cells({
        ...date && this.dateCells(date),
        summary: marker(kind),
        receipt: total(totals.receipt),
        payment: total(totals.payment),
        balance: { formula: `=${this.balanceThrough(row)}` }
      })
    );
    this.boldSummary(row);
    if (bottomRule)
      this.formats.push({ range: `A${row}:${this.lastLetter}${row}`, style: { borders: { bottom: bottomRule } } });
  }
  /**
   * 过次页 carries the month's sums so far and the balance (《会计基础工作规范》第六十条); the 承前页 that opens the
   * next page repeats them. A month's sums start again after its 本月合计.
   */
  carry(kind) {
    this.endEntryRun();
    if (kind === "carried-forward") {
      this.closingRow(kind, null, this.sinceAnchor(this.monthAnchor), null);
      return;
    }
    const above = this.nextRow - 1;
    const carried = (column) => ({ formula: `=${this.letter(column)}${above}` });
    this.rows.push(
      this.cells({
        summary: marker(kind),
        receipt: carried("receipt"),
        payment: carried("payment"),
        balance: carried("balance")
      })
    );
    this.boldSummary(above + 1);
  }
  /** The 摘要 of the opening and closing rows stands out from the entries. */
  boldSummary(row) {
    this.formats.push({ range: `${this.letter("summary")}${row}`, style: { font: { bold: true } } });
  }
  plan() {
    const { settings } = this;
    const lastRow = this.nextRow - 1;
    const last = this.lastLetter;
    const letter = (column) => this.letter(column);
    const listColumn = columnLetters(this.columns.length + 1);
    const listRow = lastRow + 2;
    const accounts = counterAccountList(settings.chartOfAccounts, this.entries);
    const body = (column) => `${letter(column)}${OPENING_ROW}:${letter(column)}${lastRow}`;
    const summaryIndex = this.columns.indexOf("summary");
    const name = settings.kind === "bank" && settings.account.trim() !== "" ? `${TITLES.bank} ${settings.account.trim()}` : TITLES[settings.kind];
    return {
      ...emptyPlan(name),
      blocks: [
        {
          at: "A1",
          rows: [
            this.columns.map((_, index) => index === 0 ? TITLES[settings.kind] : null),
            this.infoRow(summaryIndex),
            this.columns.map((column) => COLUMN_LABELS[column][0]),
            ...this.rows
          ]
        },
        { at: `${listColumn}${listRow}`, rows: [["\u5BF9\u65B9\u79D1\u76EE\u8868"], ...accounts.map((account) => [account])] }
      ],
      formats: [
        {
          range: `A1`,
          style: { font: { bold: true, size: 18 }, alignment: { horizontal: "center", vertical: "center" } }
        },
        { range: `A2:${last}2`, style: { alignment: { vertical: "center" } } },
        { range: `${columnLetters(this.columns.length - 2)}2`, style: { alignment: { horizontal: "right" } } },
        {
          range: `A${HEADER_ROWS}:${last}${lastRow}`,
          style: { borders: { top: GRID_LINE, bottom: GRID_LINE, left: GRID_LINE, right: GRID_LINE } }
        },
        {
          range: `A${HEADER_ROWS}:${last}${HEADER_ROWS}`,
          style: {
            font: { bold: true },
            fill: "#F2F2F2",
            alignment: { horizontal: "center", vertical: "center", wrap: true }
          }
        },
        { range: `A${OPENING_ROW}:${letter("day")}${lastRow}`, style: { alignment: { horizontal: "center" } } },
        { range: `${letter("receipt")}${OPENING_ROW}:${last}${lastRow}`, style: { numberFormat: MONEY_FORMAT } },
        ...this.formats,
        { range: `${listColumn}${listRow}`, style: { font: { bold: true } } }
      ],
      merges: [
        `A1:${last}1`,
        `A2:${columnLetters(summaryIndex)}2`,
        `${columnLetters(summaryIndex + 1)}2:${columnLetters(this.columns.length - 3)}2`,
        `${columnLetters(this.columns.length - 2)}2:${last}2`
      ],
      columns: [
        ...this.columns.map((column, index) => ({ index, width: COLUMN_WIDTHS[column] })),
        { index: this.columns.length + 1, width: 16, hidden: true }
      ],
      rows: [{ index: 0, height: 32 }],
      freeze: { rows: HEADER_ROWS, columns: 0 },
      validations: accounts.length === 0 ? [] : [
        {
          range: body("counterAccount"),
          list: { source: `=$${listColumn}$${listRow + 1}:$${listColumn}$${listRow + accounts.length}` },
          allowBlank: true,
          // The list holds the usual accounts; a 明细科目 (其他应收款—张三) is right too, so Excel only asks.
          alert: "warning",
          errorMessage: `\u4E0D\u5728\u5BF9\u65B9\u79D1\u76EE\u8868\u4E2D\u3002\u660E\u7EC6\u79D1\u76EE\u7B49\u53EF\u70B9\u201C\u662F\u201D\u7167\u7528\uFF1B\u8981\u628A\u5B83\u52A0\u8FDB\u5217\u8868\uFF0C\u53EF\u53D6\u6D88\u9690\u85CF ${listColumn} \u5217\uFF0C\u5728\u65E5\u8BB0\u8D26\u4E0B\u65B9\u7684\u5BF9\u65B9\u79D1\u76EE\u8868\u4E2D\u63D2\u5165`
        }
      ],
      conditionalFormats: this.balanceWarnings(body("balance")),
      print: {
        paper: "A4",
        orientation: "landscape",
        margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
        titleRows: { first: 1, last: HEADER_ROWS },
        rowBreaks: this.pageStarts,
        fitToWidth: true
      }
    };
  }
  infoRow(summaryIndex) {
    const { settings, months } = this;
    const first = months[0] ?? 1;
    const lastMonth = months[months.length - 1] ?? first;
    const period = first === lastMonth ? `${settings.year}\u5E74${first}\u6708` : `${settings.year}\u5E74${first}\u6708\u81F3${lastMonth}\u6708`;
    const row = this.columns.map(() => null);
    row[0] = `\u5355\u4F4D\u540D\u79F0\uFF1A${settings.unit}`;
    row[summaryIndex + 1] = `\u8D26\u6237\uFF1A${settings.account}`;
    row[this.columns.length - 2] = period;
    return row;
  }
  /**
   * A negative balance can never be (DOMAIN §4); a cash balance above the 库存现金限额 at the end of a day must be
   * deposited. Both show in colour as the cashier types.
   */
  balanceWarnings(balances) {
    const { settings } = this;
    const warnings = [
      {
        range: balances,
        rule: { kind: "cellValue", operator: "lessThan", values: ["0"] },
        style: { font: { bold: true, color: "#9C0006" }, fill: "#FFC7CE" }
      }
    ];
    if (settings.kind === "cash" && settings.cashLimit !== void 0) {
      const summary = `$${this.letter("summary")}${OPENING_ROW}`;
      const balance = `$${this.letter("balance")}${OPENING_ROW}`;
      warnings.push({
        range: balances,
        rule: {
          kind: "expression",
          formula: `=AND(${summary}="${marker("day-total")}",N(${balance})>${fenToYuan(settings.cashLimit)})`
        },
        style: { font: { color: "#9C5700" }, fill: "#FFEB9C" }
      });
    }
    return warnings;
  }
};
function balanceThroughFormula(columns, pageAnchor, row) {
  const sum = (column) => entriesOnly(
    `$${column}$${pageAnchor}:${column}${row}`,
    `$${columns.summary}$${pageAnchor}:$${columns.summary}${row}`
  );
  return `$${columns.balance}$${pageAnchor}+${sum(columns.receipt)}-${sum(columns.payment)}`;
}
function sinceAnchorFormulas(columns, anchor) {
  const upToRowAbove = (column) => `OFFSET(${column}${anchor},0,0,ROW()-ROW(${column}${anchor}))`;
  const sum = (column) => `=${entriesOnly(upToRowAbove(column), upToRowAbove(`$${columns.summary}`))}`;
  return { receipt: sum(columns.receipt), payment: sum(columns.payment) };
}
function entriesOnly(sumRange, summaryRange) {
  return `SUMIFS(${sumRange}${CLOSING_KINDS.map((kind) => `,${summaryRange},"<>${marker(kind)}"`).join("")})`;
}
function counterAccountList(chart, entries) {
  const accounts = [...chart, ...entries.map((entry) => entry.counterAccount)].map((account) => account.trim());
  return [...new Set(accounts.filter((account) => account !== ""))];
}

// src/journal/generate.ts
var DEFAULT_CHART_OF_ACCOUNTS = [
  "\u5E93\u5B58\u73B0\u91D1",
  "\u94F6\u884C\u5B58\u6B3E",
  "\u5176\u4ED6\u8D27\u5E01\u8D44\u91D1",
  "\u5E94\u6536\u8D26\u6B3E",
  "\u9884\u4ED8\u8D26\u6B3E",
  "\u5176\u4ED6\u5E94\u6536\u6B3E",
  "\u5E94\u4ED8\u8D26\u6B3E",
  "\u9884\u6536\u8D26\u6B3E",
  "\u5176\u4ED6\u5E94\u4ED8\u6B3E",
  "\u5E94\u4ED8\u804C\u5DE5\u85AA\u916C",
  "\u5E94\u4EA4\u7A0E\u8D39",
  "\u77ED\u671F\u501F\u6B3E",
  "\u5B9E\u6536\u8D44\u672C",
  "\u56FA\u5B9A\u8D44\u4EA7",
  "\u539F\u6750\u6599",
  "\u5E93\u5B58\u5546\u54C1",
  "\u4E3B\u8425\u4E1A\u52A1\u6536\u5165",
  "\u5176\u4ED6\u4E1A\u52A1\u6536\u5165",
  "\u8425\u4E1A\u5916\u6536\u5165",
  "\u4E3B\u8425\u4E1A\u52A1\u6210\u672C",
  "\u9500\u552E\u8D39\u7528",
  "\u7BA1\u7406\u8D39\u7528",
  "\u8D22\u52A1\u8D39\u7528",
  "\u8425\u4E1A\u5916\u652F\u51FA"
];
var DEFAULT_ACCOUNTS = { cash: "\u5E93\u5B58\u73B0\u91D1", bank: "" };
function readOpening(text) {
  const parsed = parseMoney(text ?? null);
  if (!parsed.ok) return fail("journal-opening-invalid", { text: text ?? "" });
  const opening = parsed.value ?? 0;
  if (opening < 0) return fail("journal-opening-negative", { amount: formatMoney(opening) });
  return ok(opening);
}
function readCashLimit(kind, text) {
  if (text === void 0) return ok(void 0);
  if (kind === "bank") return fail("journal-cash-limit-for-bank");
  const parsed = parseMoney(text);
  if (!parsed.ok || parsed.value === null || parsed.value <= 0) return fail("journal-cash-limit-invalid", { text });
  return ok(parsed.value);
}
function readYearToDate(receipts, payments, firstMonth) {
  if (receipts === void 0 && payments === void 0) return ok(void 0);
  if (firstMonth === 1) return fail("journal-ytd-in-january");
  const amount = (text) => {
    const parsed = parseMoney(text ?? null);
    if (!parsed.ok || (parsed.value ?? 0) < 0) return fail("journal-ytd-invalid", { text: text ?? "" });
    return ok(parsed.value ?? 0);
  };
  const ytdReceipts = amount(receipts);
  if (!ytdReceipts.ok) return ytdReceipts;
  const ytdPayments = amount(payments);
  if (!ytdPayments.ok) return ytdPayments;
  return ok({ receipts: ytdReceipts.value, payments: ytdPayments.value });
}
function readEntries(grids) {
  let firstFailure = null;
  for (const grid of grids) {
    const read = readJournalEntries(grid);
    if (!read.ok) {
      firstFailure ??= read;
      continue;
    }
    const { findings } = read.value;
    if (findings.length > 0) {
      const params = { sheet: grid.sheet, count: findings.length };
      return { ok: false, problem: { id: "journal-entries-unreadable", params }, findings };
    }
    return ok(read.value.entries);
  }
  return firstFailure ?? ok([]);
}
function journalPeriod(month, entries) {
  if (month) {
    const inMonth = (entries ?? []).filter(({ date }) => date.year === month.year && date.month === month.month);
    if (entries !== void 0 && inMonth.length === 0) {
      return fail("journal-entries-none-in-month", { period: `${month.year}-${String(month.month).padStart(2, "0")}` });
    }
    return ok({ ...month, entries: inMonth });
  }
  if (entries === void 0 || entries.length === 0) return fail("journal-period-required");
  const years = entries.map(({ date }) => date.year);
  const [first, last] = [years.reduce((a, b) => Math.min(a, b)), years.reduce((a, b) => Math.max(a, b))];
  if (first !== last) return fail("journal-entries-span-years", { first, last });
  return ok({ year: first, entries: [...entries] });
}
function readJournalOptions(kind, options) {
  const { values } = options;
  const month = values.month === void 0 ? ok(void 0) : parseMonth(values.month);
  if (!month.ok) return month;
  const opening = readOpening(values.opening);
  if (!opening.ok) return opening;
  const cashLimit = readCashLimit(kind, values["cash-limit"]);
  if (!cashLimit.ok) return cashLimit;
  const entries = options.from === void 0 ? ok(void 0) : readEntries(options.from);
  if (!entries.ok) return entries;
  const period = journalPeriod(month.value, entries.value);
  if (!period.ok) return period;
  const firstMonth = journalMonths(period.value, period.value.entries)[0] ?? 1;
  const yearToDate = readYearToDate(values["ytd-receipts"], values["ytd-payments"], firstMonth);
  if (!yearToDate.ok) return yearToDate;
  return ok({
    kind,
    unit: values.unit ?? "",
    account: values.account ?? DEFAULT_ACCOUNTS[kind],
    year: period.value.year,
    ...period.value.month !== void 0 && { month: period.value.month },
    opening: opening.value,
    // A journal that starts the year opens with last year's closing balance.
    openingIsCarriedFromLastYear: firstMonth === 1,
    ...cashLimit.value !== void 0 && { cashLimit: cashLimit.value },
    ...yearToDate.value !== void 0 && { yearToDate: yearToDate.value },
    rowsPerPage: DEFAULT_ROWS_PER_PAGE,
    chartOfAccounts: DEFAULT_CHART_OF_ACCOUNTS,
    entries: period.value.entries
  });
}
function journalGenerator(kind) {
  const cashLimit = kind === "cash" ? " [--cash-limit AMOUNT]" : "";
  return {
    kind: `${kind}-journal`,
    options: `(--month YYYY-MM | --from FILE) [--opening AMOUNT] [--unit NAME] [--account NAME]${cashLimit} [--ytd-receipts AMOUNT] [--ytd-payments AMOUNT]`,
    generate: (options) => {
      const journal = readJournalOptions(kind, options);
      if (!journal.ok) return journal;
      const { entries, ...settings } = journal.value;
      return ok([journalPlan(settings, entries)]);
    }
  };
}
var cashJournalGenerator = journalGenerator("cash");
var bankJournalGenerator = journalGenerator("bank");

// src/journal/rows.ts
var BLANK = NaN;
function grown(array, length) {
  const copy = new array.constructor(length);
  copy.set(array);
  return copy;
}
var JournalRows = class {
  /** `capacity` is how many rows to make room for at first: the rows under the header, when reading a grid. */
  constructor(cells, capacity = 64) {
    this.cells = cells;
    const size = Math.max(1, capacity);
    this.rows = new Int32Array(size);
    this.receipts = new Float64Array(size);
    this.payments = new Float64Array(size);
    this.balances = new Float64Array(size);
    this.kinds = new Array(size);
    this.dates = new Array(size);
    this.vouchers = new Array(size);
    this.summaries = new Array(size);
  }
  cells;
  count = 0;
  rows;
  receipts;
  payments;
  balances;
  // Arrays of references: a row's kind is one of a few strings, its date the one object every row of its day
  // shares, its texts the cells' own strings.
  kinds;
  dates;
  vouchers;
  summaries;
  get length() {
    return this.count;
  }
  /** Adds a row read from grid row `row`; amounts are in 分, null when blank. */
  add(row, kind, date, voucher, summary, receipt, payment, balance) {
    const index = this.count++;
    if (index === this.rows.length) this.grow();
    this.rows[index] = row;
    this.receipts[index] = receipt ?? BLANK;
    this.payments[index] = payment ?? BLANK;
    this.balances[index] = balance ?? BLANK;
    this.kinds[index] = kind;
    this.dates[index] = date;
    this.vouchers[index] = voucher;
    this.summaries[index] = summary;
  }
  grow() {
    const length = this.rows.length * 2;
    this.rows = grown(this.rows, length);
    this.receipts = grown(this.receipts, length);
    this.payments = grown(this.payments, length);
    this.balances = grown(this.balances, length);
    this.kinds.length = length;
    this.dates.length = length;
    this.vouchers.length = length;
    this.summaries.length = length;
  }
  /** The row within the grid. */
  row(index) {
    return this.rows[index];
  }
  kind(index) {
    return this.kinds[index];
  }
  date(index) {
    return this.dates[index] ?? null;
  }
  /** 凭证字号 as written ("" when blank). */
  voucher(index) {
    return this.vouchers[index];
  }
  /** 摘要 as written ("" when blank). */
  summary(index) {
    return this.summaries[index];
  }
  /** 收入 / 借方 in 分; null when blank. */
  receipt(index) {
    const fen = this.receipts[index];
    return fen === fen ? fen : null;
  }
  /** 支出 / 贷方 in 分; null when blank. */
  payment(index) {
    const fen = this.payments[index];
    return fen === fen ? fen : null;
  }
  amount(index, column) {
    return column === "receipt" ? this.receipt(index) : this.payment(index);
  }
  /** 余额 in 分 as the sheet shows it; null when blank. */
  balance(index) {
    const fen = this.balances[index];
    return fen === fen ? fen : null;
  }
  /** What an entry adds to the balance. Closing rows add nothing: their figures are totals of entries. */
  movement(index) {
    return this.kind(index) === "entry" ? (this.receipt(index) ?? 0) - (this.payment(index) ?? 0) : 0;
  }
  /** The A1 address of the row's cell in `column`, for a finding; undefined when the sheet has no such column. */
  cell(index, column) {
    const letters = this.cells.letters[column];
    return letters === void 0 ? void 0 : `${letters}${this.cells.top + this.rows[index] + 1}`;
  }
};

// src/journal/read.ts
var LARGEST_FEN = MAX_FEN;
var kindOfRow = rowKindOf;
var HEADER_SEARCH_ROWS3 = 20;
var VOUCHER_WORD_LABELS = /* @__PURE__ */ new Set(["\u5B57", "\u51ED\u8BC1\u5B57"]);
var VOUCHER_NUMBER_LABELS = /* @__PURE__ */ new Set(["\u53F7", "\u53F7\u6570", "\u7F16\u53F7"]);
var BALANCE_SIDE_LABELS = /* @__PURE__ */ new Set(["\u501F\u6216\u8D37", "\u501F/\u8D37", "\u501F\u8D37", "\u65B9\u5411", "\u4F59\u989D\u65B9\u5411", "dr/cr"]);
function isKnownLabel(label) {
  return columnNamed(label) !== void 0 || VOUCHER_WORD_LABELS.has(label) || VOUCHER_NUMBER_LABELS.has(label) || BALANCE_SIDE_LABELS.has(label);
}
function rowLabels(grid, row) {
  return (grid.values[row] ?? []).map((cell) => typeof cell === "string" ? normalizedLabel(cell) : "");
}
function lowerHeaderLabels(grid, row) {
  const cells = grid.values[row];
  if (!cells || cells.some((cell) => typeof cell === "number")) return null;
  const labels = rowLabels(grid, row);
  return labels.some(isKnownLabel) ? labels : null;
}
function headerColumns(labels) {
  const columns = {};
  let balanceSideColumn = null;
  labels.forEach((label, index) => {
    const column = columnNamed(label);
    if (column !== void 0) columns[column] ??= index;
    else if (BALANCE_SIDE_LABELS.has(label)) balanceSideColumn ??= index;
  });
  const { summary, receipt, payment, balance } = columns;
  if (summary === void 0 || receipt === void 0 || payment === void 0 || balance === void 0) return null;
  let voucherNumberColumn = null;
  if (columns.voucher === void 0) {
    const word = labels.findIndex((label) => VOUCHER_WORD_LABELS.has(label));
    const number = labels.findIndex((label) => VOUCHER_NUMBER_LABELS.has(label));
    if (word >= 0) columns.voucher = word;
    if (word >= 0 && number >= 0) voucherNumberColumn = number;
    else if (number >= 0) columns.voucher = number;
  }
  return { columns, voucherNumberColumn, balanceSideColumn };
}
var TITLE_YEAR = /((?:19|20)\d{2})\s*年|(?:year|fy)\W{0,3}((?:19|20)\d{2})(?!\d)/i;
function titleYear(grid, lastRow) {
  for (let row = 0; row <= lastRow; row++) {
    for (const cell of grid.values[row] ?? []) {
      const match = typeof cell === "string" ? TITLE_YEAR.exec(toHalfWidth(cell)) : null;
      if (match) return Number(match[1] ?? match[2]);
    }
  }
  return null;
}
function titleSaysBank(grid, firstHeaderRow) {
  let bank = false;
  for (let row = 0; row < firstHeaderRow; row++) {
    for (const cell of grid.values[row] ?? []) {
      if (typeof cell !== "string") continue;
      if (/现金|cash/i.test(cell)) return false;
      bank ||= /银行|bank/i.test(cell);
    }
  }
  return bank;
}
function findJournalHeader(grid) {
  const lastCandidate = Math.min(HEADER_SEARCH_ROWS3, grid.values.length) - 1;
  for (let row = 0; row <= lastCandidate; row++) {
    const upper = rowLabels(grid, row);
    const lower = upper.some(isKnownLabel) ? lowerHeaderLabels(grid, row + 1) : null;
    const merged = lower ? Array.from({ length: Math.max(upper.length, lower.length) }, (_, index) => {
      const below = lower[index] ?? "";
      return isKnownLabel(below) ? below : upper[index] ?? "";
    }) : null;
    const twoLevel = merged ? headerColumns(merged) : null;
    const found = twoLevel ?? headerColumns(upper);
    if (!found) continue;
    const headerRow = twoLevel ? row + 1 : row;
    const bankColumns = found.columns.settlement !== void 0 || found.columns.document !== void 0;
    return {
      ...found,
      kind: bankColumns || titleSaysBank(grid, row) ? "bank" : "cash",
      titleYear: titleYear(grid, headerRow),
      headerRow
    };
  }
  return null;
}
function textOf(value) {
  if (typeof value === "string") return value.trim();
  return value === null || value === void 0 ? "" : String(value);
}
function cellAt(line, column) {
  return column >= 0 ? line[column] : void 0;
}
var EXCEL_ERRORS = /* @__PURE__ */ new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"]);
function wholeNumberOf(value) {
  if (typeof value === "number") return Number.isInteger(value) ? value : NaN;
  const match = /^(\d{1,4})\s*[年月日号]?$/.exec(toHalfWidth(String(value)).trim());
  return match ? Number(match[1]) : NaN;
}
var MONTH_AND_DAY = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
var JournalReader = class {
  constructor(grid, header) {
    this.grid = grid;
    this.header = header;
    const { columns } = header;
    const letters = Object.fromEntries(
      Object.entries(columns).map(([column, index]) => [column, columnLetters(grid.left + index)])
    );
    this.rows = new JournalRows({ letters, top: grid.top }, grid.values.length - header.headerRow - 1);
    this.dateColumn = columns.date ?? -1;
    this.yearColumn = columns.year ?? -1;
    this.monthColumn = columns.month ?? -1;
    this.dayColumn = columns.day ?? -1;
    this.lastYear = header.titleYear;
    const byParts = this.dateColumn < 0 && this.monthColumn >= 0 && this.dayColumn >= 0;
    this.datesReadable = this.dateColumn >= 0 || byParts && (this.yearColumn >= 0 || header.titleYear !== null);
    if (byParts && !this.datesReadable)
      this.report(header.headerRow, this.monthColumn, "journal-year-unknown", {}, "warning");
  }
  grid;
  header;
  rows;
  findings = [];
  dateColumn;
  yearColumn;
  monthColumn;
  dayColumn;
  /** Month and day alone need a year from a 年 column or the title; without one no date can be read. */
  datesReadable;
  /** Amounts stored as text, as row, column pairs: reported only if the sheet also has amounts stored as numbers. */
  textAmounts = [];
  numericAmounts = false;
  /** Whether any row so far had a date: an entry with none, and none above, lacks its date. */
  dateSeen = false;
  // The date of the row above, which a blank date cell repeats as in a paper journal, and the cells it was read from.
  lastDate = null;
  lastDateCell = void 0;
  lastYear;
  lastMonth = null;
  lastDay = null;
  read() {
    const { values } = this.grid;
    const { columns, voucherNumberColumn, balanceSideColumn } = this.header;
    const summaryColumn = columns.summary ?? -1;
    const voucherColumn = columns.voucher ?? -1;
    const receiptColumn = columns.receipt ?? -1;
    const paymentColumn = columns.payment ?? -1;
    const balanceColumn = columns.balance ?? -1;
    for (let row = this.header.headerRow + 1; row < values.length; row++) {
      const line = values[row];
      if (line === void 0) continue;
      const summary = textOf(cellAt(line, summaryColumn));
      const kind = kindOfRow(summary);
      const voucher = voucherOf(line, voucherColumn, voucherNumberColumn);
      const receiptCell = cellAt(line, receiptColumn);
      const paymentCell = cellAt(line, paymentColumn);
      const balanceCell = cellAt(line, balanceColumn);
      if (kind === "entry" && voucher === "" && isBlank(receiptCell) && isBlank(paymentCell) && isBlank(balanceCell))
        continue;
      const date = this.dateOf(line, row, kind === "entry");
      const receipt = this.amountOf(receiptCell, row, receiptColumn);
      const payment = this.amountOf(paymentCell, row, paymentColumn);
      const balance = this.balanceOf(line, balanceCell, row, balanceColumn, balanceSideColumn);
      this.rows.add(row, kind, date, voucher, summary, receipt, payment, balance);
    }
    if (this.numericAmounts) this.reportTextAmounts();
    return { rows: this.rows, findings: this.findings };
  }
  report(row, column, rule, params, severity = "error") {
    this.findings.push({ rule, severity, sheet: this.grid.sheet, cell: this.cellOf(row, column), params });
  }
  cellOf(row, column) {
    return cellAddress(this.grid.top + row, this.grid.left + column);
  }
  /**
   * 分 of an amount cell, null when blank or unreadable (a finding then). parseMoney reads a number through its
   * decimal text, which costs more than all the rest of a row; a number within 1/100 分 of a whole 分 (every amount
   * the generator writes, and the balances its formulas compute in binary floating point) rounds to the same 分
   * either way, for every amount up to MAX_FEN, so it is rounded directly.
   */
  amountOf(value, row, column) {
    if (typeof value === "number") {
      this.numericAmounts = true;
      const scaled = value * 100;
      const fen = Math.round(scaled);
      if (Math.abs(scaled - fen) < 0.01 && Math.abs(fen) <= LARGEST_FEN) return fen + 0;
    }
    if (value === null || value === void 0 || value === "") return null;
    const parsed = parseMoney(value);
    if (parsed.ok) {
      if (typeof value === "string" && parsed.value !== null) this.textAmounts.push(row, column);
      return parsed.value;
    }
    if (typeof value === "string" && EXCEL_ERRORS.has(value.trim().toUpperCase()))
      this.report(row, column, "journal-cell-error", { text: value.trim() });
    else this.findings.push(findingFromProblem(parsed.problem, this.grid.sheet, this.cellOf(row, column)));
    return null;
  }
  balanceOf(line, value, row, column, sideColumn) {
    const balance = this.amountOf(value, row, column);
    if (sideColumn === null) return balance;
    const side = textOf(line[sideColumn]);
    if (side === "\u5E73") return balance ?? 0;
    return side === "\u8D37" && balance !== null ? -Math.abs(balance) : balance;
  }
  /**
   * A text amount among numbers is one Excel's SUM leaves out, so the sheet's own totals skip it. A sheet with no
   * numeric amount at all came from text (a CSV file), where the difference does not exist.
   */
  reportTextAmounts() {
    for (let i = 0; i < this.textAmounts.length; i += 2) {
      const row = this.textAmounts[i];
      const column = this.textAmounts[i + 1];
      this.report(row, column, "journal-amount-as-text", { text: textOf(this.grid.values[row]?.[column]) }, "warning");
    }
  }
  /** The row's date: its own, or for blank date cells the one above. Only an entry must have one. */
  dateOf(line, row, required) {
    if (!this.datesReadable) return null;
    const seenAbove = this.dateSeen;
    const findingsBefore = this.findings.length;
    const date = this.dateColumn >= 0 ? this.dateFromCell(line, row) : this.dateFromParts(line, row);
    if (date === null && required && !seenAbove && this.findings.length === findingsBefore)
      this.report(row, this.dateColumn >= 0 ? this.dateColumn : this.dayColumn, "date-empty", {});
    return date;
  }
  dateFromCell(line, row) {
    const value = line[this.dateColumn];
    if (isBlank(value)) return this.lastDate;
    this.dateSeen = true;
    if (value === this.lastDateCell) return this.lastDate;
    const parsed = parseDateCell(value ?? null);
    const withoutYear = !parsed.ok && typeof value === "string" ? MONTH_AND_DAY.exec(toHalfWidth(value).trim()) : null;
    const year = this.header.titleYear;
    const dated = withoutYear && year !== null ? parseDateCell(`${year}-${withoutYear[1]}-${withoutYear[2]}`) : parsed;
    if (!dated.ok)
      this.findings.push(findingFromProblem(dated.problem, this.grid.sheet, this.cellOf(row, this.dateColumn)));
    const date = dated.ok ? dated.value : null;
    this.lastDateCell = date ? value : void 0;
    return this.lastDate = date;
  }
  dateFromParts(line, row) {
    const year = this.partOf(line, row, this.yearColumn, this.lastYear);
    const month = this.partOf(line, row, this.monthColumn, this.lastMonth);
    const day = this.partOf(line, row, this.dayColumn, this.lastDay);
    if (year === void 0 || month === void 0 || day === void 0) return null;
    if (year === this.lastYear && month === this.lastMonth && day === this.lastDay) return this.lastDate;
    this.lastYear = year;
    this.lastMonth = month;
    this.lastDay = day;
    this.lastDate = null;
    if (year === null || month === null || day === null) return null;
    const parsed = parseDateCell(`${String(year).padStart(4, "0")}-${month}-${day}`);
    if (parsed.ok) return this.lastDate = parsed.value;
    const yearCell = parsed.problem.id === "date-out-of-range" && this.yearColumn >= 0;
    const column = yearCell ? this.yearColumn : month < 1 || month > 12 ? this.monthColumn : this.dayColumn;
    this.findings.push(findingFromProblem(parsed.problem, this.grid.sheet, this.cellOf(row, column)));
    return this.lastDate;
  }
  /** A year, month or day cell: its number, the one above when blank, undefined when unreadable (a finding). */
  partOf(line, row, column, above) {
    if (column < 0) return above;
    const value = line[column];
    if (typeof value !== "number" && isBlank(value)) return above;
    this.dateSeen = true;
    const number = wholeNumberOf(value);
    if (!Number.isNaN(number)) return number;
    this.report(row, column, "date-unreadable", { text: textOf(value) });
    return void 0;
  }
};
function voucherOf(line, column, numberColumn) {
  const voucher = textOf(cellAt(line, column));
  if (numberColumn === null) return voucher;
  const number = textOf(line[numberColumn]);
  return voucher === "" || number === "" ? voucher + number : `${voucher}-${number}`;
}
function readJournal(grid, header) {
  return new JournalReader(grid, header).read();
}

// src/journal/rules.ts
function money(fen) {
  return formatMoney(fen, { symbol: true });
}
var SEVERITY = {
  "journal-cash-over-limit": "warning",
  "journal-voucher-repeated": "warning"
};
function finding(sheet, cell, rule, params = {}) {
  return { rule, severity: SEVERITY[rule] ?? "error", sheet, cell: cell ?? "", params };
}
var LARGEST_FEN2 = MAX_FEN;
function within(fen) {
  return Math.abs(fen) <= LARGEST_FEN2;
}
function dayNumber2(date) {
  return date.year * 1e4 + date.month * 100 + date.day;
}
function nextBalanceFollows(rows, index, balance) {
  let moved = 0;
  for (let next = index + 1; next < rows.length; next++) {
    moved += rows.movement(next);
    const shown = rows.balance(next);
    if (shown !== null) return shown === balance + moved;
  }
  return false;
}
function balanceBreaks(rows, opening) {
  const breaks = [];
  let before = opening ?? null;
  let moved = 0;
  let entries = 0;
  for (let index = 0; index < rows.length; index++) {
    const isEntry = rows.kind(index) === "entry";
    moved += rows.movement(index);
    if (isEntry) entries++;
    const found = rows.balance(index);
    if (found === null) continue;
    const expected = before === null ? found : before + moved;
    if (expected === found || !within(expected)) {
      before = found;
    } else {
      const followsExpected = nextBalanceFollows(rows, index, expected);
      const amountSuspect = !followsExpected && entries === 1 && isEntry;
      breaks.push({ index, expected, found, amountSuspect });
      before = followsExpected ? expected : found;
    }
    moved = 0;
    entries = 0;
  }
  return breaks;
}
var Tally = class {
  receipts = 0;
  payments = 0;
  /** Index of the first row counted. */
  from = 0;
  /**
   * False when a closing row cannot be checked against the sums: a journal starting mid-year lacks the year's first
   * months, and sums beyond MAX_FEN are no longer exact.
   */
  checkable = true;
  restart(from, checkable = true) {
    this.receipts = 0;
    this.payments = 0;
    this.from = from;
    this.checkable = checkable;
  }
  add(receipt, payment) {
    this.receipts += receipt;
    this.payments += payment;
    if (!within(this.receipts) || !within(this.payments)) this.checkable = false;
  }
  /** Takes a closing row's figures as the sums so far, for the months the journal does not hold. */
  startFrom(rows, index) {
    const receipts = rows.receipt(index);
    const payments = rows.payment(index);
    if (receipts === null || payments === null) return;
    this.receipts = receipts;
    this.payments = payments;
    this.checkable = true;
  }
};
function tallyMismatches(rows, index, tally, mismatches) {
  if (!tally.checkable) return;
  const { from } = tally;
  const receipts = rows.receipt(index);
  const payments = rows.payment(index);
  if (receipts !== null && receipts !== tally.receipts)
    mismatches.push({ index, column: "receipt", expected: tally.receipts, found: receipts, from });
  if (payments !== null && payments !== tally.payments)
    mismatches.push({ index, column: "payment", expected: tally.payments, found: payments, from });
}
function totalMismatches(rows, corrections) {
  const mismatches = [];
  const day = new Tally();
  const month = new Tally();
  const year = new Tally();
  year.checkable = false;
  let lastDate = null;
  let yearStartKnown = false;
  for (let index = 0; index < rows.length; index++) {
    const kind = rows.kind(index);
    if (kind === "opening") {
      day.restart(index + 1);
      month.restart(index + 1);
      year.restart(index + 1, false);
      yearStartKnown = false;
    }
    const date = rows.date(index);
    if ((kind === "entry" || kind === "opening") && date !== null && date !== lastDate) {
      if (!yearStartKnown) {
        year.checkable = date.month === 1;
        yearStartKnown = true;
      } else if (lastDate !== null && date.year !== lastDate.year) {
        day.restart(index);
        month.restart(index);
        year.restart(index);
      } else if (lastDate !== null && date.month !== lastDate.month) {
        day.restart(index);
        month.restart(index);
      } else if (lastDate !== null && date.day !== lastDate.day) {
        day.restart(index);
      }
      lastDate = date;
    }
    switch (kind) {
      case "entry": {
        const correction = corrections.size > 0 ? corrections.get(index) : void 0;
        const receipt = correction?.column === "receipt" ? correction.amount : rows.receipt(index) ?? 0;
        const payment = correction?.column === "payment" ? correction.amount : rows.payment(index) ?? 0;
        day.add(receipt, payment);
        month.add(receipt, payment);
        year.add(receipt, payment);
        break;
      }
      case "day-total":
        tallyMismatches(rows, index, day, mismatches);
        day.restart(index + 1);
        break;
      case "month-total":
        tallyMismatches(rows, index, month, mismatches);
        month.restart(index + 1);
        day.restart(index + 1);
        break;
      case "year-total":
        if (year.checkable) tallyMismatches(rows, index, year, mismatches);
        else year.startFrom(rows, index);
        break;
      case "carried-forward":
      case "brought-forward":
        tallyMismatches(rows, index, month, mismatches);
        break;
      case "opening":
        break;
    }
  }
  return mismatches;
}
function firstBreakFrom(breaks, from) {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (breaks[middle].index < from) low = middle + 1;
    else high = middle;
  }
  return low;
}
function amountSlips(rows, breaks, mismatches) {
  const slips = /* @__PURE__ */ new Map();
  const suspects = breaks.filter((candidate) => candidate.amountSuspect);
  if (suspects.length === 0) return slips;
  for (const mismatch of mismatches) {
    const totalShort = mismatch.found - mismatch.expected;
    const balanceShort = mismatch.column === "receipt" ? totalShort : -totalShort;
    for (let i = firstBreakFrom(suspects, mismatch.from); i < suspects.length; i++) {
      const suspect = suspects[i];
      if (suspect.index >= mismatch.index) break;
      if (suspect.found - suspect.expected !== balanceShort) continue;
      if (!slips.has(suspect.index)) {
        const shown = rows.amount(suspect.index, mismatch.column) ?? 0;
        const amount = mismatch.column === "receipt" ? shown + balanceShort : shown - balanceShort;
        slips.set(suspect.index, { column: mismatch.column, amount });
      }
      break;
    }
  }
  return slips;
}
var CARRY_RULES = {
  receipt: "journal-carry-receipts-wrong",
  payment: "journal-carry-payments-wrong"
};
var TOTAL_RULES = {
  receipt: "journal-total-receipts-wrong",
  payment: "journal-total-payments-wrong"
};
function checkBalancesAndTotals(rows, settings, sheet) {
  const breaks = balanceBreaks(rows, settings.opening);
  const firstMismatches = totalMismatches(rows, /* @__PURE__ */ new Map());
  const slips = amountSlips(rows, breaks, firstMismatches);
  const mismatches = slips.size > 0 ? totalMismatches(rows, slips) : firstMismatches;
  const located = [];
  for (const { index, expected, found } of breaks) {
    const slip = slips.get(index);
    if (slip) {
      const params = { expected: money(slip.amount), found: money(rows.amount(index, slip.column) ?? 0) };
      located.push({
        index,
        finding: finding(sheet, rows.cell(index, slip.column), "journal-amount-mismatch", params)
      });
    } else {
      const rule = rows.kind(index) === "opening" ? "journal-opening-mismatch" : "journal-balance-break";
      const params = { expected: money(expected), found: money(found) };
      located.push({ index, finding: finding(sheet, rows.cell(index, "balance"), rule, params) });
    }
  }
  for (const { index, column, expected, found } of mismatches) {
    const kind = rows.kind(index);
    const carry = kind === "carried-forward" || kind === "brought-forward";
    const rule = (carry ? CARRY_RULES : TOTAL_RULES)[column];
    const params = { row: rows.summary(index), expected: money(expected), found: money(found) };
    located.push({ index, finding: finding(sheet, rows.cell(index, column), rule, params) });
  }
  return located.sort((a, b) => a.index - b.index).map((entry) => entry.finding);
}
function checkDateOrder(rows, _settings, sheet) {
  const findings = [];
  let previous = null;
  for (let index = 0; index < rows.length; index++) {
    const date = rows.date(index);
    if (rows.kind(index) !== "entry" || date === null) continue;
    if (previous !== null && date !== previous && dayNumber2(date) < dayNumber2(previous)) {
      const params = { date: formatIsoDate(date), previous: formatIsoDate(previous) };
      const cell = rows.cell(index, "date") ?? rows.cell(index, "day");
      findings.push(finding(sheet, cell, "journal-date-order", params));
    }
    previous = date;
  }
  return findings;
}
function blankText(rows, field, sheet, rule) {
  const findings = [];
  for (let index = 0; index < rows.length; index++) {
    const text = field === "voucher" ? rows.voucher(index) : rows.summary(index);
    if (text !== "" || rows.kind(index) !== "entry") continue;
    const cell = rows.cell(index, field);
    if (cell === void 0) return findings;
    findings.push(finding(sheet, cell, rule));
  }
  return findings;
}
function checkVoucherPresent(rows, _settings, sheet) {
  return blankText(rows, "voucher", sheet, "journal-voucher-missing");
}
function checkSummaryPresent(rows, _settings, sheet) {
  return blankText(rows, "summary", sheet, "journal-summary-missing");
}
function checkOneSided(rows, _settings, sheet) {
  const findings = [];
  for (let index = 0; index < rows.length; index++) {
    const receipt = rows.receipt(index);
    const payment = rows.payment(index);
    if (!receipt || !payment || rows.kind(index) !== "entry") continue;
    const params = { receipt: money(receipt), payment: money(payment) };
    findings.push(finding(sheet, rows.cell(index, "payment"), "journal-both-sides", params));
  }
  return findings;
}
function forEachBalance(rows, visit) {
  let balance = null;
  for (let index = 0; index < rows.length; index++) {
    const shown = rows.balance(index);
    if (shown !== null) {
      balance = shown;
    } else if (balance !== null) {
      const next = balance + rows.movement(index);
      balance = within(next) ? next : null;
    }
    visit(index, balance);
  }
}
function checkBalanceNotNegative(rows, settings, sheet) {
  const rule = settings.kind === "cash" ? "journal-cash-negative" : "journal-bank-overdrawn";
  const findings = [];
  let short = false;
  forEachBalance(rows, (index, balance) => {
    const kind = rows.kind(index);
    if (kind !== "entry" && kind !== "opening") return;
    const negative = balance !== null && balance < 0;
    if (negative && !short) findings.push(finding(sheet, rows.cell(index, "balance"), rule, { found: money(balance) }));
    short = negative;
  });
  return findings;
}
function checkCashLimit(rows, settings, sheet) {
  const limit = settings.cashLimit;
  if (settings.kind !== "cash" || limit === void 0) return [];
  const findings = [];
  let dayEnd = -1;
  let dayEndBalance = 0;
  let day = null;
  const closeDay = () => {
    if (dayEnd >= 0 && dayEndBalance > limit) {
      const params = { found: money(dayEndBalance), limit: money(limit) };
      findings.push(finding(sheet, rows.cell(dayEnd, "balance"), "journal-cash-over-limit", params));
    }
    dayEnd = -1;
  };
  forEachBalance(rows, (index, balance) => {
    const kind = rows.kind(index);
    if (kind === "entry") {
      const date = rows.date(index);
      if (date !== null && day !== null && date !== day && dayNumber2(date) !== dayNumber2(day)) closeDay();
      if (date !== null) day = date;
    } else if (kind !== "day-total") return;
    if (balance !== null) {
      dayEnd = index;
      dayEndBalance = balance;
    }
    if (kind === "day-total") closeDay();
  });
  closeDay();
  return findings;
}
var MAX_COUNTED_DIGITS = 6;
var VoucherNumbers = class {
  monthOf = new Int32Array(256);
  rowOf = new Int32Array(256);
  /** Records `number` as used on row `index` in `month` (never 0); returns the row that used it first, or -1. */
  use(number, month, index) {
    if (number >= this.monthOf.length) this.grow(number);
    if (this.monthOf[number] === month) return this.rowOf[number];
    this.monthOf[number] = month;
    this.rowOf[number] = index;
    return -1;
  }
  grow(number) {
    const length = Math.max(number + 1, this.monthOf.length * 2);
    const monthOf = new Int32Array(length);
    const rowOf = new Int32Array(length);
    monthOf.set(this.monthOf);
    rowOf.set(this.rowOf);
    this.monthOf = monthOf;
    this.rowOf = rowOf;
  }
};
function trailingDigitsFrom(text) {
  let from = text.length;
  while (from > 0) {
    const code = text.charCodeAt(from - 1);
    if (code < 48 || code > 57) break;
    from--;
  }
  return from;
}
function digitsValue(text, from) {
  let value = 0;
  for (let at = from; at < text.length; at++) value = value * 10 + text.charCodeAt(at) - 48;
  return value;
}
function checkRepeatedVouchers(rows, _settings, sheet) {
  const findings = [];
  const numbersByWord = /* @__PURE__ */ new Map();
  const unnumbered = /* @__PURE__ */ new Map();
  let word = "";
  let numbers;
  let month = 1;
  for (let index = 0; index < rows.length; index++) {
    const voucher = rows.voucher(index);
    if (voucher === "" || rows.kind(index) !== "entry") continue;
    const date = rows.date(index);
    if (date !== null && date.year * 12 + date.month !== month) {
      month = date.year * 12 + date.month;
      unnumbered.clear();
    }
    const digitsFrom = trailingDigitsFrom(voucher);
    const digits = voucher.length - digitsFrom;
    let first;
    if (digits === 0 || digits > MAX_COUNTED_DIGITS) {
      first = unnumbered.get(voucher) ?? -1;
      if (first < 0) unnumbered.set(voucher, index);
    } else {
      if (numbers === void 0 || digitsFrom !== word.length || !voucher.startsWith(word)) {
        word = voucher.slice(0, digitsFrom);
        numbers = numbersByWord.get(word) ?? new VoucherNumbers();
        numbersByWord.set(word, numbers);
      }
      first = numbers.use(digitsValue(voucher, digitsFrom), month, index);
    }
    if (first >= 0) {
      const params = { voucher, first: rows.cell(first, "voucher") ?? "" };
      findings.push(finding(sheet, rows.cell(index, "voucher"), "journal-voucher-repeated", params));
    }
  }
  return findings;
}
var JOURNAL_RULES = [
  checkBalancesAndTotals,
  checkDateOrder,
  checkVoucherPresent,
  checkSummaryPresent,
  checkOneSided,
  checkBalanceNotNegative,
  checkCashLimit,
  checkRepeatedVouchers
];
function validateJournal(rows, settings, sheet) {
  return JOURNAL_RULES.flatMap((rule) => rule(rows, settings, sheet));
}

// src/journal/check.ts
function inSheetOrder(findings) {
  return findings.map((finding2) => ({ finding: finding2, at: parseRangeAddress(finding2.cell)?.start ?? { row: -1, column: -1 } })).sort((a, b) => a.at.row - b.at.row || a.at.column - b.at.column).map(({ finding: finding2 }) => finding2);
}
function checkJournal(grid, settings = {}) {
  const header = findJournalHeader(grid);
  if (!header) return [{ rule: "journal-header-missing", severity: "error", sheet: grid.sheet, cell: "", params: {} }];
  const read = readJournal(grid, header);
  const ruleSettings = { ...settings, kind: settings.kind ?? header.kind };
  const unreadable = new Set(
    read.findings.filter((finding2) => finding2.severity === "error").map((finding2) => finding2.cell)
  );
  const ruleFindings = validateJournal(read.rows, ruleSettings, grid.sheet).filter(
    (finding2) => !unreadable.has(finding2.cell)
  );
  return inSheetOrder([...read.findings, ...ruleFindings]);
}
function journalSheet(kind, id) {
  return {
    kind: id,
    recognises: (grid) => findJournalHeader(grid)?.kind === kind,
    check: (grid) => checkJournal(grid, { kind })
  };
}
var cashJournalSheet = journalSheet("cash", "cash-journal");
var bankJournalSheet = journalSheet("bank", "bank-journal");

// src/funds-report/read.ts
var BANK_SHEET_PREFIX = /^银行存款日记账\s*/;
function journalsOfWorkbook(grids) {
  const journals = [];
  const findings = [];
  for (const grid of grids) {
    const header = findJournalHeader(grid);
    if (!header) continue;
    const read = readJournal(grid, header);
    findings.push(...read.findings);
    const account = header.kind === "cash" ? "\u5E93\u5B58\u73B0\u91D1" : grid.sheet.replace(BANK_SHEET_PREFIX, "") || grid.sheet;
    journals.push({ account, kind: header.kind, sheet: grid.sheet, rows: read.rows });
  }
  journals.sort((a, b) => Number(a.kind === "bank") - Number(b.kind === "bank"));
  const cash = journals.filter((journal) => journal.kind === "cash");
  if (cash.length > 1) for (const journal of cash) journal.account = `\u5E93\u5B58\u73B0\u91D1\uFF08${journal.sheet}\uFF09`;
  return { journals, findings };
}

// src/core/text.ts
var FORMULA_LEAD = /^[=+\-@]/;
function literalCellValue(value) {
  return typeof value === "string" && FORMULA_LEAD.test(value) ? `'${value}` : value;
}
function shownText(value) {
  if (value === null || value === void 0) return "";
  if (typeof value !== "object" && typeof value !== "function") return String(value);
  try {
    return JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    try {
      return Object.prototype.toString.call(value);
    } catch {
      return typeof value;
    }
  }
}

// src/funds-report/layout.ts
var HEADERS = ["\u8D26\u6237", "\u4E0A\u65E5\u4F59\u989D", "\u672C\u65E5\u6536\u5165", "\u672C\u65E5\u652F\u51FA", "\u672C\u65E5\u4F59\u989D", "\u5907\u6CE8"];
var COLUMN_WIDTHS2 = [28, 16, 16, 16, 16, 28];
var WIDTH = HEADERS.length;
var [OPENING, RECEIPTS, PAYMENTS, CLOSING, NOTE] = ["B", "C", "D", "E", "F"];
var FIRST_SECTION_ROW = 2;
var MONEY = "\xA5#,##0.00";
var CHINESE_DATE = 'yyyy"\u5E74"m"\u6708"d"\u65E5"';
var THIN = { style: "thin" };
var GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN };
var rowNumber = (index) => index + 1;
var chineseDate = ({ year, month, day }) => `${year}\u5E74${month}\u6708${day}\u65E5`;
function sectionAt(top, withDate, accounts) {
  const header = top + (withDate ? 1 : 0);
  const total = header + 1 + accounts;
  return { top, firstAccount: header + 1, total, note: total + 1 };
}
function periodNames(period) {
  if ("day" in period) return { label: chineseDate(period.day), sheet: formatIsoDate(period.day) };
  const { year, month } = period;
  return { label: `${year}\u5E74${month}\u6708`, sheet: formatIsoDate({ year, month, day: 1 }).slice(0, 7) };
}
function fundsReportLayout(report, period, unit) {
  const monthly = !("day" in period);
  const accountCount = report.accounts.length;
  const sections = [];
  for (let index = 0, top = FIRST_SECTION_ROW; index < report.days.length; index++) {
    const section = sectionAt(top, monthly, accountCount);
    sections.push(section);
    top = section.note + 2;
  }
  const names = periodNames(period);
  const plan = emptyPlan(`\u8D44\u91D1\u65E5\u62A5\u8868 ${names.sheet}`);
  plan.blocks.push({
    at: "A1",
    rows: [
      ["\u8D44\u91D1\u65E5\u62A5\u8868", null, null, null, null, null],
      [`\u5355\u4F4D\uFF1A${unit}`, null, null, `${monthly ? "\u671F\u95F4" : "\u65E5\u671F"}\uFF1A${names.label}`, null, null]
    ]
  });
  plan.merges.push(blockAddress(0, 0, 1, WIDTH), blockAddress(1, 0, 1, 3), blockAddress(1, 3, 1, 3));
  plan.formats.push(
    { range: "A1", style: { font: { bold: true, size: 16 }, alignment: { horizontal: "center" } } },
    { range: "D2", style: { alignment: { horizontal: "right" } } }
  );
  report.days.forEach((day, index) => {
    const section = sections[index];
    const before = sections[index - 1];
    const accountRows = report.accounts.map(({ account }, a) => {
      const r = rowNumber(section.firstAccount + a);
      const figures = day.accounts[a];
      return [
        literalCellValue(account),
        before ? { formula: `=${CLOSING}${rowNumber(before.firstAccount + a)}` } : fenToYuan(figures.opening),
        fenToYuan(figures.receipts),
        fenToYuan(figures.payments),
        { formula: `=ROUND(${OPENING}${r}+${RECEIPTS}${r}-${PAYMENTS}${r},2)` },
        null
      ];
    });
    const [firstRow, lastRow] = [rowNumber(section.firstAccount), rowNumber(section.total - 1)];
    const total = (column) => ({
      formula: `=ROUND(SUM(${column}${firstRow}:${column}${lastRow}),2)`
    });
    plan.blocks.push({
      at: cellAddress(section.top, 0),
      rows: [
        ...monthly ? [[dateToSerial(day.date)]] : [],
        HEADERS,
        ...accountRows,
        ["\u5408\u8BA1", total(OPENING), total(RECEIPTS), total(PAYMENTS), total(CLOSING), null],
        ["\u5DF2\u652F\u4ED8\u672A\u5212\u8D26\uFF1A", null]
      ]
    });
    const tableTop = section.firstAccount - 1;
    plan.merges.push(blockAddress(section.note, 1, 1, WIDTH - 1));
    if (monthly) plan.merges.push(blockAddress(section.top, 0, 1, WIDTH));
    plan.formats.push(
      ...monthly ? [{ range: cellAddress(section.top, 0), style: { numberFormat: CHINESE_DATE, font: { bold: true } } }] : [],
      { range: blockAddress(tableTop, 0, section.note - tableTop + 1, WIDTH), style: { borders: GRID } },
      {
        range: blockAddress(tableTop, 0, 1, WIDTH),
        style: { font: { bold: true }, fill: "#F2F2F2", alignment: { horizontal: "center" } }
      },
      { range: `${OPENING}${firstRow}:${CLOSING}${rowNumber(section.total)}`, style: { numberFormat: MONEY } },
      { range: blockAddress(section.total, 0, 1, WIDTH), style: { font: { bold: true } } },
      { range: `${NOTE}${firstRow}:${NOTE}${lastRow}`, style: { alignment: { wrap: true } } },
      { range: blockAddress(section.note, 1, 1, WIDTH - 1), style: { alignment: { wrap: true, vertical: "top" } } }
    );
    plan.rows.push({ index: section.note, height: 36 });
  });
  const closingTop = monthly ? closingTable(plan, report, sections, names.label) : null;
  plan.columns.push(...COLUMN_WIDTHS2.map((width, index) => ({ index, width })));
  plan.print = {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: true,
    // A month prints one day a page, under the title and the unit.
    ...monthly && {
      titleRows: { first: 1, last: 2 },
      rowBreaks: [...sections.slice(1).map((section) => section.top), ...closingTop === null ? [] : [closingTop]]
    }
  };
  return plan;
}
function closingTable(plan, report, sections, period) {
  const top = (sections[sections.length - 1]?.note ?? FIRST_SECTION_ROW) + 2;
  const title = `${period}\u5404\u8D26\u6237\u672C\u65E5\u4F59\u989D`;
  const columns = 1 + report.accounts.length;
  plan.blocks.push({
    at: cellAddress(top, 0),
    rows: [
      [title],
      ["\u65E5\u671F", ...report.accounts.map(({ account }) => literalCellValue(account))],
      ...report.days.map((day, index) => [
        dateToSerial(day.date),
        ...report.accounts.map((_, a) => ({ formula: `=${CLOSING}${rowNumber(sections[index].firstAccount + a)}` }))
      ])
    ]
  });
  const header = top + 1;
  const lastColumn = columnLetters(columns - 1);
  plan.merges.push(blockAddress(top, 0, 1, Math.max(columns, 2)));
  plan.formats.push(
    { range: cellAddress(top, 0), style: { font: { bold: true } } },
    { range: blockAddress(header, 0, 1 + report.days.length, columns), style: { borders: GRID } },
    {
      range: blockAddress(header, 0, 1, columns),
      style: { font: { bold: true }, fill: "#F2F2F2", alignment: { horizontal: "center" } }
    },
    { range: blockAddress(header + 1, 0, report.days.length, 1), style: { numberFormat: "yyyy-mm-dd" } },
    {
      range: `B${rowNumber(header + 1)}:${lastColumn}${rowNumber(header + report.days.length)}`,
      style: { numberFormat: MONEY }
    }
  );
  plan.charts = [
    {
      kind: "line",
      title,
      data: blockAddress(header, 0, 1 + report.days.length, columns),
      at: cellAddress(header + report.days.length + 2, 0)
    }
  ];
  return top;
}

// src/funds-report/rules.ts
function existingDate(date) {
  return parseDateCell(formatIsoDate(date));
}
function reportDays(period) {
  if ("day" in period) {
    const day = existingDate(period.day);
    return day.ok ? ok([day.value]) : day;
  }
  const first = existingDate({ year: period.year, month: period.month, day: 1 });
  if (!first.ok) return first;
  const { year, month } = first.value;
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return ok(Array.from({ length }, (_, index) => ({ year, month, day: index + 1 })));
}
var dayKey = ({ year, month, day }) => year * 1e4 + month * 100 + day;
function ledgerOf(journal) {
  const ledger = { opening: 0, days: /* @__PURE__ */ new Map(), findings: [] };
  let movedBeforeFirstBalance = 0;
  let balanceSeen = false;
  const { rows } = journal;
  for (let index = 0; index < rows.length; index++) {
    const moved = rows.movement(index);
    if (!balanceSeen) {
      movedBeforeFirstBalance += moved;
      const balance = rows.balance(index);
      if (balance !== null) {
        balanceSeen = true;
        ledger.opening = balance - movedBeforeFirstBalance;
      }
    }
    if (rows.kind(index) !== "entry") continue;
    const date = rows.date(index);
    if (date === null) {
      ledger.findings.push({
        rule: "funds-entry-without-date",
        severity: "warning",
        sheet: journal.sheet,
        cell: rows.cell(index, "date") ?? rows.cell(index, "day") ?? rows.cell(index, "summary") ?? "",
        params: { account: journal.account }
      });
      continue;
    }
    const key = dayKey(date);
    const day = ledger.days.get(key) ?? { receipts: 0, payments: 0 };
    day.receipts += rows.receipt(index) ?? 0;
    day.payments += rows.payment(index) ?? 0;
    ledger.days.set(key, day);
  }
  return ledger;
}
function volume(ledgers) {
  let total = 0;
  for (const { opening, days } of ledgers) {
    total += Math.abs(opening);
    for (const { receipts, payments } of days.values()) total += Math.abs(receipts) + Math.abs(payments);
  }
  return total;
}
function accountDay(ledger, key) {
  let opening = ledger.opening;
  for (const [dayOf, { receipts: receipts2, payments: payments2 }] of ledger.days) if (dayOf < key) opening += receipts2 - payments2;
  const { receipts, payments } = ledger.days.get(key) ?? { receipts: 0, payments: 0 };
  return { opening, receipts, payments, closing: opening + receipts - payments };
}
function totalOf(accounts) {
  const sum = (field) => accounts.reduce((total, account) => total + account[field], 0);
  return { opening: sum("opening"), receipts: sum("receipts"), payments: sum("payments"), closing: sum("closing") };
}
function fundsReport(journals, days) {
  if (journals.length === 0) return fail("funds-no-accounts");
  const ledgers = journals.map(ledgerOf);
  if (volume(ledgers) > MAX_FEN) return fail("funds-amount-out-of-range", { max: formatMoney(MAX_FEN) });
  return ok({
    accounts: journals.map(({ account, kind }) => ({ account, kind })),
    days: days.map((date) => {
      const accounts = ledgers.map((ledger) => accountDay(ledger, dayKey(date)));
      return { date, accounts, total: totalOf(accounts) };
    }),
    findings: ledgers.flatMap((ledger) => ledger.findings)
  });
}
function closingBalanceOn(journal, date) {
  const report = fundsReport([journal], [date]);
  if (!report.ok) return report;
  return ok({ balance: report.value.days[0].accounts[0].closing, findings: report.value.findings });
}
function closingSeries(report) {
  return {
    dates: report.days.map((day) => day.date),
    accounts: report.accounts.map(({ account }, index) => ({
      account,
      closing: report.days.map((day) => day.accounts[index].closing)
    }))
  };
}

// src/funds-report/index.ts
function planFundsReport(input) {
  const days = reportDays(input.period);
  if (!days.ok) return days;
  const report = fundsReport(input.journals, days.value);
  if (!report.ok) return report;
  return ok({
    plan: fundsReportLayout(report.value, input.period, input.unit),
    report: report.value,
    series: closingSeries(report.value)
  });
}

// src/cash-count/rules.ts
var DENOMINATIONS = [
  { fen: 1e4, label: "100 \u5143" },
  { fen: 5e3, label: "50 \u5143" },
  { fen: 2e3, label: "20 \u5143" },
  { fen: 1e3, label: "10 \u5143" },
  { fen: 500, label: "5 \u5143" },
  { fen: 100, label: "1 \u5143" },
  { fen: 50, label: "5 \u89D2" },
  { fen: 10, label: "1 \u89D2" },
  { fen: 5, label: "5 \u5206" },
  { fen: 2, label: "2 \u5206" },
  { fen: 1, label: "1 \u5206" }
];
var MAX_COUNT = 1e9;
function countedFen(counts) {
  return DENOMINATIONS.reduce((total, { fen }, index) => total + fen * (counts[index] ?? 0), 0);
}
var OUTCOME_LABELS = { surplus: "\u76D8\u76C8", shortage: "\u76D8\u4E8F", agrees: "\u76F8\u7B26" };
function cashDifference(counted, book) {
  const difference = counted - book;
  const outcome = difference > 0 ? "surplus" : difference < 0 ? "shortage" : "agrees";
  return { counted, book, difference, outcome };
}

// src/cash-count/read.ts
var WHOLE_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)$/;
function parseCount(value, index) {
  if (value === null || value === void 0) return ok(0);
  const text = typeof value === "string" ? toHalfWidth(value).trim() : null;
  if (text === "") return ok(0);
  const count = typeof value === "number" ? value : text !== null && WHOLE_NUMBER.test(text) ? Number(text.replace(/,/g, "")) : NaN;
  if (Number.isInteger(count) && count >= 0 && count <= MAX_COUNT) return ok(count);
  return fail("cash-count-unreadable", {
    position: index + 1,
    denomination: DENOMINATIONS[index]?.label ?? "",
    text: shownText(value),
    max: MAX_COUNT.toLocaleString("en-US")
  });
}
function readCounts(cells) {
  if (cells.length !== DENOMINATIONS.length)
    return fail("cash-count-wrong-size", { expected: DENOMINATIONS.length, actual: cells.length });
  const counts = [];
  for (const [index, cell] of cells.entries()) {
    const count = parseCount(cell, index);
    if (!count.ok) return count;
    counts.push(count.value);
  }
  return ok(counts);
}

// src/cash-count/layout.ts
var TITLE_ROW = 0;
var UNIT_ROW = 1;
var HEADER_ROW = 2;
var FIRST_COUNT_ROW = HEADER_ROW + 1;
var LAST_COUNT_ROW = FIRST_COUNT_ROW + DENOMINATIONS.length - 1;
var TOTAL_ROW = LAST_COUNT_ROW + 1;
var BOOK_ROW = TOTAL_ROW + 1;
var DIFFERENCE_ROW = BOOK_ROW + 1;
var OUTCOME_ROW = DIFFERENCE_ROW + 1;
var REASON_ROW = OUTCOME_ROW + 1;
var NOTE_ROW = REASON_ROW + 1;
var SIGNATURE_ROW = NOTE_ROW + 2;
var COUNT_COLUMN = 1;
var AMOUNT_COLUMN = 2;
var CASH_COUNT_CELLS = {
  counts: blockAddress(FIRST_COUNT_ROW, COUNT_COLUMN, DENOMINATIONS.length, 1),
  amounts: blockAddress(FIRST_COUNT_ROW, AMOUNT_COLUMN, DENOMINATIONS.length, 1),
  counted: cellAddress(TOTAL_ROW, AMOUNT_COLUMN),
  book: cellAddress(BOOK_ROW, AMOUNT_COLUMN),
  difference: cellAddress(DIFFERENCE_ROW, AMOUNT_COLUMN),
  outcome: cellAddress(OUTCOME_ROW, AMOUNT_COLUMN),
  reason: blockAddress(REASON_ROW, COUNT_COLUMN, 1, 2)
};
var MONEY2 = "\xA5#,##0.00";
var THIN2 = { style: "thin" };
var GRID2 = { top: THIN2, bottom: THIN2, left: THIN2, right: THIN2 };
var INPUT = { fill: "#FFF8E1", locked: false };
var quoted = (text) => `"${text}"`;
function cashCountLayout(sheet) {
  const difference = CASH_COUNT_CELLS.difference;
  const countRows = DENOMINATIONS.map(({ fen, label }, index) => {
    const countCell = cellAddress(FIRST_COUNT_ROW + index, COUNT_COLUMN);
    return [label, sheet.counts?.[index] ?? null, { formula: `=ROUND(${countCell}*${fenToYuan(fen)},2)` }];
  });
  const { surplus, shortage, agrees } = OUTCOME_LABELS;
  const plan = emptyPlan(`\u73B0\u91D1\u76D8\u70B9\u8868 ${formatIsoDate(sheet.date)}`);
  plan.blocks.push({
    at: cellAddress(TITLE_ROW, 0),
    rows: [
      ["\u73B0\u91D1\u76D8\u70B9\u8868", null, null],
      [`\u5355\u4F4D\uFF1A${sheet.unit}`, "\u76D8\u70B9\u65E5\u671F\uFF1A", dateToSerial(sheet.date)],
      ["\u9762\u989D", "\u5F20\uFF08\u679A\uFF09\u6570", "\u91D1\u989D"],
      ...countRows,
      ["\u5B9E\u76D8\u5408\u8BA1", null, { formula: `=ROUND(SUM(${CASH_COUNT_CELLS.amounts}),2)` }],
      ["\u65E5\u8BB0\u8D26\u4F59\u989D\uFF08\u8D26\u5B58\uFF09", null, fenToYuan(sheet.book)],
      ["\u8D26\u5B58\u5DEE\u989D\uFF08\u5B9E\u76D8 \u2212 \u8D26\u5B58\uFF09", null, { formula: `=ROUND(${CASH_COUNT_CELLS.counted}-${CASH_COUNT_CELLS.book},2)` }],
      [
        "\u76D8\u70B9\u7ED3\u679C",
        null,
        {
          formula: `=IF(${difference}>0,${quoted(surplus)},IF(${difference}<0,${quoted(shortage)},${quoted(agrees)}))`
        }
      ],
      ["\u5DEE\u989D\u539F\u56E0\u53CA\u5904\u7406", null, null],
      ["\u767D\u6761\u3001\u501F\u6761\u7B49\u4E0D\u662F\u73B0\u91D1\uFF0C\u4E0D\u5F97\u62B5\u5145\u5E93\u5B58\uFF0C\u4E0D\u8BA1\u5165\u5B9E\u76D8\u6570\u3002", null, null],
      [],
      ["\u51FA\u7EB3\uFF1A", "\u76D1\u76D8\u4EBA\uFF1A", "\u4F1A\u8BA1\u4E3B\u7BA1\uFF1A"]
    ]
  });
  plan.merges.push(
    blockAddress(TITLE_ROW, 0, 1, 3),
    CASH_COUNT_CELLS.reason,
    blockAddress(NOTE_ROW, 0, 1, 3),
    ...[TOTAL_ROW, BOOK_ROW, DIFFERENCE_ROW, OUTCOME_ROW].map((r) => blockAddress(r, 0, 1, 2))
  );
  plan.formats.push(
    {
      range: cellAddress(TITLE_ROW, 0),
      style: { font: { bold: true, size: 16 }, alignment: { horizontal: "center" } }
    },
    { range: cellAddress(UNIT_ROW, 1), style: { alignment: { horizontal: "right" } } },
    { range: cellAddress(UNIT_ROW, 2), style: { numberFormat: "yyyy-mm-dd", alignment: { horizontal: "left" } } },
    { range: blockAddress(HEADER_ROW, 0, REASON_ROW - HEADER_ROW + 1, 3), style: { borders: GRID2 } },
    {
      range: blockAddress(HEADER_ROW, 0, 1, 3),
      style: { font: { bold: true }, fill: "#F2F2F2", alignment: { horizontal: "center" } }
    },
    {
      range: blockAddress(FIRST_COUNT_ROW, 0, DENOMINATIONS.length, 1),
      style: { alignment: { horizontal: "center" } }
    },
    { range: CASH_COUNT_CELLS.counts, style: { ...INPUT, numberFormat: "#,##0" } },
    {
      range: blockAddress(FIRST_COUNT_ROW, AMOUNT_COLUMN, DIFFERENCE_ROW - FIRST_COUNT_ROW + 1, 1),
      style: { numberFormat: MONEY2 }
    },
    { range: blockAddress(TOTAL_ROW, 0, OUTCOME_ROW - TOTAL_ROW + 1, 3), style: { font: { bold: true } } },
    { range: CASH_COUNT_CELLS.book, style: INPUT },
    { range: CASH_COUNT_CELLS.outcome, style: { alignment: { horizontal: "center" } } },
    { range: CASH_COUNT_CELLS.reason, style: { ...INPUT, alignment: { wrap: true, vertical: "top" } } },
    {
      range: cellAddress(NOTE_ROW, 0),
      style: { font: { italic: true, size: 9, color: "#595959" }, alignment: { wrap: true } }
    },
    // Each signature cell is a line to sign on, its label at the left.
    {
      range: blockAddress(SIGNATURE_ROW, 0, 1, 3),
      style: { borders: { bottom: THIN2 }, alignment: { horizontal: "left", vertical: "bottom" } }
    }
  );
  plan.conditionalFormats.push({
    range: `${difference}:${CASH_COUNT_CELLS.outcome}`,
    rule: { kind: "expression", formula: `=${absolute(difference)}<>0` },
    style: { font: { bold: true, color: "#C00000" } }
  });
  plan.columns.push({ index: 0, width: 24 }, { index: 1, width: 16 }, { index: 2, width: 20 });
  plan.rows.push(
    { index: TITLE_ROW, height: 30 },
    { index: REASON_ROW, height: 48 },
    { index: NOTE_ROW, height: 18 },
    { index: SIGNATURE_ROW, height: 36 }
  );
  plan.protect = { allowFormatColumns: true, allowSort: false };
  plan.print = { paper: "A4", orientation: "portrait", fitToWidth: true };
  return plan;
}
function absolute(address) {
  return address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

// src/cash-count/index.ts
function planCashCount(input) {
  const date = existingDate(input.date);
  if (!date.ok) return date;
  const counts = input.counts === void 0 ? null : readCounts(input.counts);
  if (counts && !counts.ok) return counts;
  const known = counts?.value ?? null;
  return ok({
    plan: cashCountLayout({ unit: input.unit, date: date.value, counts: known, book: input.book }),
    difference: known === null ? null : cashDifference(countedFen(known), input.book)
  });
}
function planCashCountFromJournal(input, journal) {
  const book = closingBalanceOn(journal, input.date);
  if (!book.ok) return book;
  const planned = planCashCount({ ...input, book: book.value.balance });
  return planned.ok ? ok({ ...planned.value, findings: book.value.findings }) : planned;
}

// src/cash-count/generate.ts
var cashCountGenerator = {
  kind: "cash-count",
  options: "--date YYYY-MM-DD (--from FILE | --book AMOUNT) [--unit NAME]",
  generate: ({ values, from }) => {
    if (values.date === void 0) return fail("cash-count-date-missing");
    const date = parseDateCell(values.date);
    if (!date.ok) return date;
    const input = { unit: values.unit ?? "", date: date.value };
    if (values.book !== void 0) {
      const book = parseMoney(values.book);
      if (!book.ok) return book;
      const planned2 = planCashCount({ ...input, book: book.value ?? 0 });
      return planned2.ok ? ok([planned2.value.plan]) : planned2;
    }
    const cash = from ? journalsOfWorkbook(from).journals.find((journal) => journal.kind === "cash") : void 0;
    if (!cash) return fail("cash-count-book-missing");
    const planned = planCashCountFromJournal(input, cash);
    return planned.ok ? ok([planned.value.plan]) : planned;
  }
};

// src/funds-report/generate.ts
function reportPeriod(values) {
  if (values.date !== void 0) {
    const day = parseDateCell(values.date);
    return day.ok ? ok({ day: day.value }) : day;
  }
  if (values.month !== void 0) {
    const month = parseMonth(values.month);
    return month.ok ? ok(month.value) : month;
  }
  return fail("generate-period-missing");
}
var fundsDailyGenerator = {
  kind: "funds-daily",
  options: "--from FILE (--date YYYY-MM-DD | --month YYYY-MM) [--unit NAME]",
  generate: ({ values, from }) => {
    if (!from) return fail("funds-workbook-missing");
    const period = reportPeriod(values);
    if (!period.ok) return period;
    const planned = planFundsReport({
      unit: values.unit ?? "",
      period: period.value,
      journals: journalsOfWorkbook(from).journals
    });
    return planned.ok ? ok([planned.value.plan]) : planned;
  }
};

// src/jobs.ts
var sheetKinds = [amountWordsSheet, cashJournalSheet, bankJournalSheet];
var generatorKinds = [
  cashJournalGenerator,
  bankJournalGenerator,
  cashCountGenerator,
  fundsDailyGenerator
];

// src/cli/args.ts
var UsageError = class extends Error {
};
var FLAGS = ["check", "no-prefix", "json", "help", "overwrite"];
var VALUED = [
  "lang",
  "sheet",
  "kind",
  "out",
  "from",
  "opening",
  "month",
  "account",
  "cash-limit",
  "ytd-receipts",
  "ytd-payments",
  "unit",
  "date",
  "book"
];
function parseCommandLine(argv) {
  const line = { flags: /* @__PURE__ */ new Set(), values: {}, positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.startsWith("--") ? arg.slice(2) : arg === "-h" ? "help" : null;
    if (arg === "--") {
      line.positionals.push(...argv.slice(i + 1));
      break;
    } else if (name !== null && FLAGS.includes(name)) {
      line.flags.add(name);
    } else if (name !== null && VALUED.includes(name)) {
      const value = argv[++i];
      if (value === void 0) throw new UsageError(`--${name}`);
      line.values[name] = value;
    } else if (/^--./.test(arg)) {
      throw new UsageError(arg);
    } else {
      line.positionals.push(arg);
    }
  }
  return line;
}

// src/cli/files.ts
var import_promises = require("node:fs/promises");
var import_node_path = require("node:path");

// src/hosts/csv.ts
var import_papaparse = __toESM(require("papaparse"));
var ENCODING_NAMES = {
  "utf-8": "UTF-8",
  gb18030: "GB18030",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE"
};
var BYTE_ORDER_MARKS = [
  { bytes: [239, 187, 191], encoding: "utf-8" },
  { bytes: [255, 254], encoding: "utf-16le" },
  { bytes: [254, 255], encoding: "utf-16be" }
];
var DELIMITERS = [",", "	", ";", "|"];
var CELL_PADDING = /^[ \t\u00a0]+|[ \t\u00a0]+$/g;
function readCsv(bytes, options = {}) {
  if (options.delimiter !== void 0 && (options.delimiter === "" || /["\r\n]/.test(options.delimiter))) {
    return fail("csv-delimiter-invalid", { delimiter: options.delimiter });
  }
  const encodings = options.encoding ? [options.encoding] : likelyEncodings(bytes);
  let decoded = null;
  for (const encoding of encodings) {
    const text2 = decode(bytes, encoding);
    if (text2 !== null) {
      decoded = { text: text2, encoding };
      break;
    }
  }
  if (!decoded) return fail("csv-undecodable", { encodings: encodings.map((e) => ENCODING_NAMES[e]).join(" / ") });
  const text = decoded.text.replace(/\r\n?/g, "\n");
  const { rows, delimiter } = options.delimiter === void 0 ? bestFittingParse(text) : { rows: parseRows(text, options.delimiter), delimiter: options.delimiter };
  const last = rows[rows.length - 1];
  if (text.endsWith("\n") && last?.length === 1 && last[0] === "") rows.pop();
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  if (rows.length > MAX_ROWS || width > MAX_COLUMNS) {
    return fail("csv-too-large", { rows: rows.length, columns: width, maxRows: MAX_ROWS, maxColumns: MAX_COLUMNS });
  }
  const values = rows.map((row) => {
    const cells = row.map((cell) => cell.replace(CELL_PADDING, ""));
    while (cells.length < width) cells.push("");
    return cells;
  });
  if (values.every((row) => row.every((cell) => cell === ""))) return fail("csv-empty");
  return ok({
    grid: { sheet: options.sheet ?? "CSV", top: 0, left: 0, values },
    encoding: decoded.encoding,
    delimiter
  });
}
function likelyEncodings(bytes) {
  const marked = BYTE_ORDER_MARKS.find((mark) => mark.bytes.every((byte, i) => bytes[i] === byte));
  if (marked) return [marked.encoding];
  const utf16 = utf16ByZeroBytes(bytes);
  return utf16 ? [utf16, "utf-8", "gb18030"] : ["utf-8", "gb18030"];
}
function utf16ByZeroBytes(bytes) {
  if (bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = bytes.length / 2;
  const dominates = (zeros, others) => zeros > 0 && zeros * 16 >= units && others * 4 <= zeros;
  if (dominates(oddZeros, evenZeros)) return "utf-16le";
  if (dominates(evenZeros, oddZeros)) return "utf-16be";
  return null;
}
function decode(bytes, encoding) {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
function parseRows(text, delimiter) {
  return import_papaparse.default.parse(text, { delimiter, newline: "\n", quoteChar: '"', skipEmptyLines: false }).data;
}
function fitDelimiter(text, delimiter) {
  const rows = parseRows(text, delimiter);
  const linesByFieldCount = /* @__PURE__ */ new Map();
  let tableLines = 0;
  for (const row of rows) {
    if (row.length < 2) continue;
    const lines = (linesByFieldCount.get(row.length) ?? 0) + 1;
    linesByFieldCount.set(row.length, lines);
    tableLines = Math.max(tableLines, lines);
  }
  return { delimiter, rows, tableLines };
}
function bestFittingParse(text) {
  return DELIMITERS.map((delimiter) => fitDelimiter(text, delimiter)).reduce(
    (best, next) => next.tableLines > best.tableLines ? next : best
  );
}

// src/hosts/xlsx.ts
var import_exceljs = __toESM(require("exceljs"));

// src/hosts/host.ts
var HostError = class extends Error {
  constructor(id, params = {}, cells = []) {
    super(id);
    this.id = id;
    this.params = params;
    this.cells = cells;
    this.name = "HostError";
  }
  id;
  params;
  cells;
};

// src/hosts/xlsx.ts
async function writeWorkbook(plans) {
  if (plans.length === 0) throw new RangeError("A workbook needs at least one sheet");
  const workbook = new import_exceljs.default.Workbook();
  workbook.calcProperties.fullCalcOnLoad = true;
  const takenNames = /* @__PURE__ */ new Set();
  for (const plan of plans) {
    const name = freeSheetName(
      plan.name,
      workbook.worksheets.map((sheet) => sheet.name)
    );
    await writeSheet(workbook, workbook.addWorksheet(name), plan, takenNames);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
async function writeSheet(workbook, sheet, plan, takenNames) {
  writeBlocks(sheet, plan);
  for (const table of plan.tables) addTable(sheet, table, claimName(table.name, takenNames, "_"));
  for (const merge of plan.merges) sheet.mergeCellsWithoutStyle(rangeOf(merge).excel);
  applyFormats(sheet, plan);
  for (const column of plan.columns) {
    const sheetColumn = sheet.getColumn(column.index + 1);
    if (column.width !== void 0) sheetColumn.width = column.width;
    if (column.hidden !== void 0) sheetColumn.hidden = column.hidden;
  }
  for (const row of plan.rows) {
    if (row.height !== void 0) sheet.getRow(row.index + 1).height = row.height;
  }
  if (plan.freeze) {
    const { rows, columns } = plan.freeze;
    sheet.views = [{ state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows, columns) }];
  }
  for (const validation of plan.validations) addListValidation(sheet, validation);
  plan.conditionalFormats.forEach((format, index) => addConditionalFormat(sheet, format, index + 1));
  for (const named of plan.names) {
    if (takenNames.has(named.name.toLowerCase())) continue;
    takenNames.add(named.name.toLowerCase());
    workbook.definedNames.add(`${quotedSheetName(sheet.name)}!${named.range}`, named.name);
  }
  if (plan.protect) {
    await sheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: plan.protect.allowFormatColumns,
      sort: plan.protect.allowSort
    });
  }
  if (plan.print) applyPrintSetup(sheet, plan.print);
}
function rangeOf(address) {
  const range = parseRangeAddress(address);
  if (!range) throw new HostError("host-address-unreadable", { address });
  return {
    ...range,
    excel: `${cellAddress(range.start.row, range.start.column)}:${cellAddress(range.end.row, range.end.column)}`
  };
}
function* cellsOf(range) {
  for (let row = range.start.row; row <= range.end.row; row++) {
    for (let column = range.start.column; column <= range.end.column; column++) yield { row, column };
  }
}
function writeBlocks(sheet, plan) {
  for (const block of plan.blocks) {
    const at = rangeOf(block.at).start;
    block.rows.forEach((cells, r) => {
      const row = sheet.getRow(at.row + r + 1);
      cells.forEach((cell, c) => {
        if (cell === null) return;
        row.getCell(at.column + c + 1).value = isFormula(cell) ? { formula: withoutEquals(cell.formula) } : cell;
      });
    });
  }
}
function withoutEquals(formula) {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}
function applyFormats(sheet, plan) {
  const merged = [];
  const styleOfCell = [];
  for (const format of plan.formats) {
    const styleAfter = /* @__PURE__ */ new Map();
    for (const { row, column } of cellsOf(rangeOf(format.range))) {
      const rowStyles = styleOfCell[row] ??= [];
      const before = rowStyles[column] ?? -1;
      let after = styleAfter.get(before);
      if (after === void 0) {
        after = merged.push(before === -1 ? format.style : mergeStyles(merged[before], format.style)) - 1;
        styleAfter.set(before, after);
      }
      rowStyles[column] = after;
    }
  }
  const excelStyles = merged.map(excelStyle);
  styleOfCell.forEach((rowStyles, row) => {
    const sheetRow = sheet.getRow(row + 1);
    rowStyles.forEach((styleIndex, column) => {
      sheetRow.getCell(column + 1).style = excelStyles[styleIndex];
    });
  });
}
function mergeStyles(base, over) {
  return {
    ...base,
    ...over,
    font: { ...base.font, ...over.font },
    alignment: { ...base.alignment, ...over.alignment },
    borders: { ...base.borders, ...over.borders }
  };
}
function argb(color) {
  return { argb: `FF${color.replace(/^#/, "").toUpperCase()}` };
}
function solidFill(color) {
  return { type: "pattern", pattern: "solid", fgColor: argb(color) };
}
function excelFont(font) {
  const { color, ...rest } = font;
  return color === void 0 ? rest : { ...rest, color: argb(color) };
}
function excelStyle(style) {
  const excel = {};
  if (style.numberFormat !== void 0) excel.numFmt = style.numberFormat;
  if (style.font) excel.font = excelFont(style.font);
  if (style.fill !== void 0) excel.fill = solidFill(style.fill);
  if (style.alignment) {
    const { horizontal, vertical, wrap, indent } = style.alignment;
    excel.alignment = {
      ...horizontal && { horizontal },
      ...vertical && { vertical: vertical === "center" ? "middle" : vertical },
      ...wrap !== void 0 && { wrapText: wrap },
      ...indent !== void 0 && { indent }
    };
  }
  if (style.borders) {
    excel.border = {};
    for (const side of ["top", "bottom", "left", "right"]) {
      const line = style.borders[side];
      if (line)
        excel.border[side] = { style: line.style, ...line.color !== void 0 && { color: argb(line.color) } };
    }
  }
  if (style.locked !== void 0) excel.protection = { locked: style.locked };
  return excel;
}
function addTable(sheet, table, name) {
  const range = rangeOf(table.range);
  const [header = [], ...rows] = cellValues(sheet, range);
  if (rows.length === 0) rows.push(header.map(() => null));
  const columnNames = tableColumnNames(header);
  const lastNumeric = rows.every((row) => {
    const last = row[row.length - 1];
    return last === null || last === void 0 || typeof last === "number" || typeof last === "object" && "formula" in last;
  });
  sheet.addTable({
    name,
    displayName: name,
    ref: cellAddress(range.start.row, range.start.column),
    headerRow: true,
    totalsRow: table.showTotals ?? false,
    style: {
      theme: table.style ?? "TableStyleMedium2",
      showRowStripes: true
    },
    columns: columnNames.map((columnName, index) => {
      if (index === 0) return { name: columnName, filterButton: true, totalsRowLabel: "" };
      if (index < columnNames.length - 1) return { name: columnName, filterButton: true };
      return { name: columnName, filterButton: true, totalsRowFunction: lastNumeric ? "sum" : "count" };
    }),
    rows
  });
}
function cellValues(sheet, range) {
  const values = [];
  for (let row = range.start.row; row <= range.end.row; row++) {
    const line = [];
    for (let column = range.start.column; column <= range.end.column; column++) {
      line.push(sheet.getCell(row + 1, column + 1).value);
    }
    values.push(line);
  }
  return values;
}
function tableColumnNames(headers) {
  const taken = /* @__PURE__ */ new Set();
  return headers.map((header, index) => {
    const text = header === null || header === void 0 || typeof header === "object" ? "" : String(header).trim();
    return claimName(text === "" ? `Column${index + 1}` : text, taken, "");
  });
}
function claimName(wanted, taken, joiner) {
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}${joiner}${n}`;
  taken.add(name.toLowerCase());
  return name;
}
function addListValidation(sheet, validation) {
  const formula = Array.isArray(validation.list) ? `"${validation.list.map((item) => item.replace(/"/g, '""')).join(",")}"` : withoutEquals(validation.list.source);
  const rule = {
    type: "list",
    allowBlank: validation.allowBlank,
    formulae: [formula],
    // Office.js alerts on a wrong entry unless told not to; the file format stays silent unless told to alert.
    showErrorMessage: true,
    errorStyle: validation.alert ?? "stop",
    ...validation.errorMessage !== void 0 && { error: validation.errorMessage }
  };
  for (const { row, column } of cellsOf(rangeOf(validation.range)))
    sheet.getCell(row + 1, column + 1).dataValidation = rule;
}
function addConditionalFormat(sheet, format, priority) {
  const style = {
    ...format.style.font && { font: excelFont(format.style.font) },
    // A conditional format's solid fill takes its colour from bgColor, unlike a cell's.
    ...format.style.fill !== void 0 && {
      fill: { type: "pattern", pattern: "solid", bgColor: argb(format.style.fill) }
    }
  };
  const { rule } = format;
  sheet.addConditionalFormatting({
    ref: rangeOf(format.range).excel,
    rules: [
      rule.kind === "expression" ? { type: "expression", priority, formulae: [withoutEquals(rule.formula)], style } : {
        type: "cellIs",
        priority,
        // The file format knows notEqual too; ExcelJS's typings list only four operators.
        operator: rule.operator,
        formulae: rule.values.map(withoutEquals),
        style
      }
    ]
  });
}
var PAPER_SIZE = { Letter: 1, A3: 8, A4: 9, A5: 11 };
function applyPrintSetup(sheet, print) {
  const setup = sheet.pageSetup;
  setup.paperSize = PAPER_SIZE[print.paper];
  setup.orientation = print.orientation;
  if (print.margins) setup.margins = { ...print.margins };
  if (print.titleRows) setup.printTitlesRow = `${print.titleRows.first}:${print.titleRows.last}`;
  if (print.fitToWidth) {
    setup.fitToPage = true;
    setup.fitToWidth = 1;
    setup.fitToHeight = 0;
  }
  for (const row of print.rowBreaks ?? []) if (row > 0) sheet.getRow(row).addPageBreak(0, MAX_COLUMNS);
}
function quotedSheetName(name) {
  return `'${name.replace(/'/g, "''")}'`;
}
var OLE_SIGNATURE = Buffer.from([208, 207, 17, 224, 161, 177, 26, 225]);
async function readWorkbookGrids(data) {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  if (bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) return fail("xlsx-legacy-or-encrypted");
  const workbook = new import_exceljs.default.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    return fail("xlsx-unreadable");
  }
  if (workbook.worksheets.length === 0) return fail("xlsx-unreadable");
  return ok(workbook.worksheets.map(sheetGrid));
}
function sheetGrid(sheet) {
  const found = [];
  let width = 1;
  sheet.eachRow((row, rowNumber2) => {
    row.eachCell((cell, columnNumber) => {
      if (cell.type === import_exceljs.default.ValueType.Merge) return;
      const value = cell.type === import_exceljs.default.ValueType.Formula ? cell.result : cell.value;
      (found[rowNumber2 - 1] ??= [])[columnNumber - 1] = officeValue(value);
      width = Math.max(width, columnNumber);
    });
  });
  const height = Math.max(found.length, 1);
  const values = [];
  for (let r = 0; r < height; r++) {
    const line = [];
    for (let c = 0; c < width; c++) line.push(found[r]?.[c] ?? "");
    values.push(line);
  }
  return { sheet: sheet.name, top: 0, left: 0, values };
}
var MS_PER_DAY = 864e5;
var UNIX_EPOCH_SERIAL2 = 25569;
function officeValue(value) {
  if (value === null || value === void 0) return "";
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL2;
  if (typeof value !== "object") return value;
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return officeValue(value.text);
  return officeValue(value.result);
}

// src/cli/files.ts
var isZip = (bytes) => bytes[0] === 80 && bytes[1] === 75;
async function readGridsFromFile(path) {
  let bytes;
  try {
    bytes = await (0, import_promises.readFile)(path);
  } catch {
    return fail("file-unreadable", { path });
  }
  const extension = (0, import_node_path.extname)(path).toLowerCase();
  if (extension === ".xlsx" || extension === ".xlsm" || extension !== ".csv" && isZip(bytes)) {
    return readWorkbookGrids(bytes);
  }
  const table = readCsv(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    sheet: (0, import_node_path.basename)(path, extension)
  });
  return table.ok ? ok([table.value.grid]) : table;
}

// src/cli/i18n.ts
var zhCN2 = {
  help: `cashbook \u2014 \u51FA\u7EB3\u52A9\u624B\u547D\u4EE4\u884C

\u7528\u6CD5:
  cashbook words <\u91D1\u989D> [--no-prefix]          \u8F93\u51FA\u6807\u51C6\u7684\u4E2D\u6587\u5927\u5199\u91D1\u989D
  cashbook words --check <\u91D1\u989D> <\u5927\u5199\u91D1\u989D>      \u6838\u5BF9\u5927\u5C0F\u5199\u662F\u5426\u76F8\u7B26\uFF1A\u76F8\u7B26\u9000\u51FA\u7801 0\uFF0C\u4E0D\u7B26 1\uFF0C\u8F93\u5165\u65E0\u6CD5\u4F7F\u7528 2
  cashbook chequedate <YYYY-MM-DD>             \u8F93\u51FA\u652F\u7968\u51FA\u7968\u65E5\u671F\u5927\u5199
  cashbook check <\u6587\u4EF6.xlsx|\u6587\u4EF6.csv> [--sheet \u8868\u540D] [--kind \u7C7B\u578B] [--json]
                                               \u6309\u8868\u5934\u8BC6\u522B\u6BCF\u5F20\u8868\u7684\u7C7B\u578B\u5E76\u68C0\u67E5\uFF1B\u6709\u9519\u8BEF\u9000\u51FA\u7801 1\uFF0C\u65E0\u6CD5\u4F7F\u7528 2
  cashbook generate <\u7C7B\u578B> --out <\u6587\u4EF6.xlsx> [--from <csv|xlsx>] [--overwrite] [\u9009\u9879]
                                               \u751F\u6210\u8BE5\u7C7B\u578B\u7684\u5DE5\u4F5C\u7C3F

\u53EF\u68C0\u67E5\u7684\u7C7B\u578B: {checkKinds}
\u53EF\u751F\u6210\u7684\u7C7B\u578B\u53CA\u5176\u9009\u9879\uFF08FILE \u4E3A .xlsx \u6216 .csv\uFF0CAMOUNT \u4E3A\u91D1\u989D\uFF09:{generateKinds}

\u9009\u9879:
  --lang zh-CN|en-US   \u8F93\u51FA\u8BED\u8A00\uFF08\u9ED8\u8BA4\u6309 LANG \u73AF\u5883\u53D8\u91CF\uFF0C\u672A\u8BBE\u7F6E\u65F6\u4E3A\u4E2D\u6587\uFF09
  --help               \u663E\u793A\u672C\u5E2E\u52A9`,
  unknownCommand: "\u672A\u77E5\u547D\u4EE4\uFF1A{command}\u3002\u8FD0\u884C cashbook --help \u67E5\u770B\u7528\u6CD5\u3002",
  usage: "\u7528\u6CD5\u9519\u8BEF\uFF1A{detail}\u3002\u8FD0\u884C cashbook --help \u67E5\u770B\u7528\u6CD5\u3002",
  needsAmount: "\u9700\u8981\u4E00\u4E2A\u91D1\u989D",
  needsAmountAndWords: "--check \u9700\u8981\u91D1\u989D\u548C\u5927\u5199\u91D1\u989D\u4E24\u4E2A\u53C2\u6570",
  needsDate: "\u9700\u8981\u4E00\u4E2A YYYY-MM-DD \u683C\u5F0F\u7684\u65E5\u671F",
  needsFile: "\u9700\u8981\u4E00\u4E2A .xlsx \u6216 .csv \u6587\u4EF6",
  needsKind: "\u9700\u8981\u6307\u5B9A\u8981\u751F\u6210\u7684\u7C7B\u578B",
  needsOut: "\u9700\u8981\u7528 --out \u6307\u5B9A\u8F93\u51FA\u6587\u4EF6",
  agree: "\u76F8\u7B26",
  unknownKind: "\u672A\u77E5\u7C7B\u578B\uFF1A{kind}\u3002\u53EF\u7528\u7684\u7C7B\u578B\uFF1A{kinds}",
  noSuchSheet: "\u6587\u4EF6\u91CC\u6CA1\u6709\u540D\u4E3A\u201C{sheet}\u201D\u7684\u5DE5\u4F5C\u8868\uFF1B\u6709\uFF1A{sheets}",
  noKnownSheet: "\u6CA1\u6709\u4E00\u5F20\u8868\u80FD\u6309\u8868\u5934\u8BC6\u522B\u51FA\u7C7B\u578B\uFF08\u53EF\u68C0\u67E5\u7684\u7C7B\u578B\uFF1A{kinds}\uFF09\uFF1B\u53EF\u7528 --kind \u6307\u5B9A",
  outExists: "{file} \u5DF2\u5B58\u5728\uFF1B\u5982\u8981\u8986\u76D6\uFF0C\u8BF7\u52A0 --overwrite",
  reading: "\u6B63\u5728\u8BFB\u53D6 {file} \u2026",
  checking: "\u6B63\u5728\u68C0\u67E5\u201C{sheet}\u201D\uFF08{kind}\uFF09\u2026",
  writing: "\u6B63\u5728\u5199\u5165 {file} \u2026",
  sheetSummary: "\u201C{sheet}\u201D\uFF08{kind}\uFF09\uFF1A{count} \u4E2A\u95EE\u9898",
  none: "\uFF08\u6682\u65E0\uFF09"
};
var enUS2 = {
  help: `cashbook \u2014 the Cashbook command line

Usage:
  cashbook words <amount> [--no-prefix]        print the canonical Chinese uppercase words
  cashbook words --check <amount> <words>      check figures against words: exit 0 agree, 1 disagree, 2 unusable input
  cashbook chequedate <YYYY-MM-DD>             print a cheque date in words
  cashbook check <file.xlsx|file.csv> [--sheet NAME] [--kind KIND] [--json]
                                               recognise each sheet's kind by its headers and check it;
                                               exit 1 when there are errors, 2 when the input is unusable
  cashbook generate <kind> --out <file.xlsx> [--from <csv|xlsx>] [--overwrite] [options]
                                               write a workbook of that kind

Kinds to check: {checkKinds}
Kinds to generate, with their options (FILE is .xlsx or .csv, AMOUNT an amount):{generateKinds}

Options:
  --lang zh-CN|en-US   language of the output (default from LANG; Chinese when unset)
  --help               show this help`,
  unknownCommand: "Unknown command: {command}. Run cashbook --help for usage.",
  usage: "Usage error: {detail}. Run cashbook --help for usage.",
  needsAmount: "an amount is required",
  needsAmountAndWords: "--check needs an amount and the words",
  needsDate: "a date as YYYY-MM-DD is required",
  needsFile: "an .xlsx or .csv file is required",
  needsKind: "the kind to generate is required",
  needsOut: "--out names the file to write",
  agree: "agree",
  unknownKind: "Unknown kind: {kind}. Kinds: {kinds}",
  noSuchSheet: "The file has no sheet named \u201C{sheet}\u201D; it has: {sheets}",
  noKnownSheet: "No sheet's headers say what kind it is (kinds to check: {kinds}); name one with --kind",
  outExists: "{file} exists; add --overwrite to replace it",
  reading: "Reading {file} \u2026",
  checking: "Checking \u201C{sheet}\u201D ({kind}) \u2026",
  writing: "Writing {file} \u2026",
  sheetSummary: "\u201C{sheet}\u201D ({kind}): {count} problems",
  none: "(none yet)"
};
var catalogs2 = { "zh-CN": zhCN2, "en-US": enUS2 };
function cliTranslator(locale) {
  return (id, params = {}) => fillTemplate(catalogs2[locale][id], params);
}

// src/cli/output.ts
var EXIT = { ok: 0, problems: 1, unusable: 2 };
function localeFromEnvironment(env) {
  const language = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return !language || language === "C" || language === "C.UTF-8" ? "zh-CN" : localeFromDisplayLanguage(language);
}
function output(io, lang) {
  const locale = lang ? localeFromDisplayLanguage(lang) : localeFromEnvironment(io.env);
  return {
    locale,
    say: (line) => io.stdout.write(`${line}
`),
    complain: (line) => io.stderr.write(`${line}
`),
    progress: (line) => io.stderr.write(`${line}
`),
    problem: (problem2) => formatMessage(locale, problem2.id, problem2.params),
    finding: (finding2) => `  ${finding2.cell || "-"}  ${finding2.severity}  ${findingMessage(finding2, locale)}`,
    t: cliTranslator(locale)
  };
}

// src/cli/check.ts
function kindFor(grid, forced) {
  return forced ?? sheetKinds.find((kind) => kind.recognises(grid));
}
async function checkCommand(args, line, out) {
  const [file, ...extra] = args;
  if (file === void 0 || extra.length > 0) throw new UsageError(out.t("needsFile"));
  const forced = line.values.kind === void 0 ? void 0 : sheetKinds.find((kind) => kind.kind === line.values.kind);
  if (line.values.kind !== void 0 && !forced) {
    out.complain(out.t("unknownKind", { kind: line.values.kind, kinds: sheetKinds.map((k) => k.kind).join(", ") }));
    return EXIT.unusable;
  }
  out.progress(out.t("reading", { file }));
  const grids = await readGridsFromFile(file);
  if (!grids.ok) return out.complain(out.problem(grids.problem)), EXIT.unusable;
  const wanted = line.values.sheet;
  const candidates = grids.value.filter((grid) => wanted === void 0 || grid.sheet === wanted);
  if (candidates.length === 0) {
    out.complain(out.t("noSuchSheet", { sheet: wanted ?? "", sheets: grids.value.map((g) => g.sheet).join(", ") }));
    return EXIT.unusable;
  }
  const reports = [];
  for (const grid of candidates) {
    const kind = kindFor(grid, forced);
    if (!kind) continue;
    out.progress(out.t("checking", { sheet: grid.sheet, kind: kind.kind }));
    reports.push({ sheet: grid.sheet, kind: kind.kind, findings: kind.check(grid) });
  }
  if (reports.length === 0) {
    out.complain(out.t("noKnownSheet", { kinds: sheetKinds.map((k) => k.kind).join(", ") }));
    return EXIT.unusable;
  }
  if (line.flags.has("json")) {
    const sheets = reports.map(({ sheet, kind, findings }) => ({
      sheet,
      kind,
      findings: findings.map((finding2) => ({
        rule: finding2.rule,
        severity: finding2.severity,
        cell: finding2.cell,
        message: findingMessage(finding2, out.locale)
      }))
    }));
    out.say(JSON.stringify({ file, sheets }, null, 2));
  } else {
    for (const report of reports) {
      out.say(out.t("sheetSummary", { sheet: report.sheet, kind: report.kind, count: report.findings.length }));
      for (const finding2 of report.findings) {
        out.say(out.finding(finding2));
      }
    }
  }
  const errors = reports.some((report) => report.findings.some((finding2) => finding2.severity === "error"));
  return errors ? EXIT.problems : EXIT.ok;
}

// src/cli/generate.ts
var import_node_fs = require("node:fs");
var import_promises2 = require("node:fs/promises");
async function generateCommand(args, line, out) {
  const [kindName, ...extra] = args;
  if (kindName === void 0 || extra.length > 0) throw new UsageError(out.t("needsKind"));
  const kind = generatorKinds.find((k) => k.kind === kindName);
  if (!kind) {
    out.complain(
      out.t("unknownKind", { kind: kindName, kinds: generatorKinds.map((k) => k.kind).join(", ") || out.t("none") })
    );
    return EXIT.unusable;
  }
  const target = line.values.out;
  if (target === void 0) throw new UsageError(out.t("needsOut"));
  if ((0, import_node_fs.existsSync)(target) && !line.flags.has("overwrite")) {
    out.complain(out.t("outExists", { file: target }));
    return EXIT.unusable;
  }
  const options = { values: line.values };
  if (line.values.from !== void 0) {
    out.progress(out.t("reading", { file: line.values.from }));
    const grids = await readGridsFromFile(line.values.from);
    if (!grids.ok) return out.complain(out.problem(grids.problem)), EXIT.unusable;
    options.from = grids.value;
  }
  const plans = kind.generate(options);
  if (!plans.ok) {
    out.complain(out.problem(plans.problem));
    for (const finding2 of plans.findings ?? []) out.complain(out.finding(finding2));
    return EXIT.unusable;
  }
  out.progress(out.t("writing", { file: target }));
  await (0, import_promises2.writeFile)(target, await writeWorkbook(plans.value));
  out.say(target);
  return EXIT.ok;
}

// src/cli/words.ts
function wordsCommand(args, line, out) {
  const check = line.flags.has("check");
  const [amountText, wordsText2, ...extra] = args;
  if (amountText === void 0 || check && wordsText2 === void 0 || (check ? extra.length : args.length - 1) > 0) {
    throw new UsageError(out.t(check ? "needsAmountAndWords" : "needsAmount"));
  }
  const amount = parseMoney(amountText);
  if (!amount.ok) return out.complain(out.problem(amount.problem)), EXIT.unusable;
  if (amount.value === null) throw new UsageError(out.t("needsAmount"));
  if (check) {
    const problems = checkWords(amount.value, wordsText2);
    if (problems.length === 0) return out.say(out.t("agree")), EXIT.ok;
    problems.forEach((problem2) => out.say(out.problem(problem2)));
    return EXIT.problems;
  }
  const written = amountToWords(amount.value, { prefix: !line.flags.has("no-prefix") });
  if (!written.ok) return out.complain(out.problem(written.problem)), EXIT.unusable;
  out.say(written.value);
  return EXIT.ok;
}
function chequeDateCommand(args, out) {
  const [dateText, ...extra] = args;
  if (dateText === void 0 || extra.length > 0) throw new UsageError(out.t("needsDate"));
  const date = parseDateCell(dateText);
  const written = date.ok ? chequeDateWords(date.value) : date;
  if (!written.ok) return out.complain(out.problem(written.problem)), EXIT.unusable;
  out.say(written.value);
  return EXIT.ok;
}

// src/cli/main.ts
async function main(argv, io) {
  const langAt = argv.indexOf("--lang");
  const out = output(io, langAt >= 0 ? argv[langAt + 1] : void 0);
  try {
    const line = parseCommandLine(argv);
    const [command, ...args] = line.positionals;
    if (line.flags.has("help") || command === void 0 || command === "help") {
      const checkKinds = sheetKinds.map((k) => k.kind).join(", ") || out.t("none");
      const generateKinds = generatorKinds.map((k) => `
  ${k.kind.padEnd(14)} ${k.options}`).join("");
      out.say(out.t("help", { checkKinds, generateKinds: generateKinds || ` ${out.t("none")}` }));
      return command === void 0 && !line.flags.has("help") ? EXIT.unusable : EXIT.ok;
    }
    switch (command) {
      case "words":
        return wordsCommand(args, line, out);
      case "chequedate":
        return chequeDateCommand(args, out);
      case "check":
        return await checkCommand(args, line, out);
      case "generate":
        return await generateCommand(args, line, out);
      default:
        out.complain(out.t("unknownCommand", { command }));
        return EXIT.unusable;
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    out.complain(out.t("usage", { detail: error.message }));
    return EXIT.unusable;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  EXIT,
  main
});
