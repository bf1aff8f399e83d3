/**
 * `npm run bench -- <name> [args…]` runs bench/<name>.ts through tsx with the extra arguments and exits with its code.
 * Each bench prints its figures as one JSON line, last. A missing or unknown name lists the benches and exits with 2.
 */
const { spawnSync } = require("node:child_process");
const { readdirSync } = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const benches = readdirSync(path.join(root, "bench"))
  .filter((file) => file.endsWith(".ts"))
  .map((file) => file.slice(0, -".ts".length))
  .sort();

const [name, ...args] = process.argv.slice(2);
if (name === undefined || !benches.includes(name)) {
  if (name !== undefined) console.error(`Unknown bench “${name}”.`);
  console.error(`Usage: npm run bench -- <name> [args…]\nBenches: ${benches.join(", ")}`);
  process.exit(2);
}

// --expose-gc lets a bench collect its set-up's garbage before it starts the clock, so that what it times is the
// work itself, not the collection of a test double's millions of cells.
const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", path.join("bench", `${name}.ts`), ...args], {
  cwd: root,
  stdio: "inherit",
});
if (run.error) {
  console.error(run.error.message);
  process.exit(1);
}
// A bench killed by a signal has no exit code; it failed all the same.
process.exit(run.status ?? 1);
