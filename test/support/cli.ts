/** Runs the `cashbook` command in the test's own process, as bin/cashbook.js would, and gives what it wrote. */
import { main } from "../../src/cli/main";

export async function cashbook(
  args: string[],
  env: Record<string, string | undefined> = { LANG: "zh_CN.UTF-8" },
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return { code, stdout, stderr };
}
