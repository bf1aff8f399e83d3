#!/usr/bin/env node
// The `cashbook` command: runs the bundled command line, dist-cli/cashbook.cjs (see scripts/build-cli.js). `npm
// install` builds the bundle, but `git pull` and edits to src/ do not: when anything under src/ is newer than the
// bundle it is rebuilt first (about half a second, once), so that the command never runs rules older than the
// sources beside it. Checking costs about a millisecond.
const { readdirSync, statSync } = require("node:fs");
const path = require("node:path");
const { buildCli, bundle, root } = require("../scripts/build-cli");

/** The latest change under a folder; a folder's own time changes when a file in it is added or removed. */
function lastChange(dir) {
  let latest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? lastChange(file) : statSync(file).mtimeMs);
  }
  return latest;
}

function builtAt() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -Infinity;
  }
}

const sourcesChanged = Math.max(
  lastChange(path.join(root, "src")),
  statSync(path.join(root, "scripts", "build-cli.js")).mtimeMs,
);
if (builtAt() < sourcesChanged) {
  try {
    buildCli();
  } catch (error) {
    const reason = String(error.message).split("\n")[0];
    // The messages of the command line are in the bundle that could not be built, so this one line has both languages.
    process.stderr.write(
      `cashbook: 命令行程序尚未编译，也无法自动编译（${reason}）。请在 ${root} 运行 npm install 或 npm run build:cli。` +
        ` The command line is not built and could not be built (${reason}): run npm install or npm run build:cli in ${root}.\n`,
    );
    process.exit(2);
  }
}

// Source maps cost start-up time, so they are loaded only when a stack trace will be shown.
if (process.argv.includes("--debug") || process.env.CASHBOOK_DEBUG === "1") process.setSourceMapsEnabled(true);

require(bundle).runCommand();
