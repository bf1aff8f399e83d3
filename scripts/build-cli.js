/**
 * Bundles the command line (src/cli/main.ts and everything it imports, ExcelJS and papaparse included) into one
 * CommonJS file, dist-cli/cashbook.cjs, that bin/cashbook.js runs (and that runs the command when run itself).
 * Compiling through tsx at every start cost 0.4–3 s and left ~50 files in $TMPDIR per run; the bundle starts in
 * about 0.1 s. Bundling the two libraries too starts
 * faster than requiring them from node_modules (0.10 s against 0.16 s for `--help`: ExcelJS is many small modules).
 * Run by `npm install` (prepare), `npm run build`, `npm run build:cli`, jest's global set-up, and by bin/cashbook.js
 * itself when the sources are newer than the bundle.
 */
const { renameSync, rmSync, writeFileSync, mkdirSync } = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "dist-cli");
const bundle = path.join(outDir, "cashbook.cjs");

function buildCli() {
  // Required here, not above, so that bin/cashbook.js can load this file to find the bundle without esbuild.
  const esbuild = require("esbuild");
  const result = esbuild.buildSync({
    absWorkingDir: root,
    entryPoints: ["src/cli/main.ts"],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: bundle,
    // Stack traces (shown only with --debug) point into the TypeScript sources through the map.
    sourcemap: "linked",
    // `node dist-cli/cashbook.cjs …` runs the command too (bin/cashbook.js requires the bundle and calls it). The
    // footer runs after esbuild has filled module.exports.
    footer: { js: "if (require.main === module) module.exports.runCommand();" },
    sourcesContent: false,
    logLevel: "warning",
    write: false,
  });
  mkdirSync(outDir, { recursive: true });
  // Each file is written beside its place and renamed into it, so that a run starting meanwhile (or another build:
  // jest workers may start together) never loads half a bundle.
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, file.contents);
      renameSync(temporary, file.path);
    } finally {
      rmSync(temporary, { force: true });
    }
  }
}

module.exports = { buildCli, bundle, root };

if (require.main === module) buildCli();
