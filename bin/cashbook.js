#!/usr/bin/env node
// The `cashbook` command. It runs the TypeScript sources through tsx, so it works right after `npm install`
// with no build step, and always runs the same rules as the add-in.
const path = require("path");
const { require: tsxRequire } = require("tsx/cjs/api");

const { main } = tsxRequire(path.join(__dirname, "..", "src", "cli", "main.ts"), __filename);
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
