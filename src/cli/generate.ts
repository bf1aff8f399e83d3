/**
 * `cashbook generate <kind> --out <file.xlsx> [--from <csv|xlsx>] [options]`: writes a job's workbook. The job's
 * settings parser reads and checks the options, the same one the pane's fields go through; this command checks --out
 * before any work (see write.ts), reads --from, and writes the plans with the file host, atomically.
 */
import type { Grid } from "../core/grid";
import { generatorKinds } from "../jobs";
import { UsageError, type CommandLine } from "./args";
import { readGridsFromFile } from "./files";
import { EXIT, type Output } from "./output";
import { replaceWithWorkbook, targetProblem, writeProblem } from "./write";

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
  const settings = kind.settings(line.values);
  if (!settings.ok) return (out.complain(out.problem(settings.problem)), EXIT.unusable);
  // Every --from, in order: cash and bank journals kept in separate files report together.
  const from = line.every.from ?? [];
  const refused = await targetProblem(target, { overwrite: line.flags.has("overwrite"), inputs: { from } });
  if (refused) return (out.complain(out.t(refused.id, refused.params)), EXIT.unusable);
  let sources: Grid[] | undefined;
  for (const file of from) {
    out.progress(out.t("reading", { file }));
    const grids = await readGridsFromFile(file, out);
    if (!grids) return EXIT.unusable;
    sources = [...(sources ?? []), ...grids];
  }
  const plans = kind.generate(settings.value, sources);
  // The sources are read; the workbook is written without them (a million cells of text, for a long journal).
  sources = undefined;
  if (!plans.ok) {
    out.complain(out.problem(plans.problem));
    for (const finding of plans.findings ?? []) out.complain(`“${finding.sheet}”${out.finding(finding)}`);
    return EXIT.unusable;
  }
  out.progress(out.t("writing", { file: target }));
  try {
    await replaceWithWorkbook(target, plans.value);
  } catch (error) {
    out.trace(error);
    const failed = writeProblem(error, target);
    return (out.complain(out.t(failed.id, failed.params)), EXIT.unusable);
  }
  out.say(target);
  // What the sources did not give cleanly (a sheet left out, a journal with errors): said, never passed over.
  for (const finding of plans.findings ?? []) out.complain(`“${finding.sheet}”${out.finding(finding)}`);
  return EXIT.ok;
}
