/** The bytes of a workbook as the command line writes it: through the file host's streaming writer, into a sink. */
import { Writable } from "node:stream";
import type { SheetPlan } from "../../src/core/plan";
import { writeWorkbookTo } from "../../src/hosts/xlsx";

/** Collects what a stream is given, as a file would. */
function collector(): { sink: Writable; data: () => Buffer } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { sink, data: () => Buffer.concat(chunks) };
}

export async function streamed(plans: readonly SheetPlan[]): Promise<Buffer> {
  const { sink, data } = collector();
  await writeWorkbookTo(plans, sink);
  return data();
}
