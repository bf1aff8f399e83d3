/** What the 盘点 and 日报 pages say of a report: the problem on its field, or the sheet written and what to doubt in it. */
import type { Locale } from "../../core/messages";
import { problemOutcome, type Outcome } from "../components/actions";
import type { Translate } from "../i18n";
import type { ReportOutcome } from "./journalFlow";

export function reportOutcome(outcome: ReportOutcome, locale: Locale, t: Translate): Outcome {
  // The sheets left out and the journals with errors say why there is no report, or what to doubt in it.
  if (outcome.kind === "problem") return problemOutcome(outcome.problem, locale, t("fixTheField"), outcome.findings);
  return {
    intent: outcome.findings.length > 0 ? "warning" : "success",
    text: t("reportGenerated", { sheet: outcome.sheet }),
    findings: outcome.findings,
  };
}
