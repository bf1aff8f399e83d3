/**
 * Every jest suite: `npm test`. Tests that need Chromium or LibreOffice skip with a warning when those are not
 * installed, and fail instead when CI=true (see test/support/system.ts).
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        // Type checking is `npm run typecheck`; here we only transpile, which keeps the suites fast.
        tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true, jsx: "react-jsx" },
        diagnostics: false,
      },
    ],
  },
  // Builds dist-cli/cashbook.cjs for the tests that spawn the command line.
  globalSetup: "<rootDir>/test/cli/global-setup.js",
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
