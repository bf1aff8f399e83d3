/**
 * ESLint: the Office add-in rules (eslint-plugin-office-addins: load before read, sync before read, no sync in a
 * loop, …) with its TypeScript, React and prettier settings, extended to .tsx files.
 */
const officeAddins = require("eslint-plugin-office-addins");
const globals = require("globals");
const tseslint = require("typescript-eslint");

const officeRules = officeAddins.configs.recommended.find(
  (config) => config.rules?.["office-addins/load-object-before-read"],
);

/**
 * The lines the architecture holds (../shared/DESIGN.md, "Layout"): the core imports nothing outside the core; a job
 * imports the core and other jobs' index only, never a host or a shell; shells reach a job through its index only.
 * test/lint/boundaries.test.ts plants a crossing of each line and sees it refused.
 */
const SHELLS_AND_HOSTS = "(hosts|cli|taskpane|functions)(/|$)";
const boundary = (files, patterns) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns: patterns.map(([regex, message]) => ({ regex, message })) }] },
});
const boundaries = [
  boundary(["src/core/**/*.{ts,tsx}"], [["^\\.\\./", "The core imports nothing outside src/core."]]),
  boundary(
    ["src/jobs/*/*.ts"],
    [
      [
        "^\\.\\./(?!\\.\\./)[^/]+/.+",
        "A job imports other jobs through their index only (../journal, not ../journal/read).",
      ],
      [`^\\.\\./\\.\\./${SHELLS_AND_HOSTS}`, "A job imports no host or shell."],
    ],
  ),
  boundary(
    ["src/jobs/*/*/*.ts"],
    [
      ["^\\.\\./\\.\\./(?!\\.\\./)[^/]+/.+", "A job imports other jobs through their index only."],
      [`^\\.\\./\\.\\./\\.\\./${SHELLS_AND_HOSTS}`, "A job imports no host or shell."],
    ],
  ),
  boundary(["src/jobs/index.ts"], [["^\\./[^/]+/.+", "The registry imports each job's index only."]]),
  boundary(
    ["src/{cli,taskpane,functions}/**/*.{ts,tsx}"],
    [["(^|/)jobs/[^/]+/.+", "A shell uses a job through its index only (jobs/journal, not jobs/journal/read)."]],
  ),
];

module.exports = [
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...officeAddins.configs.react,
  {
    // The plugin's own block names .ts but not .tsx; the pane's components get the same parser and rules.
    files: ["**/*.tsx"],
    plugins: officeRules.plugins,
    rules: officeRules.rules,
  },
  {
    // The plugin's config names its parser through an import that resolves to nothing on current
    // typescript-eslint; give TypeScript files the parser directly.
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...boundaries,
];
