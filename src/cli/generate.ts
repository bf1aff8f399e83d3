/**
 * `cashbook generate <kind> --out <file.xlsx> [--from <csv|xlsx>] [options]`: writes a job's workbook. The job's
 * settings parser reads and checks the options, the same one the pane's fields go through; this command reads --from, refuses to overwrite an existing file unless
 * --overwrite is given, and writes the plans with the file host.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import type { Grid } from "../core/grid";
import { writeWorkbook } from "../hosts/xlsx";
import { generatorKinds } from "../jobs";
import { UsageError, type CommandLine } from "./args";
import { readGridsFromFile } from "./files";
import { EXIT, type Output } from "./output";

export async function generateCommand(args: string[], line: CommandLine, out: Output): Promise<number> {
  const [kindName, ...extra] = args;
  if (kindName === undefined || extra.length > 0) throw new UsageError(out.t("needsKind"));
  const kind = generatorKinds.find((k) => k.kind === kindName);
  if (!kind) {
    out.complain(
      out.t("unknownKind", { kind: kindName, kinds: generatorKinds.map((k) => k.kind).join(", ") || out.t("none") }),
    );
    return EXIT.unusable;
  }
  const target = line.values.out;
  if (target === undefined) throw new UsageError(out.t("needsOut"));
  if (existsSync(target) && !line.flags.has("overwrite")) {
    out.complain(out.t("outExists", { file: target }));
    return EXIT.unusable;
  }
  const settings = kind.settings(line.values);
  if (!settings.ok) return (out.complain(out.problem(settings.problem)), EXIT.unusable);
  let sources: Grid[] | undefined;
  if (line.values.from !== undefined) {
    out.progress(out.t("reading", { file: line.values.from }));
    const grids = await readGridsFromFile(line.values.from);
    if (!grids.ok) return (out.complain(out.problem(grids.problem)), EXIT.unusable);
    sources = grids.value;
  }
  const plans = kind.generate(settings.value, sources);
  if (!plans.ok) {
    out.complain(out.problem(plans.problem));
    for (const finding of plans.findings ?? []) out.complain(out.finding(finding));
    return EXIT.unusable;
  }
  out.progress(out.t("writing", { file: target }));
  await writeFile(target, await writeWorkbook(plans.value));
  out.say(target);
  return EXIT.ok;
}
