/**
 * Jest's global set-up: builds the command line's bundle before any suite runs, so that the tests that spawn
 * bin/cashbook.js run today's sources, whatever bundle was there before.
 */
const { buildCli } = require("../../scripts/build-cli");

module.exports = buildCli;
